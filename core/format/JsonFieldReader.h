#pragma once

#include "model/LocalizedText.h"
#include "model/ModelEnums.h"
#include "util/TextLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace mcs {

/// Typed, bounded reads from a parsed JSON document that remember the first problem
/// with the path of the field it concerns ("microcredential.learningOutcomes[2].id").
///
/// After the first failure every read returns a default value, so a reader can be
/// written straight through and check failed() once at the end.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(mcs::JsonFieldReader)

public:
    /// A list of field names, for expectKeys().
    static QStringList keyList(std::initializer_list<const char *> names);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &path, const QString &problem);

    /// Fails when the object has keys other than the expected ones, or lacks one of them.
    void expectKeys(const QJsonObject &object, const QStringList &keys, const QString &path);

    QString string(const QJsonObject &object, const QString &key, const QString &path);
    /// true or false, nothing else.
    bool flag(const QJsonObject &object, const QString &key, const QString &path);
    LocalizedText localized(const QJsonObject &object, const QString &key, const QString &path);
    int integer(const QJsonObject &object, const QString &key, const QString &path, int minimum,
                int maximum);
    std::optional<int> optionalInteger(const QJsonObject &object, const QString &key,
                                       const QString &path, int minimum, int maximum);
    QJsonObject object(const QJsonObject &object, const QString &key, const QString &path);
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path,
                     qsizetype maxItems = TextLimits::MaxListLength);
    QStringList stringList(const QJsonObject &object, const QString &key, const QString &path);
    QDateTime timestamp(const QJsonObject &object, const QString &key, const QString &path);
    /// An object element of an array, failing with the element's path otherwise.
    QJsonObject element(const QJsonArray &array, qsizetype index, const QString &path);

    template<typename E>
    std::optional<E> optionalEnum(const QJsonObject &object, const QString &key,
                                  const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (failed() || value.isNull())
            return std::nullopt;
        return enumFrom<E>(value, path + QLatin1Char('.') + key);
    }

    template<typename E>
    E requiredEnum(const QJsonObject &object, const QString &key, const QString &path, E fallback)
    {
        if (failed())
            return fallback;
        const std::optional<E> value = enumFrom<E>(object.value(key), path + QLatin1Char('.') + key);
        return value.value_or(fallback);
    }

private:
    template<typename E>
    std::optional<E> enumFrom(const QJsonValue &value, const QString &fieldPath)
    {
        const std::optional<E> parsed = value.isString() ? fromCode<E>(value.toString())
                                                         : std::nullopt;
        if (!parsed)
            failWithChoices(fieldPath, EnumCodes<E>::allCodes());
        return parsed;
    }
    void failWithChoices(const QString &path, const QStringList &choices);
    QString checkedText(const QJsonValue &value, const QString &path);

    QString m_error;
};

} // namespace mcs
