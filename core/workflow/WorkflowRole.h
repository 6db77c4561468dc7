#pragma once

#include <QString>

#include <optional>

namespace mcs {

/// What a person may do in the approval workflow. On PostgreSQL these are the
/// database roles mcstudio_editor, mcstudio_reviewer and mcstudio_approver; on
/// SQLite the user chooses one in the settings.
enum class WorkflowRole { Editor, Reviewer, Approver };

/// The stable code of a role ("editor", "reviewer", "approver").
QString roleCode(WorkflowRole role);
std::optional<WorkflowRole> roleFromCode(const QString &code);

} // namespace mcs
