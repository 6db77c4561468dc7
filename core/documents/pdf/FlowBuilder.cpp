#include "FlowBuilder.h"

#include "TextLines.h"
#include "TrueTypeFont.h"

#include <algorithm>

namespace mcs {

namespace {

namespace S = DocumentStyle;

const QString Dash = QString(QChar(0x2014));

enum class Align { Left, Centre, Right };

/// Places lines of text at (x, y) in `unit`; returns their height.
qreal placeLines(LayoutUnit &unit, const QStringList &lines, qreal x, qreal y, qreal width, const TextStyle &style,
                 Align align = Align::Left)
{
    const TrueTypeFont &font = DocumentFonts::face(style.face);
    const qreal ascent = font.ascender() * style.size / font.unitsPerEm();
    const qreal natural = (font.ascender() - font.descender()) * style.size / font.unitsPerEm();
    const qreal leading = style.leading();
    qreal top = y;
    for (const QString &line : lines) {
        if (!line.isEmpty()) {
            PageItem item;
            item.kind = PageItem::Kind::Text;
            const qreal lineWidth = TextLines::width(line, style.face, style.size);
            const qreal left = align == Align::Left ? x : align == Align::Centre ? x + (width - lineWidth) / 2 : x + width - lineWidth;
            item.box = QRectF(left, top, lineWidth, leading);
            item.baseline = top + (leading - natural) / 2 + ascent;
            item.colour = style.colour;
            item.face = style.face;
            item.size = style.size;
            item.text = line;
            unit.items.append(item);
        }
        top += leading;
        unit.cuts.append(top);
    }
    return top - y;
}

qreal placeText(LayoutUnit &unit, const QString &text, qreal x, qreal y, qreal width, const TextStyle &style,
                Align align = Align::Left)
{
    return placeLines(unit, TextLines::wrap(TextLines::printable(text), style.face, style.size, width), x, y, width, style, align);
}

/// The widest word of a column (header in bold) with the cell padding: below
/// this width a word has to be broken inside.
qreal widestWord(const DocumentTable &table, int column)
{
    qreal widest = 0;
    auto measure = [&](const QString &text, const TextStyle &style) {
        for (const QStringView word : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, TextLines::width(word, style.face, style.size));
    };
    if (column < table.header.size())
        measure(table.header.at(column), DocumentStyle::TableHeader);
    for (const QStringList &row : table.rows) {
        if (column < row.size())
            measure(row.at(column), DocumentStyle::Body);
    }
    return widest + 2 * DocumentStyle::CellPadding + 1;
}

/// Column widths from the table's shares; a column too narrow for its widest
/// word takes the room from columns that have some to spare, as a browser's
/// table layout would, so that "zelfstandigheid" is not cut into two lines.
QList<qreal> columnWidths(const DocumentTable &table, int columns, qreal width)
{
    QList<qreal> widths;
    qreal total = 0;
    for (int c = 0; c < columns; ++c) {
        const qreal share = c < table.widths.size() && table.widths.at(c) > 0 ? table.widths.at(c) : 100.0 / columns;
        widths.append(share);
        total += share;
    }
    QList<qreal> minimum;
    qreal shortfall = 0;
    for (int c = 0; c < columns; ++c) {
        widths[c] = widths.at(c) * width / total;
        minimum.append(std::min(widestWord(table, c), width / 2));
        shortfall += std::max<qreal>(0, minimum.at(c) - widths.at(c));
    }
    qreal spare = 0;
    for (int c = 0; c < columns; ++c)
        spare += std::max<qreal>(0, widths.at(c) - minimum.at(c));
    if (shortfall <= 0 || spare <= 0)
        return widths;
    const qreal taken = std::min(shortfall, spare);
    for (int c = 0; c < columns; ++c) {
        if (widths.at(c) < minimum.at(c))
            widths[c] += (minimum.at(c) - widths.at(c)) * taken / shortfall;
        else
            widths[c] -= (widths.at(c) - minimum.at(c)) * taken / spare;
    }
    return widths;
}

/// One row of a table: its cells side by side, padded, with a rule below (and a
/// background for a header row).
LayoutUnit tableRow(const QStringList &cells, const QList<qreal> &widths, const QList<int> &centred,
                    const QList<TextStyle> &styles, qreal padding, qreal minimumHeight, QRgb rule, QRgb background)
{
    LayoutUnit row;
    qreal x = 0;
    qreal height = minimumHeight;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QString text = c < cells.size() ? cells.at(c) : QString();
        const TextStyle &style = styles.at(std::min<qsizetype>(c, styles.size() - 1));
        const qreal inner = std::max<qreal>(widths.at(c) - 2 * padding, style.size);
        const qreal used = placeText(row, text, x + padding, padding, inner, style,
                                     centred.contains(int(c)) ? Align::Centre : Align::Left);
        height = std::max(height, used + 2 * padding);
        x += widths.at(c);
    }
    // A very tall row may be cut below any line. The cells of a row share their
    // top padding and line height, so their line boundaries coincide: sorting
    // and dropping repeats is enough (and linear, where checking every cut
    // against every item was quadratic for a huge cell).
    std::sort(row.cuts.begin(), row.cuts.end());
    row.cuts.erase(std::unique(row.cuts.begin(), row.cuts.end(), [](qreal a, qreal b) { return b - a < 0.01; }),
                   row.cuts.end());
    row.height = height;
    if (qAlpha(background) > 0)
        row.items.prepend(PageItem::fill(QRectF(0, 0, x, height), background));
    row.items.append(PageItem::fill(QRectF(0, height - DocumentStyle::Rule, x, DocumentStyle::Rule), rule));
    return row;
}

/// Lines of text in more than one weight, broken at spaces as TextLines does
/// for one: each line holds the pieces of the runs it shows, side by side.
qreal placeRuns(LayoutUnit &unit, const QList<TextRun> &runs, qreal x, qreal y, qreal width)
{
    struct Word
    {
        QString text;
        FontFace face;
        bool spaceBefore;
    };
    QList<Word> words;
    bool pendingSpace = false;
    for (const TextRun &run : runs) {
        const FontFace face = run.strong ? FontFace::Bold : FontFace::Regular;
        QString current;
        const auto endWord = [&] {
            if (current.isEmpty())
                return;
            words.append({current, face, pendingSpace});
            current.clear();
            pendingSpace = false;
        };
        for (const QChar c : TextLines::printable(run.text)) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\n')) {
                endWord();
                pendingSpace = !words.isEmpty();
            } else {
                current += c;
            }
        }
        endWord();
    }
    const TextStyle regular = S::Body;
    const TextStyle strong{FontFace::Bold, S::Body.size, S::Body.colour, S::Body.lineHeight};
    const qreal leading = regular.leading();
    // A line is pieces of one weight each: the words of a run that share a line
    // are one piece, so the page holds lines of text rather than single words.
    struct Piece
    {
        qreal x;
        QString text;
        FontFace face;
    };
    QList<Piece> line;
    qreal top = y;
    qreal lineX = 0;
    const auto flush = [&]() {
        for (const Piece &piece : std::as_const(line))
            placeLines(unit, {piece.text}, x + piece.x, top, width, piece.face == FontFace::Bold ? strong : regular);
        unit.cuts.erase(std::remove_if(unit.cuts.begin(), unit.cuts.end(), [top](qreal cut) { return cut > top; }),
                        unit.cuts.end());
        line.clear();
        top += leading;
        unit.cuts.append(top);
        lineX = 0;
    };
    const auto add = [&](const QString &text, FontFace face, bool spaceBefore) {
        const TextStyle &style = face == FontFace::Bold ? strong : regular;
        const bool spaced = spaceBefore && !line.isEmpty();
        const qreal spaceWidth = spaced ? TextLines::width(u" ", style.face, style.size) : 0;
        if (!line.isEmpty() && line.last().face == face)
            line.last().text += (spaced ? QStringLiteral(" ") : QString()) + text;
        else
            line.append({lineX + spaceWidth, text, face});
        lineX += spaceWidth + TextLines::width(text, style.face, style.size);
    };
    for (const Word &word : std::as_const(words)) {
        const TextStyle &style = word.face == FontFace::Bold ? strong : regular;
        const qreal spaceWidth = word.spaceBefore && !line.isEmpty() ? TextLines::width(u" ", style.face, style.size) : 0;
        const qreal wordWidth = TextLines::width(word.text, style.face, style.size);
        if (!line.isEmpty() && lineX + spaceWidth + wordWidth > width)
            flush();
        if (wordWidth <= width) {
            add(word.text, word.face, word.spaceBefore);
            continue;
        }
        // A word wider than the line is broken inside by TextLines, a line a piece.
        const QStringList pieces = TextLines::wrap(word.text, style.face, style.size, width);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                flush();
            add(pieces.at(i), word.face, false);
        }
    }
    if (!line.isEmpty() || words.isEmpty())
        flush();
    return top - y;
}

} // namespace

