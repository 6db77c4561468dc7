#pragma once

#include "CheckVerdict.h"
#include "model/Microcredential.h"

#include <QCoreApplication>
#include <QDate>

namespace mcs {

/// The checks the model can decide by itself, by stable id (framework files name
/// them in a criterion's "checks"). Each gives a verdict with its reason.
///
/// Ids: mbo-size, hbo-wo-size, examining-body, admission-present,
/// outcomes-level-size, alignment, eu-mandatory, and one per EU element:
/// eu-learner, eu-title, eu-country, eu-awarding-body, eu-issue-date,
/// eu-learning-outcomes, eu-workload, eu-level, eu-assessment-type,
/// eu-participation, eu-quality-assurance, eu-prerequisites, eu-supervision,
/// eu-grading, eu-stackability, eu-further-information.
class AutomaticChecks
{
    Q_DECLARE_TR_FUNCTIONS(mcs::AutomaticChecks)

public:
    static QStringList knownIds();
    static bool isKnown(const QString &checkId);
    /// Runs one check. `today` decides date-bound rules (the wo 1-EC experiment).
    static CheckVerdict run(const QString &checkId, const Microcredential &mc, const QDate &today);
    /// Runs several checks and combines them: the worst outcome, every reason.
    static CheckVerdict runAll(const QStringList &checkIds, const Microcredential &mc, const QDate &today);
};

} // namespace mcs
