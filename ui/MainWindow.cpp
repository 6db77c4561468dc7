#include "MainWindow.h"

#include "CatalogueEditCommand.h"
#include "CatalogueFilterModel.h"
#include "CatalogueTableModel.h"
#include "DesignSummaryView.h"
#include "diagnostics/DesignDiagnostics.h"
#include "frameworks/FrameworkLibrary.h"
#include "quality/InstitutionsDialog.h"
#include "quality/QualityFrameworksDialog.h"
#include "help/HelpTargets.h"
#include "main/CatalogueFilterBar.h"
#include "main/CatalogueSwitcher.h"
#include "main/CatalogueTableView.h"
#include "main/CatalogueWatcher.h"
#include "main/DocumentManager.h"
#include "main/ExportController.h"
#include "main/ImportController.h"
#include "main/MainWindowActions.h"
#include "main/WorkflowController.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/MicrocredentialColumns.h"
#include "util/Clock.h"
#include "widgets/FindingsView.h"
#include "widgets/PlainMessageBox.h"
#include "wizard/NewDesignWizard.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcs::ui {

MainWindow::MainWindow(QString language, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_language(std::move(language)), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Microcredential Studio"));
    HelpTargets::set(this, HelpTargets::catalogueWindow());
    m_model = new CatalogueTableModel(this);
    m_model->setLanguage(m_language);
    m_proxy = new CatalogueFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new CatalogueTableView(this);
    m_table->setModel(m_proxy);
    m_table->sizeColumns();
    m_filterBar = new CatalogueFilterBar(m_proxy, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0); // off the window's edge, as the tabs beside it are
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_table, 1);

    m_summary = new DesignSummaryView(this);
    m_summary->setObjectName(QStringLiteral("summaryTextBrowser"));
    m_findings = new FindingsView(this);
    m_findings->setEmptyText(tr("No findings for this microcredential."));
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailsTabWidget"));
    m_details->addTab(m_summary, tr("Summary"));
    m_details->addTab(m_findings, tr("Findings"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({930, 350}); // room for the summary to be read, scaled to the window
    setCentralWidget(splitter);
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    m_documents = new DocumentManager(this);
    connect(m_documents, &DocumentManager::saved, this, [this](const QString &id) { refreshEntry(id, QString()); });
    m_watcher = new CatalogueWatcher(m_model, m_proxy, this);
    connect(m_watcher, &CatalogueWatcher::changed, this, [this](bool reloadNeeded) {
        reloadNeeded ? reload() : updateActions();
        m_documents->takeNewerStoredVersions(m_model->entries());
        showSelected();
    });
    connect(m_watcher, &CatalogueWatcher::connectionLost, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Cannot reach the catalogue: %1. Trying again…").arg(error));
    });
    connect(m_watcher, &CatalogueWatcher::connectionBack, this,
            [this] { showStatus(tr("The connection to the catalogue is back."), 6000); });
    m_switcher = new CatalogueSwitcher(*this);
    m_exports = new ExportController(*this);
    m_imports = new ImportController(*this);
    m_workflow = new WorkflowController(*this);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_table, &QTableView::activated, this, [this] { openEditor(selectedId()); });
    connect(m_findings, &FindingsView::fieldActivated, this, [this](const QString &path) { openEditor(selectedId(), path); });
    m_warn = [this](const QString &title, const QString &text) { PlainMessageBox::warning(this, title, text); };
    m_confirm = [this](const QString &title, const QString &text) {
        return PlainMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    m_restart = [](const QStringList &arguments) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
    m_selectionActions = MainWindowActions::create(*this);
    resize(1240, 700);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    updateActions();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::tableView() const
{
    return m_table;
}

QList<CatalogueEntry> MainWindow::entries() const
{
    return m_model->entries();
}

void MainWindow::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(selected);
}

void MainWindow::showQualityFrameworks()
{
    QualityFrameworksDialog dialog(m_catalogue, this);
    dialog.exec();
    // Checks, completion and the needs-attention view follow the frameworks now in use.
    reload();
}

void MainWindow::showInstitutions()
{
    InstitutionsDialog dialog(m_catalogue, this);
    dialog.exec();
    reload();
}

