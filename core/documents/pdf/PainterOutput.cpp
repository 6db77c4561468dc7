#include "PainterOutput.h"

#include "DocumentFonts.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace mcs {

Result<int> PainterOutput::paint(const LaidOutDocument &document, QPagedPaintDevice *device)
{
    const bool landscape = document.pageSize.width() > document.pageSize.height();
    // Our layout has its own margins; the device's page is the whole sheet.
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(device))
        return Result<int>::failure(tr("the document could not be started on the output device"));
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QRect fullRect = device->pageLayout().fullRectPixels(device->logicalDpiX());
    // Printers may keep a margin they cannot print on: shift so the sheet lines up.
    const QPointF origin = fullRect.topLeft() - paintRect.topLeft();
    const qreal scale = device->logicalDpiX() / 72.0;
    const QString family = DocumentFonts::painterFamily();
    for (qsizetype p = 0; p < document.pages.size(); ++p) {
        if (p > 0 && !device->newPage())
            return Result<int>::failure(tr("a new page could not be started"));
        for (const PageItem &item : document.pages.at(p).items) {
            if (item.kind == PageItem::Kind::Fill) {
                const QRectF box(origin + item.box.topLeft() * scale, item.box.size() * scale);
                painter.fillRect(box, QColor(item.colour));
                continue;
            }
            if (item.kind == PageItem::Kind::Image) {
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.drawImage(QRectF(origin + item.box.topLeft() * scale, item.box.size() * scale), item.image);
                continue;
            }
            QFont font(family);
            font.setPointSizeF(item.size);
            font.setBold(item.face == FontFace::Bold);
            font.setKerning(false); // our layout measures without kerning
            font.setHintingPreference(QFont::PreferNoHinting);
            painter.setFont(font);
            painter.setPen(QColor(item.colour));
            painter.drawText(origin + QPointF(item.box.left(), item.baseline) * scale, item.text);
        }
    }
    if (!painter.end())
        return Result<int>::failure(tr("the document could not be completed"));
    return Result<int>::success(int(document.pages.size()));
}

} // namespace mcs