qreal FlowBuilder::totalHeight() const
{
    qreal total = 0;
    for (const LayoutUnit &unit : m_units)
        total += unit.spaceBefore + unit.height;
    return total;
}

void FlowBuilder::append(LayoutUnit unit, qreal before, qreal after)
{
    unit.spaceBefore = std::max(before, m_pendingAfter); // margins collapse, as in CSS
    m_pendingAfter = after;
    m_units.append(std::move(unit));
}

void FlowBuilder::addText(const QString &text, const TextStyle &style, qreal before, qreal after, bool keepWithNext)
{
    LayoutUnit unit;
    unit.height = placeText(unit, text, 0, 0, m_width, style);
    unit.keepWithNext = keepWithNext;
    append(std::move(unit), before, after);
}

void FlowBuilder::add(const DocumentBlock &block)
{
    switch (block.kind) {
    case DocumentBlock::Kind::Cover:
        addCover(block);
        return;
    case DocumentBlock::Kind::Heading:
        addText(block.text, S::Heading, S::SpaceBeforeHeading, S::SpaceAfterHeading, true);
        break;
    case DocumentBlock::Kind::SubHeading:
        addSubHeading(block);
        break;
    case DocumentBlock::Kind::Paragraph:
        if (!block.runs.isEmpty())
            addRuns(block.runs, 0, QString(), 0, S::SpaceAfterParagraph);
        else
            addText(block.text.trimmed().isEmpty() ? Dash : block.text, S::Body, 0, S::SpaceAfterParagraph, false);
        break;
    case DocumentBlock::Kind::ListItem:
        addRuns(block.runs.isEmpty() ? QList<TextRun>{{block.text, false}} : block.runs,
                S::ListIndent * (block.level + 1), block.secondary, 0, S::SpaceAfterListItem);
        break;
    case DocumentBlock::Kind::Image:
        addImage(block);
        return;
    case DocumentBlock::Kind::Contents:
        addContents(block);
        return;
    case DocumentBlock::Kind::Note:
        // A note explains what follows it (a table, a list): they stay together.
        addText(block.text, S::Quiet, 0, S::SpaceAfterParagraph, true);
        return;
    case DocumentBlock::Kind::Fields:
        addFields(block.fields, true);
        return;
    case DocumentBlock::Kind::Table:
    case DocumentBlock::Kind::Signatures:
        addTable(block);
        return;
    }
    // Headings and text: the unit just added carries the block's anchor and page break.
    LayoutUnit &added = m_units.last();
    added.breakBefore = block.pageBreakBefore;
    if (!block.anchor.isEmpty()) {
        for (PageItem &item : added.items) {
            if (item.kind == PageItem::Kind::Text) {
                item.anchor = block.anchor;
                break;
            }
        }
    }
}

