#pragma once

#include "DocumentContent.h"
#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;
class QPagedPaintDevice;

namespace mcs {

/// Puts document content on A4 pages and writes a PDF with embedded fonts.
///
/// The layout is our own (pdf/DocumentLayout), because QTextDocument's does not
/// know the rules of a publication: table rows are never split (the table
/// header repeats on the next page), a heading is never left alone at the
/// bottom of a page, the cover has a page of its own, and every page has a
/// running header and a footer with "page x of y" and the content fingerprint.
/// A PDF is written by our own writer (pdf/PdfFileWriter) with font subsets
/// shared across documents; PDF/A, and text the built-in fonts cannot show, go
/// through QPdfWriter instead.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mcs::PdfRenderer)

public:
    struct Options
    {
        bool pdfA = false; ///< write PDF/A-1b
    };

    /// Returns the number of pages written.
    static Result<int> write(const DocumentContent &content, QIODevice *device, const Options &options);
    /// Lays out and paints onto any paged device (a QPrinter for printing and
    /// print preview); returns the number of pages.
    static Result<int> paint(const DocumentContent &content, QPagedPaintDevice *device);
};

} // namespace mcs