void MainWindow::setCatalogue(std::shared_ptr<Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    // Its own quality frameworks count from here on (a school's official wording).
    if (m_catalogue) {
        if (const Result<Done> used = m_catalogue->useFrameworks(); !used.ok())
            PlainMessageBox::warning(this, tr("Cannot read the catalogue's quality frameworks"), used.error());
    } else {
        FrameworkLibrary::useCatalogueFrameworks({});
    }
    m_documents->setCatalogue(m_catalogue);
    m_undo.clear();
    const bool shared = m_catalogue && m_catalogue->isShared();
    setWindowFilePath(m_catalogue && !shared ? m_catalogue->path() : QString());
    setWindowTitle(m_catalogue ? tr("%1 — Microcredential Studio").arg(m_catalogue->location().displayName())
                               : tr("Microcredential Studio"));
    if (m_catalogue) {
        // A shared catalogue is remembered by its address (never a password), and
        // not opened by itself at start: that would ask for the password first.
        m_settings.addRecentCatalogue(shared ? m_catalogue->path() : QFileInfo(m_catalogue->path()).absoluteFilePath());
        if (!shared)
            m_settings.setLastCatalogue(QFileInfo(m_catalogue->path()).absoluteFilePath());
    }
    applyActorSettings();
    m_watcher->setCatalogue(m_catalogue);
    reload();
}

void MainWindow::reload()
{
    if (!m_catalogue) {
        m_model->setEntries({});
        m_summary->showMessage(tr("No catalogue is open. Open one or create a new one from the File menu."));
        m_statusLabel->clear();
        updateActions();
        return;
    }
    const Result<QList<CatalogueEntry>> entries = m_catalogue->list();
    if (!entries.ok()) {
        PlainMessageBox::warning(this, tr("Cannot read the catalogue"), entries.error());
        return;
    }
    const QString keep = selectedId();
    m_model->setEntries(entries.value());
    const QString counted = tr("%n microcredential(s)", nullptr, int(entries.value().size()));
    // The name in the bar, where it is in the tooltip: a long folder path would
    // push the count out of sight.
    m_statusLabel->setText(QStringLiteral("%1 — %2").arg(m_catalogue->location().displayName(), counted));
    m_statusLabel->setToolTip(m_catalogue->isShared() ? m_catalogue->path() : QDir::toNativeSeparators(m_catalogue->path()));
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0)
        selectId(keep);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_summary->showMessage(tr("This catalogue has no microcredentials yet. Choose New Microcredential to start."));
    // The search texts are loaded after the window shows the list.
    QTimer::singleShot(0, this, [this, catalogue = m_catalogue] {
        if (catalogue != m_catalogue)
            return;
        Result<QHash<QString, QString>> texts = catalogue->searchTexts();
        if (texts.ok())
            m_proxy->setSearchTexts(std::move(texts).value());
    });
    updateActions();
}

QString MainWindow::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CatalogueTableModel::IdRole).toString() : QString();
}

void MainWindow::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void MainWindow::showSelected()
{
    updateActions();
    const QString id = selectedId();
    if (id.isEmpty() || !m_catalogue)
        return;
    const Result<Microcredential> mc = m_catalogue->load(id);
    if (!mc.ok()) {
        m_summary->showMessage(mc.error());
        m_findings->setDiagnostics({});
        return;
    }
    m_summary->showDesign(mc.value(), m_language);
    const DesignDiagnostics diagnostics(mc.value(), FrameworkLibrary::find(mc.value().qualityAssurance.frameworkId),
                                        Clock::today());
    m_findings->setDiagnostics(diagnostics.diagnostics());
    const int count = int(diagnostics.diagnostics().size());
    m_details->setTabText(1, count == 0 ? tr("Findings") : tr("Findings (%1)").arg(count));
}

