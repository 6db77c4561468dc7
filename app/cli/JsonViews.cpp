#include "JsonViews.h"

#include "util/Timestamp.h"

namespace mcs::cli {

QJsonObject JsonViews::entry(const CatalogueEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("nl"), e.title.nl},
                                              {QStringLiteral("en"), e.title.en}}},
        {QStringLiteral("sector"), toCode(e.sector)},
        {QStringLiteral("eqfLevel"), e.eqfLevel ? QJsonValue(*e.eqfLevel) : QJsonValue()},
        {QStringLiteral("nlqfLevel"), e.nlqfLevel ? QJsonValue(toCode(*e.nlqfLevel)) : QJsonValue()},
        {QStringLiteral("studyLoadHours"), e.studyLoadHours},
        {QStringLiteral("status"), toCode(e.status)},
        {QStringLiteral("version"), e.version},
        {QStringLiteral("changed"), Timestamp::toText(e.changed)},
        {QStringLiteral("rowVersion"), e.rowVersion},
    };
}

QJsonObject JsonViews::diagnostic(const Diagnostic &d)
{
    return QJsonObject{{QStringLiteral("ruleId"), d.ruleId},
                       {QStringLiteral("severity"), Diagnostic::severityCode(d.severity)},
                       {QStringLiteral("fieldPath"), d.fieldPath},
                       {QStringLiteral("message"), d.message}};
}

} // namespace mcs::cli
