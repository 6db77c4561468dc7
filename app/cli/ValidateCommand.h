#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `validate (CATALOGUE [ID] | FILE) [--json]`: structural checks of designs.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::ValidateCommand)

public:
    static int run(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
