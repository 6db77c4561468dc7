#include "PdfRenderer.h"

#include "HtmlRenderer.h"
#include "SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace mcs {

namespace {

using DocumentPtr = std::shared_ptr<QTextDocument>;

/// A slice of a laid-out fragment placed on a page.
struct Piece
{
    DocumentPtr doc;
    qreal sliceTop = 0;
    qreal sliceHeight = 0;
    int page = 0;
    qreal y = 0;
};

class Layouter
{
public:
    Layouter(QPdfWriter &writer, qreal width, qreal bodyHeight, qreal gap)
        : m_writer(writer), m_width(width), m_bodyHeight(bodyHeight), m_gap(gap)
    {}

    DocumentPtr fragment(const QString &html) const
    {
        auto doc = std::make_shared<SafeTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_writer);
        doc->setDefaultStyleSheet(HtmlRenderer::richTextStyleSheet());
        doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        doc->setDocumentMargin(0);
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
        doc->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
        doc->setTextWidth(m_width);
        return doc;
    }

    qreal remaining() const { return m_bodyHeight - m_y; }
    bool atPageTop() const { return m_y <= 0.0; }
    void newPage()
    {
        ++m_page;
        m_y = 0;
    }
    void moveTo(qreal y) { m_y = y; }
    void addGap() { m_y = std::min(m_bodyHeight, m_y + m_gap); }
    qreal bodyHeight() const { return m_bodyHeight; }
    int pageCount() const { return m_page + 1; }
    const QList<Piece> &pieces() const { return m_pieces; }

    /// Places a fragment whole: on this page if it fits, else on the next;
    /// split between lines only when it is taller than a page.
    void place(const DocumentPtr &doc)
    {
        const qreal height = doc->size().height();
        if (height > remaining() && !atPageTop())
            newPage();
        if (height <= remaining()) {
            m_pieces.append({doc, 0, height, m_page, m_y});
            m_y += height;
            return;
        }
        placeSplit(doc, height);
    }

private:
    void placeSplit(const DocumentPtr &doc, qreal height)
    {
        const QList<qreal> breaks = lineBottoms(*doc);
        qreal top = 0;
        while (top < height - 0.5) {
            const qreal limit = top + remaining();
            qreal end = limit;
            for (const qreal b : breaks) {
                if (b > top && b <= limit)
                    end = b; // the last whole line that fits
            }
            end = std::min(end, height);
            m_pieces.append({doc, top, end - top, m_page, m_y});
            m_y += end - top;
            top = end;
            if (top < height - 0.5)
                newPage();
        }
    }

    static QList<qreal> lineBottoms(const QTextDocument &doc)
    {
        QList<qreal> bottoms;
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLayout *text = block.layout();
            for (int i = 0; text && i < text->lineCount(); ++i)
                bottoms.append(rect.top() + text->lineAt(i).rect().bottom());
        }
        std::sort(bottoms.begin(), bottoms.end());
        return bottoms;
    }

    QPdfWriter &m_writer;
    qreal m_width;
    qreal m_bodyHeight;
    qreal m_gap;
    qreal m_y = 0;
    int m_page = 0;
    QList<Piece> m_pieces;
};

bool isTable(const DocumentBlock &block)
{
    return block.kind == DocumentBlock::Kind::Table || block.kind == DocumentBlock::Kind::Fields
           || block.kind == DocumentBlock::Kind::Signatures;
}

/// The height a block needs at the least on the page where it starts: a heading
/// is only placed where this much of what follows fits below it.
qreal firstUnitHeight(Layouter &layouter, const DocumentBlock &block)
{
    if (block.kind == DocumentBlock::Kind::Fields)
        return std::min(layouter.fragment(HtmlRenderer::block(block))->size().height(), layouter.bodyHeight() * 0.6);
    if (isTable(block) && HtmlRenderer::rowCount(block) > 0)
        return layouter.fragment(HtmlRenderer::tableRows(block, 0, 1, true))->size().height();
    return std::min(layouter.fragment(HtmlRenderer::block(block))->size().height(), layouter.bodyHeight() / 4);
}

