#include "JsonViews.h"

#include "diagnostics/NeedsAttention.h"
#include "util/Clock.h"

#include "format/ChecklistJson.h"
#include "util/Timestamp.h"

#include <QJsonArray>

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
        {QStringLiteral("framework"), e.frameworkId.isEmpty() ? QJsonValue()
                                                              : QJsonValue(QJsonObject{{QStringLiteral("id"), e.frameworkId},
                                                                                       {QStringLiteral("version"), e.frameworkVersion}})},
        {QStringLiteral("needsAttention"), QJsonArray::fromStringList(NeedsAttention::reasons(e, Clock::today()))},
    };
}

QJsonObject JsonViews::diagnostic(const Diagnostic &d)
{
    return QJsonObject{{QStringLiteral("ruleId"), d.ruleId},
                       {QStringLiteral("severity"), Diagnostic::severityCode(d.severity)},
                       {QStringLiteral("fieldPath"), d.fieldPath},
                       {QStringLiteral("message"), d.message},
                       {QStringLiteral("suggestion"), d.suggestion},
                       {QStringLiteral("span"), d.spanStart < 0 ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(QJsonObject{{QStringLiteral("start"), int(d.spanStart)},
                                                                                         {QStringLiteral("length"), int(d.spanLength)}})}};
}

QJsonObject JsonViews::completion(const CompletionScore &score)
{
    return QJsonObject{{QStringLiteral("percent"), score.percent()},
                       {QStringLiteral("requiredFilled"), score.requiredFilled},
                       {QStringLiteral("requiredTotal"), score.requiredTotal},
                       {QStringLiteral("criteriaMet"), score.criteriaMet},
                       {QStringLiteral("criteriaTotal"), score.criteriaTotal},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(score.missing)}};
}

QJsonObject JsonViews::finding(const LintFinding &f)
{
    return QJsonObject{{QStringLiteral("ruleId"), f.ruleId},
                       {QStringLiteral("severity"), Diagnostic::severityCode(f.severity)},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("suggestion"), f.suggestion},
                       {QStringLiteral("span"), QJsonObject{{QStringLiteral("start"), int(f.start)},
                                                            {QStringLiteral("length"), int(f.length)}}}};
}

QJsonObject JsonViews::localized(const LocalizedText &text)
{
    return QJsonObject{{QStringLiteral("nl"), text.nl}, {QStringLiteral("en"), text.en}};
}

QJsonObject JsonViews::evidence(const InstitutionEvidence &evidence, const QDate &today)
{
    QJsonObject o = ChecklistJson::evidenceToJson(evidence);
    o.insert(QStringLiteral("needsReview"), evidence.expiredOn(today));
    return o;
}

QJsonObject JsonViews::frameworkPeriod(const QualityFramework &framework, const QDate &today)
{
    const auto day = [](const QDate &date) {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("id"), framework.id},
                       {QStringLiteral("version"), framework.version},
                       {QStringLiteral("validFrom"), day(framework.validFrom)},
                       {QStringLiteral("validUntil"), day(framework.validUntil.value_or(QDate()))},
                       {QStringLiteral("appliesToday"), framework.appliesOn(today)},
                       {QStringLiteral("origin"), framework.fromCatalogue ? QStringLiteral("catalogue") : QStringLiteral("built-in")},
                       {QStringLiteral("withdrawn"), framework.withdrawn}};
}

} // namespace mcs::cli
