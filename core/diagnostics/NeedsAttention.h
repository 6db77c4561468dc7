#pragma once

#include "storage/CatalogueEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace mcs {

/// The catalogue's one "needs attention" view (docs/QUALITY.md): why a design
/// asks for a look now, each reason in words: a design checked against a
/// framework whose period has passed (or not yet begun), and institution
/// evidence it inherits that is past its date. The review date joins them when
/// designs have one.
class NeedsAttention
{
    Q_DECLARE_TR_FUNCTIONS(mcs::NeedsAttention)

public:
    static QStringList reasons(const CatalogueEntry &entry, const QDate &today);
};

} // namespace mcs
