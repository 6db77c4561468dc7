#pragma once

#include "DocumentContent.h"
#include "storage/CatalogueEntry.h"

#include <QDate>

namespace mcs {

/// The catalogue overview: a table of all microcredentials with their key facts.
class CatalogueOverviewBuilder
{
public:
    static DocumentContent build(const QList<CatalogueEntry> &entries, const QString &catalogueName,
                                 const QString &language, const QDate &today);
};

} // namespace mcs
