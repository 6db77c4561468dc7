#include "ApprovalWorkflow.h"

#include <algorithm>

namespace mcs {

const QList<WorkflowRule> &ApprovalWorkflow::rules()
{
    using S = Status;
    using R = WorkflowRole;
    // Released rules are also written into PostgreSQL catalogues (schema 4):
    // a change here needs a new migration that updates workflow_rules.
    static const QList<WorkflowRule> all{
        {S::Draft, S::InReview, R::Editor, false},
        {S::InReview, S::Reviewed, R::Reviewer, false},
        {S::Reviewed, S::ApprovedByExamCommittee, R::Approver, false},
        {S::ApprovedByExamCommittee, S::Approved, R::Approver, false},
        {S::Approved, S::Published, R::Approver, false},
        {S::Published, S::Archived, R::Approver, false},
        {S::Draft, S::Archived, R::Editor, false},
        {S::InReview, S::Draft, R::Editor, true},   // the team withdraws it
        {S::InReview, S::Draft, R::Reviewer, true}, // the project leader sends it back
        {S::Reviewed, S::Draft, R::Reviewer, true},
        {S::Reviewed, S::Draft, R::Approver, true}, // the committee does not approve
        {S::ApprovedByExamCommittee, S::Archived, R::Approver, false},
        {S::Approved, S::Archived, R::Approver, false},
    };
    return all;
}

QList<WorkflowRule> ApprovalWorkflow::rulesFrom(Status from)
{
    QList<WorkflowRule> found;
    std::copy_if(rules().cbegin(), rules().cend(), std::back_inserter(found),
                 [from](const WorkflowRule &r) { return r.from == from; });
    return found;
}

std::optional<WorkflowRule> ApprovalWorkflow::rule(Status from, Status to, WorkflowRole role)
{
    for (const WorkflowRule &r : rules()) {
        if (r.from == from && r.to == to && r.role == role)
            return r;
    }
    return std::nullopt;
}

bool ApprovalWorkflow::isFrozen(Status status)
{
    return status == Status::ApprovedByExamCommittee || status == Status::Approved
           || status == Status::Published || status == Status::Archived;
}

bool ApprovalWorkflow::isApproved(Status status)
{
    return isFrozen(status) && status != Status::Archived;
}

QStringList ApprovalWorkflow::frozenCodes()
{
    QStringList codes;
    for (const QString &code : EnumCodes<Status>::allCodes()) {
        if (isFrozen(*fromCode<Status>(code)))
            codes.append(code);
    }
    return codes;
}

QString ApprovalWorkflow::frozenSqlList()
{
    QStringList quoted;
    for (const QString &code : frozenCodes())
        quoted.append(QLatin1Char('\'') + code + QLatin1Char('\''));
    return quoted.join(QLatin1String(", "));
}

} // namespace mcs
