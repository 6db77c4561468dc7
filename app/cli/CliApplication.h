#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mcs::cli {

/// mcstudio-cli: dispatches the subcommand named by the first argument.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::CliApplication)

public:
    /// Runs with the process arguments (program name first) and returns the exit code.
    static int run(const QStringList &arguments);
    static QString helpText();
};

} // namespace mcs::cli
