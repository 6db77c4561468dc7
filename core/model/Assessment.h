#pragma once

#include "LocalizedText.h"
#include "ModelEnums.h"

#include <QStringList>

#include <optional>

namespace mcs {

/// One assessment and the learning outcomes it assesses.
struct Assessment
{
    QString id;
    AssessmentType type = AssessmentType::WrittenExam;
    LocalizedText description;
    QStringList learningOutcomeIds;
    /// Supervision and identity verification, in the three values of the EU Recommendation.
    std::optional<Supervision> supervision;

    friend bool operator==(const Assessment &a, const Assessment &b)
    {
        return a.id == b.id && a.type == b.type && a.description == b.description
               && a.learningOutcomeIds == b.learningOutcomeIds && a.supervision == b.supervision;
    }
};

} // namespace mcs
