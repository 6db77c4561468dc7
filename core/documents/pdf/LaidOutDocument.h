#pragma once

#include "DocumentFonts.h"

#include <QList>
#include <QRectF>
#include <QRgb>
#include <QSizeF>
#include <QString>

namespace mcs {

/// One thing drawn on a page, in points from the page's top left corner: a
/// line of text (on its baseline) or a filled rectangle (backgrounds, rules).
struct PageItem
{
    enum class Kind { Text, Fill };

    Kind kind = Kind::Text;
    QRectF box;       ///< Fill: the rectangle; Text: the line's box
    qreal baseline = 0;
    QRgb colour = 0;
    FontFace face = FontFace::Regular;
    qreal size = 0;   ///< font size in points
    QString text;

    static PageItem fill(const QRectF &box, QRgb colour)
    {
        PageItem item;
        item.kind = Kind::Fill;
        item.box = box;
        item.colour = colour;
        return item;
    }
};

struct LaidOutPage
{
    QList<PageItem> items;
};

/// A document laid out on pages, ready for any output: our own PDF writer or a
/// QPainter (printing, print preview).
struct LaidOutDocument
{
    QSizeF pageSize; ///< points
    QList<LaidOutPage> pages;
};

} // namespace mcs
