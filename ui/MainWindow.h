#pragma once

#include "storage/Catalogue.h"

#include <QHash>
#include <QMainWindow>
#include <QUndoStack>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QTimer;

namespace mcs::ui {

class AppSettings;
class CatalogueFilterModel;
class CatalogueTableModel;
class DesignDocument;
class DesignEditorWindow;
class DesignSummaryView;
class FindingsView;

/// The main window: the open catalogue as a sortable, searchable table, the
/// summary and findings of the selected microcredential, and every action on
/// designs (new, edit, duplicate, archive, delete, review, print, export).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QString language, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCatalogue(std::shared_ptr<Catalogue> catalogue);
    std::shared_ptr<Catalogue> catalogue() const { return m_catalogue; }
    QTableView *tableView() const { return m_table; }
    /// What Help > About says: version, build, Qt versions and licence.
    static QString aboutText(const QString &homepage = QStringLiteral(MCSTUDIO_HOMEPAGE_URL));
    CatalogueFilterModel *filterModel() const { return m_proxy; }
    FindingsView *findingsView() const { return m_findings; }
    QUndoStack *undoStack() { return &m_undo; }
    /// The id of the selected microcredential, or an empty string.
    QString selectedId() const;
    void selectId(const QString &id);
    /// The editor for a design (opened when needed), at a field when one is given.
    DesignEditorWindow *openEditor(const QString &id, const QString &fieldPath = QString());
    /// The one document per design that editor and review share while open.
    std::shared_ptr<DesignDocument> documentFor(const QString &id);
    /// Asked before deleting; tests answer it in advance.
    void setConfirmation(std::function<bool(const QString &title, const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// Told when a catalogue change was not made (a refused Undo, say); tests read it.
    void setWarning(std::function<void(const QString &title, const QString &text)> warn) { m_warn = std::move(warn); }

    /// Starts the program again (a new process with these arguments) once this
    /// window has closed; tests look at the arguments instead.
    void setRestarter(std::function<void(const QStringList &arguments)> restart) { m_restart = std::move(restart); }
    /// After the settings: a new interface language is offered a restart, which
    /// closes every window first (saving, or asking) and reopens this catalogue.
    void offerRestartForLanguage(const QString &languageBefore);

    /// Imports a file of any known format after showing what it brings in.
    bool importFile(const QString &path, bool confirm = true);

    /// Takes a workflow step for the selected design (what Change Status does
    /// after its dialog). Not undoable: the step is part of the record.
    /// With `expectedRowVersion` (what the user looked at), a design changed
    /// by someone else in the meantime is refused as a conflict.
    bool takeStep(Status to, WorkflowRole role, const QString &comment,
                  std::optional<int> expectedRowVersion = std::nullopt);
    /// Continues the selected approved design as a new version and opens it.
    bool startNewVersion();
    /// Looks whether anyone changed the catalogue, and shows their changes.
    void checkForChanges();
    /// Brings the list up to date with what changed between two stamps; false
    /// when only reading everything again can (the caller then does).
    bool applyChangesSince(const CatalogueChangeStamp &before, const CatalogueChangeStamp &now);
    /// How often a catalogue is checked for other people's changes.
    static constexpr int ChangeCheckIntervalMs = 3000;

public Q_SLOTS:
    void reload();
    void newDesign();
    void duplicateSelected();
    void archiveSelected();
    void deleteSelected();
    void reviewChecklist();
    void changeStatus();
    void showHistory();
    void connectToSharedCatalogue();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createFilterBar();
    void openCatalogueFile();
    void newCatalogueFile();
    void switchTo(const QString &path, bool create);
    void connectTo(const CatalogueLocation &known);
    void applyActorSettings();
    void showStepDialog(std::optional<Status> preselect);
    void reloadOpenDocument(const QString &id);
    /// Open documents without unsaved changes take what others saved since.
    void updateOpenDocuments();
    /// Closes the editor and review windows of a design (all designs when `id`
    /// is empty); false when one stays open because the user keeps its changes.
    bool closeDesignWindows(const QString &id = QString());
    void showSelected();
    void refreshEntry(const QString &id, const QString &error);
    void updateActions();
    void printPreview();
    void exportDocument(int document);
    void exportInterchange(const QString &format);
    void importDesign();
    void importOutcomes();
    void showSettings();
    void showAbout();

    QString m_language;
    AppSettings *m_settings;
    std::shared_ptr<Catalogue> m_catalogue;
    QHash<QString, std::weak_ptr<DesignDocument>> m_documents;
    QUndoStack m_undo;
    CatalogueTableModel *m_model = nullptr;
    CatalogueFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_sectorFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QTabWidget *m_details = nullptr;
    DesignSummaryView *m_summary = nullptr;
    FindingsView *m_findings = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<QAction *> m_selectionActions;
    QTimer *m_changeCheck = nullptr;
    CatalogueChangeStamp m_changeStamp;
    bool m_connectionLost = false;
    std::function<bool(const QString &, const QString &)> m_confirm;
    std::function<void(const QString &, const QString &)> m_warn;
    std::function<void(const QStringList &)> m_restart;
};

} // namespace mcs::ui
