#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// The subcommands of the approval workflow and the history of a design:
/// status, new-version, history, diff, transfer.
class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::WorkflowCommands)

public:
    static int status(CliContext &ctx, const QStringList &arguments);
    static int newVersion(CliContext &ctx, const QStringList &arguments);
    static int history(CliContext &ctx, const QStringList &arguments);
    static int diff(CliContext &ctx, const QStringList &arguments);
    static int transfer(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
