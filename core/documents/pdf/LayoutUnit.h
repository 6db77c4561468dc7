#pragma once

#include "LaidOutDocument.h"

#include <QList>

namespace mcs {

/// A piece of a document that pagination keeps on one page where it can: a
/// paragraph, a heading, a table row. Items are relative to the unit's top left.
struct LayoutUnit
{
    qreal height = 0;
    QList<PageItem> items;
    qreal spaceBefore = 0;     ///< gap to what is above; none at the top of a page
    bool keepWithNext = false; ///< headings and notes: never left alone at the bottom of a page
    int table = -1;            ///< the table a continuing row belongs to: its header repeats on a new page
    QList<qreal> cuts;         ///< where a unit taller than a page may be cut (below each line)
    bool breakBefore = false;  ///< starts on a new page (a chapter)

    /// Appends another unit's items below this one's.
    void stack(const LayoutUnit &below)
    {
        for (PageItem item : below.items) {
            item.box.translate(0, height);
            item.baseline += height;
            items.append(item);
        }
        for (const qreal cut : below.cuts)
            cuts.append(cut + height);
        height += below.height;
    }
};

} // namespace mcs
