#pragma once

#include "LocalizedText.h"
#include "ModelEnums.h"

#include <QList>

#include <optional>

namespace mcs {

/// A skill an outcome is linked to in a published vocabulary: ESCO
/// (http://data.europa.eu/esco/skill/...) or another framework's concept.
struct SkillLink
{
    QString uri;
    QString label; ///< the concept's name as the source gives it; may be empty

    friend bool operator==(const SkillLink &a, const SkillLink &b) { return a.uri == b.uri && a.label == b.label; }
};

/// One learning outcome: what the learner can do afterwards, in Dutch and English.
struct LearningOutcome
{
    QString id; ///< stable identifier; assessments refer to it
    LocalizedText statement;
    std::optional<OutcomeDomain> domain;
    std::optional<BloomLevel> bloomLevel;
    QList<SkillLink> skills; ///< format version 3

    friend bool operator==(const LearningOutcome &a, const LearningOutcome &b)
    {
        return a.id == b.id && a.statement == b.statement && a.domain == b.domain
               && a.bloomLevel == b.bloomLevel && a.skills == b.skills;
    }
};

} // namespace mcs
