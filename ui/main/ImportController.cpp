#include "ImportController.h"

#include "CatalogueEditCommand.h"
#include "DocumentManager.h"
#include "ImportPreviewDialog.h"
#include "MainWindow.h"
#include "document/DesignDocument.h"
#include "interchange/DesignImporter.h"
#include "interchange/OutcomesCsv.h"
#include "util/FileInput.h"
#include "util/TextLimits.h"
#include "validation/DesignTextCleaner.h"
#include "widgets/PlainMessageBox.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace mcs::ui {

ImportController::ImportController(MainWindow &window) : QObject(&window), m_window(window) {}

void ImportController::importDesign()
{
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Microcredential designs (*.mcdesign *.json *.jsonld *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ImportController::importFile(const QString &path, bool confirm)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    if (!catalogue)
        return false;
    Result<ImportedDesign> imported = DesignImporter::readFile(path);
    if (!imported.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot import"), imported.error());
        return false;
    }
    Microcredential design = imported.value().design;
    const bool exists = catalogue->contains(design.id);
    ImportPreviewDialog preview(imported.value(), QFileInfo(path).fileName(), exists, &m_window);
    if (confirm && preview.exec() != QDialog::Accepted)
        return false;
    if (exists && (!confirm || preview.importAsCopy()))
        design.id = Microcredential::newId();
    std::optional<Microcredential> before;
    int beforeRowVersion = 0;
    if (exists && design.id == imported.value().design.id) {
        const Result<std::pair<Microcredential, int>> stored = catalogue->loadForEditing(design.id);
        if (!stored.ok()) {
            PlainMessageBox::warning(&m_window, tr("Cannot import"), stored.error());
            return false;
        }
        before = stored.value().first;
        beforeRowVersion = stored.value().second;
    }
    if (!CatalogueEditCommand::push(*m_window.undoStack(),
                                    new CatalogueEditCommand(catalogue,
                                                             tr("Import “%1”").arg(design.title.preferred(m_window.language())),
                                                             before, beforeRowVersion, design,
                                                             [this](const QString &changed, const QString &error) {
                                                                 m_window.refreshEntry(changed, error);
                                                             })))
        return false;
    m_window.selectId(design.id);
    return true;
}

void ImportController::importOutcomes()
{
    const QString id = m_window.selectedId();
    const std::shared_ptr<DesignDocument> document = m_window.documents().documentFor(id);
    if (!document)
        return;
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Learning Outcomes"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Spreadsheets saved as CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> content = FileInput::read(path, TextLimits::MaxDesignFileBytes);
    const Result<QList<LearningOutcome>> outcomes = content.ok() ? OutcomesCsv::read(content.value(), path)
                                                                 : Result<QList<LearningOutcome>>::failure(content.error());
    if (!outcomes.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot import"), outcomes.error());
        return;
    }
    QList<LearningOutcome> added = outcomes.value();
    // A spreadsheet is a way in like any file: nothing that could do harm comes along.
    const QStringList cleaned = DesignTextCleaner::cleanOutcomes(added, document->design().learningOutcomes.size());
    if (!cleaned.isEmpty())
        PlainMessageBox::information(&m_window, tr("Import learning outcomes"),
                                     tr("Removed because it could do harm:\n%1").arg(cleaned.join(QLatin1Char('\n'))));
    if (!document->edit(QString(), tr("Import learning outcomes"), [&added](Microcredential &mc) { mc.learningOutcomes += added; })) {
        // The file's outcomes are never empty (OutcomesCsv refuses that): the version is approved.
        PlainMessageBox::warning(&m_window, tr("Cannot import"),
                                 tr("This version is approved and can no longer be changed. Start a new version "
                                    "(Review > Start New Version) and import into that."));
        return;
    }
    document->saveNow();
    m_window.showStatus(tr("%n learning outcome(s) added; Undo in the editor takes them out again.", nullptr,
                           int(added.size())));
    m_window.documents().openEditor(
        id, QStringLiteral("learningOutcomes[%1]").arg(document->design().learningOutcomes.size() - added.size()));
}

} // namespace mcs::ui
