#pragma once

#include "model/Microcredential.h"

#include <QCoreApplication>
#include <QStringList>

namespace mcs {

/// Applies TextSanitizer to every text of a design that came in from outside
/// (a file, an importer), knowing which fields are one line and which may hold
/// several. Returns one finding per field that changed, naming the field by its
/// path in the .mcdesign format ("learningOutcomes[2].statement.nl") and what
/// was removed. Kept versions in a catalogue are never passed through here:
/// text is cleaned where it comes in, and frozen content stays as approved.
class DesignTextCleaner
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DesignTextCleaner)

public:
    static QStringList clean(Microcredential &mc);
    /// The same for learning outcomes coming in on their own (a spreadsheet
    /// added to a design), numbered from `firstIndex` in the design.
    static QStringList cleanOutcomes(QList<LearningOutcome> &outcomes, qsizetype firstIndex);
};

} // namespace mcs
