#pragma once

#include "DocumentFonts.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QRgb>
#include <QSizeF>
#include <QString>

namespace mcs {

/// One thing drawn on a page, in points from the page's top left corner: a
/// line of text (on its baseline), a filled rectangle (backgrounds, rules) or
/// an image scaled into its box.
struct PageItem
{
    enum class Kind { Text, Fill, Image };

    Kind kind = Kind::Text;
    QRectF box;       ///< Fill: the rectangle; Text: the line's box
    qreal baseline = 0;
    QRgb colour = 0;
    FontFace face = FontFace::Regular;
    qreal size = 0;   ///< font size in points
    QString text;
    QImage image;   ///< Image
    QString anchor; ///< a heading's id, so a table of contents can find its page

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
