#pragma once

#include "DocumentFonts.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace mcs {

/// A subset of a document font, ready to be written into a PDF: the compressed
/// font file, the glyph widths, the map back to Unicode (for copying and
/// searching text), and the code of each character in content streams.
///
/// Subsetting is the slow part of writing a PDF, so the subset for the
/// characters of Western European text (Latin-1, Latin Extended-A, the usual
/// punctuation, the euro sign, the marks our documents use) is made once per
/// process and shared by every document and thread. Only a document with other
/// characters (Greek, Cyrillic, ...) gets a subset of its own.
class EmbeddedFont
{
public:
    /// The subset for these characters; every one of them must be in the font
    /// (DocumentFonts::face(face).hasGlyph).
    static std::shared_ptr<const EmbeddedFont> forCharacters(FontFace face, const QSet<char32_t> &characters);

    FontFace face() const { return m_face; }
    /// "ABCDEF+DejaVuSans": a subset's name is tagged, as PDF asks.
    const QByteArray &baseName() const { return m_baseName; }
    const QByteArray &compressedFontFile() const { return m_fontFile; }
    qsizetype fontFileLength() const { return m_fontFileLength; }
    const QByteArray &compressedToUnicode() const { return m_toUnicode; }
    /// The W array of the CIDFont: widths in thousandths of the size.
    const QByteArray &widths() const { return m_widths; }
    /// The two-byte code of a character in content streams (its glyph in the subset).
    quint16 code(char32_t character) const
    {
        return character < m_lowCodes.size() ? m_lowCodes[character] : m_otherCodes.value(character, 0);
    }

private:
    EmbeddedFont(FontFace face, const QList<char32_t> &characters);

    FontFace m_face;
    QByteArray m_baseName;
    QByteArray m_fontFile;
    qsizetype m_fontFileLength = 0;
    QByteArray m_toUnicode;
    QByteArray m_widths;
    std::vector<quint16> m_lowCodes;
    QHash<char32_t, quint16> m_otherCodes;
};

} // namespace mcs
