#include "DesignComparison.h"

#include "format/McdesignWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace mcs {

namespace {

struct FlatField
{
    QString value;
    QStringList segments;
};
using FlatFields = QMap<QString, FlatField>;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

/// The key a list element is matched by: its id, framework or criterion; its
/// position when it has none of these.
QString elementKey(const QJsonValue &element, qsizetype index)
{
    const QJsonObject object = element.toObject();
    for (const char *key : {"id", "frameworkId", "criterionId"}) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString::number(index + 1);
}

void flatten(const QJsonValue &value, const QString &path, const QStringList &segments, FlatFields &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), segments + QStringList{it.key()}, out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool ofScalars = std::all_of(array.begin(), array.end(),
                                           [](const QJsonValue &v) { return !v.isObject() && !v.isArray(); });
        if (ofScalars) {
            QStringList items;
            for (const QJsonValue &v : array)
                items.append(scalarText(v));
            out.insert(path, {items.join(QLatin1String(", ")), segments});
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(path, elementKey(array.at(i), i)),
                    segments + QStringList{QStringLiteral("#%1").arg(i + 1)}, out);
        }
        return;
    }
    out.insert(path, {scalarText(value), segments});
}

FlatFields flatFields(const Microcredential &mc)
{
    QJsonObject content = McdesignWriter::toJsonObject(mc);
    // When it was last saved is bookkeeping, not content: every save changes it.
    content.remove(QStringLiteral("changed"));
    FlatFields fields;
    flatten(content, QString(), {}, fields);
    return fields;
}

} // namespace

bool DesignComparison::isRecordKeeping(const FieldDifference &difference)
{
    return difference.path == QLatin1String("version") || difference.path == QLatin1String("status");
}

QList<FieldDifference> DesignComparison::compare(const Microcredential &before, const Microcredential &after)
{
    const FlatFields a = flatFields(before);
    const FlatFields b = flatFields(after);
    QList<FieldDifference> differences;
    auto ia = a.constBegin();
    auto ib = b.constBegin();
    // Both maps are sorted by path: one merge pass finds changed, removed and added fields.
    while (ia != a.constEnd() || ib != b.constEnd()) {
        if (ib == b.constEnd() || (ia != a.constEnd() && ia.key() < ib.key())) {
            if (!ia.value().value.isEmpty())
                differences.append({ia.key(), ia.value().value, QString(), ia.value().segments});
            ++ia;
        } else if (ia == a.constEnd() || ib.key() < ia.key()) {
            if (!ib.value().value.isEmpty())
                differences.append({ib.key(), QString(), ib.value().value, ib.value().segments});
            ++ib;
        } else {
            if (ia.value().value != ib.value().value)
                differences.append({ia.key(), ia.value().value, ib.value().value, ib.value().segments});
            ++ia;
            ++ib;
        }
    }
    return differences;
}

} // namespace mcs
