#pragma once

#include "UserGuide.h"
#include "documents/DocumentContent.h"

#include <QCoreApplication>

namespace mcs {

/// The user guide as a document for our own pipeline (the PDF of
/// `mcstudio-cli guide`): a cover, a table of contents with page numbers, each
/// chapter on a new page, and its Markdown as headings, paragraphs with bold
/// text, lists, tables, examples and the screenshots it shows.
class GuideDocument
{
    Q_DECLARE_TR_FUNCTIONS(mcs::GuideDocument)

public:
    /// `language`: "nl" or "en"; `imageFolder`: where `../../screenshots/...`
    /// of a chapter is found (the embedded copy when empty).
    static DocumentContent build(const QString &language, const QString &imageFolder = QString());
    /// One paragraph's inline Markdown as runs: **bold** (and *emphasis*, set
    /// bold too: the documents have no italic face), `code` and [links](url) as
    /// their text.
    static QList<TextRun> inlineRuns(const QString &markdown);
};

} // namespace mcs
