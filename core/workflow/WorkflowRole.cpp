#include "WorkflowRole.h"

namespace mcs {

QString roleCode(WorkflowRole role)
{
    switch (role) {
    case WorkflowRole::Editor:
        return QStringLiteral("editor");
    case WorkflowRole::Reviewer:
        return QStringLiteral("reviewer");
    case WorkflowRole::Approver:
        return QStringLiteral("approver");
    }
    return {};
}

std::optional<WorkflowRole> roleFromCode(const QString &code)
{
    for (WorkflowRole role : {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

} // namespace mcs
