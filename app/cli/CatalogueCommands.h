#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// The subcommands that read and write catalogues: init, import, list, show.
class CatalogueCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::CatalogueCommands)

public:
    static int init(CliContext &ctx, const QStringList &arguments);
    static int importFiles(CliContext &ctx, const QStringList &arguments);
    static int list(CliContext &ctx, const QStringList &arguments);
    static int show(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
