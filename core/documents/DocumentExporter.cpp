#include "DocumentExporter.h"

#include "HtmlRenderer.h"
#include "PdfRenderer.h"
#include "SafeTextDocument.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace mcs {

namespace {

Result<int> writeTo(const DocumentContent &content, DocumentExporter::Format format, QIODevice *device)
{
    using Format = DocumentExporter::Format;
    switch (format) {
    case Format::Pdf:
    case Format::PdfA:
        return PdfRenderer::write(content, device, {format == Format::PdfA});
    case Format::Html: {
        const QByteArray bytes = HtmlRenderer::page(content).toUtf8();
        if (device->write(bytes) != bytes.size())
            return Result<int>::failure(device->errorString());
        return Result<int>::success(1);
    }
    case Format::Odt: {
        SafeTextDocument doc;
        doc.setDefaultStyleSheet(HtmlRenderer::richTextStyleSheet());
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        doc.setMetaInformation(QTextDocument::DocumentTitle, content.title);
        // ODF text documents from Qt have no running header or footer: say it at the top.
        doc.setHtml(QStringLiteral("<html><body><p class=\"note\">%1 · %2 · %3</p>%4</body></html>")
                        .arg(HtmlRenderer::escaped(content.title), HtmlRenderer::escaped(content.headerRight),
                             HtmlRenderer::escaped(content.footerLeft), HtmlRenderer::richText(content)));
        // The ODF writer closes its device when done, which a QSaveFile must not
        // see: write to memory first.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc))
            return Result<int>::failure(DocumentExporter::tr("the ODF document could not be written"));
        if (device->write(buffer.data()) != buffer.data().size())
            return Result<int>::failure(device->errorString());
        return Result<int>::success(1);
    }
    }
    return Result<int>::failure(QString());
}

} // namespace

std::optional<DocumentExporter::Format> DocumentExporter::formatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("pdfa"))
        return Format::PdfA;
    if (name == QLatin1String("odt"))
        return Format::Odt;
    if (name == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

QString DocumentExporter::fileSuffix(Format format)
{
    switch (format) {
    case Format::Pdf:
    case Format::PdfA:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

QString DocumentExporter::suggestedBaseName(const QString &title, int version)
{
    // Letters (with their accents), digits and dashes only.
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString base = title.normalized(QString::NormalizationForm_C).replace(unsafe, QStringLiteral("-")).left(80);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("microcredential");
    return QStringLiteral("%1-v%2").arg(base).arg(version);
}

Result<int> DocumentExporter::write(const DocumentContent &content, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const Result<int> written = writeTo(content, format, &file);
    if (!written.ok()) {
        file.cancelWriting();
        return Result<int>::failure(tr("Cannot write %1: %2").arg(path, written.error()));
    }
    if (!file.commit())
        return Result<int>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

QByteArray DocumentExporter::toBytes(const DocumentContent &content, Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // Writing into memory fails only when the document cannot be composed: then nothing.
    if (!writeTo(content, format, &buffer).ok())
        return {};
    return buffer.data();
}

} // namespace mcs
