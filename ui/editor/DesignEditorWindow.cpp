#include "DesignEditorWindow.h"

#include "DisplayNames.h"
#include "document/DesignDocument.h"
#include "sections/DesignSection.h"
#include "sections/SectionFactory.h"
#include "sections/SummarySection.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
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
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
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
    });
    connect(m_document.get(), &DesignDocument::saved, this, &DesignEditorWindow::showSaveState);
    connect(m_document.get(), &DesignDocument::saveFailed, this, &DesignEditorWindow::handleSaveFailure);
    m_document->setAutoSave(true);
    m_navigation->setCurrentRow(0);
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
    if (!m_document->lastError().isEmpty())
        m_saveState->setText(tr("Not saved: %1").arg(m_document->lastError()));
    else if (m_document->hasUnsavedChanges())
        m_saveState->setText(tr("Saving…"));
    else
        m_saveState->setText(tr("All changes saved"));
}

void DesignEditorWindow::handleSaveFailure(const QString &message)
{
    showSaveState();
    QMessageBox::warning(this, tr("Cannot save the microcredential"),
                         tr("%1\n\nYour changes are kept in this window. Close other windows that edit this "
                            "microcredential and make another change to save again.")
                             .arg(message));
}

void DesignEditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->hasUnsavedChanges() && !m_document->saveNow()) {
        const auto answer = QMessageBox::question(this, tr("Close without saving?"),
                                                  tr("The last changes could not be saved:\n%1\n\nClose anyway and lose them?")
                                                      .arg(m_document->lastError()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace mcs::ui
