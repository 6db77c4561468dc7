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
        qreal cut = limit;
        for (const qreal candidate : unit.cuts) {
            if (candidate > from + 1 && candidate <= limit)
                cut = candidate;
        }
        put(unit, m_y, from, cut);
        startPage(nullptr);
        from = cut;
    }
    put(unit, m_y, from, unit.height + 1);
    m_y += unit.height - from;
    m_hasContent = true;
}

void Paginator::place(const QList<LayoutUnit> &units, const QList<LayoutUnit> &headers, qreal firstOffset)
{
    if (!m_hasContent && m_current.items.isEmpty())
        m_y = firstOffset;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const LayoutUnit &unit = units.at(i);
        const LayoutUnit *header = unit.table >= 0 && unit.table < headers.size() ? &headers.at(unit.table) : nullptr;
        qreal gap = m_hasContent ? unit.spaceBefore : 0;
        qreal needed = gap + unit.height;
        if (unit.keepWithNext && i + 1 < units.size()) {
            const LayoutUnit &next = units.at(i + 1);
            needed += next.spaceBefore + std::min(next.height, m_body.height() / 4);
        }
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
