#pragma once

#include "WorkflowRole.h"
#include "model/ModelEnums.h"

#include <QCoreApplication>

namespace mcs {

/// The names people read for statuses and roles, in the interface language:
/// the program's windows, the command line's messages and the catalogue's
/// refusals all say "Approved by the board", never the code "approved".
class WorkflowNames
{
    Q_DECLARE_TR_FUNCTIONS(mcs::WorkflowNames)

public:
    static QString status(Status status);
    /// The role as a word in a sentence ("as reviewer").
    static QString role(WorkflowRole role);
};

} // namespace mcs
