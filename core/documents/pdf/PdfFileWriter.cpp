#include "PdfFileWriter.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include "CodePoints.h"
#include "EmbeddedFont.h"
#include "TrueTypeFont.h"

#include <QCryptographicHash>
#include <QSet>

#include <array>

namespace mcs {

namespace {

/// A number as PDF wants it: at most two decimals, no exponent.
void appendNumber(QByteArray &out, qreal value)
{
    const qint64 hundredths = qRound64(value * 100);
    if (hundredths < 0)
        out += '-';
    const quint64 magnitude = quint64(hundredths < 0 ? -hundredths : hundredths);
    out += QByteArray::number(magnitude / 100);
    const int fraction = int(magnitude % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10)
            out += char('0' + fraction % 10);
    }
}

void appendColour(QByteArray &out, QRgb colour, const char *op)
{
    appendNumber(out, qRed(colour) / 255.0);
    out += ' ';
    appendNumber(out, qGreen(colour) / 255.0);
    out += ' ';
    appendNumber(out, qBlue(colour) / 255.0);
    out += ' ';
    out += op;
    out += '\n';
}

QByteArray utf16BigEndianHex(const QString &text)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray hex;
    hex.reserve(text.size() * 4);
    for (const QChar c : text) {
        const ushort u = c.unicode();
        hex += digits[(u >> 12) & 0xF];
        hex += digits[(u >> 8) & 0xF];
        hex += digits[(u >> 4) & 0xF];
        hex += digits[u & 0xF];
    }
    return hex;
}

/// A text string as UTF-16 in hex, with its byte order mark: safe for any text.
QByteArray textString(const QString &text)
{
    return "<FEFF" + utf16BigEndianHex(text) + '>';
}

QByteArray dateString(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

class ObjectWriter
{
public:
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets{0}; // object 0 is the head of the free list

    void object(int number, const QByteArray &body)
    {
        begin(number);
        out += body;
        out += "\nendobj\n";
    }

    void stream(int number, const QByteArray &dictionary, const QByteArray &data)
    {
        begin(number);
        out += "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
        out += data;
        out += "\nendstream\nendobj\n";
    }

    void finish(int root, int info)
    {
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(offsets.size()) + "\n0000000000 65535 f \n";
        for (qsizetype i = 1; i < offsets.size(); ++i)
            out += QByteArray::number(offsets.at(i)).rightJustified(10, '0') + " 00000 n \n";
        const QByteArray id = QCryptographicHash::hash(out, QCryptographicHash::Md5).toHex();
        out += "trailer\n<< /Size " + QByteArray::number(offsets.size()) + " /Root " + QByteArray::number(root)
               + " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [<" + id + "> <" + id + ">] >>\nstartxref\n"
               + QByteArray::number(xref) + "\n%%EOF\n";
    }

private:
    void begin(int number)
    {
        if (offsets.size() <= number)
            offsets.resize(number + 1);
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n";
    }
};

QByteArray fontObjects(ObjectWriter &writer, int first, const EmbeddedFont &font)
{
    const TrueTypeFont &metrics = DocumentFonts::face(font.face());
    const qreal scale = 1000.0 / metrics.unitsPerEm();
    auto n = [](qreal v) { return QByteArray::number(qRound(v)); };
    const QByteArray ref = QByteArray::number(first + 1) + " 0 R";
    writer.object(first, "<< /Type /Font /Subtype /Type0 /BaseFont /" + font.baseName()
                              + " /Encoding /Identity-H /DescendantFonts [" + ref + "] /ToUnicode "
                              + QByteArray::number(first + 4) + " 0 R >>");
    writer.object(first + 1, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + font.baseName()
                                 + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                                 + " /FontDescriptor " + QByteArray::number(first + 2) + " 0 R /DW 1000 /W "
                                 + font.widths() + " /CIDToGIDMap /Identity >>");
    writer.object(first + 2, "<< /Type /FontDescriptor /FontName /" + font.baseName() + " /Flags 32 /FontBBox ["
                                 + n(metrics.xMin() * scale) + ' ' + n(metrics.yMin() * scale) + ' '
                                 + n(metrics.xMax() * scale) + ' ' + n(metrics.yMax() * scale) + "] /ItalicAngle 0"
                                 + " /Ascent " + n(metrics.ascender() * scale) + " /Descent "
                                 + n(metrics.descender() * scale) + " /CapHeight " + n(metrics.capHeight() * scale)
                                 + " /StemV " + (font.face() == FontFace::Bold ? "120" : "80") + " /FontFile2 "
                                 + QByteArray::number(first + 3) + " 0 R >>");
    writer.stream(first + 3, "/Filter /FlateDecode /Length1 " + QByteArray::number(font.fontFileLength()),
                  font.compressedFontFile());
    writer.stream(first + 4, "/Filter /FlateDecode", font.compressedToUnicode());
    return "/F" + QByteArray::number(int(font.face())) + ' ' + QByteArray::number(first) + " 0 R";
}

/// An image as a PDF image object: 8-bit RGB rows, transparency flattened onto
/// white (pages are white), Flate-compressed.
QByteArray imageObject(ObjectWriter &writer, int number, const QImage &image)
{
    QImage rgb(image.size(), QImage::Format_RGB888);
    rgb.fill(Qt::white);
    {
        QPainter painter(&rgb);
        painter.drawImage(0, 0, image);
    }
    QByteArray pixels;
    pixels.reserve(qsizetype(rgb.width()) * rgb.height() * 3);
    for (int y = 0; y < rgb.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), qsizetype(rgb.width()) * 3);
    writer.stream(number,
                  "/Type /XObject /Subtype /Image /Width " + QByteArray::number(rgb.width()) + " /Height "
                      + QByteArray::number(rgb.height()) + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                  qCompress(pixels, 6).mid(4));
    return "/Im" + QByteArray::number(number) + ' ' + QByteArray::number(number) + " 0 R";
}

