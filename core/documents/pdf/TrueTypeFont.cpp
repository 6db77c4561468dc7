#include "TrueTypeFont.h"

#include <QtEndian>

namespace mcs {

namespace {

/// Big-endian reads that answer 0 outside the data, so a truncated font cannot
/// make us read past its end; callers check sizes where a 0 would mislead.
quint16 u16(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return qFromBigEndian<quint16>(data.constData() + at);
}

qint16 s16(const QByteArray &data, qsizetype at)
{
    return qint16(u16(data, at));
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 4 > data.size())
        return 0;
    return qFromBigEndian<quint32>(data.constData() + at);
}

} // namespace

TrueTypeFont::TrueTypeFont(QByteArray data, QString postscriptName)
    : m_data(std::move(data)), m_postscriptName(std::move(postscriptName))
{
    m_valid = readTables() && readMetrics() && readGlyphLocations() && readCharacterMap();
    if (!m_valid) // no half-read metrics (a zero em would divide by zero): an empty font
        *this = TrueTypeFont(QString(m_postscriptName));
}

TrueTypeFont::TrueTypeFont(QString postscriptName)
    : m_postscriptName(std::move(postscriptName))
{}

bool TrueTypeFont::readTables()
{
    const quint32 version = u32(m_data, 0);
    if (version != 0x00010000 && version != 0x74727565) // TrueType outlines only, not CFF
        return false;
    const int count = u16(m_data, 4);
    if (12 + qsizetype(count) * 16 > m_data.size())
        return false;
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = 12 + qsizetype(i) * 16;
        const TableRange range{u32(m_data, entry + 8), u32(m_data, entry + 12)};
        if (quint64(range.offset) + range.length > quint64(m_data.size()))
            return false;
        m_tables.insert(m_data.mid(entry, 4), range);
    }
    for (const char *required : {"head", "hhea", "hmtx", "maxp", "loca", "glyf"}) {
        if (!m_tables.contains(QByteArray(required)))
            return false;
    }
    return true;
}

QByteArray TrueTypeFont::table(const char *tag) const
{
    const auto it = m_tables.constFind(QByteArray(tag));
    return it == m_tables.constEnd() ? QByteArray() : m_data.mid(it->offset, it->length);
}

bool TrueTypeFont::readMetrics()
{
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    const QByteArray maxp = table("maxp");
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6)
        return false;
    m_unitsPerEm = u16(head, 18);
    if (m_unitsPerEm < 16)
        return false;
    m_xMin = s16(head, 36);
    m_yMin = s16(head, 38);
    m_xMax = s16(head, 40);
    m_yMax = s16(head, 42);
    m_ascender = s16(hhea, 4);
    m_descender = s16(hhea, 6);
    const QByteArray os2 = table("OS/2");
    m_capHeight = os2.size() >= 90 ? s16(os2, 88) : m_ascender;

    const int glyphs = u16(maxp, 4);
    const int longMetrics = u16(hhea, 34);
    const QByteArray hmtx = table("hmtx");
    if (glyphs == 0 || longMetrics == 0 || longMetrics > glyphs
        || hmtx.size() < qsizetype(longMetrics) * 4 + qsizetype(glyphs - longMetrics) * 2)
        return false;
    m_advances.resize(glyphs);
    m_bearings.resize(glyphs);
    for (int g = 0; g < glyphs; ++g) {
        // Glyphs past the last full metric share its advance (monospaced tails).
        m_advances[g] = u16(hmtx, qsizetype(std::min(g, longMetrics - 1)) * 4);
        m_bearings[g] = g < longMetrics ? s16(hmtx, qsizetype(g) * 4 + 2)
                                        : s16(hmtx, qsizetype(longMetrics) * 4 + qsizetype(g - longMetrics) * 2);
    }
    return true;
}

