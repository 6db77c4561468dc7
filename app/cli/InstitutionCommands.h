#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `institution list|show|set CATALOGUE ...`: the institutions a catalogue
/// knows and the evidence each keeps once for the criteria about the institution.
class InstitutionCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::InstitutionCommands)

public:
    static int run(CliContext &ctx, const QStringList &arguments);

private:
    static int list(CliContext &ctx, const QStringList &arguments);
    static int show(CliContext &ctx, const QStringList &arguments);
    static int set(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
