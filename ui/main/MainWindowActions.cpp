#include "MainWindowActions.h"

#include "AboutBox.h"
#include "CatalogueEditCommand.h"
#include "CatalogueFilterBar.h"
#include "CatalogueSwitcher.h"
#include "DocumentManager.h"
#include "ExportController.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "WorkflowController.h"
#include "help/HelpTargets.h"
#include "help/HelpWindow.h"
#include "settings/RecentCataloguesMenu.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QWhatsThis>

namespace mcs::ui {

namespace {

/// Undo and Redo write before the stack moves: a write that fails leaves it as
/// it was (CatalogueEditCommand), so they are actions of their own rather than
/// QUndoStack's.
QAction *undoRedoAction(MainWindow &window, bool undo)
{
    QUndoStack *stack = window.undoStack();
    const QString plain = undo ? MainWindowActions::tr("&Undo") : MainWindowActions::tr("&Redo");
    auto *action = new QAction(plain, &window);
    action->setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, &window, [stack, undo] {
        undo ? CatalogueEditCommand::undo(*stack) : CatalogueEditCommand::redo(*stack);
    });
    QObject::connect(stack, undo ? &QUndoStack::canUndoChanged : &QUndoStack::canRedoChanged, action,
                     &QAction::setEnabled);
    QObject::connect(stack, undo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, action,
                     [action, undo, plain](const QString &text) {
                         action->setText(text.isEmpty() ? plain
                                         : undo         ? MainWindowActions::tr("&Undo %1").arg(text)
                                                        : MainWindowActions::tr("&Redo %1").arg(text));
                     });
    return action;
}

} // namespace

