#include "CompletionScore.h"

#include <functional>

namespace mcs {

int CompletionScore::percent() const
{
    const int total = requiredTotal + criteriaTotal;
    return total == 0 ? 0 : int((100 * (requiredFilled + criteriaMet)) / total);
}

CompletionScore CompletionScore::of(const Microcredential &mc, const QualityFramework *framework)
{
    // The elements the EU Recommendation asks of every microcredential ...
    QList<std::pair<QString, bool>> required{
        {tr("title"), mc.title.isComplete()},
        {tr("awarding institution"), !mc.institution.name.trimmed().isEmpty()},
        {tr("learning outcomes"), !mc.learningOutcomes.isEmpty()},
        {tr("study load"), mc.studyLoadHours > 0},
        {tr("level"), mc.eqfLevel.has_value() || mc.nlqfLevel.has_value()},
        {tr("assessments"), !mc.assessments.isEmpty()},
        {tr("form of participation"), mc.participation.has_value()},
        {tr("quality assurance"), !mc.qualityAssurance.frameworkId.isEmpty() || !mc.qualityAssurance.description.isEmpty()},
    };
    // ... and what the chosen framework's criteria check. Prior knowledge and
    // admission requirements count as answered when described or answered "none";
    // how admission is tested only when there are requirements.
    if (framework && framework->usesCheck(QStringLiteral("admission-present"))) {
        required.append({tr("target group"), !mc.targetGroup.isEmpty()});
        required.append({tr("prior knowledge"), !mc.priorKnowledge.isEmpty() || mc.noPriorKnowledge});
        required.append({tr("admission requirements"), !mc.admissionRequirements.isEmpty() || mc.noAdmissionRequirements});
        if (mc.hasAdmissionRequirements())
            required.append({tr("admission testing"), !mc.admissionTesting.isEmpty()});
    }
    if (framework && framework->usesCheck(QStringLiteral("examining-body")))
        required.append({tr("examining body"), !mc.qualityAssurance.examiningBody.trimmed().isEmpty()});
    CompletionScore score;
    score.requiredTotal = int(required.size());
    for (const auto &element : required) {
        if (element.second)
            ++score.requiredFilled;
        else
            score.missing.append(element.first);
    }
    if (framework) {
        score.criteriaTotal = int(framework->criteria.size());
        const Checklist *checklist = mc.checklist(framework->id);
        for (const QualityCriterion &criterion : framework->criteria) {
            const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr;
            if (item && (item->status == CriterionStatus::Met || item->status == CriterionStatus::NotApplicable))
                ++score.criteriaMet;
        }
    }
    return score;
}

} // namespace mcs
