#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `guide [--lang nl|en] [--format pdf|pdfa|html|odt] --output PATH`: the user
/// guide as one document, with its table of contents and screenshots.
class GuideCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::GuideCommand)

public:
    static int run(CliContext &ctx, const QStringList &arguments);
};

} // namespace mcs::cli