QList<QAction *> MainWindowActions::create(MainWindow &window)
{
    QStyle *style = window.style();
    QToolBar *toolbar = window.addToolBar(tr("Catalogue"));
    toolbar->setObjectName(QStringLiteral("catalogueToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    CatalogueSwitcher *switcher = window.switcher();
    ExportController *exports = window.exports();
    ImportController *imports = window.imports();
    WorkflowController *workflow = window.workflow();

    QMenu *file = window.menuBar()->addMenu(tr("&File"));
    QAction *newDesign = file->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New Microcredential…"), &window,
                                         &MainWindow::newDesign);
    newDesign->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(tr("New &Catalogue…"), switcher, &CatalogueSwitcher::newFile)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addAction(tr("&Open Catalogue…"), switcher, &CatalogueSwitcher::openFile)->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to S&hared Catalogue…"), switcher, [switcher] { switcher->connectTo(); });
    auto *recent = new RecentCataloguesMenu(window.settings(), &window);
    file->addMenu(recent);
    QObject::connect(recent, &RecentCataloguesMenu::catalogueChosen, switcher,
                     [switcher](const QString &path) { switcher->switchTo(path, false); });
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    const auto document = [&](const QString &text, ExportDialog::Document which) {
        return exportMenu->addAction(text, exports, [exports, which] { exports->exportDocument(which); });
    };
    const auto data = [&](const QString &text, ExchangeFormat format) {
        return exportMenu->addAction(text, exports, [exports, format] { exports->exportData(format); });
    };
    QAction *exportDescription = document(tr("&Description for Approval…"), ExportDialog::Document::Description);
    exportDescription->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportChecklist = document(tr("&Checklist Review Report…"), ExportDialog::Document::Checklist);
    document(tr("Catalogue &Overview…"), ExportDialog::Document::Overview);
    exportMenu->addSeparator();
    QList<QAction *> dataExports{data(tr("For &edubadges (Open Badges 2.0)…"), ExchangeFormat::Edubadges),
                                 data(tr("Open Badges &3.0 Achievement…"), ExchangeFormat::Ob3Achievement),
                                 data(tr("Open Badges 3.0 Credential &Template…"), ExchangeFormat::Ob3Credential),
                                 data(tr("Europass (E&LM Qualification)…"), ExchangeFormat::Elm),
                                 data(tr("Europass C&redential Template (EDC)…"), ExchangeFormat::ElmCredential),
                                 data(tr("Design &File (.mcdesign)…"), ExchangeFormat::Mcdesign)};
    data(tr("Catalogue Overview as CS&V…"), ExchangeFormat::Csv);
    file->addAction(tr("&Import…"), imports, &ImportController::importDesign)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importOutcomes = file->addAction(tr("Import &Learning Outcomes from a Spreadsheet…"), imports,
                                              &ImportController::importOutcomes);
    QAction *print = file->addAction(style->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Print Preview…"),
                                     exports, &ExportController::printPreview);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), &window, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), &window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoRedoAction(window, true));
    edit->addAction(undoRedoAction(window, false));
    edit->addSeparator();
    QAction *editDesign = edit->addAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit Microcredential"),
                                          &window, [&window] { window.openEditor(window.selectedId()); });
    editDesign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *duplicate = edit->addAction(tr("Du&plicate"), &window, &MainWindow::duplicateSelected);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *archive = edit->addAction(tr("&Archive"), workflow, [workflow] { workflow->showStepDialog(Status::Archived); });
    QAction *remove = edit->addAction(style->standardIcon(QStyle::SP_TrashIcon), tr("De&lete…"), &window,
                                      &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    CatalogueFilterBar *filterBar = window.filterBar();
    edit->addAction(tr("&Find"), filterBar, &CatalogueFilterBar::focusSearch)->setShortcut(QKeySequence::Find);

    QMenu *review = window.menuBar()->addMenu(tr("&Review"));
    QAction *changeStatus = review->addAction(tr("Change &Status…"), workflow, [workflow] { workflow->showStepDialog(); });
    changeStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *newVersion = review->addAction(tr("Start New &Version"), workflow, &WorkflowController::startNewVersion);
    QAction *history = review->addAction(tr("&History and Versions…"), workflow, &WorkflowController::showHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    review->addSeparator();
    QAction *checklist = review->addAction(style->standardIcon(QStyle::SP_DialogApplyButton), tr("&Checklist Review…"),
                                           &window, &MainWindow::reviewChecklist);
    checklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    review->addSeparator();
    review->addAction(tr("&Quality Frameworks…"), &window, &MainWindow::showQualityFrameworks)
        ->setObjectName(QStringLiteral("qualityFrameworksAction"));
    review->addAction(tr("&Institutions…"), &window, &MainWindow::showInstitutions)->setObjectName(QStringLiteral("institutionsAction"));

    QMenu *view = window.menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Reload"), &window, &MainWindow::reload)->setShortcut(QKeySequence::Refresh);

    QMenu *help = window.menuBar()->addMenu(tr("&Help"));
    // F1 opens the guide where the user is; in other windows ContextHelp does the same.
    help->addAction(tr("&User Guide"), &window, [] { HelpWindow::showSection(HelpTargets::of(QApplication::focusWidget())); })
        ->setShortcut(QKeySequence::HelpContents);
    // Shift+F1: the What's This? mode, for every field of every window (each
    // field's text names its guide section; FieldHelp).
    help->addAction(QWhatsThis::createAction(&window));
    help->addSeparator();
    help->addAction(tr("&About Microcredential Studio"), &window, [&window] { AboutBox::show(&window); })
        ->setMenuRole(QAction::AboutRole);

    toolbar->addAction(newDesign);
    toolbar->addAction(editDesign);
    toolbar->addAction(remove);
    toolbar->addSeparator();
    toolbar->addAction(checklist);
    toolbar->addAction(print);
    return QList<QAction *>{editDesign, duplicate, archive, remove, checklist, changeStatus, newVersion, history, print,
                            exportDescription, exportChecklist, importOutcomes}
         + dataExports;
}

} // namespace mcs::ui
