#pragma once

#include "model/Microcredential.h"
#include "storage/CatalogueEntry.h"

#include <QCoreApplication>

namespace mcs::cli {

/// Plain-text views of catalogue entries and designs for the terminal.
class DesignPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::cli::DesignPrinter)

public:
    /// One line: id, status, sector, level, study load, title.
    static QString entryLine(const CatalogueEntry &entry);
    /// A readable description of every field that is filled in.
    static QString describe(const Microcredential &mc);
};

} // namespace mcs::cli
