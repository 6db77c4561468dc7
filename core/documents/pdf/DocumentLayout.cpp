#include "DocumentLayout.h"

#include "DocumentStyle.h"
#include "FlowBuilder.h"
#include "Paginator.h"
#include "TextLines.h"
#include "TrueTypeFont.h"

#include <algorithm>

namespace mcs {

namespace {

namespace S = DocumentStyle;

/// A line of the running header or footer: one line, no control characters.
QString runningLine(const QString &text)
{
    return TextLines::printable(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

PageItem runningText(const QString &text, qreal x, qreal top)
{
    const TrueTypeFont &font = DocumentFonts::face(S::Running.face);
    PageItem item;
    item.box = QRectF(x, top, TextLines::width(text, S::Running.face, S::Running.size), S::Running.leading());
    item.baseline = top + font.ascender() * S::Running.size / font.unitsPerEm();
    item.colour = S::Running.colour;
    item.face = S::Running.face;
    item.size = S::Running.size;
    item.text = text;
    return item;
}

/// Header (not on the cover) and footer of one page.
void addRunningParts(LaidOutPage &page, const DocumentContent &content, const QRectF &area, int index, int total,
                     bool cover)
{
    const qreal line = S::Running.leading();
    const QString pageLabel = runningLine(content.pageLabel.arg(index + 1).arg(total));
    const qreal gutter = 12;
    if (!cover) {
        // The right-hand text (version, status) is short; the title gets the rest.
        const QString right = TextLines::elided(runningLine(content.headerRight), S::Running.face, S::Running.size, area.width() * 0.3);
        const qreal rightWidth = TextLines::width(right, S::Running.face, S::Running.size);
        const QString title = TextLines::elided(runningLine(content.title), S::Running.face, S::Running.size,
                                                area.width() - rightWidth - gutter);
        page.items.append(runningText(title, area.left(), area.top()));
        page.items.append(runningText(right, area.right() - rightWidth, area.top()));
        page.items.append(PageItem::fill(QRectF(area.left(), area.top() + line * 1.4, area.width(), 0.5), S::GridRule));
    }
    const qreal footerTop = area.bottom() - line;
    const qreal labelWidth = TextLines::width(pageLabel, S::Running.face, S::Running.size);
    const QString footer = TextLines::elided(runningLine(content.footerLeft), S::Running.face, S::Running.size,
                                             area.width() - labelWidth - gutter);
    page.items.append(runningText(footer, area.left(), footerTop));
    page.items.append(runningText(pageLabel, area.right() - labelWidth, footerTop));
    page.items.append(PageItem::fill(QRectF(area.left(), area.bottom() - line * 1.4 - 0.5, area.width(), 0.5), S::GridRule));
}

} // namespace

namespace {

/// The page number (as the footer counts) each heading anchor landed on.
QHash<QString, int> anchorPages(const QList<LaidOutPage> &pages)
{
    QHash<QString, int> found;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (const PageItem &item : pages.at(p).items) {
            if (!item.anchor.isEmpty() && !found.contains(item.anchor))
                found.insert(item.anchor, int(p) + 1);
        }
    }
    return found;
}

bool hasContents(const DocumentContent &content)
{
    return std::any_of(content.blocks.cbegin(), content.blocks.cend(),
                       [](const DocumentBlock &b) { return b.kind == DocumentBlock::Kind::Contents; });
}

} // namespace

LaidOutDocument DocumentLayout::layOut(const DocumentContent &content)
{
    // A table of contents needs the pages its headings land on: lay out once to
    // find them, then again with the numbers. Its entries take the same lines
    // either way, so the pages do not move between the passes.
    if (hasContents(content))
        return layOut(content, anchorPages(layOut(content, {}).pages));
    return layOut(content, {});
}

LaidOutDocument DocumentLayout::layOut(const DocumentContent &content, const QHash<QString, int> &anchors)
{
    LaidOutDocument document;
    const QSizeF a4(595.276, 841.89);
    document.pageSize = content.landscape ? a4.transposed() : a4;
    const QRectF area(S::MarginLeftRight, S::MarginTopBottom, document.pageSize.width() - 2 * S::MarginLeftRight,
                      document.pageSize.height() - 2 * S::MarginTopBottom);
    const QRectF body = area.adjusted(0, S::RunningBand, 0, -S::RunningBand);

    Paginator paginator(body);
    QList<DocumentBlock> blocks = content.blocks;
    const bool hasCover = !blocks.isEmpty() && blocks.first().kind == DocumentBlock::Kind::Cover;
    if (hasCover) {
        FlowBuilder cover(body.width(), body.height());
        cover.addCover(blocks.takeFirst());
        const bool fits = cover.totalHeight() <= body.height() * (1 - S::CoverDrop);
        paginator.place(cover.units(), cover.tableHeaders(), fits ? body.height() * S::CoverDrop : 0);
        paginator.breakPage();
    }
    FlowBuilder flow(body.width(), body.height());
    flow.setAnchorPages(anchors);
    for (const DocumentBlock &block : std::as_const(blocks))
        flow.add(block);
    paginator.place(flow.units(), flow.tableHeaders());

    document.pages = paginator.pages();
    const int total = int(document.pages.size());
    for (int i = 0; i < total; ++i)
        addRunningParts(document.pages[i], content, area, i, total, hasCover && i == 0);
    return document;
}

} // namespace mcs