bool TrueTypeFont::readGlyphLocations()
{
    const QByteArray head = table("head");
    const QByteArray loca = table("loca");
    const bool longOffsets = s16(head, 50) == 1;
    const qsizetype count = qsizetype(m_advances.size()) + 1;
    if (loca.size() < count * (longOffsets ? 4 : 2))
        return false;
    const quint32 glyfLength = m_tables.value("glyf").length;
    m_glyphOffsets.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const quint32 offset = longOffsets ? u32(loca, i * 4) : quint32(u16(loca, i * 2)) * 2;
        if (offset > glyfLength || (i > 0 && offset < m_glyphOffsets[i - 1]))
            return false;
        m_glyphOffsets[i] = offset;
    }
    return true;
}

QByteArray TrueTypeFont::glyphData(quint16 glyph) const
{
    if (glyph + 1 >= qsizetype(m_glyphOffsets.size()))
        return {};
    const TableRange glyf = m_tables.value("glyf");
    return m_data.mid(glyf.offset + m_glyphOffsets[glyph], m_glyphOffsets[glyph + 1] - m_glyphOffsets[glyph]);
}

bool TrueTypeFont::readCharacterMap()
{
    const QByteArray cmap = table("cmap");
    const int count = u16(cmap, 2);
    QByteArray unicodeFull;
    QByteArray unicodeBasic;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        const int platform = u16(cmap, record);
        const int encoding = u16(cmap, record + 2);
        const quint32 offset = u32(cmap, record + 4);
        if (offset >= quint32(cmap.size()))
            continue;
        const int format = u16(cmap, offset);
        const QByteArray subtable = cmap.mid(offset);
        if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            unicodeFull = subtable;
        else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            unicodeBasic = subtable;
    }
    m_basicPlane.assign(0x10000, 0);
    // A font without a Unicode map (a subset made for a PDF) is still a font;
    // it just has no glyph for any character.
    if (!unicodeFull.isEmpty())
        readFormat12(unicodeFull);
    else if (!unicodeBasic.isEmpty())
        readFormat4(unicodeBasic);
    return true;
}

void TrueTypeFont::readFormat4(const QByteArray &subtable)
{
    const int segments = u16(subtable, 6) / 2;
    const qsizetype ends = 14;
    const qsizetype starts = ends + qsizetype(segments) * 2 + 2;
    const qsizetype deltas = starts + qsizetype(segments) * 2;
    const qsizetype rangeOffsets = deltas + qsizetype(segments) * 2;
    for (int s = 0; s < segments; ++s) {
        const quint32 end = u16(subtable, ends + s * 2);
        const quint32 start = u16(subtable, starts + s * 2);
        const quint16 delta = u16(subtable, deltas + s * 2);
        const quint16 rangeOffset = u16(subtable, rangeOffsets + s * 2);
        for (quint32 c = start; c <= end && c < 0xFFFF; ++c) {
            quint16 glyph = 0;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                const qsizetype at = rangeOffsets + s * 2 + rangeOffset + qsizetype(c - start) * 2;
                const quint16 raw = u16(subtable, at);
                glyph = raw == 0 ? 0 : quint16(raw + delta);
            }
            if (glyph < m_advances.size())
                m_basicPlane[c] = glyph;
        }
    }
}

void TrueTypeFont::readFormat12(const QByteArray &subtable)
{
    const quint32 groups = u32(subtable, 12);
    if (16 + quint64(groups) * 12 > quint64(subtable.size()))
        return;
    for (quint32 i = 0; i < groups; ++i) {
        const qsizetype group = 16 + qsizetype(i) * 12;
        const quint32 start = u32(subtable, group);
        const quint32 end = std::min<quint32>(u32(subtable, group + 4), 0x10FFFF);
        const quint32 first = u32(subtable, group + 8);
        for (quint32 c = start; c <= end; ++c) {
            const quint32 glyph = first + (c - start);
            if (glyph >= m_advances.size())
                break;
            if (c < 0x10000)
                m_basicPlane[c] = quint16(glyph);
            else
                m_otherPlanes.insert(char32_t(c), quint16(glyph));
        }
    }
}

quint16 TrueTypeFont::glyph(char32_t character) const
{
    if (character < m_basicPlane.size())
        return m_basicPlane[character];
    return m_otherPlanes.value(character, 0);
}

} // namespace mcs