void FlowBuilder::addRuns(const QList<TextRun> &runs, qreal indent, const QString &marker, qreal before, qreal after)
{
    LayoutUnit unit;
    unit.height = placeRuns(unit, runs, indent, 0, m_width - indent);
    if (!marker.isEmpty()) {
        // The marker hangs in the indent, on the first line.
        const qreal markerWidth = TextLines::width(marker, S::Body.face, S::Body.size);
        LayoutUnit markerUnit;
        placeLines(markerUnit, {TextLines::printable(marker)}, indent - markerWidth - S::ListMarkerGap, 0, markerWidth, S::Body);
        unit.items = markerUnit.items + unit.items;
    }
    append(std::move(unit), before, after);
}

void FlowBuilder::addImage(const DocumentBlock &block)
{
    if (block.image.isNull()) {
        addText(block.text, S::Quiet, 0, S::SpaceAfterParagraph, false);
        return;
    }
    // At most the text width and half a page; never enlarged beyond 72 dpi.
    QSizeF size = QSizeF(block.image.size()).scaled(QSizeF(m_width, m_pageHeight * 0.5), Qt::KeepAspectRatio);
    if (size.width() > block.image.width())
        size = block.image.size();
    LayoutUnit unit;
    PageItem picture;
    picture.kind = PageItem::Kind::Image;
    picture.box = QRectF(QPointF(0, 0), size);
    picture.image = block.image;
    unit.items.append(PageItem::fill(picture.box.adjusted(-0.5, -0.5, 0.5, 0.5), S::GridRule));
    unit.items.append(picture);
    unit.height = size.height() + 4;
    if (!block.text.isEmpty())
        unit.height += placeText(unit, block.text, 0, unit.height, m_width, S::Quiet);
    append(std::move(unit), S::SpaceAfterParagraph, S::SpaceAfterTable);
}

