#pragma once

#include "DocumentContent.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace mcs {

/// Writes document content to a file in one of the document formats, atomically
/// (QSaveFile): the reader of the file sees the old one or the complete new one.
class DocumentExporter
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DocumentExporter)

public:
    enum class Format { Pdf, PdfA, Odt, Html };

    /// "pdf", "pdfa", "odt", "html"; none for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    static QString fileSuffix(Format format);
    /// A file name (without suffix) from a title and version, safe on every file
    /// system: "Warmtepompen-installeren-v1".
    static QString suggestedBaseName(const QString &title, int version);

    /// Writes the file; returns the number of pages for PDF (1 for the others).
    static Result<int> write(const DocumentContent &content, Format format, const QString &path);
    /// The file's bytes, for tests and previews.
    static QByteArray toBytes(const DocumentContent &content, Format format);
};

} // namespace mcs
