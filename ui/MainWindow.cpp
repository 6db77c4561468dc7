#include "MainWindow.h"

#include "CatalogueTableModel.h"
#include "DesignSummaryView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace mcs::ui {

MainWindow::MainWindow(QString language, QWidget *parent)
    : QMainWindow(parent), m_language(std::move(language))
{
    setWindowTitle(tr("Microcredential Studio"));
    m_model = new CatalogueTableModel(this);
    m_model->setLanguage(m_language);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CatalogueTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueTableView"));
    m_table->setAccessibleName(tr("Microcredentials in the catalogue"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogueTableModel::ChangedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogueTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_summary = new DesignSummaryView(this);
    m_summary->setObjectName(QStringLiteral("summaryTextBrowser"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    createActions();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Catalogue..."), this, &MainWindow::newCatalogue);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = fileMenu->addAction(tr("&Open Catalogue..."), this, &MainWindow::openCatalogue);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reloadAction = viewMenu->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Microcredential Studio"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::setCatalogue(std::shared_ptr<Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    setWindowFilePath(m_catalogue ? m_catalogue->path() : QString());
    setWindowTitle(m_catalogue ? tr("%1 — Microcredential Studio").arg(QFileInfo(m_catalogue->path()).fileName())
                               : tr("Microcredential Studio"));
    reload();
}

void MainWindow::reload()
{
    if (!m_catalogue) {
        m_model->setEntries({});
        m_summary->showMessage(tr("No catalogue is open."));
        m_statusLabel->clear();
        return;
    }
    const Result<QList<CatalogueEntry>> entries = m_catalogue->list();
    if (!entries.ok()) {
        QMessageBox::warning(this, tr("Cannot read the catalogue"), entries.error());
        return;
    }
    m_model->setEntries(entries.value());
    const qsizetype count = entries.value().size();
    const QString counted = count == 1 ? tr("1 microcredential") : tr("%1 microcredentials").arg(count);
    m_statusLabel->setText(QStringLiteral("%1 — %2").arg(QDir::toNativeSeparators(m_catalogue->path()), counted));
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        m_summary->showMessage(tr("This catalogue has no microcredentials yet."));
    }
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_catalogue)
        return;
    const QString id = current.data(CatalogueTableModel::IdRole).toString();
    const Result<Microcredential> mc = m_catalogue->load(id);
    if (mc.ok())
        m_summary->showDesign(mc.value(), m_language);
    else
        m_summary->showMessage(mc.error());
}

void MainWindow::switchTo(const QString &path, bool create)
{
    Result<std::shared_ptr<Catalogue>> opened = create ? Catalogue::create(path) : Catalogue::open(path);
    if (!opened.ok()) {
        QMessageBox::warning(this, create ? tr("Cannot create the catalogue") : tr("Cannot open the catalogue"),
                             opened.error());
        return;
    }
    setCatalogue(opened.value());
}

void MainWindow::openCatalogue()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalogue"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Microcredential catalogues (*.mcdb);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::newCatalogue()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Catalogue"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Microcredential catalogues (*.mcdb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".mcdb");
    switchTo(path, true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Microcredential Studio"),
                       tr("<h3>Microcredential Studio %1</h3>"
                          "<p>Design, check and document microcredentials.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QStringLiteral(MCSTUDIO_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

} // namespace mcs::ui
