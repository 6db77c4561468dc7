#include "TrueTypeSubset.h"

#include "TrueTypeFont.h"

#include <QMap>
#include <QtEndian>

namespace mcs {

namespace {

// Flags of a component in a composite glyph (OpenType 'glyf' table).
constexpr quint16 ArgumentsAreWords = 0x0001;
constexpr quint16 HasScale = 0x0008;
constexpr quint16 MoreComponents = 0x0020;
constexpr quint16 HasXYScale = 0x0040;
constexpr quint16 HasTwoByTwo = 0x0080;

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at >= 0 && at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

void put16(QByteArray &data, qsizetype at, quint16 value)
{
    if (at >= 0 && at + 2 <= data.size())
        qToBigEndian(value, data.data() + at);
}

void put32(QByteArray &data, qsizetype at, quint32 value)
{
    if (at >= 0 && at + 4 <= data.size())
        qToBigEndian(value, data.data() + at);
}

void append16(QByteArray &data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data.append(bytes, 2);
}

void append32(QByteArray &data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data.append(bytes, 4);
}

/// Calls `visit(offset of the component's glyph number)` for each component of a
/// composite glyph; does nothing for a simple glyph.
template<typename Visit>
void forEachComponent(const QByteArray &glyph, Visit visit)
{
    if (glyph.size() < 10 || qint16(u16(glyph, 0)) >= 0)
        return; // empty or simple
    qsizetype at = 10;
    for (int guard = 0; guard < 64 && at + 4 <= glyph.size(); ++guard) {
        const quint16 flags = u16(glyph, at);
        visit(at + 2);
        at += 4 + ((flags & ArgumentsAreWords) ? 4 : 2);
        if (flags & HasScale)
            at += 2;
        else if (flags & HasXYScale)
            at += 4;
        else if (flags & HasTwoByTwo)
            at += 8;
        if (!(flags & MoreComponents))
            break;
    }
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < table.size(); i += 4) {
        quint32 word = 0;
        for (qsizetype b = 0; b < 4; ++b)
            word = (word << 8) | (i + b < table.size() ? quint8(table.at(i + b)) : 0);
        sum += word;
    }
    return sum;
}

} // namespace

TrueTypeSubset::TrueTypeSubset(const TrueTypeFont &font, const QList<quint16> &glyphs)
{
    addGlyph(font, 0, 0);
    for (const quint16 glyph : glyphs)
        addGlyph(font, glyph, 0);
    m_fontFile = build(font);
}

void TrueTypeSubset::addGlyph(const TrueTypeFont &font, quint16 glyph, int depth)
{
    if (m_newGlyph.contains(glyph) || glyph >= font.glyphCount() || depth > 8)
        return;
    m_newGlyph.insert(glyph, quint16(m_original.size()));
    m_original.append(glyph);
    const QByteArray data = font.glyphData(glyph);
    forEachComponent(data, [&](qsizetype at) { addGlyph(font, u16(data, at), depth + 1); });
}

QByteArray TrueTypeSubset::renumberedGlyph(const TrueTypeFont &font, quint16 original) const
{
    QByteArray data = font.glyphData(original);
    forEachComponent(data, [&](qsizetype at) { put16(data, at, newGlyph(u16(data, at))); });
    if (data.size() % 4)
        data.append(4 - data.size() % 4, '\0');
    return data;
}

QByteArray TrueTypeSubset::build(const TrueTypeFont &font) const
{
    const quint16 count = quint16(m_original.size());
    QByteArray glyf;
    QByteArray loca;
    QByteArray hmtx;
    for (const quint16 original : m_original) {
        append32(loca, quint32(glyf.size()));
        glyf += renumberedGlyph(font, original);
        append16(hmtx, quint16(font.advance(original)));
        append16(hmtx, quint16(font.leftSideBearing(original)));
    }
    append32(loca, quint32(glyf.size()));

    QByteArray head = font.table("head");
    put32(head, 8, 0);      // checkSumAdjustment, set below
    put16(head, 50, 1);     // long 'loca' offsets
    QByteArray hhea = font.table("hhea");
    put16(hhea, 34, count); // every glyph has a full metric
    QByteArray maxp = font.table("maxp");
    put16(maxp, 4, count);
    QByteArray post = font.table("post").left(32);
    put32(post, 0, 0x00030000); // no glyph names

    QMap<QByteArray, QByteArray> tables{{"glyf", glyf}, {"head", head}, {"hhea", hhea}, {"hmtx", hmtx},
                                        {"loca", loca}, {"maxp", maxp}};
    if (post.size() == 32)
        tables.insert("post", post);
    for (const char *kept : {"cvt ", "fpgm", "prep", "OS/2"}) {
        const QByteArray table = font.table(kept);
        if (!table.isEmpty())
            tables.insert(QByteArray(kept), table);
    }

    const quint16 tableCount = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= tableCount) {
        power *= 2;
        ++log2;
    }
    QByteArray file;
    append32(file, 0x00010000);
    append16(file, tableCount);
    append16(file, quint16(power * 16));
    append16(file, log2);
    append16(file, quint16(tableCount * 16 - power * 16));
    quint32 offset = 12 + quint32(tableCount) * 16;
    QByteArray body;
    qsizetype headOffset = -1;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) { // QMap: sorted by tag, as the format asks
        file += it.key();
        append32(file, checksum(it.value()));
        append32(file, offset);
        append32(file, quint32(it.value().size()));
        if (it.key() == "head")
            headOffset = offset;
        QByteArray padded = it.value();
        if (padded.size() % 4)
            padded.append(4 - padded.size() % 4, '\0');
        body += padded;
        offset += quint32(padded.size());
    }
    file += body;
    put32(file, headOffset + 8, 0xB1B0AFBA - checksum(file));
    return file;
}

} // namespace mcs
