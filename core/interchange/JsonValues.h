#pragma once

#include "model/LocalizedText.h"
#include "model/Microcredential.h"
#include "util/TextLimits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mcs {

/// Lenient, bounded reads of other systems' JSON: a value of the wrong type is
/// simply empty, a text is cut at the length limit.
class JsonValues
{
public:
    static QString text(const QJsonValue &value)
    {
        return value.isString() ? value.toString().left(TextLimits::MaxTextLength) : QString();
    }
    /// An array, a single object as a one-element array, or nothing.
    static QJsonArray list(const QJsonValue &value)
    {
        return value.isArray() ? value.toArray() : (value.isObject() ? QJsonArray{value} : QJsonArray());
    }
    /// {"nl": ..., "en": ...}
    static LocalizedText langString(const QJsonValue &value)
    {
        const QJsonObject o = value.toObject();
        return {text(o.value(QStringLiteral("nl"))), text(o.value(QStringLiteral("en")))};
    }
    /// The id in "urn:uuid:<id>", or a fresh one.
    static QString idFrom(const QJsonValue &value)
    {
        const QString id = text(value).remove(QStringLiteral("urn:uuid:"));
        return Microcredential::isValidId(id) ? id : Microcredential::newId();
    }
};

} // namespace mcs
