// libFuzzer target for our own page layout and PDF writer: any text in any
// block (broken UTF-8, surrogates, control characters, huge words, empty or
// ragged tables) is laid out and written without a crash, a hang, a leak or
// undefined behaviour.

#include "documents/DocumentContent.h"
#include "documents/pdf/DocumentLayout.h"
#include "documents/pdf/PdfFileWriter.h"

#include <QColor>
#include <QDateTime>
#include <QImage>

#include <cstddef>
#include <cstdint>

namespace {

/// The input cut into texts at 0x1F bytes; the byte before each text picks
/// what kind of block it becomes.
mcs::DocumentContent contentFrom(const QByteArray &bytes)
{
    using mcs::DocumentBlock;
    mcs::DocumentContent content;
    content.language = QStringLiteral("nl");
    content.pageLabel = QStringLiteral("Pagina %1 van %2");
    const QList<QByteArray> parts = bytes.split('\x1f');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &part = parts.at(i);
        const int kind = part.isEmpty() ? 0 : quint8(part.at(0)) % 13;
        const QString text = QString::fromUtf8(part.mid(1));
        if (i == 0) {
            content.title = text;
            content.headerRight = text.left(40);
            content.footerLeft = text.right(40);
        }
        DocumentBlock block;
        block.text = text;
        switch (kind) {
        case 0: block.kind = DocumentBlock::Kind::Cover; block.secondary = text.left(20); block.note = text.right(20);
                block.fields = {{text.left(10), text}}; break;
        case 1: block.kind = DocumentBlock::Kind::Heading; break;
        case 2: block.kind = DocumentBlock::Kind::SubHeading; block.secondary = text.left(8); break;
        case 3: block.kind = DocumentBlock::Kind::Paragraph; break;
        case 4: block.kind = DocumentBlock::Kind::Note; break;
        case 9: // a list item, its level and marker from the text
            block.kind = DocumentBlock::Kind::ListItem;
            block.secondary = text.left(3);
            block.level = int(part.size() % 4);
            break;
        case 10: { // bold and plain runs, split at '*'
            block.kind = DocumentBlock::Kind::Paragraph;
            const QStringList pieces = text.split(QLatin1Char('*'));
            for (qsizetype p = 0; p < pieces.size(); ++p)
                block.runs.append({pieces.at(p), p % 2 == 1});
            break;
        }
        case 11: { // contents: title|anchor|level per line; headings carry the anchors
            block.kind = DocumentBlock::Kind::Contents;
            for (const QString &line : text.split(QLatin1Char('\n')))
                block.table.rows.append(line.split(QLatin1Char('|')));
            DocumentBlock target = DocumentBlock::heading(text.left(30));
            target.anchor = text.section(QLatin1Char('|'), 1, 1);
            target.pageBreakBefore = true;
            content.blocks.append(target);
            break;
        }
        case 12: // an image from the bytes (mostly not an image: the caption alone)
            block.kind = DocumentBlock::Kind::Image;
            block.image = QImage::fromData(part.mid(1));
            if (block.image.isNull() && part.size() > 4) {
                block.image = QImage(1 + quint8(part.at(1)) % 64, 1 + quint8(part.at(2)) % 64, QImage::Format_ARGB32);
                block.image.fill(QColor::fromRgba(qRgba(quint8(part.at(3)), 80, 160, quint8(part.at(4)))));
            }
            break;
        case 5: {
            block.kind = DocumentBlock::Kind::Fields;
            for (const QString &line : text.split(QLatin1Char('\n')))
                block.fields.append({line.left(12), line});
            break;
        }
        default: {
            block.kind = kind == 8 ? DocumentBlock::Kind::Signatures : DocumentBlock::Kind::Table;
            const QStringList lines = text.split(QLatin1Char('\n'));
            block.table.header = lines.first().split(QLatin1Char('|'));
            for (const QString &line : lines.mid(1))
                block.table.rows.append(line.split(QLatin1Char('|')));
            for (int c = 0; c < part.size() % 7; ++c)
                block.table.widths.append(quint8(part.at(c)) % 120);
            if (kind == 7)
                block.table.centeredColumns = {0, 2};
            break;
        }
        }
        content.blocks.append(block);
    }
    content.landscape = bytes.size() % 2 == 1;
    return content;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const mcs::DocumentContent content = contentFrom(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const mcs::LaidOutDocument document = mcs::DocumentLayout::layOut(content);
    if (mcs::PdfFileWriter::canWrite(document))
        (void)mcs::PdfFileWriter::write(document, {content.title, QStringLiteral("fuzz"), QDateTime::fromSecsSinceEpoch(0)});
    return 0;
}
