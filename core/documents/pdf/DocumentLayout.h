#pragma once

#include "documents/DocumentContent.h"
#include "LaidOutDocument.h"

#include <QHash>

namespace mcs {

/// Lays document content out on A4 pages (landscape for wide documents): the
/// cover on a page of its own, the rest paginated by Paginator, and on every
/// page a running header (title, version) and footer (content fingerprint,
/// "page x of y"). Measures text with the built-in fonts, so it needs no
/// QGuiApplication and gives the same pages on every computer.
class DocumentLayout
{
public:
    static LaidOutDocument layOut(const DocumentContent &content);

private:
    /// With the page number of each heading anchor, for a table of contents.
    static LaidOutDocument layOut(const DocumentContent &content, const QHash<QString, int> &anchors);
};

} // namespace mcs
