#pragma once

#include "storage/CatalogueEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace mcs {

/// The catalogue's one "needs attention" view (docs/QUALITY.md): why a design
/// asks for a look now, each reason in words. Today a design checked against a
/// framework whose period has passed (or not yet begun); the review date and
/// institution evidence join it when the catalogue holds them.
class NeedsAttention
{
    Q_DECLARE_TR_FUNCTIONS(mcs::NeedsAttention)

public:
    static QStringList reasons(const CatalogueEntry &entry, const QDate &today);
};

} // namespace mcs
