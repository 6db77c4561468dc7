#pragma once

#include "WorkflowRole.h"
#include "model/ModelEnums.h"

#include <QDateTime>

namespace mcs {

/// One step taken in the approval workflow, as the catalogue records it.
struct TransitionRecord
{
    int version = 1;      ///< the design version the step applied to
    Status from = Status::Draft;
    Status to = Status::Draft;
    QString actor;        ///< on PostgreSQL the database user, never what the client claims
    WorkflowRole role = WorkflowRole::Editor;
    QDateTime at;
    QString comment;
    QString fingerprint;  ///< the content fingerprint printed on the documents
};

} // namespace mcs
