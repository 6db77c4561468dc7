#pragma once

#include "model/InstitutionEvidence.h"
#include "model/LocalizedText.h"
#include "model/ModelEnums.h"

#include <QDateTime>

#include <optional>

namespace mcs {

/// One row of a catalogue listing: the key facts of a microcredential, read
/// without loading its learning outcomes and assessments.
struct CatalogueEntry
{
    QString id;
    LocalizedText title;
    Sector sector = Sector::Other;
    std::optional<int> eqfLevel;
    std::optional<NlqfLevel> nlqfLevel;
    int studyLoadHours = 0;
    Status status = Status::Draft;
    int version = 1;
    QDateTime changed;
    int rowVersion = 0;
    int completion = -1; ///< percent; -1 when not known
    QString frameworkId;      ///< the quality framework it is checked against
    QString frameworkVersion; ///< and that framework's version
    /// The institution's evidence with an end date that the design inherits
    /// (criteria it gives its own evidence for left out): NeedsAttention looks
    /// at whether a date has passed.
    QList<InstitutionEvidence> datedEvidence;
};

} // namespace mcs
