#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `lint-outcome [--lang nl|en] [--level N] [--json] TEXT`: the linter's findings
/// for one learning outcome. Exit 0 when nothing of warning or error severity.
class LintOutcomeCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::LintOutcomeCommand)

public:
    static int run(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
