#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace mcs {

class TrueTypeFont;

/// A font file holding only the glyphs a PDF needs, renumbered from 0 (glyph 0
/// stays the "missing" glyph), with the components of composite glyphs (accented
/// letters) pulled in. Hinting tables are kept as they are, so viewers that hint
/// still can. A PDF embeds this instead of the whole 700 KB font.
class TrueTypeSubset
{
public:
    /// `glyphs`: original glyph numbers, in the order they should be numbered.
    TrueTypeSubset(const TrueTypeFont &font, const QList<quint16> &glyphs);

    const QByteArray &fontFile() const { return m_fontFile; }
    /// The new number of an original glyph, 0 when it is not in the subset.
    quint16 newGlyph(quint16 original) const { return m_newGlyph.value(original, 0); }
    /// Original glyph numbers by new number.
    const QList<quint16> &originalGlyphs() const { return m_original; }

private:
    void addGlyph(const TrueTypeFont &font, quint16 glyph, int depth);
    QByteArray renumberedGlyph(const TrueTypeFont &font, quint16 original) const;
    QByteArray build(const TrueTypeFont &font) const;

    QList<quint16> m_original;
    QHash<quint16, quint16> m_newGlyph;
    QByteArray m_fontFile;
};

} // namespace mcs
