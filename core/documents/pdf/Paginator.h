#pragma once

#include "LaidOutDocument.h"
#include "LayoutUnit.h"

namespace mcs {

/// Puts layout units on pages by the rules of a publication: a unit that fits on
/// a page is never split, a heading is never left alone at the bottom of a page
/// (it needs the start of what follows below it), a table row that continues a
/// table on a new page gets the table's header row above it, and only a unit
/// taller than a whole page is cut, between its lines.
class Paginator
{
public:
    explicit Paginator(const QRectF &body) : m_body(body) {}

    /// Places units after what is already placed; `firstOffset` moves the first
    /// unit down on an empty page (the cover starts lower). `headers` are the
    /// header rows that LayoutUnit::table refers to.
    void place(const QList<LayoutUnit> &units, const QList<LayoutUnit> &headers, qreal firstOffset = 0);
    /// What follows starts on a new page.
    void breakPage();
    QList<LaidOutPage> pages() const;

private:
    void startPage(const LayoutUnit *repeatedHeader);
    void put(const LayoutUnit &unit, qreal at, qreal from, qreal to);
    void placeTall(const LayoutUnit &unit);
    /// How much of a unit must fit where it starts: all of it, or its first
    /// line when it is taller than a page (and so will be cut anyway).
    qreal firstPiece(const LayoutUnit &unit) const;
    /// Room unit `i` needs below the current position, with what it keeps with.
    qreal neededBelow(const QList<LayoutUnit> &units, qsizetype i) const;

    QRectF m_body;
    QList<LaidOutPage> m_pages;
    LaidOutPage m_current;
    qreal m_y = 0;
    bool m_hasContent = false;
};

} // namespace mcs