void FlowBuilder::addContents(const DocumentBlock &block)
{
    for (const QStringList &entry : block.table.rows) {
        const QString title = entry.value(0);
        const int level = entry.value(2).toInt();
        const TextStyle &style = level == 0 ? S::TableHeader : S::Body;
        const int page = m_anchorPages.value(entry.value(1));
        const QString number = page > 0 ? QString::number(page) : QString();
        const qreal numberWidth = TextLines::width(number, style.face, style.size);
        const qreal indent = S::ListIndent * level;
        LayoutUnit unit;
        unit.height = placeText(unit, title, indent, 0, m_width - indent - numberWidth - S::ListIndent, style);
        placeLines(unit, {number}, m_width - numberWidth, unit.height - style.leading(), numberWidth, style);
        unit.cuts.clear();
        append(std::move(unit), level == 0 ? S::SpaceAfterParagraph : 0, 2);
    }
}

void FlowBuilder::addCover(const DocumentBlock &block)
{
    if (!block.note.isEmpty())
        addText(block.note, S::Kicker, 0, 8, true);
    addText(block.text, S::Title, 0, 5, true);
    if (!block.secondary.isEmpty())
        addText(block.secondary, S::Subtitle, 0, 22, true);
    else
        m_pendingAfter = 22;
    addFields(block.fields, true);
}

void FlowBuilder::addSubHeading(const DocumentBlock &block)
{
    LayoutUnit unit;
    const QStringList lines = TextLines::wrap(TextLines::printable(block.text), S::SubHeading.face, S::SubHeading.size, m_width);
    unit.height = placeLines(unit, lines, 0, 0, m_width, S::SubHeading);
    if (!block.secondary.isEmpty()) {
        // The status tag follows the heading on its last line, or on a line of its own.
        const QString tag = QStringLiteral("[%1]").arg(TextLines::printable(block.secondary));
        const qreal lastWidth = TextLines::width(lines.isEmpty() ? QString() : lines.last(), S::SubHeading.face, S::SubHeading.size);
        const qreal space = TextLines::width(u" ", S::SubHeading.face, S::SubHeading.size);
        const qreal tagWidth = TextLines::width(tag, S::SubHeadingTag.face, S::SubHeadingTag.size);
        if (lastWidth + space + tagWidth <= m_width) {
            LayoutUnit tagUnit;
            placeLines(tagUnit, {tag}, lastWidth + space, unit.height - S::SubHeading.leading(), tagWidth, S::SubHeadingTag);
            unit.items += tagUnit.items;
        } else {
            unit.height += placeText(unit, tag, 0, unit.height, m_width, S::SubHeadingTag);
        }
    }
    unit.keepWithNext = true;
    append(std::move(unit), S::SpaceBeforeSubHeading, S::SpaceAfterSubHeading);
}

