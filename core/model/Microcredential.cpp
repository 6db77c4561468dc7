#include "Microcredential.h"
#include "util/Clock.h"

#include <QUuid>

namespace mcs {

Microcredential Microcredential::createNew()
{
    Microcredential mc;
    mc.id = newId();
    mc.created = Clock::now();
    mc.changed = mc.created;
    return mc;
}

QString Microcredential::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Microcredential::isValidId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

Microcredential Microcredential::copyAsNewDesign(const QString &by) const
{
    Microcredential copy = *this;
    copy.id = newId();
    for (LearningOutcome &outcome : copy.learningOutcomes) {
        const QString outcomeId = newId();
        for (Assessment &assessment : copy.assessments)
            assessment.learningOutcomeIds.replaceInStrings(outcome.id, outcomeId);
        outcome.id = outcomeId;
    }
    for (Assessment &assessment : copy.assessments)
        assessment.id = newId();
    copy.status = Status::Draft;
    copy.version = 1;
    copy.created = Clock::now();
    for (Checklist &checklist : copy.checklists)
        checklist.markCopiedFrom(id, title.preferred(QStringLiteral("nl")), by, copy.created);
    copy.changed = copy.created;
    return copy;
}

const LearningOutcome *Microcredential::findOutcome(const QString &outcomeId) const
{
    for (const LearningOutcome &outcome : learningOutcomes) {
        if (outcome.id == outcomeId)
            return &outcome;
    }
    return nullptr;
}

const Checklist *Microcredential::checklist(const QString &frameworkId) const
{
    for (const Checklist &list : checklists) {
        if (list.frameworkId == frameworkId)
            return &list;
    }
    return nullptr;
}

Checklist &Microcredential::checklistFor(const QString &frameworkId, const QString &frameworkVersion)
{
    for (Checklist &list : checklists) {
        if (list.frameworkId == frameworkId)
            return list;
    }
    Checklist fresh;
    fresh.frameworkId = frameworkId;
    fresh.frameworkVersion = frameworkVersion;
    checklists.append(fresh);
    return checklists.last();
}

bool operator==(const Microcredential &a, const Microcredential &b)
{
    return a.id == b.id && a.title == b.title && a.summary == b.summary && a.sector == b.sector
           && a.institution == b.institution && a.targetGroup == b.targetGroup
           && a.priorKnowledge == b.priorKnowledge
           && a.admissionRequirements == b.admissionRequirements
           && a.admissionTesting == b.admissionTesting && a.noPriorKnowledge == b.noPriorKnowledge
           && a.noAdmissionRequirements == b.noAdmissionRequirements && a.studyLoadHours == b.studyLoadHours
           && a.eqfLevel == b.eqfLevel && a.nlqfLevel == b.nlqfLevel && a.foreignLevel == b.foreignLevel
           && a.learningOutcomes == b.learningOutcomes && a.assessments == b.assessments
           && a.participation == b.participation
           && a.instructionLanguages == b.instructionLanguages
           && a.learningSetting == b.learningSetting && a.maximumDuration == b.maximumDuration
           && a.partialQualification == b.partialQualification
           && a.qualityAssurance == b.qualityAssurance && a.industry == b.industry
           && a.labourMarketValue == b.labourMarketValue
           && a.regionalPartners == b.regionalPartners && a.stackability == b.stackability
           && a.grading == b.grading && a.validityMonths == b.validityMonths
           && a.programmeCodes == b.programmeCodes && a.furtherInformation == b.furtherInformation
           && a.furtherInformationUrl == b.furtherInformationUrl && a.checklists == b.checklists
           && a.status == b.status
           && a.version == b.version && a.authors == b.authors && a.created == b.created
           && a.changed == b.changed;
}

} // namespace mcs
