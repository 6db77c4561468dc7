#pragma once

#include "workflow/WorkflowRole.h"

#include "model/ModelEnums.h"

#include <QCoreApplication>

#include <optional>

namespace mcs {
struct QualityFramework;
}

namespace mcs::ui {

/// Translated names of the model's controlled vocabularies, for people.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::DisplayNames)

public:
    static QString sector(Sector sector);
    static QString status(Status status);
    static QString role(WorkflowRole role);
    /// The role as a heading or table cell: "Reviewer" where a sentence says "reviewer".
    static QString roleTitle(WorkflowRole which);
    /// "EQF 4 · NLQF 4", or an empty string when no level is set.
    static QString level(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf);

    /// A framework's name with its version, unless the name says it already:
    /// "mbo pilot 2024-2025", not "mbo pilot 2024-2025 (2024-2025)".
    static QString framework(const QualityFramework &framework, const QString &language);

    /// The interface language ("nl" or "en"), chosen at start-up.
    static QString language();
    /// A calendar duration ("P6M") in words, in the interface language.
    static QString duration(const QString &iso);
    static void setLanguage(const QString &language);
};

} // namespace mcs::ui