QByteArray pageContent(const LaidOutPage &page, qreal height,
                       const std::array<std::shared_ptr<const EmbeddedFont>, 2> &fonts,
                       const QHash<qint64, int> &imageObjects)
{
    QByteArray out;
    out.reserve(16384);
    QRgb fillColour = 0;
    bool haveColour = false;
    for (const PageItem &item : page.items) {
        if (!haveColour || item.colour != fillColour) {
            appendColour(out, item.colour, "rg");
            fillColour = item.colour;
            haveColour = true;
        }
        if (item.kind == PageItem::Kind::Fill) {
            appendNumber(out, item.box.left());
            out += ' ';
            appendNumber(out, height - item.box.bottom());
            out += ' ';
            appendNumber(out, item.box.width());
            out += ' ';
            appendNumber(out, item.box.height());
            out += " re f\n";
            continue;
        }
        if (item.kind == PageItem::Kind::Image) {
            // The unit square scaled and moved onto the item's box.
            out += "q ";
            appendNumber(out, item.box.width());
            out += " 0 0 ";
            appendNumber(out, item.box.height());
            out += ' ';
            appendNumber(out, item.box.left());
            out += ' ';
            appendNumber(out, height - item.box.bottom());
            out += " cm /Im" + QByteArray::number(imageObjects.value(item.image.cacheKey())) + " Do Q\n";
            continue;
        }
        const EmbeddedFont &font = *fonts[size_t(item.face)];
        out += "BT /F" + QByteArray::number(int(item.face)) + ' ';
        appendNumber(out, item.size);
        out += " Tf 1 0 0 1 ";
        appendNumber(out, item.box.left());
        out += ' ';
        appendNumber(out, height - item.baseline);
        out += " Tm <";
        QString codes;
        codes.reserve(item.text.size());
        CodePoints::forEach(item.text, [&](char32_t c) { codes.append(QChar(font.code(c))); });
        out += utf16BigEndianHex(codes);
        out += "> Tj ET\n";
    }
    return out;
}

} // namespace