void layOutTable(Layouter &layouter, const DocumentBlock &block)
{
    // A short list of fields (a criterion's card, the key facts) stays together on one page.
    if (block.kind == DocumentBlock::Kind::Fields && !layouter.atPageTop()) {
        const qreal whole = layouter.fragment(HtmlRenderer::block(block))->size().height();
        if (whole > layouter.remaining() && whole <= layouter.bodyHeight() * 0.6)
            layouter.newPage();
    }
    const bool hasHeader = !block.table.header.isEmpty() && block.kind != DocumentBlock::Kind::Fields;
    const DocumentPtr header = hasHeader ? layouter.fragment(HtmlRenderer::tableRows(block, 0, 0, true)) : nullptr;
    const qreal headerHeight = header ? header->size().height() : 0;
    bool headerPlaced = false;
    for (qsizetype r = 0; r < HtmlRenderer::rowCount(block); ++r) {
        const DocumentPtr row = layouter.fragment(HtmlRenderer::tableRows(block, r, 1, false));
        const qreal need = row->size().height() + (headerPlaced ? 0 : headerHeight);
        if (need > layouter.remaining() && !layouter.atPageTop()) {
            layouter.newPage();
            headerPlaced = false;
        }
        if (header && !headerPlaced) {
            layouter.place(header);
            headerPlaced = true;
        }
        const int pageBefore = layouter.pageCount();
        layouter.place(row);
        if (layouter.pageCount() != pageBefore)
            headerPlaced = true; // a row taller than a page continues without a repeated header
    }
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

} // namespace

Result<int> PdfRenderer::write(const DocumentContent &content, QIODevice *device, const Options &options)
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     content.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Microcredential Studio %1").arg(QStringLiteral(MCSTUDIO_VERSION)));
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF area(0, 0, page.width(), page.height());
    const qreal mm = writer.resolution() / 25.4;
    const qreal band = 10 * mm; // room for the running header and footer
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    Layouter layouter(writer, body.width(), body.height(), 3 * mm);

    for (qsizetype i = 0; i < content.blocks.size(); ++i) {
        const DocumentBlock &block = content.blocks.at(i);
        switch (block.kind) {
        case DocumentBlock::Kind::Cover:
            layouter.moveTo(body.height() * 0.22);
            layouter.place(layouter.fragment(HtmlRenderer::block(block)));
            layouter.newPage();
            break;
        case DocumentBlock::Kind::Heading:
        case DocumentBlock::Kind::SubHeading: {
            const DocumentPtr heading = layouter.fragment(HtmlRenderer::block(block));
            const qreal next = i + 1 < content.blocks.size() ? firstUnitHeight(layouter, content.blocks.at(i + 1)) : 0;
            if (heading->size().height() + next > layouter.remaining() && !layouter.atPageTop())
                layouter.newPage();
            if (!layouter.atPageTop() && block.kind == DocumentBlock::Kind::Heading)
                layouter.addGap(); // a section starts with air above it
            layouter.place(heading);
            break;
        }
        case DocumentBlock::Kind::Fields:
        case DocumentBlock::Kind::Table:
        case DocumentBlock::Kind::Signatures:
            layOutTable(layouter, block);
            layouter.addGap();
            break;
        case DocumentBlock::Kind::Paragraph:
        case DocumentBlock::Kind::Note:
            layouter.place(layouter.fragment(HtmlRenderer::block(block)));
            layouter.addGap();
            break;
        }
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<int>::failure(tr("the PDF could not be started"));
    const int total = layouter.pageCount();
    for (int p = 0; p < total; ++p) {
        if (p > 0)
            writer.newPage();
        const bool cover = p == 0 && !content.blocks.isEmpty() && content.blocks.first().kind == DocumentBlock::Kind::Cover;
        drawRunningParts(painter, content, area, p, total, cover);
        for (const Piece &piece : layouter.pieces()) {
            if (piece.page != p)
                continue;
            painter.save();
            painter.translate(body.left(), body.top() + piece.y - piece.sliceTop);
            const QRectF clip(0, piece.sliceTop, body.width(), piece.sliceHeight);
            painter.setClipRect(clip);
            piece.doc->drawContents(&painter, clip);
            painter.restore();
        }
    }
    if (!painter.end())
        return Result<int>::failure(tr("the PDF could not be completed"));
    return Result<int>::success(total);
}

} // namespace mcs
