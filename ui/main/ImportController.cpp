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
#include <QInputDialog>
#include <QUndoStack>
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

ImportedDesign ImportController::withInstitutionRemark(ImportedDesign imported, const Catalogue &catalogue)
{
    // The catalogue links designs to institutions by identifier, never by name:
    // say before saving what the catalogue will make of this one.
    const Institution &named = imported.design.institution;
    if (named.identifier.trimmed().isEmpty())
        return imported;
    const Result<std::optional<Institution>> known = catalogue.institution(named.identifier);
    if (!known.ok())
        return imported;
    if (!known.value() && !named.name.trimmed().isEmpty()) {
        imported.remarks.append(tr("The catalogue does not know the institution “%1” (%2) yet: importing adds it under "
                                   "that identifier.").arg(named.name, named.identifier));
    } else if (known.value() && known.value()->name != named.name) {
        imported.remarks.append(tr("The catalogue knows %1 as “%2”; the design keeps its own name “%3”, and inherits "
                                   "that institution's evidence.").arg(named.identifier, known.value()->name, named.name));
    }
    return imported;
}

bool ImportController::importFile(const QString &path, bool confirm)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    if (!catalogue)
        return false;
    Result<QList<ImportedDesign>> read = DesignImporter::readFile(path, ClaimSelection::all());
    if (!read.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot import"), read.error());
        return false;
    }
    QList<ImportedDesign> chosen = read.value();
    if (confirm && chosen.size() > 1) {
        const std::optional<QList<ImportedDesign>> picked = chooseClaims(chosen, QFileInfo(path).fileName());
        if (!picked)
            return false;
        chosen = *picked;
    }

    // Every design is previewed before any is saved: all or none.
    struct Planned
    {
        Microcredential design;
        std::optional<Microcredential> before;
        int beforeRowVersion = 0;
    };
    QList<Planned> plans;
    for (const ImportedDesign &imported : std::as_const(chosen)) {
        Planned plan{imported.design, std::nullopt, 0};
        const bool exists = catalogue->contains(plan.design.id);
        ImportPreviewDialog preview(withInstitutionRemark(imported, *catalogue), QFileInfo(path).fileName(), exists, &m_window);
        if (confirm && preview.exec() != QDialog::Accepted)
            return false;
        if (exists && (!confirm || preview.importAsCopy()))
            plan.design.id = Microcredential::newId();
        if (exists && plan.design.id == imported.design.id) {
            const Result<std::pair<Microcredential, int>> stored = catalogue->loadForEditing(plan.design.id);
            if (!stored.ok()) {
                PlainMessageBox::warning(&m_window, tr("Cannot import"), stored.error());
                return false;
            }
            plan.before = stored.value().first;
            plan.beforeRowVersion = stored.value().second;
        }
        plans.append(plan);
    }
    QUndoStack &undo = *m_window.undoStack();
    if (plans.size() > 1)
        undo.beginMacro(tr("Import %n design(s) from “%1”", nullptr, int(plans.size())).arg(QFileInfo(path).fileName()));
    bool pushed = true;
    for (const Planned &plan : std::as_const(plans)) {
        pushed = CatalogueEditCommand::push(undo, new CatalogueEditCommand(catalogue,
                                                                           tr("Import “%1”").arg(plan.design.title.preferred(m_window.language())),
                                                                           plan.before, plan.beforeRowVersion, plan.design,
                                                                           [this](const QString &changed, const QString &error) {
                                                                               m_window.refreshEntry(changed, error);
                                                                           }));
        if (!pushed)
            break;
    }
    if (plans.size() > 1)
        undo.endMacro();
    if (!pushed)
        return false;
    m_window.selectId(plans.constLast().design.id);
    return true;
}

std::optional<QList<ImportedDesign>> ImportController::chooseClaims(const QList<ImportedDesign> &designs, const QString &fileName)
{
    QStringList items;
    for (const ImportedDesign &design : designs)
        items.append(design.claimLabel.isEmpty() ? design.design.title.preferred(m_window.language()) : design.claimLabel);
    const QString all = tr("All %n designs", nullptr, int(designs.size()));
    items.append(all);
    bool ok = false;
    const QString picked = QInputDialog::getItem(&m_window, tr("Import — %1").arg(fileName),
                                                 tr("This credential holds several qualifications or learning achievements.\n"
                                                    "Which do you want to import as a design?"),
                                                 items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    if (picked == all)
        return designs;
    return QList<ImportedDesign>{designs.at(items.indexOf(picked))};
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
