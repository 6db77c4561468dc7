#pragma once

#include <QString>

namespace mcs {

/// What a catalogue looks like from a distance: how many designs, the sum of
/// their row versions (every save raises one) and the latest change time. Any
/// save, addition or removal by anyone changes it; comparing two tells a window
/// whether to look closer, and the latest change time where to start looking.
struct CatalogueChangeStamp
{
    qint64 count = 0;
    qint64 rowVersionSum = 0;
    QString lastChange; ///< changed_at of the most recent change, as stored

    friend bool operator==(const CatalogueChangeStamp &a, const CatalogueChangeStamp &b)
    {
        return a.count == b.count && a.rowVersionSum == b.rowVersionSum && a.lastChange == b.lastChange;
    }
    friend bool operator!=(const CatalogueChangeStamp &a, const CatalogueChangeStamp &b) { return !(a == b); }
};

} // namespace mcs
