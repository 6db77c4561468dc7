#pragma once

#include "LocalizedText.h"
#include "ModelEnums.h"

#include <optional>

namespace mcs {

/// One learning outcome: what the learner can do afterwards, in Dutch and English.
struct LearningOutcome
{
    QString id; ///< stable identifier; assessments refer to it
    LocalizedText statement;
    std::optional<OutcomeDomain> domain;
    std::optional<BloomLevel> bloomLevel;

    friend bool operator==(const LearningOutcome &a, const LearningOutcome &b)
    {
        return a.id == b.id && a.statement == b.statement && a.domain == b.domain
               && a.bloomLevel == b.bloomLevel;
    }
};

} // namespace mcs
