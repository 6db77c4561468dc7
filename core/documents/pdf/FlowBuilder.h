#pragma once

#include "documents/DocumentContent.h"
#include "DocumentStyle.h"
#include "LayoutUnit.h"

#include <QHash>

namespace mcs {

/// Turns document blocks into layout units of a given width: text broken into
/// lines, tables into rows with their rules and backgrounds. Pagination comes
/// after, so that the rules of a publication (rows kept whole, repeated table
/// headers, headings kept with what follows) are applied in one place.
class FlowBuilder
{
public:
    /// `width`: of the text column; `pageHeight`: of a page's body, for what is kept together.
    FlowBuilder(qreal width, qreal pageHeight) : m_width(width), m_pageHeight(pageHeight) {}

    void add(const DocumentBlock &block);
    /// The cover: title, subtitle and key facts.
    void addCover(const DocumentBlock &block);

    /// The page number of each heading anchor, for Contents blocks (0 until known).
    void setAnchorPages(QHash<QString, int> pages) { m_anchorPages = std::move(pages); }

    const QList<LayoutUnit> &units() const { return m_units; }
    /// The header rows of tables, by LayoutUnit::table.
    const QList<LayoutUnit> &tableHeaders() const { return m_headers; }
    qreal totalHeight() const;

private:
    void addText(const QString &text, const TextStyle &style, qreal before, qreal after, bool keepWithNext);
    void addSubHeading(const DocumentBlock &block);
    void addRuns(const QList<TextRun> &runs, qreal indent, const QString &marker, qreal before, qreal after);
    void addImage(const DocumentBlock &block);
    void addContents(const DocumentBlock &block);
    void addTable(const DocumentBlock &block);
    void addFields(const QList<QPair<QString, QString>> &fields, bool keptTogether);
    void append(LayoutUnit unit, qreal before, qreal after);

    qreal m_width;
    qreal m_pageHeight;
    qreal m_pendingAfter = 0;
    QList<LayoutUnit> m_units;
    QList<LayoutUnit> m_headers;
    QHash<QString, int> m_anchorPages;
};

} // namespace mcs
