#include "PdfRenderer.h"

#include "HtmlRenderer.h"
#include "SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace mcs {

namespace {

using DocumentPtr = std::unique_ptr<QTextDocument>;

DocumentPtr makeDocument(QPagedPaintDevice &writer, qreal width, const QString &html)
{
    DocumentPtr doc = std::make_unique<SafeTextDocument>();
    doc->documentLayout()->setPaintDevice(&writer);
    doc->setDefaultStyleSheet(HtmlRenderer::richTextStyleSheet());
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    // Hinting is for screens; on paper it only costs time.
    font.setHintingPreference(QFont::PreferNoHinting);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    doc->setTextWidth(width);
    return doc;
}

/// A piece of the laid-out document that pagination keeps whole where it can.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false; ///< headings
    int table = -1;            ///< the table a row belongs to
    bool firstRow = false;
};

/// A table's header row, repeated at the top of a page where the table continues.
struct TableHeader
{
    qreal top = 0;
    qreal bottom = 0;
};

struct Page
{
    qreal sliceTop = 0;
    qreal sliceBottom = 0;
    int repeatHeaderOf = -1;
};

qreal blockTop(const QTextDocument &doc, const QTextBlock &block)
{
    return doc.documentLayout()->blockBoundingRect(block).top();
}

qreal blockBottom(const QTextDocument &doc, const QTextBlock &block)
{
    return doc.documentLayout()->blockBoundingRect(block).bottom();
}

/// The vertical extent of each row of a table, from the blocks in its cells.
QList<qreal> rowBoundaries(const QTextDocument &doc, QTextTable *table)
{
    const QRectF frame = doc.documentLayout()->frameBoundingRect(table);
    QList<qreal> tops;
    QList<qreal> bottoms;
    for (int r = 0; r < table->rows(); ++r) {
        qreal top = frame.bottom();
        qreal bottom = frame.top();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            top = std::min(top, blockTop(doc, cell.firstCursorPosition().block()));
            bottom = std::max(bottom, blockBottom(doc, cell.lastCursorPosition().block()));
        }
        tops.append(top);
        bottoms.append(bottom);
    }
    // Boundaries halfway between one row's text and the next: cell padding is shared out.
    QList<qreal> boundaries{frame.top()};
    for (int r = 0; r + 1 < table->rows(); ++r)
        boundaries.append((bottoms.at(r) + tops.at(r + 1)) / 2);
    boundaries.append(frame.bottom());
    return boundaries;
}

/// Walks the laid-out document and cuts it into units, one per content block or
/// table row, in the order of `blocks` (which produced the document's HTML).
bool collectUnits(const QTextDocument &doc, const QList<DocumentBlock> &blocks, qreal pageHeight,
                  QList<Unit> *units, QList<TableHeader> *headers)
{
    qsizetype index = 0;
    QTextFrame *root = doc.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || index >= blocks.size())
                return false;
            const DocumentBlock &block = blocks.at(index++);
            const QList<qreal> bounds = rowBoundaries(doc, table);
            const bool hasHeader = block.kind != DocumentBlock::Kind::Fields && !block.table.header.isEmpty();
            const int tableIndex = int(headers->size());
            headers->append({bounds.first(), hasHeader && bounds.size() > 2 ? bounds.at(1) : bounds.first()});
            // A short list of fields (a criterion's card, the key facts) stays together.
            if (block.kind == DocumentBlock::Kind::Fields && bounds.last() - bounds.first() <= pageHeight * 0.6) {
                units->append({bounds.first(), bounds.last(), false, tableIndex, true});
                continue;
            }
            // The header row travels with the first row.
            for (int r = hasHeader ? 1 : 0; r + 1 < bounds.size(); ++r) {
                const bool first = r == (hasHeader ? 1 : 0);
                units->append({first ? bounds.first() : bounds.at(r), bounds.at(r + 1), false, tableIndex, first});
            }
            continue;
        }
        const QTextBlock textBlock = it.currentBlock();
        if (textBlock.text().isEmpty())
            continue; // the separators Qt puts around tables
        if (index >= blocks.size())
            return false;
        const DocumentBlock &block = blocks.at(index++);
        const bool heading = block.kind == DocumentBlock::Kind::Heading || block.kind == DocumentBlock::Kind::SubHeading;
        units->append({blockTop(doc, textBlock), blockBottom(doc, textBlock), heading, -1, false});
    }
    return index == blocks.size();
}

QList<qreal> lineBottoms(const QTextDocument &doc)
{
    QList<qreal> bottoms;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const qreal top = blockTop(doc, block);
        const QTextLayout *text = block.layout();
        for (int i = 0; text && i < text->lineCount(); ++i)
            bottoms.append(top + text->lineAt(i).rect().bottom());
    }
    std::sort(bottoms.begin(), bottoms.end());
    return bottoms;
}

