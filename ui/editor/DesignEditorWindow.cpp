#include "DesignEditorWindow.h"

#include "help/HelpTargets.h"

#include "DisplayNames.h"
#include "document/DesignDocument.h"
#include "document/PendingChanges.h"
#include "sections/DesignSection.h"
#include "sections/SectionFactory.h"
#include "sections/SummarySection.h"
#include "format/McdesignWriter.h"
#include "workflow/ConflictResolution.h"
#include "widgets/PlainMessageBox.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QDir>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace mcs::ui {

DesignEditorWindow::DesignEditorWindow(std::shared_ptr<DesignDocument> document, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("designEditorWindow"));
    HelpTargets::set(this, HelpTargets::editor());
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    // An approved version is shown read-only, with the way to continue it.
    m_frozenBanner = new QWidget(central);
    m_frozenBanner->setObjectName(QStringLiteral("frozenBanner"));
    m_frozenBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_frozenBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfff4d6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d2e00));
    m_frozenBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_frozenBanner);
    m_frozenText = new QLabel(m_frozenBanner);
    m_frozenText->setWordWrap(true);
    auto *newVersion = new QPushButton(tr("Start &New Version"), m_frozenBanner);
    newVersion->setObjectName(QStringLiteral("startNewVersionButton"));
    bannerLayout->addWidget(m_frozenText, 1);
    bannerLayout->addWidget(newVersion);
    connect(newVersion, &QPushButton::clicked, this, [this] { m_document->startNewVersion(); });
    outer->addWidget(m_frozenBanner);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("sectionsListWidget"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMaximumWidth(230);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    for (int i = 0; i < SectionRouter::SectionCount; ++i) {
        DesignSection *section = SectionFactory::create(SectionRouter::Section(i), m_document.get(), m_pages);
        m_sections.append(section);
        m_pages->addWidget(SectionFactory::framed(section, true, m_pages));
        m_navigation->addItem(section->title());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(static_cast<SummarySection *>(m_sections.last()), &SummarySection::fieldActivated, this,
            &DesignEditorWindow::focusField);

    QUndoStack *undo = m_document->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *copy = file->addAction(tr("Save a Cop&y…"), this, &DesignEditorWindow::saveCopy);
    copy->setShortcut(QKeySequence::SaveAs);
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    QToolBar *toolbar = addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolBar"));
    toolbar->addAction(undoAction);
    toolbar->addAction(redoAction);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addWidget(m_saveState, 1);
    connect(m_document.get(), &DesignDocument::changed, this, [this] {
        updateTitle();
        showSaveState();
        updateFrozenState();
    });
    connect(m_document.get(), &DesignDocument::saved, this, &DesignEditorWindow::showSaveState);
    connect(m_document.get(), &DesignDocument::saveFailed, this, &DesignEditorWindow::handleSaveFailure);
    connect(m_document.get(), &DesignDocument::updatedFromElsewhere, this, [this] {
        statusBar()->showMessage(tr("Updated with changes saved elsewhere: version %1, %2.")
                                     .arg(m_document->design().version)
                                     .arg(DisplayNames::status(m_document->design().status).toLower()),
                                 10000);
    });
    m_document->setAutoSave(true);
    m_navigation->setCurrentRow(0);
    updateFrozenState();
    updateTitle();
    showSaveState();
    resize(1180, 700);
}

DesignEditorWindow::~DesignEditorWindow() = default;

DesignSection *DesignEditorWindow::section(int index) const
{
    return m_sections.value(index);
}

void DesignEditorWindow::showSection(int index)
{
    m_navigation->setCurrentRow(index);
}

bool DesignEditorWindow::focusField(const QString &fieldPath)
{
    const int index = SectionRouter::sectionFor(fieldPath);
    showSection(index);
    return m_sections.at(index)->focusField(fieldPath);
}

void DesignEditorWindow::updateTitle()
{
    const QString title = m_document->design().title.preferred(DisplayNames::language());
    setWindowTitle(tr("%1 — Microcredential Studio").arg(title.isEmpty() ? tr("Untitled microcredential") : title));
}

void DesignEditorWindow::showSaveState()
{
    if (m_document->lastFailureKind() == FailureKind::Connection)
        m_saveState->setText(tr("The connection to the shared catalogue is lost. Your changes are kept in this window "
                                "and saved when it returns (File > Save a Copy keeps them in a file)."));
    else if (!m_document->lastError().isEmpty())
        m_saveState->setText(tr("Not saved: %1").arg(m_document->lastError()));
    else if (m_document->hasUnsavedChanges())
        m_saveState->setText(tr("Saving…"));
    else
        m_saveState->setText(tr("All changes saved"));
}

void DesignEditorWindow::updateFrozenState()
{
    const bool frozen = m_document->isFrozen();
    m_frozenBanner->setVisible(frozen);
    if (frozen) {
        m_frozenText->setText(tr("Version %1 is %2 and can no longer be changed. To change it, start a new version: "
                                 "it begins as a draft, and this version stays as it was approved.")
                                  .arg(m_document->design().version)
                                  .arg(DisplayNames::status(m_document->design().status).toLower()));
    }
}

bool DesignEditorWindow::saveCopyTo(const QString &path)
{
    const Result<Done> written = McdesignWriter::writeFile(m_document->design(), path);
    if (!written.ok()) {
        PlainMessageBox::warning(this, tr("Cannot save a copy"), written.error());
        return false;
    }
    statusBar()->showMessage(tr("A copy was saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void DesignEditorWindow::saveCopy()
{
    const QString base = m_document->design().title.preferred(DisplayNames::language()).simplified();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((base.isEmpty() ? tr("microcredential") : base) + QLatin1String(".mcdesign")),
        tr("Microcredential designs (*.mcdesign)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

void DesignEditorWindow::resolveConflict()
{
    const QString note = ConflictResolution::resolve(this, m_document.get(), m_resolveConflict);
    if (!note.isEmpty())
        statusBar()->showMessage(note, 15000);
    showSaveState();
}

void DesignEditorWindow::handleSaveFailure(const QString &message)
{
    showSaveState();
    if (m_resolving)
        return;
    if (m_document->lastFailureKind() == FailureKind::Connection)
        return; // said in the status bar; the document tries again by itself
    if (m_document->lastFailureKind() == FailureKind::Conflict) {
        m_resolving = true;
        resolveConflict();
        m_resolving = false;
        return;
    }
    PlainMessageBox::warning(this, tr("Cannot save the microcredential"),
                         tr("%1\n\nYour changes are kept in this window. Close other windows that edit this "
                            "microcredential and make another change to save again.")
                             .arg(message));
}

void DesignEditorWindow::closeEvent(QCloseEvent *event)
{
    if (PendingChanges::saveOrConfirmLoss(this, m_document.get()))
        event->accept();
    else
        event->ignore();
}

} // namespace mcs::ui
