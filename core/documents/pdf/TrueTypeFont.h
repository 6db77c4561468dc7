#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace mcs {

/// A TrueType font read from its bytes: what our own layout and PDF embedding
/// need, namely character to glyph, advance widths, vertical metrics and the
/// glyph outlines that a subset copies. Every read is bounds-checked, so a
/// damaged file gives an invalid font rather than a crash. Immutable once read,
/// so the threads that render documents share one.
class TrueTypeFont
{
public:
    TrueTypeFont() = default;
    /// Reads the font; isValid() says whether it could be used.
    TrueTypeFont(QByteArray data, QString postscriptName);

    bool isValid() const { return m_valid; }
    const QString &postscriptName() const { return m_postscriptName; }
    int unitsPerEm() const { return m_unitsPerEm; }
    int ascender() const { return m_ascender; }
    int descender() const { return m_descender; } ///< negative: below the baseline
    int capHeight() const { return m_capHeight; }
    int xMin() const { return m_xMin; }
    int yMin() const { return m_yMin; }
    int xMax() const { return m_xMax; }
    int yMax() const { return m_yMax; }
    int glyphCount() const { return int(m_advances.size()); }

    /// The glyph for a character, 0 (the "missing" glyph) when the font has none.
    quint16 glyph(char32_t character) const;
    bool hasGlyph(char32_t character) const { return glyph(character) != 0; }
    /// Advance width in font units.
    int advance(quint16 glyph) const { return glyph < m_advances.size() ? m_advances[glyph] : 0; }
    int leftSideBearing(quint16 glyph) const { return glyph < m_bearings.size() ? m_bearings[glyph] : 0; }
    /// The outline data of one glyph as stored in the 'glyf' table (empty for a blank glyph).
    QByteArray glyphData(quint16 glyph) const;
    /// A whole table by its tag ("head", "cvt ", ...); empty when the font has none.
    QByteArray table(const char *tag) const;

private:
    explicit TrueTypeFont(QString postscriptName); ///< an empty, invalid font
    bool readTables();
    bool readMetrics();
    bool readGlyphLocations();
    bool readCharacterMap();
    void readFormat4(const QByteArray &subtable);
    void readFormat12(const QByteArray &subtable);

    QByteArray m_data;
    QString m_postscriptName;
    bool m_valid = false;
    struct TableRange
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    QHash<QByteArray, TableRange> m_tables;
    int m_unitsPerEm = 1000;
    int m_ascender = 0;
    int m_descender = 0;
    int m_capHeight = 0;
    int m_xMin = 0, m_yMin = 0, m_xMax = 0, m_yMax = 0;
    std::vector<quint16> m_advances;
    std::vector<qint16> m_bearings;
    std::vector<quint32> m_glyphOffsets; ///< into 'glyf', one more than there are glyphs
    std::vector<quint16> m_basicPlane;   ///< glyph per character of the Basic Multilingual Plane
    QHash<char32_t, quint16> m_otherPlanes;
};

} // namespace mcs
