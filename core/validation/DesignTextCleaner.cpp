#include "DesignTextCleaner.h"

#include "util/TextSanitizer.h"

namespace mcs {

namespace {

using Lines = TextSanitizer::Lines;

class Walk
{
public:
    QStringList findings;

    void text(QString &value, const QString &path, Lines lines)
    {
        const SanitizedText result = TextSanitizer::clean(value, lines);
        if (!result.changed()) {
            value = result.text; // line ends may have been normalised
            return;
        }
        value = result.text;
        findings.append(DesignTextCleaner::tr("%1: %2").arg(path, TextSanitizer::describe(result)));
    }

    void localized(LocalizedText &value, const QString &path, Lines lines)
    {
        text(value.nl, path + QLatin1String(".nl"), lines);
        text(value.en, path + QLatin1String(".en"), lines);
    }

    void list(QStringList &values, const QString &path)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            text(values[i], QStringLiteral("%1[%2]").arg(path).arg(i), Lines::Single);
    }
};

QString at(const char *list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

} // namespace

QStringList DesignTextCleaner::cleanOutcomes(QList<LearningOutcome> &outcomes, qsizetype firstIndex)
{
    Walk walk;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        LearningOutcome &outcome = outcomes[i];
        walk.text(outcome.id, at("learningOutcomes", firstIndex + i) + QLatin1String(".id"), Lines::Single);
        walk.localized(outcome.statement, at("learningOutcomes", firstIndex + i) + QLatin1String(".statement"),
                       Lines::Multi);
    }
    return walk.findings;
}

QStringList DesignTextCleaner::clean(Microcredential &mc)
{
    Walk walk;
    const Lines one = Lines::Single;
    const Lines many = Lines::Multi;
    walk.text(mc.id, QStringLiteral("id"), one);
    walk.localized(mc.title, QStringLiteral("title"), one);
    walk.localized(mc.summary, QStringLiteral("summary"), many);
    walk.text(mc.institution.name, QStringLiteral("institution.name"), one);
    walk.text(mc.institution.identifier, QStringLiteral("institution.identifier"), one);
    walk.text(mc.institution.country, QStringLiteral("institution.country"), one);
    walk.text(mc.institution.region, QStringLiteral("institution.region"), one);
    walk.localized(mc.targetGroup, QStringLiteral("targetGroup"), many);
    walk.localized(mc.priorKnowledge, QStringLiteral("priorKnowledge"), many);
    walk.localized(mc.admissionRequirements, QStringLiteral("admissionRequirements"), many);
    walk.localized(mc.admissionTesting, QStringLiteral("admissionTesting"), many);
    walk.findings += cleanOutcomes(mc.learningOutcomes, 0);
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        Assessment &assessment = mc.assessments[i];
        walk.text(assessment.id, at("assessments", i) + QLatin1String(".id"), one);
        walk.localized(assessment.description, at("assessments", i) + QLatin1String(".description"), many);
        walk.list(assessment.learningOutcomeIds, at("assessments", i) + QLatin1String(".learningOutcomeIds"));
    }
    walk.list(mc.instructionLanguages, QStringLiteral("instructionLanguages"));
    walk.text(mc.qualityAssurance.frameworkId, QStringLiteral("qualityAssurance.frameworkId"), one);
    walk.text(mc.qualityAssurance.frameworkVersion, QStringLiteral("qualityAssurance.frameworkVersion"), one);
    walk.text(mc.qualityAssurance.examiningBody, QStringLiteral("qualityAssurance.examiningBody"), one);
    walk.localized(mc.qualityAssurance.description, QStringLiteral("qualityAssurance.description"), many);
    walk.localized(mc.industry, QStringLiteral("industry"), many);
    walk.localized(mc.labourMarketValue, QStringLiteral("labourMarketValue"), many);
    walk.list(mc.regionalPartners, QStringLiteral("regionalPartners"));
    walk.localized(mc.stackability.towards, QStringLiteral("stackability.towards"), many);
    walk.localized(mc.grading, QStringLiteral("grading"), many);
    for (qsizetype i = 0; i < mc.programmeCodes.size(); ++i)
        walk.text(mc.programmeCodes[i].code, at("programmeCodes", i) + QLatin1String(".code"), one);
    walk.localized(mc.furtherInformation, QStringLiteral("furtherInformation"), many);
    walk.text(mc.furtherInformationUrl, QStringLiteral("furtherInformationUrl"), one);
    walk.list(mc.authors, QStringLiteral("authors"));
    for (qsizetype c = 0; c < mc.checklists.size(); ++c) {
        Checklist &checklist = mc.checklists[c];
        const QString path = at("checklists", c);
        walk.text(checklist.frameworkId, path + QLatin1String(".frameworkId"), one);
        walk.text(checklist.frameworkVersion, path + QLatin1String(".frameworkVersion"), one);
        walk.text(checklist.signedOffBy, path + QLatin1String(".signedOffBy"), one);
        for (qsizetype i = 0; i < checklist.items.size(); ++i) {
            ChecklistItem &item = checklist.items[i];
            const QString itemPath = path + QStringLiteral(".items[%1]").arg(i);
            walk.text(item.criterionId, itemPath + QLatin1String(".criterionId"), one);
            walk.text(item.evidence, itemPath + QLatin1String(".evidence"), many);
            walk.list(item.evidenceLinks, itemPath + QLatin1String(".evidenceLinks"));
            walk.text(item.responsible, itemPath + QLatin1String(".responsible"), one);
            walk.text(item.reviewerComment, itemPath + QLatin1String(".reviewerComment"), many);
            walk.text(item.reviewedBy, itemPath + QLatin1String(".reviewedBy"), one);
        }
        for (qsizetype i = 0; i < checklist.history.size(); ++i) {
            ChecklistChange &change = checklist.history[i];
            const QString changePath = path + QStringLiteral(".history[%1]").arg(i);
            walk.text(change.by, changePath + QLatin1String(".by"), one);
            walk.text(change.oldValue, changePath + QLatin1String(".oldValue"), many);
            walk.text(change.newValue, changePath + QLatin1String(".newValue"), many);
        }
    }
    return walk.findings;
}

} // namespace mcs
