// The approval workflow, versions and conflicts in the desktop UI (offscreen).
// CTest runs it on SQLite files and, as tst_workflow_postgresql, on a server.
#include "ScratchSettings.h"
#include "util/Clock.h"
#include "CatalogueTableModel.h"
#include "MainWindow.h"
#include "TestStore.h"
#include "document/DesignDocument.h"
#include "editor/DesignEditorWindow.h"
#include "example/ExampleDesign.h"
#include "sections/SectionRouter.h"
#include "workflow/ConflictDialog.h"
#include "workflow/ConnectCatalogueDialog.h"
#include "workflow/HistoryDialog.h"
#include "workflow/VersionComparisonView.h"
#include "workflow/WorkflowStepDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

namespace {

const WorkflowActor Everyone{QStringLiteral("tester"),
                             {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}};

Microcredential draftExample()
{
    Microcredential mc = ExampleDesign::load();
    mc.status = Status::Draft;
    return mc;
}

void approve(Catalogue &catalogue, const QString &id)
{
    QVERIFY(catalogue.transition(id, Status::InReview, WorkflowRole::Editor, QString()).ok());
    QVERIFY(catalogue.transition(id, Status::Reviewed, WorkflowRole::Reviewer, QString()).ok());
    QVERIFY(catalogue.transition(id, Status::ApprovedByExamCommittee, WorkflowRole::Approver, QStringLiteral("ok")).ok());
}

} // namespace

class TestWorkflowUi : public QObject
{
    Q_OBJECT

private:
    test::TestStore m_store;

    /// Every input on the editor's pages is read-only (or, without that state, disabled), or none is.
    static void expectReadOnly(QWidget *pages, bool readOnly)
    {
        int inputs = 0;
        for (QLineEdit *line : pages->findChildren<QLineEdit *>()) {
            if (qobject_cast<QComboBox *>(line->parentWidget()) || qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
                continue;
            QVERIFY2(line->isReadOnly() == readOnly, qPrintable(line->accessibleName()));
            ++inputs;
        }
        for (QPlainTextEdit *text : pages->findChildren<QPlainTextEdit *>()) {
            QVERIFY2(text->isReadOnly() == readOnly, qPrintable(text->accessibleName()));
            ++inputs;
        }
        for (QAbstractSpinBox *spin : pages->findChildren<QAbstractSpinBox *>()) {
            QVERIFY2(spin->isReadOnly() == readOnly, qPrintable(spin->accessibleName()));
            ++inputs;
        }
        for (QComboBox *combo : pages->findChildren<QComboBox *>()) {
            QVERIFY2(combo->isEnabled() != readOnly, qPrintable(combo->accessibleName()));
            ++inputs;
        }
        for (QPushButton *button : pages->findChildren<QPushButton *>()) {
            if (button->objectName().startsWith(QLatin1String("add")))
                QVERIFY2(button->isEnabled() != readOnly, qPrintable(button->text()));
        }
        QVERIFY(inputs > 30);
    }

    std::shared_ptr<Catalogue> catalogueWith(const QList<Microcredential> &designs)
    {
        auto catalogue = Catalogue::create(m_store.newLocation()).value();
        catalogue->setActor(Everyone); // SQLite; the server's test user has every role
        for (const Microcredential &mc : designs) {
            if (!catalogue->save(mc).ok())
                qWarning("could not save %s", qPrintable(mc.id));
        }
        return catalogue;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = test::TestStore::unavailableReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariableIntValue("MCSTUDIO_TEST_REQUIRE_POSTGRES") == 1)
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
    }

