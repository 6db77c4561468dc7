#include "MainWindow.h"

#include "help/HelpTargets.h"
#include "help/HelpWindow.h"

#include "CatalogueEditCommand.h"
#include "validation/DesignTextCleaner.h"
#include "CatalogueFilterModel.h"
#include "CatalogueTableModel.h"
#include "DesignSummaryView.h"
#include "DisplayNames.h"
#include "ExportDialog.h"
#include "ImportPreviewDialog.h"
#include "checklist/ChecklistReviewDialog.h"
#include "diagnostics/DesignDiagnostics.h"
#include "document/DesignDocument.h"
#include "documents/CatalogueOverviewBuilder.h"
#include "documents/ChecklistReportBuilder.h"
#include "documents/DescriptionBuilder.h"
#include "documents/DocumentTexts.h"
#include "documents/PdfRenderer.h"
#include "editor/DesignEditorWindow.h"
#include "format/McdesignWriter.h"
#include "frameworks/FrameworkLibrary.h"
#include "interchange/DesignImporter.h"
#include "interchange/InterchangeWriter.h"
#include "interchange/OutcomesCsv.h"
#include "interchange/OverviewCsv.h"
#include "util/FileInput.h"
#include "util/FileOutput.h"
#include "util/TextLimits.h"
#include "settings/AppSettings.h"
#include "settings/RecentCataloguesMenu.h"
#include "settings/SettingsDialog.h"
#include "storage/MicrocredentialColumns.h"
#include "widgets/FindingsView.h"
#include "wizard/NewDesignWizard.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/ConnectCatalogueDialog.h"
#include "workflow/HistoryDialog.h"
#include "workflow/WorkflowStepDialog.h"
#include "widgets/PlainMessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStyle>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QSet>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mcs::ui {