void MainWindow::refreshEntry(const QString &id, const QString &error)
{
    if (!error.isEmpty())
        m_warn(tr("The catalogue was not changed"), error);
    if (!m_catalogue)
        return;
    const Result<CatalogueEntry> entry = m_catalogue->entry(id);
    if (entry.ok()) {
        m_model->updateEntry(entry.value());
        const Result<Microcredential> mc = m_catalogue->load(id);
        if (mc.ok())
            m_proxy->setSearchTextFor(id, MicrocredentialColumns::searchText(mc.value()));
        if (id == selectedId())
            showSelected();
    } else {
        m_model->removeEntry(id);
    }
    updateActions();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

DesignEditorWindow *MainWindow::openEditor(const QString &id, const QString &fieldPath)
{
    return m_documents->openEditor(id, fieldPath);
}

std::shared_ptr<DesignDocument> MainWindow::documentFor(const QString &id)
{
    return m_documents->documentFor(id);
}

bool MainWindow::importFile(const QString &path, bool confirm)
{
    return m_imports->importFile(path, confirm);
}

bool MainWindow::takeStep(Status to, WorkflowRole role, const QString &comment, std::optional<int> expectedRowVersion)
{
    return m_workflow->takeStep(to, role, comment, expectedRowVersion);
}

void MainWindow::checkForChanges()
{
    m_watcher->check();
}

void MainWindow::newDesign()
{
    if (!m_catalogue)
        return;
    Microcredential start = Microcredential::createNew();
    // The catalogue's default institution, when it has one, before the program's setting.
    const Result<std::optional<Institution>> catalogueDefault = m_catalogue->defaultInstitution();
    if (catalogueDefault.ok() && catalogueDefault.value()) {
        start.institution = *catalogueDefault.value();
    } else {
        start.institution.name = m_settings.defaultInstitutionName();
        start.institution.identifier = m_settings.defaultInstitutionIdentifier();
    }
    if (const QualityFramework *framework = FrameworkLibrary::find(m_settings.defaultFrameworkId())) {
        start.qualityAssurance.frameworkId = framework->id;
        start.qualityAssurance.frameworkVersion = framework->version;
    }
    if (!m_settings.userName().isEmpty())
        start.authors = {m_settings.userName()};
    start.instructionLanguages = {QStringLiteral("nl")};
    NewDesignWizard wizard(m_catalogue, start, this);
    if (wizard.exec() == QDialog::Accepted) {
        refreshEntry(start.id, QString());
        selectId(start.id);
    }
}

void MainWindow::duplicateSelected()
{
    const QString id = selectedId();
    const Result<Microcredential> mc = m_catalogue ? m_catalogue->load(id) : Result<Microcredential>::failure({});
    if (!mc.ok())
        return;
    Microcredential copy = mc.value().copyAsNewDesign(m_settings.userName());
    copy.title.nl = tr("%1 (copy)").arg(copy.title.nl);
    copy.title.en = copy.title.en.isEmpty() ? QString() : QStringLiteral("%1 (copy)").arg(copy.title.en);
    if (CatalogueEditCommand::push(m_undo, new CatalogueEditCommand(
                                               m_catalogue, tr("Duplicate “%1”").arg(mc.value().title.preferred(m_language)),
                                               std::nullopt, 0, copy,
                                               [this](const QString &changed, const QString &error) { refreshEntry(changed, error); })))
        selectId(copy.id);
}

void MainWindow::deleteSelected()
{
    const QString id = selectedId();
    const Result<Microcredential> mc = m_catalogue ? m_catalogue->load(id) : Result<Microcredential>::failure({});
    if (!mc.ok())
        return;
    const QString title = mc.value().title.preferred(m_language);
    if (!m_confirm(tr("Delete microcredential?"),
                   tr("Delete “%1” from the catalogue?\n\nYou can undo this with Edit > Undo while the catalogue is open; "
                      "to keep it out of sight for good, archive it instead.")
                       .arg(title)))
        return;
    // Its windows close first, saving what they hold, so Undo brings back the latest.
    if (!m_documents->closeWindows(id))
        return;
    m_documents->forget(id);
    const Result<std::pair<Microcredential, int>> latest = m_catalogue->loadForEditing(id);
    if (!latest.ok()) {
        refreshEntry(id, latest.error());
        return;
    }
    CatalogueEditCommand::push(m_undo, new CatalogueEditCommand(
                                           m_catalogue, tr("Delete “%1”").arg(title), latest.value().first,
                                           latest.value().second, std::nullopt,
                                           [this](const QString &changed, const QString &error) { refreshEntry(changed, error); }));
}

void MainWindow::reviewChecklist()
{
    m_documents->openReview(selectedId(), m_settings.userName(), m_language);
}

void MainWindow::applyActorSettings()
{
    // On SQLite the role is a setting; a shared catalogue ignores this and asks the server.
    if (!m_catalogue)
        return;
    const QString name = m_settings.userName().isEmpty() ? m_catalogue->actor().name : m_settings.userName();
    m_catalogue->setActor({name, {roleFromCode(m_settings.userRole()).value_or(WorkflowRole::Editor)}});
}

void MainWindow::showSettings()
{
    const QString languageBefore = m_settings.resolvedLanguage();
    SettingsDialog dialog(m_settings, m_language, this);
    dialog.exec();
    applyActorSettings();
    offerRestartForLanguage(languageBefore);
}

void MainWindow::offerRestartForLanguage(const QString &languageBefore)
{
    const QString chosen = m_settings.resolvedLanguage();
    if (chosen == languageBefore || chosen == m_language)
        return;
    if (!m_confirm(tr("Restart now?"), tr("The new language is used from the next start. Restart Microcredential Studio "
                                          "now? Open windows are closed first, and everything in them is saved.")))
        return;
    // A local catalogue opens again; after a shared one the program starts on
    // the user's own (File > Open Recent has the shared address, without password).
    const QStringList arguments = m_catalogue && !m_catalogue->isShared() ? QStringList{m_catalogue->path()} : QStringList();
    if (!close())
        return; // a window kept changes that could not be saved
    m_settings.sync(); // the new process reads what this one wrote on closing
    m_restart(arguments);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->closeWindows()) {
        event->ignore();
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    event->accept();
}

} // namespace mcs::ui