    void stepDialogOffersOnlyWhatTheRoleAllows()
    {
        Microcredential mc = draftExample();
        WorkflowStepDialog editor(mc, {QStringLiteral("ed"), {WorkflowRole::Editor}});
        QList<Status> offered;
        for (const WorkflowRule &rule : editor.offeredRules())
            offered.append(rule.to);
        QCOMPARE(offered, (QList<Status>{Status::InReview, Status::Archived}));
        editor.preselect(Status::Archived);
        QCOMPARE(editor.chosenRule()->to, Status::Archived);

        WorkflowStepDialog reviewerOnDraft(mc, {QStringLiteral("rev"), {WorkflowRole::Reviewer}});
        QVERIFY(reviewerOnDraft.offeredRules().isEmpty());
        QVERIFY(!reviewerOnDraft.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        // Sending back to draft is possible only with a reason.
        mc.status = Status::InReview;
        WorkflowStepDialog reviewer(mc, {QStringLiteral("rev"), {WorkflowRole::Reviewer}});
        reviewer.preselect(Status::Draft);
        QPushButton *ok = reviewer.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        reviewer.findChild<QPlainTextEdit *>(QStringLiteral("workflowComment"))->setPlainText(QStringLiteral("LO2 mist"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(reviewer.comment(), QStringLiteral("LO2 mist"));
    }

    void mainWindowTakesStepsAndKeepsTheRecord()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        catalogue->setActor(Everyone); // setCatalogue applies the (absent) settings
        window.selectId(mc.id);
        QVERIFY(window.takeStep(Status::InReview, WorkflowRole::Editor, QString()));
        QVERIFY(window.takeStep(Status::Reviewed, WorkflowRole::Reviewer, QStringLiteral("Goed")));
        QCOMPARE(catalogue->load(mc.id).value().status, Status::Reviewed);
        const QModelIndex row = window.tableView()->model()->index(window.tableView()->currentIndex().row(), 0);
        QVERIFY(row.isValid());
        QCOMPARE(catalogue->transitions(mc.id).value().size(), 2);
        QCOMPARE(catalogue->transitions(mc.id).value().constLast().comment, QStringLiteral("Goed"));
    }

    void approvedDesignIsReadOnlyUntilANewVersion()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        approve(*catalogue, mc.id);
        auto document = std::make_shared<DesignDocument>(catalogue->load(mc.id).value(), catalogue,
                                                         catalogue->rowVersion(mc.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QWidget *banner = editor.findChild<QWidget *>(QStringLiteral("frozenBanner"));
        QStackedWidget *pages = editor.findChild<QStackedWidget *>();
        QVERIFY(banner->isVisible());
        QVERIFY(pages->isEnabled()); // to be read: every page, every outcome
        expectReadOnly(pages, true);

        // The text can be selected and copied, not changed.
        auto *title = editor.findChild<QWidget *>(QStringLiteral("titleTextEdit"))->findChild<QLineEdit *>();
        QVERIFY(title->isEnabled());
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("xyz"));
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(title->text(), mc.title.nl);
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(title->selectedText(), mc.title.nl);

        // The second learning outcome and the second assessment can be reached.
        QVERIFY(mc.learningOutcomes.size() >= 2 && mc.assessments.size() >= 2);
        editor.showSection(SectionRouter::Outcomes);
        auto *outcomes = editor.findChild<QListWidget *>(QStringLiteral("outcomesListWidget"));
        QVERIFY(outcomes->isEnabled());
        outcomes->setFocus();
        outcomes->setCurrentRow(0);
        QTest::keyClick(outcomes, Qt::Key_Down);
        auto *statement = editor.findChild<QWidget *>(QStringLiteral("outcomeStatementTextEdit"))->findChild<QPlainTextEdit *>();
        QCOMPARE(statement->toPlainText(), mc.learningOutcomes.at(1).statement.nl);
        QVERIFY(statement->isReadOnly());
        QVERIFY(statement->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        for (const char *button : {"removeOutcomePushButton", "moveOutcomeUpPushButton", "moveOutcomeDownPushButton"})
            QVERIFY2(!editor.findChild<QPushButton *>(QLatin1String(button))->isEnabled(), button);
        QVERIFY(!editor.findChild<QListWidget *>(QStringLiteral("dutchVerbsListWidget"))->isVisible());
        editor.showSection(SectionRouter::Assessments);
        auto *assessments = editor.findChild<QListWidget *>(QStringLiteral("assessmentsListWidget"));
        assessments->setCurrentRow(1);
        auto *description = editor.findChild<QWidget *>(QStringLiteral("assessmentDescriptionTextEdit"))->findChild<QPlainTextEdit *>();
        QCOMPARE(description->toPlainText(), mc.assessments.at(1).description.nl);

        // A click in the alignment matrix changes nothing; nor does any other edit.
        auto *matrix = editor.findChild<QTableWidget *>(QStringLiteral("alignmentTableWidget"));
        QTableWidgetItem *link = matrix->item(0, 0);
        const Qt::CheckState linked = link->checkState();
        QVERIFY(!(link->flags() & Qt::ItemIsUserCheckable));
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualItemRect(link).center());
        QCOMPARE(link->checkState(), linked);
        title->setText(QStringLiteral("x")); // as if a widget slipped through
        QVERIFY(!document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"),
                                [](Microcredential &m) { m.title.nl = QStringLiteral("x"); }));
        QCOMPARE(title->text(), mc.title.nl); // and shows the approved text again
        QCOMPARE(document->design(), catalogue->load(mc.id).value());
        QCOMPARE(document->undoStack()->count(), 0);
        // The review checklists lie outside the approved content: work on them goes on.
        document->edit(QStringLiteral("checklists"), QStringLiteral("review"), [](Microcredential &m) {
            m.checklistFor(QStringLiteral("mbo-pilot"), QStringLiteral("2024"))
                .setText(QStringLiteral("c1"), QStringLiteral("reviewerComment"), QStringLiteral("Akkoord"),
                         QStringLiteral("tester"), Clock::now());
        });
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(document->saveNow());

        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("startNewVersionButton")), Qt::LeftButton);
        QCOMPARE(document->design().version, mc.version + 1);
        QCOMPARE(document->design().status, Status::Draft);
        QVERIFY(!banner->isVisible());
        expectReadOnly(pages, false);
        QVERIFY(matrix->item(0, 0)->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("removeAssessmentPushButton"))->isEnabled());
        for (const char *button : {"removeOutcomePushButton", "moveOutcomeUpPushButton", "moveOutcomeDownPushButton"})
            QVERIFY2(editor.findChild<QPushButton *>(QLatin1String(button))->isEnabled(), button); // outcome 2 of 6
        editor.showSection(SectionRouter::Outcomes);
        QVERIFY(editor.findChild<QListWidget *>(QStringLiteral("dutchVerbsListWidget"))->isVisible());

        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"),
                       [](Microcredential &m) { m.title.nl = QStringLiteral("Tweede versie"); });
        QVERIFY(document->saveNow());
        QCOMPARE(catalogue->loadVersion(mc.id, mc.version).value().title.nl, mc.title.nl);
        QCOMPARE(catalogue->loadVersion(mc.id, mc.version).value().status, Status::ApprovedByExamCommittee);

        HistoryDialog history(catalogue, mc.id);
        QCOMPARE(history.versionsTable()->rowCount(), 2);
        QCOMPARE(history.stepsTable()->rowCount(), 3);
        bool titleDiffers = false;
        for (int row = 0; row < history.comparisonView()->rowCount(); ++row)
            titleDiffers |= history.comparisonView()->item(row, 0)->text() == QStringLiteral("Title › Dutch");
        QVERIFY(titleDiffers);
        QVERIFY(history.comparisonView()->rowCount() >= 3); // title, version, status
        for (int row = 0; row < history.comparisonView()->rowCount(); ++row) {
            if (history.comparisonView()->item(row, 0)->text() == QLatin1String("Status"))
                QCOMPARE(history.comparisonView()->item(row, 1)->text(), QStringLiteral("Approved by the examination committee"));
        }
    }

    void conflictOffersReloadOrKeepMine()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        auto other = Catalogue::open(catalogue->path()).value();
        auto document = std::make_shared<DesignDocument>(mc, catalogue, catalogue->rowVersion(mc.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        int asked = 0;
        QString theirTitle;
        int answer = int(ConflictDialog::Choice::ReloadTheirs);
        editor.setConflictResolver([&](const Microcredential &theirs, const Microcredential &mine) {
            ++asked;
            theirTitle = theirs.title.nl;
            // The real dialog shows the same comparison.
            ConflictDialog dialog(theirs, mine);
            [&] { QVERIFY(dialog.comparisonView()->rowCount() >= 1); }();
            return answer;
        });

        Microcredential elsewhere = mc;
        elsewhere.title.nl = QStringLiteral("Elders gewijzigd");
        QVERIFY(other->save(elsewhere, 1).ok());
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Hier"); });
        QVERIFY(!document->saveNow());
        QCOMPARE(asked, 1);
        QCOMPARE(theirTitle, QStringLiteral("Elders gewijzigd"));
        QCOMPARE(document->design().title.nl, QStringLiteral("Elders gewijzigd")); // reloaded theirs
        QVERIFY(!document->hasUnsavedChanges());

        elsewhere.title.nl = QStringLiteral("Nog eens elders");
        QVERIFY(other->save(elsewhere, 2).ok());
        answer = int(ConflictDialog::Choice::KeepMine);
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Toch de mijne"); });
        document->saveNow();
        QCOMPARE(asked, 2);
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Toch de mijne"));
        QVERIFY(!document->hasUnsavedChanges());

        // Deciding later keeps the edit in the window and overwrites nothing.
        QVERIFY(other->save(elsewhere, 4).ok());
        answer = int(ConflictDialog::Choice::DecideLater);
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Later"); });
        QVERIFY(!document->saveNow());
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Nog eens elders"));
        QVERIFY(document->hasUnsavedChanges());
        QTemporaryDir copies;
        QVERIFY(editor.saveCopyTo(copies.filePath(QStringLiteral("copy.mcdesign"))));
        QVERIFY(QFile::exists(copies.filePath(QStringLiteral("copy.mcdesign"))));
    }

    void othersChangesAppearWithoutReopening()
    {
        auto catalogue = catalogueWith({draftExample()});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        QCOMPARE(window.tableView()->model()->rowCount(), 1);
        auto colleague = Catalogue::open(catalogue->path()).value();
        Microcredential theirs = draftExample();
        theirs.id = Microcredential::newId();
        theirs.title.nl = QStringLiteral("Van een collega");
        QVERIFY(colleague->save(theirs).ok());
        window.checkForChanges();
        QCOMPARE(window.tableView()->model()->rowCount(), 2);
    }

    void colleaguesChangesReachAnOpenEditor()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        DesignEditorWindow *editor = window.openEditor(mc.id);
        QVERIFY(editor);
        DesignDocument *document = editor->document();
        auto colleague = Catalogue::open(catalogue->path()).value();
        colleague->setActor(Everyone);

        // A colleague's edit appears at once, and the editor says where it came from.
        QVERIFY(document->edit(QStringLiteral("title.en"), QStringLiteral("edit"),
                               [](Microcredential &m) { m.title.en = QStringLiteral("Mine, saved"); }));
        QVERIFY(document->saveNow());
        Microcredential theirs = colleague->load(mc.id).value();
        theirs.title.nl = QStringLiteral("Door een collega verbeterd");
        QVERIFY(colleague->save(theirs, colleague->rowVersion(mc.id)).ok());
        window.checkForChanges();
        QCOMPARE(document->design().title.nl, QStringLiteral("Door een collega verbeterd"));
        QCOMPARE(document->design().title.en, QStringLiteral("Mine, saved"));
        QVERIFY(editor->statusBar()->currentMessage().contains(QStringLiteral("changes saved elsewhere")));
        QCOMPARE(document->undoStack()->count(), 0); // undo belonged to the content before theirs

        // Their approval turns the open editor read-only in front of the user.
        approve(*colleague, mc.id);
        window.checkForChanges();
        QCOMPARE(document->design().status, Status::ApprovedByExamCommittee);
        QVERIFY(editor->findChild<QWidget *>(QStringLiteral("frozenBanner"))->isVisible());
        QVERIFY(editor->findChild<QWidget *>(QStringLiteral("titleTextEdit"))->findChild<QLineEdit *>()->isReadOnly());

        // Typing not saved yet is never replaced: its save meets the conflict instead.
        QVERIFY(colleague->startNewVersion(mc.id).ok());
        window.checkForChanges();
        QCOMPARE(document->design().status, Status::Draft);
        QVERIFY(!editor->findChild<QWidget *>(QStringLiteral("frozenBanner"))->isVisible());
        QVERIFY(!editor->findChild<QWidget *>(QStringLiteral("titleTextEdit"))->findChild<QLineEdit *>()->isReadOnly());
        QVERIFY(editor->findChild<QPushButton *>(QStringLiteral("addOutcomePushButton"))->isEnabled());
        document->setAutoSave(false);
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Van mij"); });
        theirs = colleague->load(mc.id).value();
        theirs.title.nl = QStringLiteral("Weer van een collega");
        QVERIFY(colleague->save(theirs, colleague->rowVersion(mc.id)).ok());
        window.checkForChanges();
        QCOMPARE(document->design().title.nl, QStringLiteral("Van mij"));
        QVERIFY(document->hasUnsavedChanges());
        QCOMPARE(document->undoStack()->count(), 1);
        int asked = 0;
        editor->setConflictResolver([&](const Microcredential &, const Microcredential &) {
            ++asked;
            return int(ConflictDialog::Choice::DecideLater);
        });
        QVERIFY(!document->saveNow());
        QCOMPARE(document->lastFailureKind(), FailureKind::Conflict);
        QCOMPARE(asked, 1);
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Weer van een collega"));
    }

    void keepMineAfterTheirApprovalBecomesTheNextVersion()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        auto document = std::make_shared<DesignDocument>(mc, catalogue, catalogue->rowVersion(mc.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        QStringList notes;
        editor.setConflictResolver([&](const Microcredential &theirs, const Microcredential &mine) {
            ConflictDialog dialog(theirs, mine);
            if (auto *note = dialog.findChild<QLabel *>(QStringLiteral("approvedMeanwhileLabel")))
                notes.append(note->text());
            return int(ConflictDialog::Choice::KeepMine);
        });
        auto colleague = Catalogue::open(catalogue->path()).value();
        colleague->setActor(Everyone);
        approve(*colleague, mc.id);

        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Mijn verbetering"); });
        QVERIFY(!document->saveNow()); // the conflict; Keep Mine saves it as the next version
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.constFirst().contains(QStringLiteral("stays exactly as approved")));
        QVERIFY(!document->hasUnsavedChanges());
        const Microcredential stored = catalogue->load(mc.id).value();
        QCOMPARE(stored.version, mc.version + 1);
        QCOMPARE(stored.status, Status::Draft);
        QCOMPARE(stored.title.nl, QStringLiteral("Mijn verbetering"));
        const Microcredential approved = catalogue->loadVersion(mc.id, mc.version).value();
        QCOMPARE(approved.status, Status::ApprovedByExamCommittee);
        QCOMPARE(approved.title.nl, mc.title.nl);
        QCOMPARE(document->design().version, mc.version + 1);
        QVERIFY(!document->isFrozen());
        QVERIFY(editor.statusBar()->currentMessage().contains(QStringLiteral("approved in the meantime")));
        QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("titleTextEdit"))->findChild<QLineEdit *>()->isReadOnly());
    }

    void keepMineCannotReopenAnArchivedDesign()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        auto document = std::make_shared<DesignDocument>(mc, catalogue, catalogue->rowVersion(mc.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        bool keepOffered = true;
        editor.setConflictResolver([&](const Microcredential &theirs, const Microcredential &mine) {
            ConflictDialog dialog(theirs, mine);
            for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("&Keep Mine"))
                    keepOffered = button->isEnabled();
            }
            return int(ConflictDialog::Choice::KeepMine); // as if it were clicked anyway
        });
        auto colleague = Catalogue::open(catalogue->path()).value();
        colleague->setActor(Everyone);
        QVERIFY(colleague->transition(mc.id, Status::Archived, WorkflowRole::Editor, QString()).ok());

        document->setAutoSave(false);
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Nog even"); });
        QVERIFY(!document->saveNow());
        QVERIFY(!keepOffered);
        QCOMPARE(document->lastFailureKind(), FailureKind::Forbidden);
        QVERIFY(document->lastError().contains(QStringLiteral("archived")));
        QVERIFY(document->hasUnsavedChanges()); // still in the window, for Save a Copy
        const Microcredential stored = catalogue->load(mc.id).value();
        QCOMPARE(stored.status, Status::Archived);
        QCOMPARE(stored.version, mc.version);
        QCOMPARE(stored.title.nl, mc.title.nl);
    }

    void closingAfterAConflictSettledByKeepMineAsksNothing()
    {
        const Microcredential mc = draftExample();
        auto catalogue = catalogueWith({mc});
        auto document = std::make_shared<DesignDocument>(mc, catalogue, catalogue->rowVersion(mc.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.show();
        editor.setConflictResolver([](const Microcredential &, const Microcredential &) { return int(ConflictDialog::Choice::KeepMine); });
        auto colleague = Catalogue::open(catalogue->path()).value();
        Microcredential theirs = mc;
        theirs.title.en = QStringLiteral("Theirs");
        QVERIFY(colleague->save(theirs, catalogue->rowVersion(mc.id)).ok());
        document->setAutoSave(false);
        document->edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Van mij"); });
        QVERIFY(editor.close()); // the save meets the conflict, Keep Mine settles it: no question follows
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Van mij"));
    }

    void othersChangesAreAppliedWithoutReloadingTheList()
    {
        Microcredential first = draftExample();
        first.changed = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        Microcredential second = draftExample();
        second.id = Microcredential::newId();
        second.title.nl = QStringLiteral("Wordt verwijderd");
        second.changed = QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
        auto catalogue = catalogueWith({first, second});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("nl"), scratch);
        window.setCatalogue(catalogue);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.tableView()->model());
        QVERIFY(proxy);
        QSignalSpy resets(proxy->sourceModel(), &QAbstractItemModel::modelReset);
        auto titles = [&] {
            QStringList shown;
            for (int r = 0; r < proxy->rowCount(); ++r)
                shown.append(proxy->index(r, 0).data().toString());
            shown.sort();
            return shown;
        };

        // A colleague edits one design, removes another and adds a third.
        auto colleague = Catalogue::open(catalogue->path()).value();
        first.title.nl = QStringLiteral("Door een collega aangepast");
        first.changed = QDateTime(QDate(2026, 5, 3), QTime(8, 0), Qt::UTC);
        QVERIFY(colleague->save(first).ok());
        QVERIFY(colleague->remove(second.id).ok());
        Microcredential third = draftExample();
        third.id = Microcredential::newId();
        third.title.nl = QStringLiteral("Nieuw van een collega");
        third.changed = QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC);
        QVERIFY(colleague->save(third).ok());
        window.checkForChanges();
        QCOMPARE(titles(), QStringList({QStringLiteral("Door een collega aangepast"), QStringLiteral("Nieuw van een collega")}));
        QCOMPARE(resets.count(), 0); // applied row by row: sorting, selection and scroll position stay

        // A colleague whose clock runs behind saves a design "in the past": the
        // stamp does not add up, and the whole list is read again.
        Microcredential late = draftExample();
        late.id = Microcredential::newId();
        late.title.nl = QStringLiteral("Met een achterlopende klok");
        late.changed = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(colleague->save(late).ok());
        window.checkForChanges();
        QCOMPARE(titles().size(), 3);
        QVERIFY(titles().contains(QStringLiteral("Met een achterlopende klok")));
        QCOMPARE(resets.count(), 1);
    }

    void connectDialogNeverPutsThePasswordInTheAddress()
    {
        ConnectCatalogueDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"))->setText(QStringLiteral("catalogus"));
        dialog.findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("db.school.nl"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit"))->setText(QStringLiteral("jan"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("geheim"));
        const CatalogueLocation location = dialog.location();
        QCOMPARE(location.password(), QStringLiteral("geheim"));
        QCOMPARE(location.toString(), QStringLiteral("postgresql://jan@db.school.nl:5432/catalogus"));
        QVERIFY(!location.toString().contains(QStringLiteral("geheim")));
        QCOMPARE(location.displayName(), QStringLiteral("catalogus on db.school.nl"));
        // Nor is one accepted in an address typed or passed on a command line.
        const Result<CatalogueLocation> parsed =
            CatalogueLocation::parse(QStringLiteral("postgresql://jan:geheim@db.school.nl/catalogus"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().contains(QStringLiteral("PGPASSWORD")));
        QVERIFY(!parsed.error().contains(QStringLiteral("geheim")));
    }
};

QTEST_MAIN(TestWorkflowUi)
#include "tst_workflow.moc"
