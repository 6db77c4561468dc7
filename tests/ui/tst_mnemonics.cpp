// Keyboard users reach fields and commands with Alt and a letter. Two of them
// on one letter in one window means the key goes to the first, or needs a
// second press: this test finds every such pair, in English and in Dutch,
// across menus, the editor's pages and the wizard's pages (with Qt's own
// Back/Next buttons and the window's menu bar, which share the letters).
#include "ScratchSettings.h"
#include "MainWindow.h"
#include "TestStore.h"
#include "ExportDialog.h"
#include "checklist/ChecklistReviewDialog.h"
#include "document/DesignDocument.h"
#include "editor/DesignEditorWindow.h"
#include "example/ExampleDesign.h"
#include "sections/SectionRouter.h"
#include "wizard/NewDesignWizard.h"
#include "wizard/SectionWizardPage.h"
#include "workflow/ConnectCatalogueDialog.h"
#include "workflow/HistoryDialog.h"
#include "workflow/WorkflowStepDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QTranslator>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

namespace {

struct Mnemonics
{
    QHash<QKeySequence, QString> taken;
    QStringList clashes;

    void add(const QString &text, const QString &where)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        if (taken.contains(key))
            clashes.append(QStringLiteral("%1: “%2” and “%3” share %4")
                               .arg(where, taken.value(key), text, key.toString(QKeySequence::NativeText)));
        else
            taken.insert(key, text);
    }
};

/// The visible labels with a buddy and the visible buttons under `root`.
void addWidgets(Mnemonics &mnemonics, const QWidget *root, const QString &where)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root->window()))
            mnemonics.add(label->text(), where);
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root->window()))
            mnemonics.add(button->text(), where);
    }
}

void addMenuTitles(Mnemonics &mnemonics, const QMenuBar *bar, const QString &where)
{
    for (const QAction *action : bar->actions())
        mnemonics.add(action->text(), where);
}

/// Every menu, and every submenu, has its items on different letters.
void checkMenu(const QMenu *menu, QStringList &clashes)
{
    Mnemonics items;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        items.add(action->text(), QStringLiteral("menu ") + menu->title());
        if (action->menu())
            checkMenu(action->menu(), clashes);
    }
    clashes += items.clashes;
}

/// Each page of an editor together with its menu bar, which shares the letters.
void checkEditorPages(DesignEditorWindow *editor, const QString &name, QStringList &clashes)
{
    for (int i = 0; i < SectionRouter::SectionCount; ++i) {
        editor->showSection(i);
        Mnemonics page;
        addMenuTitles(page, editor->menuBar(), QString());
        addWidgets(page, editor->centralWidget(), QStringLiteral("%1 page %2").arg(name).arg(i + 1));
        clashes += page.clashes;
    }
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    test::TestStore m_store;
    QList<QTranslator *> m_translators;

    void useLanguage(const QString &language)
    {
        for (QTranslator *translator : std::as_const(m_translators))
            QCoreApplication::removeTranslator(translator);
        qDeleteAll(m_translators);
        m_translators.clear();
        if (language != QLatin1String("nl"))
            return;
        auto *own = new QTranslator;
        QVERIFY(own->load(QStringLiteral(":/i18n/mcstudio_nl.qm")));
        auto *qt = new QTranslator;
        QVERIFY(qt->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        for (QTranslator *translator : {own, qt}) {
            QCoreApplication::installTranslator(translator);
            m_translators.append(translator);
        }
    }

private Q_SLOTS:
    void cleanup() { useLanguage(QStringLiteral("en")); }

    void everyWindowGivesEachLetterOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }

    void everyWindowGivesEachLetterOnce()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QStringList clashes;

        auto catalogue = Catalogue::create(m_store.newLocation()).value();
        const Microcredential example = ExampleDesign::load();
        QVERIFY(catalogue->save(example).ok());
        test::ScratchSettings scratch;
        MainWindow window(language, scratch);
        window.setCatalogue(catalogue);
        window.show();
        Mnemonics menuBar;
        addMenuTitles(menuBar, window.menuBar(), QStringLiteral("catalogue window menu bar"));
        clashes += menuBar.clashes;
        for (const QAction *action : window.menuBar()->actions())
            checkMenu(action->menu(), clashes);

        // The editor: its menu bar and the page shown.
        DesignEditorWindow *editor = window.openEditor(example.id);
        QVERIFY(editor);
        for (const QAction *action : editor->menuBar()->actions())
            checkMenu(action->menu(), clashes);
        checkEditorPages(editor, QStringLiteral("editor"), clashes);

        // The wizard: each page with the wizard's own buttons.
        Microcredential start = ExampleDesign::load(); // complete: Next is never held back
        start.id = Microcredential::newId();
        NewDesignWizard wizard(catalogue, start);
        wizard.show();
        for (int i = 0; i < SectionRouter::SectionCount; ++i) {
            if (i > 0)
                wizard.next();
            Mnemonics page;
            addWidgets(page, &wizard, QStringLiteral("wizard page %1").arg(i + 1));
            clashes += page.clashes;
        }
        editor->close();

        // The dialogs, each a window of its own.
        const auto checkDialog = [&clashes](QWidget *dialog, const QString &name) {
            dialog->show();
            Mnemonics mnemonics;
            addWidgets(mnemonics, dialog, name);
            clashes += mnemonics.clashes;
            dialog->hide();
        };
        DesignDocument document(example, catalogue, catalogue->rowVersion(example.id));
        ChecklistReviewDialog review(&document, QStringLiteral("Tester"));
        checkDialog(&review, QStringLiteral("checklist review"));
        WorkflowStepDialog step(example, WorkflowActor{QStringLiteral("Tester"), {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
        checkDialog(&step, QStringLiteral("change status"));
        HistoryDialog history(catalogue, example.id);
        checkDialog(&history, QStringLiteral("history"));
        ConnectCatalogueDialog connect;
        checkDialog(&connect, QStringLiteral("connect"));
        for (const ExportDialog::Document kind : {ExportDialog::Document::Description, ExportDialog::Document::Checklist,
                                                  ExportDialog::Document::Overview}) {
            ExportDialog exportDialog(kind, QString(), language);
            checkDialog(&exportDialog, QStringLiteral("export %1").arg(int(kind)));
        }

        // An approved version in the editor, with its Start New Version button.
        Microcredential approved = example;
        approved.id = Microcredential::newId();
        approved.status = Status::Draft;
        QVERIFY(catalogue->save(approved).ok());
        catalogue->setActor({QStringLiteral("Tester"), {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
        for (const auto &[to, role] : {std::pair{Status::InReview, WorkflowRole::Editor}, std::pair{Status::Reviewed, WorkflowRole::Reviewer},
                                       std::pair{Status::ApprovedByExamCommittee, WorkflowRole::Approver}})
            QVERIFY(catalogue->transition(approved.id, to, role, QStringLiteral("ok")).ok());
        DesignEditorWindow *frozen = window.openEditor(approved.id);
        QVERIFY(frozen);
        checkEditorPages(frozen, QStringLiteral("approved version, editor"), clashes);
        frozen->close();

        for (const QString &clash : std::as_const(clashes))
            qWarning("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(clashes.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
