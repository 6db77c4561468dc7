#pragma once

#include "CliContext.h"

#include <QStringList>

namespace mcs::cli {

/// `export`: one design, every design (--all) or the catalogue overview (--overview)
/// as .mcdesign, PDF, PDF/A, ODT or HTML.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::ExportCommand)

public:
    static int run(CliContext &ctx, const QStringList &arguments);
    /// A file name from a title and version: "Warmtepompen-installeren-v1".
    static QString fileBaseName(const QString &title, int version);
};

} // namespace mcs::cli