MainWindow::MainWindow(QString language, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_language(std::move(language)), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Microcredential Studio"));
    HelpTargets::set(this, HelpTargets::catalogueWindow());
    m_model = new CatalogueTableModel(this);
    m_model->setLanguage(m_language);
    m_proxy = new CatalogueFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueTableView"));
    m_table->setAccessibleName(tr("Microcredentials in the catalogue"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogueTableModel::ChangedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CatalogueTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->resizeSection(CatalogueTableModel::SectorColumn, 60);
    header->resizeSection(CatalogueTableModel::LevelColumn, 115);
    header->resizeSection(CatalogueTableModel::StudyLoadColumn, 130);
    header->resizeSection(CatalogueTableModel::CompletionColumn, 80);
    // Status and time measured in this language and font: "Vastgesteld door het
    // bestuur (v2)" and "9/21/26 9:00 AM" whole; the title gives up the room.
    // The longest status (approved by the examination committee) is left out:
    // it would take the title's room for one row; its tooltip has it whole.
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    int statusWidth = 0;
    for (const Status status : {Status::Draft, Status::InReview, Status::Reviewed, Status::Approved, Status::Published,
                                Status::Archived})
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(
                                                CatalogueTableModel::tr("%1 (v%2)").arg(DisplayNames::status(status)).arg(99)));
    header->resizeSection(CatalogueTableModel::StatusColumn, statusWidth + padding);
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58));
    header->resizeSection(CatalogueTableModel::ChangedColumn,
                          std::max(metrics.horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat)),
                                   header->fontMetrics().horizontalAdvance(CatalogueTableModel::tr("Last changed")))
                              + padding);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0); // off the window's edge, as the tabs beside it are
    leftLayout->addWidget(createFilterBar());
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
    // Others' changes (another window, another program, a colleague on the
    // shared catalogue) appear without reopening.
    m_changeCheck = new QTimer(this);
    m_changeCheck->setInterval(ChangeCheckIntervalMs);
    connect(m_changeCheck, &QTimer::timeout, this, &MainWindow::checkForChanges);
    m_changeCheck->start();

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
    createActions();
    resize(1240, 700);
    if (m_settings) {
        restoreGeometry(m_settings->mainWindowGeometry());
        restoreState(m_settings->mainWindowState());
    }
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search titles and learning outcomes"));
    m_search->setPlaceholderText(tr("Search titles and learning outcomes"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CatalogueFilterModel::setSearch);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->setAccessibleName(tr("Show status"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const Status status : EnumCodes<Status>::allValues())
        m_statusFilter->addItem(DisplayNames::status(status), toCode(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toString()); });

    m_sectorFilter = new QComboBox(bar);
    m_sectorFilter->setObjectName(QStringLiteral("sectorFilterComboBox"));
    m_sectorFilter->setAccessibleName(tr("Show sector"));
    m_sectorFilter->addItem(tr("Every sector"), QString());
    for (const Sector sector : EnumCodes<Sector>::allValues())
        m_sectorFilter->addItem(DisplayNames::sector(sector), toCode(sector));
    connect(m_sectorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSectorFilter(m_sectorFilter->currentData().toString()); });

    m_levelFilter = new QComboBox(bar);
    m_levelFilter->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_levelFilter->setAccessibleName(tr("Show EQF level"));
    m_levelFilter->addItem(tr("Every level"), 0);
    for (int level = 1; level <= 8; ++level)
        m_levelFilter->addItem(tr("EQF %1").arg(level), level);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevelFilter(m_levelFilter->currentData().toInt()); });

    layout->addWidget(m_search, 1);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_sectorFilter);
    layout->addWidget(m_levelFilter);
    return bar;
}

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Catalogue"));
    toolbar->setObjectName(QStringLiteral("catalogueToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDesignAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Microcredential…"), this, &MainWindow::newDesign);
    newDesignAction->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *newCatalogue = file->addAction(tr("New &Catalogue…"), this, &MainWindow::newCatalogueFile);
    newCatalogue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Catalogue…"), this, &MainWindow::openCatalogueFile);
    file->addAction(tr("Connect to S&hared Catalogue…"), this, &MainWindow::connectToSharedCatalogue);
    open->setShortcut(QKeySequence::Open);
    if (m_settings) {
        auto *recent = new RecentCataloguesMenu(m_settings, this);
        file->addMenu(recent);
        connect(recent, &RecentCataloguesMenu::catalogueChosen, this, [this](const QString &path) { switchTo(path, false); });
    }
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportDescription = exportMenu->addAction(tr("&Description for Approval…"), this,
                                                       [this] { exportDocument(int(ExportDialog::Document::Description)); });
    exportDescription->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportChecklist = exportMenu->addAction(tr("&Checklist Review Report…"), this,
                                                     [this] { exportDocument(int(ExportDialog::Document::Checklist)); });
    exportMenu->addAction(tr("Catalogue &Overview…"), this, [this] { exportDocument(int(ExportDialog::Document::Overview)); });
    exportMenu->addSeparator();
    QAction *exportEdubadges = exportMenu->addAction(tr("For &edubadges (Open Badges 2.0)…"), this, [this] { exportInterchange(QStringLiteral("edubadges")); });
    QAction *exportOb3 = exportMenu->addAction(tr("Open Badges &3.0 Achievement…"), this, [this] { exportInterchange(QStringLiteral("ob3")); });
    QAction *exportCredential = exportMenu->addAction(tr("Open Badges 3.0 Credential &Template…"), this,
                                                      [this] { exportInterchange(QStringLiteral("ob3-credential")); });
    QAction *exportElm = exportMenu->addAction(tr("Europass (E&LM Qualification)…"), this, [this] { exportInterchange(QStringLiteral("elm")); });
    QAction *exportDesign = exportMenu->addAction(tr("Design &File (.mcdesign)…"), this, [this] { exportInterchange(QStringLiteral("mcdesign")); });
    exportMenu->addAction(tr("Catalogue Overview as CS&V…"), this, [this] { exportInterchange(QStringLiteral("csv")); });
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importDesign);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importOutcomesAction = file->addAction(tr("Import &Learning Outcomes from a Spreadsheet…"), this, &MainWindow::importOutcomes);
    QAction *print = file->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Print Preview…"), this,
                                     &MainWindow::printPreview);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo write before the stack moves: a write that fails leaves it as it was.
    QAction *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, this, [this] { CatalogueEditCommand::undo(m_undo); });
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    QAction *redo = new QAction(tr("&Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, this, [this] { CatalogueEditCommand::redo(m_undo); });
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(&m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *editDesign = edit->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit Microcredential"),
                                          this, [this] { openEditor(selectedId()); });
    editDesign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *duplicate = edit->addAction(tr("Du&plicate"), this, &MainWindow::duplicateSelected);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *archive = edit->addAction(tr("&Archive"), this, &MainWindow::archiveSelected);
    QAction *remove = edit->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("De&lete…"), this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *changeStatusAction = review->addAction(tr("Change &Status…"), this, &MainWindow::changeStatus);
    changeStatusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *newVersion = review->addAction(tr("Start New &Version"), this, &MainWindow::startNewVersion);
    QAction *history = review->addAction(tr("&History and Versions…"), this, &MainWindow::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    review->addSeparator();
    QAction *checklist = review->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Checklist Review…"), this,
                                           &MainWindow::reviewChecklist);
    checklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reloadAction = view->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the guide where the user is; in other windows ContextHelp does the same.
    QAction *guide = help->addAction(tr("&User Guide"), this,
                                     [] { HelpWindow::showSection(HelpTargets::of(QApplication::focusWidget())); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Microcredential Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    toolbar->addAction(newDesignAction);
    toolbar->addAction(editDesign);
    toolbar->addAction(remove);
    toolbar->addSeparator();
    toolbar->addAction(checklist);
    toolbar->addAction(print);
    m_selectionActions = {editDesign, duplicate, archive, remove, checklist, changeStatusAction, newVersion, history, print, exportDescription, exportChecklist,
                          exportEdubadges, exportOb3, exportCredential, exportElm, exportDesign, importOutcomesAction};
}

void MainWindow::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(selected);
}

void MainWindow::setCatalogue(std::shared_ptr<Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    m_documents.clear();
    m_undo.clear();
    const bool shared = m_catalogue && m_catalogue->isShared();
    setWindowFilePath(m_catalogue && !shared ? m_catalogue->path() : QString());
    setWindowTitle(m_catalogue ? tr("%1 — Microcredential Studio").arg(m_catalogue->location().displayName())
                               : tr("Microcredential Studio"));
    if (m_catalogue && m_settings) {
        // A shared catalogue is remembered by its address (never a password), and
        // not opened by itself at start: that would ask for the password first.
        m_settings->addRecentCatalogue(shared ? m_catalogue->path() : QFileInfo(m_catalogue->path()).absoluteFilePath());
        if (!shared)
            m_settings->setLastCatalogue(QFileInfo(m_catalogue->path()).absoluteFilePath());
    }
    applyActorSettings();
    m_connectionLost = false;
    const Result<CatalogueChangeStamp> stamp =
        m_catalogue ? m_catalogue->changeStamp() : Result<CatalogueChangeStamp>::success({});
    m_changeStamp = stamp.ok() ? stamp.value() : CatalogueChangeStamp();
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
    const qsizetype count = entries.value().size();
    const QString counted = count == 1 ? tr("1 microcredential") : tr("%1 microcredentials").arg(count);
    const QString where = m_catalogue->isShared() ? m_catalogue->path() : QDir::toNativeSeparators(m_catalogue->path());
    m_statusLabel->setText(QStringLiteral("%1 — %2").arg(where, counted));
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
    const DesignDiagnostics diagnostics(mc.value(), FrameworkLibrary::findBuiltIn(mc.value().qualityAssurance.frameworkId),
                                        QDate::currentDate());
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

std::shared_ptr<DesignDocument> MainWindow::documentFor(const QString &id)
{
    if (std::shared_ptr<DesignDocument> open = m_documents.value(id).lock())
        return open;
    if (!m_catalogue || id.isEmpty())
        return nullptr;
    const Result<std::pair<Microcredential, int>> loaded = m_catalogue->loadForEditing(id);
    if (!loaded.ok()) {
        PlainMessageBox::warning(this, tr("Cannot open the microcredential"), loaded.error());
        return nullptr;
    }
    auto document = std::make_shared<DesignDocument>(loaded.value().first, m_catalogue, loaded.value().second);
    connect(document.get(), &DesignDocument::saved, this, [this, id] { refreshEntry(id, QString()); });
    m_documents.insert(id, document);
    return document;
}

DesignEditorWindow *MainWindow::openEditor(const QString &id, const QString &fieldPath)
{
    const std::shared_ptr<DesignDocument> document = documentFor(id);
    if (!document)
        return nullptr;
    // One editor per design: bring the open one forward.
    DesignEditorWindow *editor = nullptr;
    for (DesignEditorWindow *open : findChildren<DesignEditorWindow *>()) {
        if (open->document() == document.get())
            editor = open;
    }
    if (!editor) {
        editor = new DesignEditorWindow(document, this);
        editor->setWindowFlag(Qt::Window);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    if (!fieldPath.isEmpty())
        editor->focusField(fieldPath);
    return editor;
}

void MainWindow::newDesign()
{
    if (!m_catalogue)
        return;
    Microcredential start = Microcredential::createNew();
    if (m_settings) {
        start.institution.name = m_settings->defaultInstitutionName();
        start.institution.identifier = m_settings->defaultInstitutionIdentifier();
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(m_settings->defaultFrameworkId());
        if (framework) {
            start.qualityAssurance.frameworkId = framework->id;
            start.qualityAssurance.frameworkVersion = framework->version;
        }
        if (!m_settings->userName().isEmpty())
            start.authors = {m_settings->userName()};
    }
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
    Microcredential copy = mc.value();
    copy.id = Microcredential::newId();
    for (LearningOutcome &outcome : copy.learningOutcomes) {
        const QString newId = Microcredential::newId();
        for (Assessment &a : copy.assessments)
            a.learningOutcomeIds.replaceInStrings(outcome.id, newId);
        outcome.id = newId;
    }
    for (Assessment &a : copy.assessments)
        a.id = Microcredential::newId();
    copy.title.nl = tr("%1 (copy)").arg(copy.title.nl);
    copy.title.en = copy.title.en.isEmpty() ? QString() : QStringLiteral("%1 (copy)").arg(copy.title.en);
    copy.status = Status::Draft;
    copy.version = 1;
    copy.checklists.clear();
    copy.created = Microcredential::currentTimestamp();
    copy.changed = copy.created;
    if (CatalogueEditCommand::push(m_undo, new CatalogueEditCommand(
                                               m_catalogue, tr("Duplicate “%1”").arg(mc.value().title.preferred(m_language)),
                                               std::nullopt, 0, copy,
                                               [this](const QString &changed, const QString &error) { refreshEntry(changed, error); })))
        selectId(copy.id);
}

void MainWindow::archiveSelected()
{
    showStepDialog(Status::Archived);
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
    if (!closeDesignWindows(id))
        return;
    m_documents.remove(id);
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
    const QString id = selectedId();
    // One review window per design; asking again brings it to the front.
    for (ChecklistReviewDialog *open : findChildren<ChecklistReviewDialog *>()) {
        if (open->isVisible() && open->document()->design().id == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    const std::shared_ptr<DesignDocument> document = documentFor(id);
    if (!document)
        return;
    document->setAutoSave(true);
    // Not modal: the reviewer keeps the catalogue and the editor at hand.
    auto *review = new ChecklistReviewDialog(document.get(), m_settings ? m_settings->userName() : QString(), this);
    review->holdDocument(document);
    review->setLanguage(m_language);
    connect(review, &QDialog::finished, review, &QObject::deleteLater);
    review->show();
}

bool MainWindow::closeDesignWindows(const QString &id)
{
    QList<QWidget *> windows;
    for (DesignEditorWindow *editor : findChildren<DesignEditorWindow *>()) {
        if (id.isEmpty() || editor->document()->design().id == id)
            windows.append(editor);
    }
    for (ChecklistReviewDialog *review : findChildren<ChecklistReviewDialog *>()) {
        if (id.isEmpty() || review->document()->design().id == id)
            windows.append(review);
    }
    for (QWidget *window : std::as_const(windows)) {
        if (window->isVisible() && !window->close())
            return false; // its changes could not be saved and the user keeps them
    }
    return true;
}

void MainWindow::printPreview()
{
    const Result<Microcredential> mc = m_catalogue ? m_catalogue->load(selectedId()) : Result<Microcredential>::failure({});
    if (!mc.ok())
        return;
    const DocumentContent content = DescriptionBuilder::build(
        mc.value(), FrameworkLibrary::findBuiltIn(mc.value().qualityAssurance.frameworkId), m_language, QDate::currentDate());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(mc.value().title.preferred(m_language)));
    preview.resize(1000, 700);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&content, &failure](QPrinter *target) {
        const Result<int> painted = PdfRenderer::paint(content, target);
        if (!painted.ok())
            failure = painted.error();
    });
    preview.exec();
    if (!failure.isEmpty())
        m_warn(tr("Cannot print"), failure);
}

void MainWindow::exportDocument(int which)
{
    if (!m_catalogue)
        return;
    const Result<Microcredential> mc = m_catalogue->load(selectedId());
    const auto kind = ExportDialog::Document(which);
    if (kind != ExportDialog::Document::Overview && !mc.ok())
        return;
    ExportDialog options(kind, mc.ok() ? mc.value().qualityAssurance.frameworkId : QString(), m_language, this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString suffix = DocumentExporter::fileSuffix(options.format());
    const QString base = options.document() == ExportDialog::Document::Overview
                             ? QFileInfo(m_catalogue->path()).completeBaseName()
                             : DocumentExporter::suggestedBaseName(mc.value().title.preferred(options.language()), mc.value().version);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(base + QLatin1Char('.') + suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    DocumentContent content;
    switch (options.document()) {
    case ExportDialog::Document::Description:
        content = DescriptionBuilder::build(mc.value(), FrameworkLibrary::findBuiltIn(options.frameworkId()), options.language(),
                                            QDate::currentDate());
        break;
    case ExportDialog::Document::Checklist:
        content = ChecklistReportBuilder::build(mc.value(), *FrameworkLibrary::findBuiltIn(options.frameworkId()), options.language(),
                                                QDate::currentDate());
        break;
    case ExportDialog::Document::Overview:
        content = CatalogueOverviewBuilder::build(m_model->entries(), QFileInfo(m_catalogue->path()).fileName(), options.language(),
                                                  QDate::currentDate());
        break;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written = DocumentExporter::write(content, options.format(), path);
    QApplication::restoreOverrideCursor();
    if (!written.ok())
        PlainMessageBox::warning(this, tr("Export failed"), written.error());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportInterchange(const QString &format)
{
    if (!m_catalogue)
        return;
    QByteArray bytes;
    QString base = QFileInfo(m_catalogue->path()).completeBaseName();
    QString suffix = format;
    if (format == QLatin1String("csv")) {
        bytes = OverviewCsv::write(m_model->entries());
    } else {
        const Result<Microcredential> mc = m_catalogue->load(selectedId());
        if (!mc.ok())
            return;
        base = DocumentExporter::suggestedBaseName(mc.value().title.preferred(m_language), mc.value().version);
        if (format == QLatin1String("mcdesign")) {
            bytes = McdesignWriter::toBytes(mc.value());
        } else {
            bytes = InterchangeWriter::toBytes(mc.value(), format);
            suffix = format + QStringLiteral(".json");
        }
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(base + QLatin1Char('.') + suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix.section(QLatin1Char('.'), -1)));
    if (path.isEmpty())
        return;
    const Result<Done> written = FileOutput::write(path, bytes);
    if (!written.ok())
        PlainMessageBox::warning(this, tr("Export failed"), written.error());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importDesign()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Microcredential designs (*.mcdesign *.json *.jsonld *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString &path, bool confirm)
{
    if (!m_catalogue)
        return false;
    Result<ImportedDesign> imported = DesignImporter::readFile(path);
    if (!imported.ok()) {
        PlainMessageBox::warning(this, tr("Cannot import"), imported.error());
        return false;
    }
    Microcredential design = imported.value().design;
    const bool exists = m_catalogue->contains(design.id);
    ImportPreviewDialog preview(imported.value(), QFileInfo(path).fileName(), exists, this);
    if (confirm && preview.exec() != QDialog::Accepted)
        return false;
    if (exists && (!confirm || preview.importAsCopy())) {
        design.id = Microcredential::newId();
    }
    std::optional<Microcredential> before;
    int beforeRowVersion = 0;
    if (exists && design.id == imported.value().design.id) {
        const Result<std::pair<Microcredential, int>> stored = m_catalogue->loadForEditing(design.id);
        if (!stored.ok()) {
            PlainMessageBox::warning(this, tr("Cannot import"), stored.error());
            return false;
        }
        before = stored.value().first;
        beforeRowVersion = stored.value().second;
    }
    if (!CatalogueEditCommand::push(m_undo, new CatalogueEditCommand(
                                                m_catalogue, tr("Import “%1”").arg(design.title.preferred(m_language)),
                                                before, beforeRowVersion, design,
                                                [this](const QString &changed, const QString &error) { refreshEntry(changed, error); })))
        return false;
    selectId(design.id);
    return true;
}

void MainWindow::importOutcomes()
{
    const std::shared_ptr<DesignDocument> document = documentFor(selectedId());
    if (!document)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Learning Outcomes"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Spreadsheets saved as CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> content = FileInput::read(path, TextLimits::MaxDesignFileBytes);
    const Result<QList<LearningOutcome>> outcomes = content.ok() ? OutcomesCsv::read(content.value(), path)
                                                                 : Result<QList<LearningOutcome>>::failure(content.error());
    if (!outcomes.ok()) {
        PlainMessageBox::warning(this, tr("Cannot import"), outcomes.error());
        return;
    }
    QList<LearningOutcome> added = outcomes.value();
    // A spreadsheet is a way in like any file: nothing that could do harm comes along.
    const QStringList cleaned = DesignTextCleaner::cleanOutcomes(added, document->design().learningOutcomes.size());
    if (!cleaned.isEmpty())
        PlainMessageBox::information(this, tr("Import learning outcomes"),
                                     tr("Removed because it could do harm:\n%1").arg(cleaned.join(QLatin1Char('\n'))));
    if (!document->edit(QString(), tr("Import learning outcomes"), [&added](Microcredential &mc) { mc.learningOutcomes += added; })) {
        // The file's outcomes are never empty (OutcomesCsv refuses that): the version is approved.
        PlainMessageBox::warning(this, tr("Cannot import"),
                                 tr("This version is approved and can no longer be changed. Start a new version "
                                    "(Review > Start New Version) and import into that."));
        return;
    }
    document->saveNow();
    statusBar()->showMessage(tr("%n learning outcome(s) added; Undo in the editor takes them out again.", nullptr,
                                int(added.size())),
                             8000);
    openEditor(selectedId(), QStringLiteral("learningOutcomes[%1]").arg(document->design().learningOutcomes.size() - added.size()));
}

void MainWindow::applyActorSettings()
{
    // On SQLite the role is a setting; a shared catalogue ignores this and asks the server.
    if (!m_catalogue || !m_settings)
        return;
    const QString name = m_settings->userName().isEmpty() ? m_catalogue->actor().name : m_settings->userName();
    m_catalogue->setActor({name, {roleFromCode(m_settings->userRole()).value_or(WorkflowRole::Editor)}});
}

void MainWindow::reloadOpenDocument(const QString &id)
{
    if (std::shared_ptr<DesignDocument> open = m_documents.value(id).lock())
        open->reloadFromCatalogue();
}

bool MainWindow::takeStep(Status to, WorkflowRole role, const QString &comment, std::optional<int> expectedRowVersion)
{
    const QString id = selectedId();
    if (!m_catalogue || id.isEmpty())
        return false;
    // Unsaved typing in an open editor goes first, so the step covers what the
    // user sees; when it cannot be saved, no step (and nothing typed is dropped).
    if (std::shared_ptr<DesignDocument> open = m_documents.value(id).lock(); open && open->hasUnsavedChanges()) {
        if (!open->saveNow()) {
            PlainMessageBox::warning(this, tr("Cannot change the status"),
                                 tr("The open editor has changes that could not be saved; save or discard them first.\n\n%1")
                                     .arg(open->lastError()));
            return false;
        }
        if (expectedRowVersion)
            expectedRowVersion = m_catalogue->rowVersion(id);
    }
    const Result<int> step = m_catalogue->transition(id, to, role, comment, expectedRowVersion);
    if (!step.ok()) {
        PlainMessageBox::warning(this, tr("Cannot change the status"), step.error());
        refreshEntry(id, QString());
        return false;
    }
    reloadOpenDocument(id);
    refreshEntry(id, QString());
    statusBar()->showMessage(tr("Status changed to “%1”.").arg(DisplayNames::status(to)), 6000);
    return true;
}

void MainWindow::changeStatus()
{
    showStepDialog(std::nullopt);
}

void MainWindow::showStepDialog(std::optional<Status> preselect)
{
    const QString id = selectedId();
    if (!m_catalogue || id.isEmpty())
        return;
    if (std::shared_ptr<DesignDocument> open = m_documents.value(id).lock(); open && open->hasUnsavedChanges())
        open->saveNow(); // the dialog then shows (and the step records) what the user typed
    const Result<std::pair<Microcredential, int>> loaded = m_catalogue->loadForEditing(id);
    if (!loaded.ok()) {
        PlainMessageBox::warning(this, tr("Cannot change the status"), loaded.error());
        return;
    }
    WorkflowStepDialog dialog(loaded.value().first, m_catalogue->actor(), this);
    if (preselect)
        dialog.preselect(*preselect);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenRule())
        return;
    // The step applies to exactly the content (and fingerprint) the dialog showed.
    takeStep(dialog.chosenRule()->to, dialog.chosenRule()->role, dialog.comment(), loaded.value().second);
}

bool MainWindow::startNewVersion()
{
    const QString id = selectedId();
    if (!m_catalogue || id.isEmpty())
        return false;
    const Result<Microcredential> next = m_catalogue->startNewVersion(id);
    if (!next.ok()) {
        PlainMessageBox::information(this, tr("Start New Version"), next.error());
        return false;
    }
    reloadOpenDocument(id);
    refreshEntry(id, QString());
    openEditor(id);
    return true;
}

void MainWindow::showHistory()
{
    const QString id = selectedId();
    if (!m_catalogue || id.isEmpty())
        return;
    HistoryDialog dialog(m_catalogue, id, this);
    dialog.exec();
}

void MainWindow::checkForChanges()
{
    if (!m_catalogue)
        return;
    const Result<CatalogueChangeStamp> stamp = m_catalogue->changeStamp();
    if (!stamp.ok()) {
        if (!m_connectionLost)
            statusBar()->showMessage(tr("Cannot reach the catalogue: %1. Trying again…").arg(stamp.error()));
        m_connectionLost = true;
        return;
    }
    if (m_connectionLost) {
        m_connectionLost = false;
        statusBar()->showMessage(tr("The connection to the catalogue is back."), 6000);
    }
    if (stamp.value() == m_changeStamp)
        return;
    const CatalogueChangeStamp before = m_changeStamp;
    m_changeStamp = stamp.value();
    if (!applyChangesSince(before, stamp.value()))
        reload();
    updateOpenDocuments();
    showSelected();
}

void MainWindow::updateOpenDocuments()
{
    // A colleague's edit or workflow step reaches an open editor (or checklist
    // review) now, not at the user's next save: an approved design turns
    // read-only in front of them instead of refusing their typing later.
    // A copy: taking a version refreshes the row it came from.
    const QList<CatalogueEntry> entries = m_model->entries();
    for (const CatalogueEntry &entry : entries) {
        if (const std::shared_ptr<DesignDocument> open = m_documents.value(entry.id).lock())
            open->takeNewerStoredVersion(entry.rowVersion);
    }
}

bool MainWindow::applyChangesSince(const CatalogueChangeStamp &before, const CatalogueChangeStamp &now)
{
    // Only the rows changed since the last look, and the rows gone: no reset of
    // the list, its sorting and its search texts while someone types (often the
    // change is the user's own autosave). Anything the stamp does not account for
    // (a colleague whose clock runs behind) falls back to reading everything.
    if (before.lastChange.isEmpty())
        return false;
    const Result<QList<CatalogueEntry>> changed = m_catalogue->listChangedSince(before.lastChange);
    const Result<QStringList> ids = m_catalogue->ids();
    const Result<QHash<QString, QString>> texts = m_catalogue->searchTexts(before.lastChange);
    if (!changed.ok() || !ids.ok() || !texts.ok())
        return false;
    const QSet<QString> stored(ids.value().cbegin(), ids.value().cend());
    QStringList gone;
    for (const CatalogueEntry &entry : m_model->entries()) {
        if (!stored.contains(entry.id))
            gone.append(entry.id);
    }
    for (const QString &id : std::as_const(gone))
        m_model->removeEntry(id);
    // Texts first: updating a row makes the filter look at it again.
    for (auto it = texts.value().cbegin(); it != texts.value().cend(); ++it)
        m_proxy->setSearchTextFor(it.key(), it.value());
    for (const CatalogueEntry &entry : changed.value())
        m_model->updateEntry(entry);
    qint64 rowVersions = 0;
    for (const CatalogueEntry &entry : m_model->entries())
        rowVersions += entry.rowVersion;
    if (m_model->rowCount() != now.count || rowVersions != now.rowVersionSum)
        return false;
    updateActions();
    return true;
}

void MainWindow::connectToSharedCatalogue()
{
    connectTo(CatalogueLocation());
}

void MainWindow::connectTo(const CatalogueLocation &known)
{
    ConnectCatalogueDialog dialog(this);
    if (known.isServer())
        dialog.setLocation(known);
    if (dialog.exec() != QDialog::Accepted || !closeDesignWindows())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(
        dialog.location(), dialog.setUpEmptyDatabase() ? Catalogue::OpenMode::CreateIfMissing : Catalogue::OpenMode::ExistingOnly);
    QApplication::restoreOverrideCursor();
    if (!opened.ok()) {
        PlainMessageBox::warning(this, tr("Cannot connect to the shared catalogue"), opened.error());
        return;
    }
    setCatalogue(opened.value());
}

void MainWindow::switchTo(const QString &path, bool create)
{
    if (CatalogueLocation::looksLikeServerUrl(path)) {
        // The address is remembered, the password is not: ask for it.
        QString error;
        connectTo(CatalogueLocation::parse(path, &error).value_or(CatalogueLocation()));
        return;
    }
    // The open windows close first (saving into the catalogue they belong to):
    // a user who keeps unsaved changes stays, and no new file is left behind.
    if (!closeDesignWindows())
        return;
    Result<std::shared_ptr<Catalogue>> opened = create ? Catalogue::create(path) : Catalogue::open(path);
    if (!opened.ok()) {
        PlainMessageBox::warning(this, create ? tr("Cannot create the catalogue") : tr("Cannot open the catalogue"), opened.error());
        return;
    }
    setCatalogue(opened.value());
}

void MainWindow::openCatalogueFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalogue"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Microcredential catalogues (*.mcdb);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::newCatalogueFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Catalogue"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("Microcredential catalogues (*.mcdb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".mcdb");
    switchTo(path, true);
}

void MainWindow::showSettings()
{
    if (!m_settings)
        return;
    const QString languageBefore = m_settings->resolvedLanguage();
    SettingsDialog dialog(m_settings, m_language, this);
    dialog.exec();
    applyActorSettings();
    offerRestartForLanguage(languageBefore);
}

void MainWindow::offerRestartForLanguage(const QString &languageBefore)
{
    const QString chosen = m_settings ? m_settings->resolvedLanguage() : m_language;
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
    if (m_settings)
        m_settings->sync(); // the new process reads what this one wrote on closing
    m_restart(arguments);
}

QString MainWindow::aboutText(const QString &homepage)
{
    QString text = tr("<h3>Microcredential Studio %1</h3>"
                      "<p>Design, check and document microcredentials.</p>"
                      "<p>Build %2. Built with Qt %3, running on Qt %4.</p>"
                      "<p>Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2). "
                      "Documents are set in DejaVu Sans (Bitstream Vera licence).</p>")
                       .arg(QStringLiteral(MCSTUDIO_VERSION), QStringLiteral(MCSTUDIO_BUILD),
                            QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    // Only a configured, real address (MCSTUDIO_HOMEPAGE_URL): never a placeholder.
    if (!homepage.isEmpty())
        text += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(homepage.toHtmlEscaped());
    return text;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Microcredential Studio"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeDesignWindows()) {
        event->ignore();
        return;
    }
    if (m_settings) {
        m_settings->setMainWindowGeometry(saveGeometry());
        m_settings->setMainWindowState(saveState());
    }
    event->accept();
}

} // namespace mcs::ui