bool PdfFileWriter::canWrite(const LaidOutDocument &document)
{
    for (const LaidOutPage &page : document.pages) {
        for (const PageItem &item : page.items) {
            if (item.kind != PageItem::Kind::Text)
                continue;
            const TrueTypeFont &font = DocumentFonts::face(item.face);
            if (!font.isValid())
                return false;
            bool covered = true;
            CodePoints::forEach(item.text, [&](char32_t c) {
                // One glyph per character, left to right: right-to-left scripts
                // and combining marks need Qt's shaping (PainterOutput).
                const QChar::Direction direction = QChar::direction(c);
                const QChar::Category category = QChar::category(c);
                covered = covered && font.hasGlyph(c) && direction != QChar::DirR && direction != QChar::DirAL
                          && direction != QChar::DirAN && category != QChar::Mark_NonSpacing
                          && category != QChar::Mark_Enclosing;
            });
            if (!covered)
                return false;
        }
    }
    return true;
}

QByteArray PdfFileWriter::write(const LaidOutDocument &document, const Metadata &metadata)
{
    std::array<QSet<char32_t>, 2> used;
    for (const LaidOutPage &page : document.pages) {
        for (const PageItem &item : page.items) {
            if (item.kind == PageItem::Kind::Text)
                CodePoints::forEach(item.text, [&](char32_t c) { used[size_t(item.face)].insert(c); });
        }
    }
    std::array<std::shared_ptr<const EmbeddedFont>, 2> fonts;
    for (const FontFace face : {FontFace::Regular, FontFace::Bold})
        fonts[size_t(face)] = EmbeddedFont::forCharacters(face, used[size_t(face)]);

    // Objects: 1 catalogue, 2 page tree, 3 information, five per font, then two per page.
    ObjectWriter writer;
    const int pageCount = int(document.pages.size());
    const int firstFont = 4;
    const int firstPage = firstFont + 5 * int(fonts.size());
    QByteArray kids;
    for (int p = 0; p < pageCount; ++p)
        kids += QByteArray::number(firstPage + 2 * p) + " 0 R ";
    writer.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray box = "[0 0 ";
    appendNumber(box, document.pageSize.width());
    box += ' ';
    appendNumber(box, document.pageSize.height());
    box += ']';
    writer.object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " /MediaBox " + box + " >>");
    writer.object(3, "<< /Title " + textString(metadata.title) + " /Creator " + textString(metadata.creator)
                         + " /Producer " + textString(metadata.creator) + " /CreationDate "
                         + dateString(metadata.created) + " >>");
    QByteArray fontResources;
    for (size_t f = 0; f < fonts.size(); ++f)
        fontResources += fontObjects(writer, firstFont + 5 * int(f), *fonts[f]) + ' ';
    // Images follow the pages, one object each however often they are shown.
    QHash<qint64, int> imageObjects;
    QByteArray imageResources;
    int nextObject = firstPage + 2 * pageCount;
    for (const LaidOutPage &page : document.pages) {
        for (const PageItem &item : page.items) {
            if (item.kind != PageItem::Kind::Image || imageObjects.contains(item.image.cacheKey()))
                continue;
            imageObjects.insert(item.image.cacheKey(), nextObject);
            imageResources += imageObject(writer, nextObject++, item.image) + ' ';
        }
    }
    const QByteArray resources = "<< /Font << " + fontResources + ">>"
                                 + (imageResources.isEmpty() ? QByteArray() : " /XObject << " + imageResources + ">>")
                                 + " /ProcSet [/PDF /Text" + (imageResources.isEmpty() ? "" : " /ImageC") + "] >>";
    for (int p = 0; p < pageCount; ++p) {
        const int object = firstPage + 2 * p;
        writer.object(object, "<< /Type /Page /Parent 2 0 R /Resources " + resources + " /Contents "
                                  + QByteArray::number(object + 1) + " 0 R >>");
        const QByteArray content = pageContent(document.pages.at(p), document.pageSize.height(), fonts, imageObjects);
        // The fastest compression: page contents are small and text compresses well at any level.
        writer.stream(object + 1, "/Filter /FlateDecode", qCompress(content, 1).mid(4));
    }
    writer.finish(1, 3);
    return writer.out;
}

} // namespace mcs