void FlowBuilder::addFields(const QList<QPair<QString, QString>> &fields, bool keptTogether)
{
    const QList<qreal> widths{m_width * 0.3, m_width * 0.7};
    LayoutUnit whole;
    QList<LayoutUnit> rows;
    for (const auto &field : fields) {
        const bool empty = field.second.trimmed().isEmpty();
        LayoutUnit row = tableRow({field.first, empty ? Dash : field.second}, widths, {},
                                  {S::Quiet, empty ? S::Empty : S::Body}, S::FieldPadding, 0, S::FieldRule, 0);
        whole.stack(row);
        rows.append(std::move(row));
    }
    if (rows.isEmpty())
        return;
    // A short list of fields (a criterion's card, the key facts) stays together.
    if (keptTogether && whole.height <= m_pageHeight * S::KeptTogether) {
        whole.cuts.clear();
        for (const LayoutUnit &row : std::as_const(rows)) // still cut between rows if it must be
            whole.cuts.append((whole.cuts.isEmpty() ? 0 : whole.cuts.last()) + row.height);
        append(std::move(whole), 0, S::SpaceAfterTable);
        return;
    }
    append(std::move(rows.first()), 0, 0);
    for (qsizetype i = 1; i < rows.size(); ++i)
        append(std::move(rows[i]), 0, 0);
    m_pendingAfter = S::SpaceAfterTable;
}

void FlowBuilder::addTable(const DocumentBlock &block)
{
    const DocumentTable &table = block.table;
    const bool signatures = block.kind == DocumentBlock::Kind::Signatures;
    int columns = int(table.header.size());
    for (const QStringList &row : table.rows)
        columns = std::max(columns, int(row.size()));
    if (columns == 0)
        return;
    const QList<qreal> widths = columnWidths(table, columns, m_width);
    const QRgb rule = signatures ? S::SignatureRule : S::GridRule;
    // Signature rows get room to write in.
    const qreal rowMinimum = signatures ? 3 * S::Body.leading() + 2 * S::CellPadding : 0;

    int headerIndex = -1;
    LayoutUnit header;
    if (!table.header.isEmpty()) {
        header = tableRow(table.header, widths, table.centeredColumns, {S::TableHeader}, S::CellPadding, 0,
                          S::HeaderRule, S::HeaderFill);
        headerIndex = int(m_headers.size());
        m_headers.append(header);
    }
    if (signatures) {
        // The approval block is one piece, together with the statement above it
        // that the signatures confirm.
        LayoutUnit approval = header;
        for (const QStringList &cells : table.rows)
            approval.stack(tableRow(cells, widths, table.centeredColumns, {S::Body}, S::CellPadding, rowMinimum, rule, 0));
        if (!m_units.isEmpty())
            m_units.last().keepWithNext = true;
        append(std::move(approval), 0, S::SpaceAfterTable);
        return;
    }
    bool first = true;
    for (const QStringList &cells : table.rows) {
        LayoutUnit row = tableRow(cells, widths, table.centeredColumns, {S::Body}, S::CellPadding, rowMinimum, rule, 0);
        if (first) {
            // The header row travels with the first row.
            LayoutUnit opening = header;
            opening.stack(row);
            append(std::move(opening), 0, 0);
            first = false;
        } else {
            row.table = headerIndex;
            append(std::move(row), 0, 0);
        }
    }
    if (first && headerIndex >= 0) // a table without rows still shows its header
        append(header, 0, 0);
    m_pendingAfter = S::SpaceAfterTable;
}

} // namespace mcs
