#pragma once

#include "WorkflowRole.h"
#include "model/ModelEnums.h"

#include <QList>

namespace mcs {

/// One allowed step of the approval route and who may take it.
struct WorkflowRule
{
    Status from;
    Status to;
    WorkflowRole role;
    bool needsReason; ///< going back to draft always says why
};

/// The approval route of a microcredential (docs/WORKFLOW.md):
/// draft -> submitted for review -> reviewed (project leader) -> approved by the
/// examination committee -> approved by the board -> published -> archived, and
/// back to draft with a reason before the examination committee has approved.
///
/// From the examination committee's approval on, a version is frozen: its content
/// never changes again; editing starts a new version as a draft. The same rules
/// are written into a PostgreSQL catalogue, whose triggers enforce them.
class ApprovalWorkflow
{
public:
    static const QList<WorkflowRule> &rules();
    /// The steps out of `from`, in route order.
    static QList<WorkflowRule> rulesFrom(Status from);
    /// The rule for this step taken in this role, or none when it is not allowed.
    static std::optional<WorkflowRule> rule(Status from, Status to, WorkflowRole role);
    /// Whether a version with this status may no longer change its content.
    static bool isFrozen(Status status);
    /// Whether a version with this status carries an approval (frozen, and not
    /// archived: a draft can be archived without ever being approved).
    static bool isApproved(Status status);
    /// The frozen statuses, as codes.
    static QStringList frozenCodes();
    /// The same as an SQL list: 'approvedByExamCommittee', 'approved', ... (constants only).
    static QString frozenSqlList();
};

} // namespace mcs
