#pragma once

#include "WorkflowRole.h"

#include <QList>

namespace mcs {

/// Who takes workflow steps in a catalogue, and in which roles. On PostgreSQL
/// both come from the database (the session user and its role memberships); on
/// SQLite from the program's settings.
struct WorkflowActor
{
    QString name;
    QList<WorkflowRole> roles;

    bool has(WorkflowRole role) const { return roles.contains(role); }
};

} // namespace mcs
