#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `frameworks list|add|remove CATALOGUE [FILE|ID]`: the quality frameworks a
/// catalogue holds besides the shipped ones.
class FrameworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::FrameworkCommands)

public:
    static int run(CliContext &ctx, const QStringList &arguments);

private:
    static int list(CliContext &ctx, const QStringList &arguments);
    static int add(CliContext &ctx, const QStringList &arguments);
    static int remove(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