/// Breaks the document into pages: never inside a unit that fits on a page, never
/// right after a heading, repeating table headers; a unit taller than a page is
/// split between lines.
QList<Page> paginate(const QTextDocument &doc, const QList<Unit> &units, const QList<TableHeader> &headers,
                     qreal bodyHeight)
{
    QList<Page> pages;
    if (units.isEmpty())
        return pages;
    const QList<qreal> lines = lineBottoms(doc);
    Page page{units.first().top, units.first().top, -1};
    auto capacity = [&] {
        return bodyHeight - (page.repeatHeaderOf >= 0 ? headers.at(page.repeatHeaderOf).bottom - headers.at(page.repeatHeaderOf).top : 0);
    };
    auto startPage = [&](qreal at, int repeat) {
        page.sliceBottom = at;
        pages.append(page);
        page = Page{at, at, repeat};
    };
    for (qsizetype i = 0; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        qreal needed = unit.bottom;
        if (unit.keepWithNext && i + 1 < units.size()) // a heading needs the start of what follows below it
            needed = std::min(units.at(i + 1).bottom, units.at(i + 1).top + bodyHeight / 4);
        if (needed - page.sliceTop > capacity() && unit.top > page.sliceTop)
            startPage(unit.top, unit.table >= 0 && !unit.firstRow ? unit.table : -1);
        while (unit.bottom - page.sliceTop > capacity()) {
            // Taller than a page: cut at the last line that fits.
            const qreal limit = page.sliceTop + capacity();
            qreal cut = limit;
            for (const qreal line : lines) {
                if (line > page.sliceTop + 1 && line <= limit)
                    cut = line;
            }
            startPage(cut, -1);
        }
        page.sliceBottom = unit.bottom;
    }
    pages.append(page);
    return pages;
}

void drawRunningParts(QPainter &painter, const DocumentContent &content, const QRectF &page, int index, int total,
                      bool cover)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"), 7);
    painter.setFont(font);
    painter.setPen(QColor(0x5a, 0x6b, 0x7b));
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    if (!cover) {
        const QRectF header(page.left(), page.top(), page.width(), line);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(content.title, Qt::ElideRight, page.width() * 0.65));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, content.headerRight);
        painter.setPen(QPen(QColor(0xd5, 0xdd, 0xe7), 0));
        painter.drawLine(QPointF(page.left(), page.top() + line * 1.4), QPointF(page.right(), page.top() + line * 1.4));
        painter.setPen(QColor(0x5a, 0x6b, 0x7b));
    }
    const QRectF footer(page.left(), page.bottom() - line, page.width(), line);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, content.footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, content.pageLabel.arg(index + 1).arg(total));
    painter.setPen(QPen(QColor(0xd5, 0xdd, 0xe7), 0));
    painter.drawLine(QPointF(page.left(), page.bottom() - line * 1.4), QPointF(page.right(), page.bottom() - line * 1.4));
    painter.restore();
}

void drawSlice(QPainter &painter, const QTextDocument &doc, const QPointF &at, qreal top, qreal bottom)
{
    painter.save();
    painter.translate(at.x(), at.y() - top);
    const QRectF clip(0, top, doc.textWidth(), bottom - top);
    painter.setClipRect(clip);
    const_cast<QTextDocument &>(doc).drawContents(&painter, clip);
    painter.restore();
}

} // namespace

Result<int> PdfRenderer::write(const DocumentContent &content, QIODevice *device, const Options &options)
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Microcredential Studio %1").arg(QStringLiteral(MCSTUDIO_VERSION)));
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    return paint(content, &writer);
}

Result<int> PdfRenderer::paint(const DocumentContent &content, QPagedPaintDevice *device)
{
    QPagedPaintDevice &writer = *device;
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     content.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));
    const int resolution = writer.logicalDpiY();
    const QRectF page = writer.pageLayout().paintRectPixels(resolution);
    const QRectF area(0, 0, page.width(), page.height());
    const qreal mm = resolution / 25.4;
    const qreal band = 10 * mm; // room for the running header and footer
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);

    // The cover has a page of its own; everything else is laid out as one document,
    // which pagination then cuts into pages.
    QList<DocumentBlock> flow = content.blocks;
    DocumentPtr cover;
    if (!flow.isEmpty() && flow.first().kind == DocumentBlock::Kind::Cover)
        cover = makeDocument(writer, body.width(), HtmlRenderer::block(flow.takeFirst()));
    QString html;
    for (const DocumentBlock &block : std::as_const(flow))
        html += HtmlRenderer::block(block);
    const DocumentPtr doc = makeDocument(writer, body.width(), html);

    QList<Unit> units;
    QList<TableHeader> headers;
    if (!collectUnits(*doc, flow, body.height(), &units, &headers)) {
        // Should the document's structure ever differ from the blocks, still print
        // everything: as one flow, cut between lines.
        qWarning("PdfRenderer: unexpected document structure; paginating by lines");
        units = {Unit{0, doc->size().height(), false, -1, false}};
        headers.clear();
    }
    const QList<Page> pages = paginate(*doc, units, headers, body.height());

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<int>::failure(tr("the PDF could not be started"));
    const int total = int(pages.size()) + (cover ? 1 : 0);
    int index = 0;
    if (cover) {
        drawRunningParts(painter, content, area, index++, total, true);
        drawSlice(painter, *cover, QPointF(body.left(), body.top() + body.height() * 0.22), 0, cover->size().height());
    }
    for (const Page &p : pages) {
        if (index > 0)
            writer.newPage();
        drawRunningParts(painter, content, area, index++, total, false);
        qreal y = body.top();
        if (p.repeatHeaderOf >= 0) {
            const TableHeader &header = headers.at(p.repeatHeaderOf);
            drawSlice(painter, *doc, QPointF(body.left(), y), header.top, header.bottom);
            y += header.bottom - header.top;
        }
        drawSlice(painter, *doc, QPointF(body.left(), y), p.sliceTop, p.sliceBottom);
    }
    if (!painter.end())
        return Result<int>::failure(tr("the PDF could not be completed"));
    return Result<int>::success(total);
}

} // namespace mcs
