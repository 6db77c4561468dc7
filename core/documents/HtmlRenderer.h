#pragma once

#include "DocumentContent.h"

namespace mcs {

/// Turns document content into HTML: a complete, self-contained page for the HTML
/// export, and the rich text the ODT export lays out with QTextDocument (PDF and
/// print have their own layout: documents/pdf/).
/// Every piece of text is escaped here; the output refers to no external resource.
class HtmlRenderer
{
public:
    /// A complete HTML 5 page with its style sheet inline.
    static QString page(const DocumentContent &content);
    /// The body of the whole document in the subset QTextDocument understands.
    static QString richText(const DocumentContent &content);
    /// One block as QTextDocument rich text.
    static QString block(const DocumentBlock &block);
    /// The style sheet QTextDocument uses for these fragments.
    static QString richTextStyleSheet();
    /// Plain text as HTML: escaped, new lines kept.
    static QString escaped(const QString &text);
};

} // namespace mcs
