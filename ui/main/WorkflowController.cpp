#include "WorkflowController.h"

#include "DisplayNames.h"
#include "DocumentManager.h"
#include "MainWindow.h"
#include "document/DesignDocument.h"
#include "widgets/PlainMessageBox.h"
#include "workflow/HistoryDialog.h"
#include "workflow/WorkflowStepDialog.h"

namespace mcs::ui {

WorkflowController::WorkflowController(MainWindow &window) : QObject(&window), m_window(window) {}

bool WorkflowController::takeStep(Status to, WorkflowRole role, const QString &comment,
                                  std::optional<int> expectedRowVersion)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    const QString id = m_window.selectedId();
    if (!catalogue || id.isEmpty())
        return false;
    // Unsaved typing in an open editor goes first, so the step covers what the
    // user sees; when it cannot be saved, no step (and nothing typed is dropped).
    if (const std::shared_ptr<DesignDocument> open = m_window.documents().openDocument(id);
        open && open->hasUnsavedChanges()) {
        if (!open->saveNow()) {
            PlainMessageBox::warning(&m_window, tr("Cannot change the status"),
                                     tr("The open editor has changes that could not be saved; save or discard them "
                                        "first.\n\n%1")
                                         .arg(open->lastError()));
            return false;
        }
        if (expectedRowVersion)
            expectedRowVersion = catalogue->rowVersion(id);
    }
    const Result<int> step = catalogue->transition(id, to, role, comment, expectedRowVersion);
    if (!step.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot change the status"), step.error());
        m_window.refreshEntry(id, QString());
        return false;
    }
    m_window.documents().reload(id);
    m_window.refreshEntry(id, QString());
    m_window.showStatus(tr("Status changed to “%1”.").arg(DisplayNames::status(to)));
    return true;
}

void WorkflowController::showStepDialog(std::optional<Status> preselect)
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    const QString id = m_window.selectedId();
    if (!catalogue || id.isEmpty())
        return;
    if (const std::shared_ptr<DesignDocument> open = m_window.documents().openDocument(id);
        open && open->hasUnsavedChanges())
        open->saveNow(); // the dialog then shows (and the step records) what the user typed
    const Result<std::pair<Microcredential, int>> loaded = catalogue->loadForEditing(id);
    if (!loaded.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot change the status"), loaded.error());
        return;
    }
    WorkflowStepDialog dialog(loaded.value().first, catalogue->actor(), &m_window);
    if (preselect)
        dialog.preselect(*preselect);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenRule())
        return;
    // The step applies to exactly the content (and fingerprint) the dialog showed.
    takeStep(dialog.chosenRule()->to, dialog.chosenRule()->role, dialog.comment(), loaded.value().second);
}

bool WorkflowController::startNewVersion()
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    const QString id = m_window.selectedId();
    if (!catalogue || id.isEmpty())
        return false;
    const Result<Microcredential> next = catalogue->startNewVersion(id);
    if (!next.ok()) {
        PlainMessageBox::information(&m_window, tr("Start New Version"), next.error());
        return false;
    }
    m_window.documents().reload(id);
    m_window.refreshEntry(id, QString());
    m_window.documents().openEditor(id);
    return true;
}

void WorkflowController::showHistory()
{
    const std::shared_ptr<Catalogue> catalogue = m_window.catalogue();
    const QString id = m_window.selectedId();
    if (!catalogue || id.isEmpty())
        return;
    HistoryDialog dialog(catalogue, id, &m_window);
    dialog.exec();
}

} // namespace mcs::ui
