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
    const QList<std::pair<QString, bool>> required{
        {tr("title"), mc.title.isComplete()},
        {tr("summary"), !mc.summary.isEmpty()},
        {tr("awarding institution"), !mc.institution.name.trimmed().isEmpty()},
        {tr("target group"), !mc.targetGroup.isEmpty()},
        {tr("prior knowledge"), !mc.priorKnowledge.isEmpty()},
        {tr("admission requirements"), !mc.admissionRequirements.isEmpty()},
        {tr("admission testing"), !mc.admissionTesting.isEmpty()},
        {tr("study load"), mc.studyLoadHours > 0},
        {tr("level"), mc.eqfLevel.has_value() || mc.nlqfLevel.has_value()},
        {tr("learning outcomes"), !mc.learningOutcomes.isEmpty()},
        {tr("assessments"), !mc.assessments.isEmpty()},
        {tr("form of participation"), mc.participation.has_value()},
        {tr("languages of instruction"), !mc.instructionLanguages.isEmpty()},
        {tr("quality framework"), !mc.qualityAssurance.frameworkId.isEmpty()},
        {tr("examining body"), !mc.qualityAssurance.examiningBody.trimmed().isEmpty()},
    };
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
