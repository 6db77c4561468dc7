#pragma once

#include "model/Microcredential.h"

#include <QList>

namespace mcs {

/// One field that differs between two versions of a design.
struct FieldDifference
{
    QString path;   ///< the field's path in the .mcdesign format, e.g. learningOutcomes[LO1].statement.nl
    QString before; ///< empty when the field did not exist (an added learning outcome)
    QString after;  ///< empty when the field no longer exists
    /// The path for people: the format's keys, and "#3" for the third entry of
    /// a list (its position in the later version when it is there).
    QStringList segments;
};

/// A field-by-field comparison of two designs over their canonical .mcdesign
/// content, so that every field the file format knows is compared and new fields
/// are compared without changing this class. List elements are matched by their
/// id (learning outcomes, assessments), framework or criterion, not by position,
/// so that reordering or inserting one does not mark every later one as changed.
/// The time of the last save ("changed") is bookkeeping and not compared.
class DesignComparison
{
public:
    static QList<FieldDifference> compare(const Microcredential &before, const Microcredential &after);
    /// Whether a difference is in the record of the design (its version number
    /// and status), which differ between any two versions, rather than in its content.
    static bool isRecordKeeping(const FieldDifference &difference);
};

} // namespace mcs
