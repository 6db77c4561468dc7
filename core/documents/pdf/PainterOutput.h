#pragma once

#include "LaidOutDocument.h"
#include "util/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace mcs {

/// Paints a laid-out document through QPainter on any paged device: a QPrinter
/// (printing, print preview) or a QPdfWriter (PDF/A, and text the built-in fonts
/// have no glyphs for, which Qt then draws in a fallback font). Same pages, same
/// positions as our own PDF writer.
class PainterOutput
{
    Q_DECLARE_TR_FUNCTIONS(mcs::PainterOutput)

public:
    /// Returns the number of pages painted.
    static Result<int> paint(const LaidOutDocument &document, QPagedPaintDevice *device);
};

} // namespace mcs
