#pragma once

#include "DocumentFonts.h"

#include <QStringList>

namespace mcs {

/// Measures text in the document fonts and breaks it into lines: at spaces, after
/// a hyphen or slash inside a word, and anywhere in a word wider than the line.
/// New lines in the text are kept. No shaping beyond one glyph per character,
/// which is all our Latin, Greek and Cyrillic texts need.
class TextLines
{
public:
    /// Composed (NFC), tabs as spaces, no carriage returns, no other control
    /// characters or noncharacters (they have no glyph, and a hostile text must
    /// not put them into a PDF), half a surrogate pair as U+FFFD.
    static QString printable(const QString &text);
    static qreal width(QStringView text, FontFace face, qreal size);
    static QStringList wrap(const QString &text, FontFace face, qreal size, qreal width);
    /// The text, cut short with an ellipsis so that it fits `width`.
    static QString elided(const QString &text, FontFace face, qreal size, qreal width);
    /// A character the font has no glyph for is measured as one em: the output
    /// then draws it in a fallback font of about that width.
    static qreal advance(char32_t character, FontFace face, qreal size);
};

} // namespace mcs
