#include "EmbeddedFont.h"

#include "TrueTypeFont.h"
#include "TrueTypeSubset.h"

#include <QCryptographicHash>

#include <algorithm>

namespace mcs {

namespace {

constexpr char32_t LowCodeLimit = 0x3000;

/// The characters of the shared subset.
QList<char32_t> westernCharacters()
{
    QList<char32_t> characters;
    auto range = [&](char32_t first, char32_t last) {
        for (char32_t c = first; c <= last; ++c)
            characters.append(c);
    };
    range(0x20, 0x7E);     // ASCII
    range(0xA0, 0x17F);    // Latin-1, Latin Extended-A
    range(0x2010, 0x2027); // dashes, quotes, bullets, ellipsis
    range(0x2030, 0x203A); // per mille, primes, angle quotes
    for (const char32_t c : {0x192, 0x2C6, 0x2DC, 0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x2713,
                             0x2714, 0x2717, 0x25CB, 0x25CF})
        characters.append(c);
    return characters;
}

QByteArray hex4(quint32 value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

QByteArray utf16Hex(char32_t character)
{
    if (character < 0x10000)
        return hex4(character);
    return hex4(QChar::highSurrogate(character)) + hex4(QChar::lowSurrogate(character));
}

QByteArray compressed(const QByteArray &data)
{
    return qCompress(data, 6).mid(4); // qCompress puts the length first; the rest is a zlib stream
}

} // namespace

std::shared_ptr<const EmbeddedFont> EmbeddedFont::forCharacters(FontFace face, const QSet<char32_t> &characters)
{
    static const QList<char32_t> western = westernCharacters();
    static const std::shared_ptr<const EmbeddedFont> sharedRegular(new EmbeddedFont(FontFace::Regular, western));
    static const std::shared_ptr<const EmbeddedFont> sharedBold(new EmbeddedFont(FontFace::Bold, western));
    const std::shared_ptr<const EmbeddedFont> &shared = face == FontFace::Bold ? sharedBold : sharedRegular;
    QList<char32_t> extra;
    for (const char32_t c : characters) {
        if (shared->code(c) == 0)
            extra.append(c);
    }
    if (extra.isEmpty())
        return shared;
    std::sort(extra.begin(), extra.end());
    return std::shared_ptr<const EmbeddedFont>(new EmbeddedFont(face, western + extra));
}

EmbeddedFont::EmbeddedFont(FontFace face, const QList<char32_t> &characters)
    : m_face(face), m_lowCodes(LowCodeLimit, 0)
{
    const TrueTypeFont &font = DocumentFonts::face(face);
    QList<quint16> glyphs;
    QList<char32_t> mapped;
    for (const char32_t c : characters) {
        const quint16 glyph = font.glyph(c);
        if (glyph != 0) {
            glyphs.append(glyph);
            mapped.append(c);
        }
    }
    const TrueTypeSubset subset(font, glyphs);
    m_fontFileLength = subset.fontFile().size();
    m_fontFile = compressed(subset.fontFile());

    QList<QByteArray> unicodeEntries;
    QSet<quint16> named;
    for (qsizetype i = 0; i < mapped.size(); ++i) {
        const quint16 code = subset.newGlyph(glyphs.at(i));
        if (mapped.at(i) < LowCodeLimit)
            m_lowCodes[mapped.at(i)] = code;
        else
            m_otherCodes.insert(mapped.at(i), code);
        if (!named.contains(code)) { // two characters with one glyph: the first names it
            named.insert(code);
            unicodeEntries.append('<' + hex4(code) + "> <" + utf16Hex(mapped.at(i)) + '>');
        }
    }
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (qsizetype i = 0; i < unicodeEntries.size(); i += 100) { // at most 100 entries per section
        const QList<QByteArray> part = unicodeEntries.mid(i, 100);
        cmap += QByteArray::number(part.size()) + " beginbfchar\n" + part.join('\n') + "\nendbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    m_toUnicode = compressed(cmap);

    m_widths = "[0 [";
    for (const quint16 original : subset.originalGlyphs())
        m_widths += QByteArray::number(qRound(font.advance(original) * 1000.0 / font.unitsPerEm())) + ' ';
    m_widths += "]]";

    // The subset tag: six capitals that differ when the glyphs differ.
    const QByteArray digest = QCryptographicHash::hash(m_fontFile, QCryptographicHash::Sha1);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest.at(i)) % 26);
    m_baseName = tag + '+' + font.postscriptName().toLatin1();
}

} // namespace mcs
