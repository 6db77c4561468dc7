#include "MicrocredentialColumns.h"

#include "SqlValues.h"
#include "diagnostics/CompletionScore.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mcs {

namespace {

using Column = MicrocredentialColumns::Column;

QString listToText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textToList(const QVariant &value)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

/// Two columns, NAME_nl and NAME_en, for one LocalizedText member.
template<typename Getter>
void addLocalized(std::vector<Column> &columns, const char *name, Getter member)
{
    const QString base = QString::fromLatin1(name);
    columns.push_back({base + QLatin1String("_nl"),
                       [member](const Microcredential &mc) { return SqlValues::text(member(const_cast<Microcredential &>(mc)).nl); },
                       [member](Microcredential &mc, const QVariant &v) { member(mc).nl = v.toString(); }});
    columns.push_back({base + QLatin1String("_en"),
                       [member](const Microcredential &mc) { return SqlValues::text(member(const_cast<Microcredential &>(mc)).en); },
                       [member](Microcredential &mc, const QVariant &v) { member(mc).en = v.toString(); }});
}

template<typename Member>
void addString(std::vector<Column> &columns, const char *name, Member member)
{
    columns.push_back({QString::fromLatin1(name),
                       [member](const Microcredential &mc) { return SqlValues::text(member(const_cast<Microcredential &>(mc))); },
                       [member](Microcredential &mc, const QVariant &v) { member(mc) = v.toString(); }});
}

std::vector<Column> buildColumns()
{
    std::vector<Column> c;
    addLocalized(c, "title", [](Microcredential &m) -> LocalizedText & { return m.title; });
    addLocalized(c, "summary", [](Microcredential &m) -> LocalizedText & { return m.summary; });
    c.push_back({QStringLiteral("sector"),
                 [](const Microcredential &m) { return QVariant(toCode(m.sector)); },
                 [](Microcredential &m, const QVariant &v) {
                     m.sector = fromCode<Sector>(v.toString()).value_or(Sector::Other);
                 }});
    addString(c, "institution_name", [](Microcredential &m) -> QString & { return m.institution.name; });
    addString(c, "institution_identifier",
              [](Microcredential &m) -> QString & { return m.institution.identifier; });
    c.push_back({QStringLiteral("institution_identifier_scheme"),
                 [](const Microcredential &m) { return QVariant(toCode(m.institution.identifierScheme)); },
                 [](Microcredential &m, const QVariant &v) {
                     m.institution.identifierScheme = fromCode<InstitutionIdScheme>(v.toString())
                                                          .value_or(InstitutionIdScheme::Other);
                 }});
    addString(c, "institution_country", [](Microcredential &m) -> QString & { return m.institution.country; });
    addString(c, "institution_region", [](Microcredential &m) -> QString & { return m.institution.region; });
    addLocalized(c, "target_group", [](Microcredential &m) -> LocalizedText & { return m.targetGroup; });
    addLocalized(c, "prior_knowledge", [](Microcredential &m) -> LocalizedText & { return m.priorKnowledge; });
    addLocalized(c, "admission_requirements",
                 [](Microcredential &m) -> LocalizedText & { return m.admissionRequirements; });
    addLocalized(c, "admission_testing",
                 [](Microcredential &m) -> LocalizedText & { return m.admissionTesting; });
    c.push_back({QStringLiteral("no_prior_knowledge"),
                 [](const Microcredential &m) { return QVariant(m.noPriorKnowledge ? 1 : 0); },
                 [](Microcredential &m, const QVariant &v) { m.noPriorKnowledge = v.toInt() != 0; }});
    c.push_back({QStringLiteral("no_admission_requirements"),
                 [](const Microcredential &m) { return QVariant(m.noAdmissionRequirements ? 1 : 0); },
                 [](Microcredential &m, const QVariant &v) { m.noAdmissionRequirements = v.toInt() != 0; }});
    c.push_back({QStringLiteral("study_load_hours"),
                 [](const Microcredential &m) { return QVariant(m.studyLoadHours); },
                 [](Microcredential &m, const QVariant &v) { m.studyLoadHours = v.toInt(); }});
    c.push_back({QStringLiteral("eqf_level"),
                 [](const Microcredential &m) { return SqlValues::nullableInt(m.eqfLevel); },
                 [](Microcredential &m, const QVariant &v) { m.eqfLevel = SqlValues::optionalInt(v); }});
    c.push_back({QStringLiteral("nlqf_level"),
                 [](const Microcredential &m) { return SqlValues::nullableText(toCode(m.nlqfLevel)); },
                 [](Microcredential &m, const QVariant &v) { m.nlqfLevel = SqlValues::optionalEnum<NlqfLevel>(v); }});
    addString(c, "foreign_level", [](Microcredential &m) -> QString & { return m.foreignLevel; });
    c.push_back({QStringLiteral("learning_setting"),
                 [](const Microcredential &m) { return SqlValues::nullableText(toCode(m.learningSetting)); },
                 [](Microcredential &m, const QVariant &v) { m.learningSetting = SqlValues::optionalEnum<LearningSetting>(v); }});
    addString(c, "maximum_duration", [](Microcredential &m) -> QString & { return m.maximumDuration; });
    c.push_back({QStringLiteral("partial_qualification"),
                 [](const Microcredential &m) {
                     return SqlValues::nullableInt(m.partialQualification ? std::optional<int>(*m.partialQualification ? 1 : 0) : std::nullopt);
                 },
                 [](Microcredential &m, const QVariant &v) {
                     const std::optional<int> flag = SqlValues::optionalInt(v);
                     m.partialQualification = flag ? std::optional<bool>(*flag != 0) : std::nullopt;
                 }});
    c.push_back({QStringLiteral("participation"),
                 [](const Microcredential &m) { return SqlValues::nullableText(toCode(m.participation)); },
                 [](Microcredential &m, const QVariant &v) {
                     m.participation = SqlValues::optionalEnum<Participation>(v);
                 }});
    c.push_back({QStringLiteral("instruction_languages"),
                 [](const Microcredential &m) { return QVariant(listToText(m.instructionLanguages)); },
                 [](Microcredential &m, const QVariant &v) { m.instructionLanguages = textToList(v); }});
    addString(c, "qa_framework_id",
              [](Microcredential &m) -> QString & { return m.qualityAssurance.frameworkId; });
    addString(c, "qa_framework_version",
              [](Microcredential &m) -> QString & { return m.qualityAssurance.frameworkVersion; });
    addString(c, "qa_examining_body",
              [](Microcredential &m) -> QString & { return m.qualityAssurance.examiningBody; });
    addLocalized(c, "qa_description",
                 [](Microcredential &m) -> LocalizedText & { return m.qualityAssurance.description; });
    addLocalized(c, "industry", [](Microcredential &m) -> LocalizedText & { return m.industry; });
    addLocalized(c, "labour_market_value",
                 [](Microcredential &m) -> LocalizedText & { return m.labourMarketValue; });
    c.push_back({QStringLiteral("regional_partners"),
                 [](const Microcredential &m) { return QVariant(listToText(m.regionalPartners)); },
                 [](Microcredential &m, const QVariant &v) { m.regionalPartners = textToList(v); }});
    c.push_back({QStringLiteral("stackability_kind"),
                 [](const Microcredential &m) { return SqlValues::nullableText(toCode(m.stackability.kind)); },
                 [](Microcredential &m, const QVariant &v) {
                     m.stackability.kind = SqlValues::optionalEnum<StackabilityKind>(v);
                 }});
    addLocalized(c, "stackability_towards",
                 [](Microcredential &m) -> LocalizedText & { return m.stackability.towards; });
    addLocalized(c, "grading", [](Microcredential &m) -> LocalizedText & { return m.grading; });
    c.push_back({QStringLiteral("validity_months"),
                 [](const Microcredential &m) { return SqlValues::nullableInt(m.validityMonths); },
                 [](Microcredential &m, const QVariant &v) { m.validityMonths = SqlValues::optionalInt(v); }});
    addLocalized(c, "further_information",
                 [](Microcredential &m) -> LocalizedText & { return m.furtherInformation; });
    addString(c, "further_information_url",
              [](Microcredential &m) -> QString & { return m.furtherInformationUrl; });
    c.push_back({QStringLiteral("status"),
                 [](const Microcredential &m) { return QVariant(toCode(m.status)); },
                 [](Microcredential &m, const QVariant &v) {
                     m.status = fromCode<Status>(v.toString()).value_or(Status::Draft);
                 }});
    c.push_back({QStringLiteral("version"),
                 [](const Microcredential &m) { return QVariant(m.version); },
                 [](Microcredential &m, const QVariant &v) { m.version = v.toInt(); }});
    c.push_back({QStringLiteral("authors"),
                 [](const Microcredential &m) { return QVariant(listToText(m.authors)); },
                 [](Microcredential &m, const QVariant &v) { m.authors = textToList(v); }});
    c.push_back({QStringLiteral("created_at"),
                 [](const Microcredential &m) { return QVariant(Timestamp::toText(m.created)); },
                 [](Microcredential &m, const QVariant &v) { m.created = Timestamp::fromText(v.toString()); }});
    // Derived, for listing and searching without loading every design.
    c.push_back({QStringLiteral("completion"),
                 [](const Microcredential &m) {
                     return QVariant(CompletionScore::of(m, FrameworkLibrary::find(m.qualityAssurance.frameworkId)).percent());
                 },
                 [](Microcredential &, const QVariant &) {}});
    c.push_back({QStringLiteral("search_text"),
                 [](const Microcredential &m) { return QVariant(MicrocredentialColumns::searchText(m)); },
                 [](Microcredential &, const QVariant &) {}});
    c.push_back({QStringLiteral("changed_at"),
                 [](const Microcredential &m) { return QVariant(Timestamp::toText(m.changed)); },
                 [](Microcredential &m, const QVariant &v) { m.changed = Timestamp::fromText(v.toString()); }});
    return c;
}

} // namespace

const std::vector<Column> &MicrocredentialColumns::all()
{
    static const std::vector<Column> columns = buildColumns();
    return columns;
}

QString MicrocredentialColumns::searchText(const Microcredential &mc)
{
    QStringList parts{mc.title.nl, mc.title.en};
    for (const LearningOutcome &outcome : mc.learningOutcomes) {
        parts.append(outcome.statement.nl);
        parts.append(outcome.statement.en);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

QString MicrocredentialColumns::nameList()
{
    QStringList names;
    for (const Column &column : all())
        names.append(column.name);
    return names.join(QLatin1String(", "));
}

} // namespace mcs
