#pragma once

#include "storage/Catalogue.h"

#include <QMainWindow>
#include <QUndoStack>

#include <functional>
#include <memory>

class QLabel;
class QTableView;
class QTabWidget;

namespace mcs::ui {

class AppSettings;
class CatalogueFilterBar;
class CatalogueFilterModel;
class CatalogueSwitcher;
class CatalogueTableModel;
class CatalogueTableView;
class CatalogueWatcher;
class DesignDocument;
class DesignEditorWindow;
class DesignSummaryView;
class DocumentManager;
class ExportController;
class FindingsView;
class ImportController;
class WorkflowController;

/// The main window: the open catalogue as a sortable, searchable table with the
/// summary and findings of the selected microcredential, and the actions on
/// designs that change the catalogue (new, duplicate, delete; with Undo).
/// Its other jobs have classes of their own: open designs and their windows
/// (DocumentManager), others' changes (CatalogueWatcher), switching catalogues
/// (CatalogueSwitcher), import, export and the workflow (the controllers), and
/// the menus (MainWindowActions).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QString language, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCatalogue(std::shared_ptr<Catalogue> catalogue);
    std::shared_ptr<Catalogue> catalogue() const { return m_catalogue; }
    /// The interface language, "nl" or "en" (for titles shown in both).
    QString language() const { return m_language; }
    AppSettings &settings() const { return m_settings; }
    QTableView *tableView() const;
    CatalogueFilterModel *filterModel() const { return m_proxy; }
    FindingsView *findingsView() const { return m_findings; }
    QUndoStack *undoStack() { return &m_undo; }
    /// The rows of the catalogue as listed.
    QList<CatalogueEntry> entries() const;
    /// The id of the selected microcredential, or an empty string.
    QString selectedId() const;
    void selectId(const QString &id);
    /// Shows a design's row as stored now (gone when it is); tells the user `error` first.
    void refreshEntry(const QString &id, const QString &error);

    DocumentManager &documents() const { return *m_documents; }
    CatalogueSwitcher *switcher() const { return m_switcher; }
    ExportController *exports() const { return m_exports; }
    ImportController *imports() const { return m_imports; }
    WorkflowController *workflow() const { return m_workflow; }
    CatalogueFilterBar *filterBar() const { return m_filterBar; }

    /// The editor for a design (opened when needed), at a field when one is given.
    DesignEditorWindow *openEditor(const QString &id, const QString &fieldPath = QString());
    /// The one document per design that editor and review share while open.
    std::shared_ptr<DesignDocument> documentFor(const QString &id);
    /// Imports a file of any known format after showing what it brings in.
    bool importFile(const QString &path, bool confirm = true);
    /// Takes a workflow step for the selected design (WorkflowController::takeStep).
    bool takeStep(Status to, WorkflowRole role, const QString &comment,
                  std::optional<int> expectedRowVersion = std::nullopt);
    /// Looks now whether anyone changed the catalogue, and shows their changes.
    void checkForChanges();

    /// Asked before deleting; tests answer it in advance.
    void setConfirmation(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// Told when a change was not made (a refused Undo, say); tests read it.
    void setWarning(std::function<void(const QString &title, const QString &text)> warn) { m_warn = std::move(warn); }
    void warn(const QString &title, const QString &text) { m_warn(title, text); }
    /// A passing message in the status bar.
    void showStatus(const QString &text, int timeoutMs = 8000);

    /// Starts the program again (a new process with these arguments) once this
    /// window has closed; tests look at the arguments instead.
    void setRestarter(std::function<void(const QStringList &arguments)> restart) { m_restart = std::move(restart); }
    /// After the settings: a new interface language is offered a restart, which
    /// closes every window first (saving, or asking) and reopens this catalogue.
    void offerRestartForLanguage(const QString &languageBefore);

public Q_SLOTS:
    void reload();
    void newDesign();
    void duplicateSelected();
    void deleteSelected();
    void reviewChecklist();
    /// The quality frameworks, and loading a school's own (approvers).
    void showQualityFrameworks();
    /// The institutions and their evidence for the criteria about the institution.
    void showInstitutions();
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyActorSettings();
    void showSelected();
    void updateActions();

    QString m_language;
    AppSettings &m_settings;
    std::shared_ptr<Catalogue> m_catalogue;
    QUndoStack m_undo;
    CatalogueTableModel *m_model = nullptr;
    CatalogueFilterModel *m_proxy = nullptr;
    CatalogueTableView *m_table = nullptr;
    CatalogueFilterBar *m_filterBar = nullptr;
    QTabWidget *m_details = nullptr;
    DesignSummaryView *m_summary = nullptr;
    FindingsView *m_findings = nullptr;
    QLabel *m_statusLabel = nullptr;
    DocumentManager *m_documents = nullptr;
    CatalogueWatcher *m_watcher = nullptr;
    CatalogueSwitcher *m_switcher = nullptr;
    ExportController *m_exports = nullptr;
    ImportController *m_imports = nullptr;
    WorkflowController *m_workflow = nullptr;
    QList<QAction *> m_selectionActions;
    std::function<bool(const QString &, const QString &)> m_confirm;
    std::function<void(const QString &, const QString &)> m_warn;
    std::function<void(const QStringList &)> m_restart;
};

} // namespace mcs::ui
