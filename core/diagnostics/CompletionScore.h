#pragma once

#include "frameworks/QualityFramework.h"
#include "model/Microcredential.h"

#include <QCoreApplication>

namespace mcs {

/// How complete a design is: the required elements that are filled in, and the
/// criteria of the chosen framework that the team marked met (or not applicable).
struct CompletionScore
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CompletionScore)

public:
    int requiredFilled = 0;
    int requiredTotal = 0;
    int criteriaMet = 0;
    int criteriaTotal = 0;
    QStringList missing; ///< translated names of the required elements that are empty

    /// 0-100, both parts weighted by their number of items.
    int percent() const;

    static CompletionScore of(const Microcredential &mc, const QualityFramework *framework);
};

} // namespace mcs
