#pragma once

#include "model/Microcredential.h"

namespace mcs::ui {

/// What Keep Mine does after a conflict, decided once for the conflict dialog
/// (which says it beforehand) and for the document (which does it).
class KeepMine
{
public:
    enum class Outcome {
        SaveOver,    ///< mine replaces theirs (their status stays)
        NextVersion, ///< they approved it meanwhile: mine becomes its next version, a draft
        Refused,     ///< they archived it meanwhile: an archive is not reopened by a save
    };

    /// Only a colleague's step that froze content different from mine changes
    /// the usual save-over; their checklist work alone (outside the fingerprint) does not.
    static Outcome after(const Microcredential &theirs, const Microcredential &mine);
};

} // namespace mcs::ui
