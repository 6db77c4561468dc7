#include "McdesignWriter.h"

#include "ChecklistJson.h"

#include "util/FileOutput.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mcs {

namespace {

QJsonValue text(const LocalizedText &value)
{
    return QJsonObject{{QStringLiteral("nl"), value.nl}, {QStringLiteral("en"), value.en}};
}

template<typename E>
QJsonValue optionalCode(const std::optional<E> &value)
{
    return value ? QJsonValue(toCode(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray skills(const QList<SkillLink> &list)
{
    QJsonArray result;
    for (const SkillLink &skill : list)
        result.append(QJsonObject{{QStringLiteral("uri"), skill.uri}, {QStringLiteral("label"), skill.label}});
    return result;
}

QJsonArray outcomes(const QList<LearningOutcome> &list)
{
    QJsonArray result;
    for (const LearningOutcome &outcome : list) {
        result.append(QJsonObject{{QStringLiteral("id"), outcome.id},
                                  {QStringLiteral("statement"), text(outcome.statement)},
                                  {QStringLiteral("domain"), optionalCode(outcome.domain)},
                                  {QStringLiteral("bloomLevel"), optionalCode(outcome.bloomLevel)},
                                  {QStringLiteral("skills"), skills(outcome.skills)}});
    }
    return result;
}

QJsonArray assessments(const QList<Assessment> &list)
{
    QJsonArray result;
    for (const Assessment &assessment : list) {
        result.append(QJsonObject{
            {QStringLiteral("id"), assessment.id},
            {QStringLiteral("type"), toCode(assessment.type)},
            {QStringLiteral("description"), text(assessment.description)},
            {QStringLiteral("learningOutcomeIds"),
             QJsonArray::fromStringList(assessment.learningOutcomeIds)},
            {QStringLiteral("supervision"), optionalCode(assessment.supervision)}});
    }
    return result;
}

QJsonArray programmeCodes(const QList<ProgrammeCode> &list)
{
    QJsonArray result;
    for (const ProgrammeCode &code : list) {
        result.append(QJsonObject{{QStringLiteral("scheme"), toCode(code.scheme)},
                                  {QStringLiteral("code"), code.code}});
    }
    return result;
}

} // namespace

QJsonObject McdesignWriter::toJsonObject(const Microcredential &mc)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), mc.id);
    o.insert(QStringLiteral("title"), text(mc.title));
    o.insert(QStringLiteral("summary"), text(mc.summary));
    o.insert(QStringLiteral("sector"), toCode(mc.sector));
    o.insert(QStringLiteral("institution"),
             QJsonObject{{QStringLiteral("name"), mc.institution.name},
                         {QStringLiteral("identifier"), mc.institution.identifier},
                         {QStringLiteral("identifierScheme"), toCode(mc.institution.identifierScheme)},
                         {QStringLiteral("country"), mc.institution.country},
                         {QStringLiteral("region"), mc.institution.region}});
    o.insert(QStringLiteral("targetGroup"), text(mc.targetGroup));
    o.insert(QStringLiteral("priorKnowledge"), text(mc.priorKnowledge));
    o.insert(QStringLiteral("admissionRequirements"), text(mc.admissionRequirements));
    o.insert(QStringLiteral("admissionTesting"), text(mc.admissionTesting));
    o.insert(QStringLiteral("noPriorKnowledge"), mc.noPriorKnowledge);
    o.insert(QStringLiteral("noAdmissionRequirements"), mc.noAdmissionRequirements);
    o.insert(QStringLiteral("studyLoadHours"), mc.studyLoadHours);
    o.insert(QStringLiteral("eqfLevel"), optionalInt(mc.eqfLevel));
    o.insert(QStringLiteral("nlqfLevel"), optionalCode(mc.nlqfLevel));
    o.insert(QStringLiteral("foreignLevel"), mc.foreignLevel);
    o.insert(QStringLiteral("learningOutcomes"), outcomes(mc.learningOutcomes));
    o.insert(QStringLiteral("assessments"), assessments(mc.assessments));
    o.insert(QStringLiteral("participation"), optionalCode(mc.participation));
    o.insert(QStringLiteral("instructionLanguages"),
             QJsonArray::fromStringList(mc.instructionLanguages));
    o.insert(QStringLiteral("learningSetting"), optionalCode(mc.learningSetting));
    o.insert(QStringLiteral("maximumDuration"), mc.maximumDuration);
    o.insert(QStringLiteral("partialQualification"),
             mc.partialQualification ? QJsonValue(*mc.partialQualification) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("qualityAssurance"),
             QJsonObject{{QStringLiteral("frameworkId"), mc.qualityAssurance.frameworkId},
                         {QStringLiteral("frameworkVersion"), mc.qualityAssurance.frameworkVersion},
                         {QStringLiteral("examiningBody"), mc.qualityAssurance.examiningBody},
                         {QStringLiteral("description"), text(mc.qualityAssurance.description)}});
    o.insert(QStringLiteral("industry"), text(mc.industry));
    o.insert(QStringLiteral("labourMarketValue"), text(mc.labourMarketValue));
    o.insert(QStringLiteral("regionalPartners"), QJsonArray::fromStringList(mc.regionalPartners));
    o.insert(QStringLiteral("stackability"),
             QJsonObject{{QStringLiteral("kind"), optionalCode(mc.stackability.kind)},
                         {QStringLiteral("towards"), text(mc.stackability.towards)}});
    o.insert(QStringLiteral("grading"), text(mc.grading));
    o.insert(QStringLiteral("validityMonths"), optionalInt(mc.validityMonths));
    o.insert(QStringLiteral("programmeCodes"), programmeCodes(mc.programmeCodes));
    o.insert(QStringLiteral("furtherInformation"), text(mc.furtherInformation));
    o.insert(QStringLiteral("furtherInformationUrl"), mc.furtherInformationUrl);
    o.insert(QStringLiteral("checklists"), ChecklistJson::toJson(mc.checklists));
    o.insert(QStringLiteral("status"), toCode(mc.status));
    o.insert(QStringLiteral("version"), mc.version);
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(mc.authors));
    o.insert(QStringLiteral("created"), Timestamp::toText(mc.created));
    o.insert(QStringLiteral("changed"), Timestamp::toText(mc.changed));
    return o;
}

QByteArray McdesignWriter::toBytes(const Microcredential &mc)
{
    return toBytes(toJsonObject(mc));
}

QByteArray McdesignWriter::toBytes(const QJsonObject &designObject)
{
    const QJsonObject root{{QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("microcredential"), designObject}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Done> McdesignWriter::writeFile(const Microcredential &mc, const QString &path)
{
    return FileOutput::write(path, toBytes(mc));
}

} // namespace mcs
