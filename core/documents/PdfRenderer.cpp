#include "PdfRenderer.h"

#include "pdf/DocumentLayout.h"
#include "pdf/PainterOutput.h"
#include "pdf/PdfFileWriter.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QIODevice>
#include <QPdfWriter>

namespace mcs {

Result<int> PdfRenderer::write(const DocumentContent &content, QIODevice *device, const Options &options)
{
    const LaidOutDocument document = DocumentLayout::layOut(content);
    const QString creator = QStringLiteral("Microcredential Studio %1").arg(QStringLiteral(MCSTUDIO_VERSION));
    if (!options.pdfA && PdfFileWriter::canWrite(document)) {
        const QByteArray bytes = PdfFileWriter::write(document, {content.title, creator, Clock::now()});
        if (device->write(bytes) != bytes.size())
            return Result<int>::failure(device->errorString());
        return Result<int>::success(int(document.pages.size()));
    }
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setTitle(content.title);
    writer.setCreator(creator);
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    return PainterOutput::paint(document, &writer);
}

Result<int> PdfRenderer::paint(const DocumentContent &content, QPagedPaintDevice *device)
{
    return PainterOutput::paint(DocumentLayout::layOut(content), device);
}

} // namespace mcs
