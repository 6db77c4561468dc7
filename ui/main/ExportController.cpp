#include "ExportController.h"

#include "MainWindow.h"
#include "documents/CatalogueOverviewBuilder.h"
#include "documents/ChecklistReportBuilder.h"
#include "documents/DescriptionBuilder.h"
#include "documents/PdfRenderer.h"
#include "frameworks/FrameworkLibrary.h"
#include "interchange/InterchangeWriter.h"
#include "interchange/OverviewCsv.h"
#include "util/Clock.h"
#include "util/FileOutput.h"
#include "widgets/PlainMessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace mcs::ui {

ExportController::ExportController(MainWindow &window) : QObject(&window), m_window(window) {}

void ExportController::printPreview()
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    const Result<Microcredential> mc = catalogue ? catalogue->load(m_window.selectedId()) : Result<Microcredential>::failure({});
    if (!mc.ok())
        return;
    const QString language = m_window.language();
    const DocumentContent content = DescriptionBuilder::build(
        mc.value(), FrameworkLibrary::find(mc.value().qualityAssurance.frameworkId), language, Clock::today());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setWindowTitle(tr("Print preview — %1").arg(mc.value().title.preferred(language)));
    preview.resize(1000, 700);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&content, &failure](QPrinter *target) {
        const Result<int> painted = PdfRenderer::paint(content, target);
        if (!painted.ok())
            failure = painted.error();
    });
    preview.exec();
    if (!failure.isEmpty())
        m_window.warn(tr("Cannot print"), failure);
}

void ExportController::exportDocument(ExportDialog::Document document)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    if (!catalogue)
        return;
    const Result<Microcredential> mc = catalogue->load(m_window.selectedId());
    if (document != ExportDialog::Document::Overview && !mc.ok())
        return;
    ExportDialog options(document, mc.ok() ? mc.value().qualityAssurance.frameworkId : QString(), m_window.language(),
                         &m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    const bool overview = options.document() == ExportDialog::Document::Overview;
    const QString path = askPath(overview ? QFileInfo(catalogue->path()).completeBaseName()
                                          : DocumentExporter::suggestedBaseName(
                                                mc.value().title.preferred(options.language()), mc.value().version),
                                 DocumentExporter::fileSuffix(options.format()));
    if (path.isEmpty())
        return;
    DocumentContent content;
    switch (options.document()) {
    case ExportDialog::Document::Description:
        content = DescriptionBuilder::build(mc.value(), FrameworkLibrary::find(options.frameworkId()),
                                            options.language(), Clock::today());
        break;
    case ExportDialog::Document::Checklist:
        content = ChecklistReportBuilder::build(mc.value(), *FrameworkLibrary::find(options.frameworkId()),
                                                options.language(), Clock::today());
        break;
    case ExportDialog::Document::Overview:
        content = CatalogueOverviewBuilder::build(m_window.entries(), QFileInfo(catalogue->path()).fileName(),
                                                  options.language(), Clock::today());
        break;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written = DocumentExporter::write(content, options.format(), path);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        PlainMessageBox::warning(&m_window, tr("Export failed"), written.error());
        return;
    }
    m_window.showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void ExportController::exportData(ExchangeFormat format)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    if (!catalogue)
        return;
    QByteArray bytes;
    QStringList findings;
    QString base = QFileInfo(catalogue->path()).completeBaseName();
    if (format == ExchangeFormat::Csv) {
        bytes = OverviewCsv::write(m_window.entries());
    } else {
        const Result<Microcredential> mc = catalogue->load(m_window.selectedId());
        if (!mc.ok())
            return;
        base = DocumentExporter::suggestedBaseName(mc.value().title.preferred(m_window.language()), mc.value().version);
        bytes = InterchangeWriter::toBytes(mc.value(), format);
        findings = InterchangeWriter::findings(mc.value(), format);
    }
    const QString path = askPath(base, ExchangeFormats::fileSuffix(format));
    if (path.isEmpty())
        return;
    const Result<Done> written = FileOutput::write(path, bytes);
    if (!written.ok()) {
        PlainMessageBox::warning(&m_window, tr("Export failed"), written.error());
        return;
    }
    m_window.showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    if (!findings.isEmpty())
        PlainMessageBox::information(&m_window, tr("Exported, with a remark"),
                                     tr("Exported to %1.\n\n%2").arg(QDir::toNativeSeparators(path), findings.join(QStringLiteral("\n\n"))));
}

QString ExportController::askPath(const QString &base, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // "ob3.json" is offered as .ob3.json and filtered on *.json.
    return QFileDialog::getSaveFileName(&m_window, tr("Export"), QDir(folder).filePath(base + QLatin1Char('.') + suffix),
                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix.section(QLatin1Char('.'), -1)));
}

} // namespace mcs::ui
