#pragma once

#include "storage/CatalogueEntry.h"

#include <QByteArray>

namespace mcs {

/// The catalogue overview as CSV for spreadsheets (semicolon-separated, as
/// Dutch Excel expects). Column names are stable codes, not translated.
class OverviewCsv
{
public:
    static QByteArray write(const QList<CatalogueEntry> &entries);
};

} // namespace mcs
