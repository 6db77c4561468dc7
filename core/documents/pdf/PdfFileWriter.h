#pragma once

#include "LaidOutDocument.h"

#include <QByteArray>
#include <QDateTime>

namespace mcs {

/// Writes a laid-out document as a PDF 1.4 file of our own making: the text in
/// the built-in fonts as embedded subsets (Type 0 / CIDFontType2 with a
/// ToUnicode map, so text can be copied and searched), compressed page
/// contents, and every string in the file hex-encoded, so no user text can
/// break out of it. About ten times faster than painting through QPdfWriter,
/// which lays fonts out and subsets them again for every file.
class PdfFileWriter
{
public:
    struct Metadata
    {
        QString title;
        QString creator;
        QDateTime created;
    };

    /// True when every character of the document has a glyph in the built-in
    /// fonts; otherwise the document needs Qt's font fallback (PainterOutput).
    static bool canWrite(const LaidOutDocument &document);
    static QByteArray write(const LaidOutDocument &document, const Metadata &metadata);
};

} // namespace mcs
