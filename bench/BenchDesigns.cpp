#include "BenchDesigns.h"

namespace mcs::bench {

Microcredential BenchDesigns::make(const Microcredential &base, int index)
{
    Microcredential mc = base;
    mc.id = Microcredential::newId();
    mc.title.nl = QStringLiteral("%1 (%2)").arg(base.title.nl).arg(index);
    mc.title.en = QStringLiteral("%1 (%2)").arg(base.title.en).arg(index);
    mc.studyLoadHours = 240 + index % 480;
    mc.changed = mc.created.addSecs(index);
    QList<LearningOutcome> outcomes;
    for (int k = 0; k < 8; ++k) {
        LearningOutcome outcome = base.learningOutcomes.at(k % base.learningOutcomes.size());
        outcome.id = Microcredential::newId();
        outcomes.append(outcome);
    }
    mc.learningOutcomes = outcomes;
    for (qsizetype a = 0; a < mc.assessments.size(); ++a) {
        mc.assessments[a].id = Microcredential::newId();
        mc.assessments[a].learningOutcomeIds = {outcomes.at(a * 2).id, outcomes.at(a * 2 + 1).id};
    }
    return mc;
}

} // namespace mcs::bench
