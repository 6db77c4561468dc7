#include "Paginator.h"

#include <algorithm>

namespace mcs {

void Paginator::startPage(const LayoutUnit *repeatedHeader)
{
    m_pages.append(m_current);
    m_current = {};
    m_y = 0;
    m_hasContent = false;
    if (repeatedHeader && repeatedHeader->height < m_body.height() / 2) {
        put(*repeatedHeader, 0, 0, repeatedHeader->height);
        m_y = repeatedHeader->height;
    }
}

void Paginator::breakPage()
{
    if (m_hasContent)
        startPage(nullptr);
}

void Paginator::put(const LayoutUnit &unit, qreal at, qreal from, qreal to)
{
    // Items belong to the piece their top is in; `at` is where `from` lands.
    const qreal dy = m_body.top() + at - from;
    for (PageItem item : unit.items) {
        const qreal top = item.box.top();
        if (top < from - 0.01 || top >= to - 0.01)
            continue;
        item.box.translate(m_body.left(), dy);
        item.baseline += dy;
        m_current.items.append(item);
    }
}

void Paginator::placeTall(const LayoutUnit &unit)
{
    qreal from = 0;
    while (unit.height - from > m_body.height() - m_y) {
        const qreal limit = from + (m_body.height() - m_y);
        // The last cut that fits (cuts are sorted); none: cut where the page ends.
        qreal cut = limit;
        const auto after = std::upper_bound(unit.cuts.cbegin(), unit.cuts.cend(), limit);
        if (after != unit.cuts.cbegin() && *(after - 1) > from + 1)
            cut = *(after - 1);
        put(unit, m_y, from, cut);
        startPage(nullptr);
        from = cut;
    }
    put(unit, m_y, from, unit.height + 1);
    m_y += unit.height - from;
    m_hasContent = true;
}

qreal Paginator::firstPiece(const LayoutUnit &unit) const
{
    if (unit.height <= m_body.height())
        return unit.height; // it will not be split: all of it
    return unit.cuts.isEmpty() ? m_body.height() : std::min(unit.cuts.first(), m_body.height());
}

qreal Paginator::neededBelow(const QList<LayoutUnit> &units, qsizetype i) const
{
    // A heading (and a note) needs what follows it on the same page: the whole
    // run of units kept with the next, and the first piece of the unit after
    // them. A run that would not fit on any page asks only for itself.
    qreal needed = firstPiece(units.at(i));
    qsizetype j = i;
    while (units.at(j).keepWithNext && j + 1 < units.size()) {
        ++j;
        needed += units.at(j).spaceBefore + firstPiece(units.at(j));
    }
    return needed <= m_body.height() ? needed : firstPiece(units.at(i));
}

void Paginator::place(const QList<LayoutUnit> &units, const QList<LayoutUnit> &headers, qreal firstOffset)
{
    if (!m_hasContent && m_current.items.isEmpty())
        m_y = firstOffset;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const LayoutUnit &unit = units.at(i);
        const LayoutUnit *header = unit.table >= 0 && unit.table < headers.size() ? &headers.at(unit.table) : nullptr;
        if (unit.breakBefore && m_hasContent)
            breakPage();
        qreal gap = m_hasContent ? unit.spaceBefore : 0;
        const qreal needed = gap + neededBelow(units, i);
        if (m_hasContent && m_y + needed > m_body.height()) {
            startPage(header);
            gap = 0;
        }
        m_y += gap;
        if (m_y + unit.height <= m_body.height()) {
            put(unit, m_y, 0, unit.height + 1);
            m_y += unit.height;
            m_hasContent = true;
        } else {
            placeTall(unit);
        }
    }
}

QList<LaidOutPage> Paginator::pages() const
{
    QList<LaidOutPage> pages = m_pages;
    if (m_hasContent || !m_current.items.isEmpty() || pages.isEmpty())
        pages.append(m_current);
    return pages;
}

} // namespace mcs
