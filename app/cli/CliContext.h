#pragma once

#include "EscapingOutput.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace mcs {
class Catalogue;
}

namespace mcs::cli {

/// Exit statuses of mcstudio-cli, as documented in `mcstudio-cli --help`.
enum ExitCode { Success = 0, ValidationFailed = 1, UsageOrInputError = 2, WorkflowRefused = 3 };

/// Where a command writes: results to standard output, problems to standard error.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::CliContext)

public:
    CliContext();

    QTextStream &out() { return m_out; }
    /// Writes "mcstudio-cli: MESSAGE" to standard error and returns the exit code.
    int fail(const QString &message, int exitCode = UsageOrInputError);
    /// Writes "mcstudio-cli: MESSAGE" to standard error, for something the user should know.
    void warn(const QString &message);
    /// A failure of the catalogue: a refused step or a conflict exits with
    /// WorkflowRefused (the request was clear), anything else with UsageOrInputError.
    int failWith(const QString &message, FailureKind kind);
    /// Writes a usage error with a pointer to --help.
    int usage(const QString &message);
    /// Writes a JSON value (object or array), indented, to standard output.
    void printJson(const QJsonValue &value);
    /// Opens a catalogue (file or URL); on failure reports why and returns null.
    std::shared_ptr<Catalogue> openCatalogue(const QString &path);

private:
    EscapingOutput m_outDevice{stdout};
    EscapingOutput m_errDevice{stderr};
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mcs::cli
