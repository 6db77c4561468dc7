#include "KeepMine.h"

#include "format/ContentFingerprint.h"
#include "workflow/ApprovalWorkflow.h"

namespace mcs::ui {

KeepMine::Outcome KeepMine::after(const Microcredential &theirs, const Microcredential &mine)
{
    if (!ApprovalWorkflow::isFrozen(theirs.status) || ApprovalWorkflow::isFrozen(mine.status)
        || ContentFingerprint::full(theirs) == ContentFingerprint::full(mine))
        return Outcome::SaveOver;
    return ApprovalWorkflow::isApproved(theirs.status) ? Outcome::NextVersion : Outcome::Refused;
}

} // namespace mcs::ui
