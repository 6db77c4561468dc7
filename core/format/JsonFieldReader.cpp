#include "JsonFieldReader.h"

#include "util/TextLimits.h"
#include "util/Timestamp.h"

namespace mcs {

namespace {
QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}
} // namespace

QStringList JsonFieldReader::keyList(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

void JsonFieldReader::fail(const QString &path, const QString &problem)
{
    if (!failed())
        m_error = tr("%1: %2").arg(path, problem);
}

void JsonFieldReader::failWithChoices(const QString &path, const QStringList &choices)
{
    fail(path, tr("must be one of %1").arg(choices.join(QLatin1String(", "))));
}

void JsonFieldReader::expectKeys(const QJsonObject &object, const QStringList &keys,
                                 const QString &path)
{
    if (failed())
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            fail(join(path, it.key()), tr("unknown field"));
            return;
        }
    }
    for (const QString &key : keys) {
        if (!object.contains(key)) {
            fail(join(path, key), tr("missing field"));
            return;
        }
    }
}

QString JsonFieldReader::checkedText(const QJsonValue &value, const QString &path)
{
    if (failed())
        return {};
    if (!value.isString()) {
        fail(path, tr("must be a text"));
        return {};
    }
    QString text = value.toString();
    if (text.size() > TextLimits::MaxTextLength) {
        fail(path, tr("text of %n character(s) is longer than the limit of %1", nullptr, int(text.size()))
                       .arg(TextLimits::MaxTextLength));
        return {};
    }
    return text;
}

bool JsonFieldReader::flag(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!failed() && !value.isBool())
        fail(path + QLatin1Char('.') + key, tr("must be true or false"));
    return value.toBool();
}

QString JsonFieldReader::string(const QJsonObject &object, const QString &key, const QString &path)
{
    return checkedText(object.value(key), join(path, key));
}

LocalizedText JsonFieldReader::localized(const QJsonObject &object, const QString &key,
                                         const QString &path)
{
    const QString fieldPath = join(path, key);
    const QJsonObject texts = this->object(object, key, path);
    expectKeys(texts, {QStringLiteral("en"), QStringLiteral("nl")}, fieldPath);
    LocalizedText result;
    result.nl = string(texts, QStringLiteral("nl"), fieldPath);
    result.en = string(texts, QStringLiteral("en"), fieldPath);
    return result;
}

int JsonFieldReader::integer(const QJsonObject &object, const QString &key, const QString &path,
                             int minimum, int maximum)
{
    if (failed())
        return minimum;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < minimum
        || number > maximum) {
        fail(join(path, key), tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return minimum;
    }
    return int(number);
}

std::optional<int> JsonFieldReader::optionalInteger(const QJsonObject &object, const QString &key,
                                                    const QString &path, int minimum, int maximum)
{
    if (failed() || object.value(key).isNull())
        return std::nullopt;
    return integer(object, key, path, minimum, maximum);
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, const QString &key,
                                    const QString &path)
{
    if (failed())
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        fail(join(path, key), tr("must be an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &key, const QString &path,
                                  qsizetype maxItems)
{
    if (failed())
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        fail(join(path, key), tr("must be a list"));
        return {};
    }
    const QJsonArray list = value.toArray();
    if (list.size() > maxItems) {
        fail(join(path, key), tr("list of %n item(s) is longer than the limit of %1", nullptr, int(list.size()))
                                  .arg(maxItems));
        return {};
    }
    return list;
}

QStringList JsonFieldReader::stringList(const QJsonObject &object, const QString &key,
                                        const QString &path)
{
    const QJsonArray list = array(object, key, path);
    QStringList result;
    for (qsizetype i = 0; i < list.size() && !failed(); ++i)
        result.append(checkedText(list.at(i), QStringLiteral("%1[%2]").arg(join(path, key)).arg(i)));
    return result;
}

QDateTime JsonFieldReader::timestamp(const QJsonObject &object, const QString &key,
                                     const QString &path)
{
    const QString text = string(object, key, path);
    if (failed())
        return {};
    const QDateTime result = Timestamp::fromText(text);
    if (!result.isValid())
        fail(join(path, key), tr("must be a UTC time like 2026-01-31T09:30:00.000Z"));
    return result;
}

QJsonObject JsonFieldReader::element(const QJsonArray &array, qsizetype index, const QString &path)
{
    if (failed())
        return {};
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(QStringLiteral("%1[%2]").arg(path).arg(index), tr("must be an object"));
        return {};
    }
    return value.toObject();
}

} // namespace mcs
