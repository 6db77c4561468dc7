#include "WorkflowNames.h"

namespace mcs {

QString WorkflowNames::status(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft");
    case Status::InReview:
        return tr("Submitted for review");
    case Status::Reviewed:
        return tr("Reviewed");
    case Status::ApprovedByExamCommittee:
        return tr("Approved by the examination committee");
    case Status::Approved:
        return tr("Approved by the board");
    case Status::Published:
        return tr("Published");
    case Status::Archived:
        return tr("Archived");
    }
    return {};
}

QString WorkflowNames::role(WorkflowRole role)
{
    switch (role) {
    case WorkflowRole::Editor:
        return tr("editor");
    case WorkflowRole::Reviewer:
        return tr("reviewer");
    case WorkflowRole::Approver:
        return tr("approver");
    }
    return {};
}

} // namespace mcs
