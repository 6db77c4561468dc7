#pragma once

#include "CommandLine.h"
#include "storage/Catalogue.h"

namespace mcs::cli {

/// --role and --by for commands that change what only some roles may change.
/// A file catalogue acts in the role given (there the role is a setting); a
/// shared one uses the person's database roles, and the server decides.
class ActingRole
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::ActingRole)

public:
    static QCommandLineOption roleOption();
    static QCommandLineOption byOption();
    /// Sets the catalogue's actor from the options. False (usage reported) when
    /// a file catalogue lacks --role or the role is unknown.
    static bool apply(CliContext &ctx, const CommandLine &cmd, Catalogue &catalogue);
};

} // namespace mcs::cli
