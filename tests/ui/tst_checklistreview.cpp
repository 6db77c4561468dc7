#include "ScratchSettings.h"
#include "util/Clock.h"
#include "checklist/ChecklistItemEdit.h"
#include "checklist/ChecklistReviewDialog.h"
#include "checklist/ChecklistReviewWidget.h"
#include "checklist/ChecklistTableModel.h"
#include "checklist/OpenItemsFilterModel.h"
#include "MainWindow.h"
#include "document/DesignDocument.h"
#include "editor/DesignEditorWindow.h"
#include "example/ExampleDesign.h"
#include "frameworks/FrameworkLibrary.h"
#include "workflow/ConflictDialog.h"
#include "quality/InstitutionsDialog.h"
#include "quality/QualityFrameworksDialog.h"
#include "storage/Catalogue.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

namespace {

const QString Reviewer = QStringLiteral("Anna de Vries");
const QString Mbo = QStringLiteral("mbo-2024");
const QString Criterion4 = QStringLiteral("mbo-2024.04");

QStringList visibleCriteria(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ChecklistTableModel::CriterionIdRole).toString());
    return ids;
}

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// A catalogue window on a catalogue holding the example, with its review window open.
std::unique_ptr<MainWindow> windowWithReview(const QTemporaryDir &dir, std::shared_ptr<Catalogue> &catalogue)
{
    catalogue = Catalogue::create(dir.filePath(QStringLiteral("review.mcdb"))).value();
    const Microcredential mc = ExampleDesign::load();
    if (!catalogue->save(mc).ok())
        qFatal("cannot save the example");
    static test::ScratchSettings scratch; // outlives every window made here
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"), scratch);
    window->setCatalogue(catalogue);
    window->show();
    window->selectId(mc.id);
    window->reviewChecklist();
    return window;
}

void setStatus(Microcredential &mc, const QString &criterionId, CriterionStatus status)
{
    const QualityFramework *framework = FrameworkLibrary::findBuiltIn(Mbo);
    mc.checklistFor(framework->id, framework->version)
        .setStatus(criterionId, status, Reviewer, Clock::now());
}

} // namespace

class TestChecklistReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistTableModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpenItemsFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setLanguage(QStringLiteral("en"));
        model.setFramework(*FrameworkLibrary::findBuiltIn(Mbo));

        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), int(ChecklistTableModel::ColumnCount));
        const int row = model.rowOf(Criterion4);
        QCOMPARE(row, 3);
        QCOMPARE(model.index(row, ChecklistTableModel::NumberColumn).data().toString(),
                 QStringLiteral("4"));
        QCOMPARE(model.index(row, 0).data(ChecklistTableModel::CriterionIdRole).toString(),
                 Criterion4);
        QVERIFY(model.index(row, 0).data(ChecklistTableModel::IsOpenRole).toBool());
        QCOMPARE(model.index(row, ChecklistTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Open"));
        // The example designates an examining body: the check passes, with its reason.
        const QModelIndex verdict = model.index(row, ChecklistTableModel::VerdictColumn);
        QCOMPARE(verdict.data().toString(), QStringLiteral("Meets the check"));
        QVERIFY(!verdict.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!(model.flags(verdict) & Qt::ItemIsEditable));
        QCOMPARE(model.index(0, ChecklistTableModel::VerdictColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, ChecklistTableModel::VerdictColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("None: judged by the team"));

        filter.setOpenOnly(true);
        QCOMPARE(filter.rowCount(), 12);
        document.edit(QStringLiteral("test"), QStringLiteral("test"),
                      [](Microcredential &mc) { setStatus(mc, Criterion4, CriterionStatus::Met); });
        QCOMPARE(model.index(row, ChecklistTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Met"));
        QVERIFY(!model.index(row, 0).data(ChecklistTableModel::IsOpenRole).toBool());
        QCOMPARE(filter.rowCount(), 11);
        QVERIFY(!visibleCriteria(&filter).contains(Criterion4));
        filter.setOpenOnly(false);
        QCOMPARE(filter.rowCount(), 12);

        const QString englishTitle =
            model.index(row, ChecklistTableModel::CriterionColumn).data().toString();
        model.setLanguage(QStringLiteral("nl"));
        QVERIFY(model.index(row, ChecklistTableModel::CriterionColumn).data().toString() !=
                englishTitle);
        QCOMPARE(model.index(row, ChecklistTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Voldaan"));

        model.setFramework(*FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo")));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.index(0, 0).data(ChecklistTableModel::IsOpenRole).toBool());
        document.undoStack()->undo();
        QCOMPARE(filter.rowCount(), 12);
    }

    void startsWithTheDesignsFramework()
    {
        Microcredential mc = ExampleDesign::load();
        mc.qualityAssurance.frameworkId = QStringLiteral("eu-2022");
        DesignDocument document(mc, nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        QCOMPARE(review.frameworkId(), QStringLiteral("eu-2022"));
        QCOMPARE(review.currentCriterionId(), QStringLiteral("eu-2022.M01"));

        mc.qualityAssurance.frameworkId = QStringLiteral("own-framework");
        DesignDocument other(mc, nullptr, std::nullopt);
        ChecklistReviewWidget fallback(&other, Reviewer);
        QCOMPARE(fallback.frameworkId(), Mbo);

        // A criterion of another framework switches to it.
        fallback.selectCriterion(QStringLiteral("hbo-wo.R2"));
        QCOMPARE(fallback.frameworkId(), QStringLiteral("hbo-wo"));
        QCOMPARE(fallback.currentCriterionId(), QStringLiteral("hbo-wo.R2"));
    }

    void copiedChecklistWorkSaysWhereItCameFrom()
    {
        Microcredential original = ExampleDesign::load();
        original.checklistFor(Mbo, QStringLiteral("2024-2025"))
            .setStatus(QStringLiteral("mbo-2024.04"), CriterionStatus::Met, QStringLiteral("Team"), QDateTime::currentDateTimeUtc());
        DesignDocument first(original, nullptr, std::nullopt);
        ChecklistReviewWidget plain(&first, Reviewer);
        QVERIFY(plain.findChild<QLabel *>(QStringLiteral("checklistCopiedLabel"))->isHidden());
        DesignDocument copy(original.copyAsNewDesign(Reviewer), nullptr, std::nullopt);
        ChecklistReviewWidget review(&copy, Reviewer);
        auto *notice = review.findChild<QLabel *>(QStringLiteral("checklistCopiedLabel"));
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(original.title.nl));
    }

    /// A criterion about the institution shows the institution's evidence, its
    /// guidance apart from the criterion, and lets the team give its own (undoable).
    void institutionEvidenceIsShownAndCanBeOverridden()
    {
        Microcredential mc = ExampleDesign::load();
        InstitutionEvidence evidence;
        evidence.institutionId = mc.institution.identifier;
        evidence.criterionId = QStringLiteral("mbo-2024.02");
        evidence.text = QStringLiteral("LLO-visie 2025-2030, vastgesteld door het CvB");
        evidence.recordedBy = QStringLiteral("Anna");
        evidence.recordedAt = QDateTime::currentDateTimeUtc();
        evidence.validUntil = QDate(2021, 1, 31);
        mc.institutionEvidence = {evidence};
        DesignDocument document(mc, nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.setLanguage(QStringLiteral("en"));
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.selectCriterion(QStringLiteral("mbo-2024.02"));
        auto *inherited = child<QLabel>(review, "institutionEvidenceLabel");
        QVERIFY(inherited && inherited->isVisible());
        QVERIFY(inherited->text().contains(QStringLiteral("LLO-visie 2025-2030")));
        QVERIFY2(inherited->text().contains(QStringLiteral("needs review")), qPrintable(inherited->text()));
        QVERIFY(child<QTextBrowser>(review, "descriptionTextBrowser")->toPlainText().contains(QStringLiteral("Guidance")));
        auto *evidenceEdit = child<QPlainTextEdit>(review, "evidencePlainTextEdit");
        QVERIFY(!evidenceEdit->isEnabled()); // inherited: the team's own waits for the box
        auto *own = child<QCheckBox>(review, "ownEvidenceCheckBox");
        QVERIFY(own && own->isVisible() && !own->isChecked());
        own->click();
        QVERIFY(document.design().checklist(Mbo)->item(QStringLiteral("mbo-2024.02"))->ownEvidence);
        QVERIFY(evidenceEdit->isEnabled());
        QVERIFY(document.undoStack()->canUndo());
        document.undoStack()->undo();
        QVERIFY(!document.design().checklist(Mbo) || !document.design().checklist(Mbo)->item(QStringLiteral("mbo-2024.02"))
                || !document.design().checklist(Mbo)->item(QStringLiteral("mbo-2024.02"))->ownEvidence);
        // A criterion about the design shows none of this.
        review.selectCriterion(QStringLiteral("mbo-2024.07"));
        QVERIFY(!inherited->isVisible());
        QVERIFY(!own->isVisible());
    }

    /// The frameworks window lists a framework the school loaded; only an approver
    /// may remove it. The institutions window records evidence every design inherits.
    void frameworksAndInstitutionsWindows()
    {
        QTemporaryDir dir;
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("q.mcdb"))).value();
        catalogue->setActor({Reviewer, {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
        const Microcredential mc = ExampleDesign::load();
        QVERIFY(catalogue->save(mc).ok());
        QFile file(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/../../docs/examples/quality-framework-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(catalogue->addFramework(file.readAll(), file.fileName()).ok());
        {
            QualityFrameworksDialog dialog(catalogue);
            auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("frameworksTreeWidget"));
            QCOMPARE(list->topLevelItemCount(), 4);
            list->setCurrentItem(list->topLevelItem(0));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("removeFrameworkButton"))->isEnabled());
            list->setCurrentItem(list->topLevelItem(1)); // a shipped one is never removed
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeFrameworkButton"))->isEnabled());
        }
        {
            InstitutionsDialog dialog(catalogue);
            auto *frameworks = dialog.findChild<QComboBox *>(QStringLiteral("frameworkComboBox"));
            frameworks->setCurrentIndex(frameworks->findData(Mbo));
            auto *criteria = dialog.findChild<QTreeWidget *>(QStringLiteral("institutionCriteriaTreeWidget"));
            QCOMPARE(criteria->topLevelItemCount(), 6); // mbo 1-5 and 10
            criteria->setCurrentItem(criteria->topLevelItem(1));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("institutionEvidencePlainTextEdit"))->setPlainText(QStringLiteral("LLO-visie"));
            dialog.findChild<QPushButton *>(QStringLiteral("recordEvidenceButton"))->click();
            QCOMPARE(criteria->topLevelItem(1)->text(2), QStringLiteral("Recorded"));
            auto *makeDefault = dialog.findChild<QCheckBox *>(QStringLiteral("defaultInstitutionCheckBox"));
            QVERIFY(makeDefault->isEnabled() && !makeDefault->isChecked());
            makeDefault->click();
            QCOMPARE(catalogue->defaultInstitution().value()->identifier, mc.institution.identifier);
        }
        QCOMPARE(catalogue->load(mc.id).value().institutionEvidence.size(), 1);
        catalogue->setActor({Reviewer, {WorkflowRole::Editor}});
        QualityFrameworksDialog readOnly(catalogue);
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("addFrameworkButton"))->isEnabled());
        InstitutionsDialog noRecording(catalogue);
        QVERIFY(!noRecording.findChild<QPushButton *>(QStringLiteral("recordEvidenceButton"))->isEnabled());
        FrameworkLibrary::useCatalogueFrameworks({});
    }

    void statusChangedInTheUiIsRecordedAndShown()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.setLanguage(QStringLiteral("en"));
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.selectCriterion(Criterion4);
        QCOMPARE(review.currentCriterionId(), Criterion4);
        auto *title = child<QLabel>(review, "criterionTitleLabel");
        QVERIFY(title && title->text().startsWith(QStringLiteral("4 · ")));
        QVERIFY(!child<QLabel>(review, "verdictLabel")->text().isEmpty());
        QVERIFY(!child<QTextBrowser>(review, "descriptionTextBrowser")->toPlainText().isEmpty());

        auto *status = child<QComboBox>(review, "statusComboBox");
        QVERIFY(status);
        QCOMPARE(status->currentText(), QStringLiteral("Open"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);

        const Checklist *checklist = document.design().checklist(Mbo);
        QVERIFY(checklist);
        QCOMPARE(checklist->frameworkVersion, FrameworkLibrary::findBuiltIn(Mbo)->version);
        QCOMPARE(checklist->item(Criterion4)->status, CriterionStatus::InProgress);
        QCOMPARE(checklist->item(Criterion4)->criterionDigest,
                 FrameworkLibrary::findBuiltIn(Mbo)->criterion(Criterion4)->digest());
        QCOMPARE(checklist->history.size(), 1);
        const ChecklistChange &change = checklist->history.last();
        QCOMPARE(change.by, Reviewer);
        QCOMPARE(change.criterionId, Criterion4);
        QCOMPARE(change.field, QStringLiteral("status"));
        QCOMPARE(change.oldValue, QStringLiteral("open"));
        QCOMPARE(change.newValue, QStringLiteral("inProgress"));
        QVERIFY(change.at.isValid());

        const ChecklistTableModel *model = review.tableModel();
        QCOMPARE(model->index(model->rowOf(Criterion4), ChecklistTableModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("In progress"));
        QCOMPARE(document.undoStack()->count(), 1);

        document.undoStack()->undo();
        QVERIFY(!document.design().checklist(Mbo));
        QCOMPARE(status->currentText(), QStringLiteral("Open"));
    }

    void longEvidenceShowsItsStartInTheTableAndAllOfItInTheTooltip()
    {
        const QString evidence = QStringLiteral("Besluit 2024-17 van de examencommissie. Zie het verslag van de vergadering, "
                                                "met de bijlagen en de reactie van de opleiding op elk punt.\n\nTweede alinea 😀.");
        Microcredential mc = ExampleDesign::load();
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(Mbo);
        mc.checklistFor(framework->id, framework->version)
            .setText(Criterion4, QStringLiteral("evidence"), evidence, Reviewer, Clock::now());
        DesignDocument document(mc, nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        const ChecklistTableModel *model = review.tableModel();
        const QModelIndex cell = model->index(model->rowOf(Criterion4), ChecklistTableModel::EvidenceColumn);
        const QString shown = cell.data().toString();
        QVERIFY2(shown.size() <= ChecklistTableModel::GlimpseLength && shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(shown.startsWith(QStringLiteral("Besluit 2024-17 van de examencommissie. Zie het verslag")));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), evidence);
        // Short evidence is shown whole, on one line.
        mc.checklistFor(framework->id, framework->version)
            .setText(Criterion4, QStringLiteral("evidence"), QStringLiteral("Besluit\n2024-17"), Reviewer,
                     Clock::now());
        document.reset(mc);
        QCOMPARE(model->index(model->rowOf(Criterion4), ChecklistTableModel::EvidenceColumn).data().toString(),
                 QStringLiteral("Besluit 2024-17"));
    }

    void typedTextIsStoredOnceAndUndone()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.selectCriterion(Criterion4);

        auto *evidence = child<QPlainTextEdit>(review, "evidencePlainTextEdit");
        QVERIFY(evidence);
        evidence->setFocus();
        const QString typed = QStringLiteral("Decision 2024-17 of the examination board");
        QTest::keyClicks(evidence, typed);
        const Checklist *checklist = document.design().checklist(Mbo);
        QVERIFY(checklist);
        QCOMPARE(checklist->item(Criterion4)->evidence, typed);
        // One undo step and one history entry for the typing, not one per key.
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(checklist->history.size(), 1);
        QCOMPARE(checklist->history.last().newValue, typed);
        QCOMPARE(checklist->history.last().oldValue, QString());
        const ChecklistTableModel *model = review.tableModel();
        QCOMPARE(model->index(model->rowOf(Criterion4), ChecklistTableModel::EvidenceColumn)
                     .data()
                     .toString(),
                 typed);
        auto *links = child<QPlainTextEdit>(review, "linksPlainTextEdit");
        links->setFocus();
        QTest::keyClicks(links, QStringLiteral("https://example.org/a"));
        QTest::keyClick(links, Qt::Key_Return);
        QTest::keyClicks(links, QStringLiteral("https://example.org/b"));
        const QStringList expectedLinks{QStringLiteral("https://example.org/a"),
                                        QStringLiteral("https://example.org/b")};
        QCOMPARE(document.design().checklist(Mbo)->item(Criterion4)->evidenceLinks, expectedLinks);

        auto *responsible = child<QLineEdit>(review, "responsibleLineEdit");
        responsible->setFocus();
        QTest::keyClicks(responsible, QStringLiteral("Jan Jansen"));
        auto *comment = child<QPlainTextEdit>(review, "reviewerCommentPlainTextEdit");
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("Agreed."));
        const ChecklistItem *item = document.design().checklist(Mbo)->item(Criterion4);
        QCOMPARE(item->responsible, QStringLiteral("Jan Jansen"));
        QCOMPARE(item->reviewerComment, QStringLiteral("Agreed."));
        QCOMPARE(item->reviewedBy, Reviewer);
        QVERIFY(child<QLabel>(review, "reviewedLabel")->text().contains(Reviewer));

        document.undoStack()->undo(); // the comment
        document.undoStack()->undo(); // the person responsible
        document.undoStack()->undo(); // the links
        QCOMPARE(document.design().checklist(Mbo)->item(Criterion4)->evidence, typed);
        QVERIFY(document.design().checklist(Mbo)->item(Criterion4)->evidenceLinks.isEmpty());
        QCOMPARE(links->toPlainText(), QString());
        QCOMPARE(comment->toPlainText(), QString());
        document.undoStack()->undo(); // the evidence
        QVERIFY(!document.design().checklist(Mbo));
        QCOMPARE(evidence->toPlainText(), QString());
        document.undoStack()->redo();
        QCOMPARE(evidence->toPlainText(), typed);
    }

    void openItemsFilterHidesMetCriteria()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QTableView *table = review.tableView();
        auto *openOnly = child<QCheckBox>(review, "openOnlyCheckBox");
        QVERIFY(openOnly);
        QTest::mouseClick(openOnly, Qt::LeftButton);
        QVERIFY(openOnly->isChecked());
        QCOMPARE(table->model()->rowCount(), 12);

        review.selectCriterion(Criterion4);
        auto *status = child<QComboBox>(review, "statusComboBox");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // in progress: still open
        QCOMPARE(table->model()->rowCount(), 12);
        QTest::keyClick(status, Qt::Key_Down); // met
        QCOMPARE(document.design().checklist(Mbo)->item(Criterion4)->status, CriterionStatus::Met);
        QCOMPARE(table->model()->rowCount(), 11);
        QVERIFY(!visibleCriteria(table->model()).contains(Criterion4));
        // The pane stays with the criterion just met, so its evidence can follow.
        QCOMPARE(review.currentCriterionId(), Criterion4);
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        auto *evidence = child<QPlainTextEdit>(review, "evidencePlainTextEdit");
        evidence->setFocus();
        QTest::keyClicks(evidence, QStringLiteral("Minutes"));
        QCOMPARE(document.design().checklist(Mbo)->item(Criterion4)->evidence,
                 QStringLiteral("Minutes"));

        // Keyboard navigation in the table moves the pane.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(review.currentCriterionId(), QStringLiteral("mbo-2024.02"));

        // Asking for a hidden criterion shows all criteria again.
        review.selectCriterion(Criterion4);
        QVERIFY(!openOnly->isChecked());
        QCOMPARE(table->model()->rowCount(), 12);
        QCOMPARE(table->currentIndex().data(ChecklistTableModel::CriterionIdRole).toString(),
                 Criterion4);
    }

    void keyboardReachesTheDetailPane()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewDialog dialog(&document, Reviewer);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        ChecklistReviewWidget *review = dialog.reviewWidget();
        review->selectCriterion(Criterion4);
        QCOMPARE(QApplication::focusWidget(), review->tableView());
        QTest::keyClick(review->tableView(), Qt::Key_Down);
        QCOMPARE(review->currentCriterionId(), QStringLiteral("mbo-2024.05"));
        QTest::keyClick(review->tableView(), Qt::Key_Up);
        // Tab leaves the table for the detail pane, in reading order.
        for (const char *next : {"descriptionTextBrowser", "statusComboBox"}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(next));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(document.design().checklist(Mbo)->item(Criterion4)->status,
                 CriterionStatus::InProgress);
    }

    void reviewWindowStaysBesideTheCatalogueAndSavesOnClose()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalogue> catalogue;
        const Microcredential mc = ExampleDesign::load();
        const std::unique_ptr<MainWindow> owner = windowWithReview(dir, catalogue);
        MainWindow &window = *owner;
        QCOMPARE(window.findChildren<ChecklistReviewDialog *>().size(), 1);
        ChecklistReviewDialog *review = window.findChild<ChecklistReviewDialog *>();
        QVERIFY(review->isVisible());
        QVERIFY(!review->isModal());
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // the catalogue window still takes input
        window.reviewChecklist(); // again: the same window comes forward
        QCOMPARE(window.findChildren<ChecklistReviewDialog *>().size(), 1);

        // The editor opens beside it, on the same document.
        DesignEditorWindow *editor = window.openEditor(mc.id);
        QVERIFY(editor);
        QCOMPARE(editor->document(), review->document());

        // A status chosen in the review is saved when its window closes.
        review->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(review));
        review->reviewWidget()->selectCriterion(Criterion4);
        QComboBox *status = child<QComboBox>(*review, "statusComboBox");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(review->document()->design().checklist(Mbo)->item(Criterion4)->status, CriterionStatus::InProgress);
        QVERIFY(review->close());
        QCOMPARE(catalogue->load(mc.id).value().checklist(Mbo)->item(Criterion4)->status, CriterionStatus::InProgress);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(window.findChildren<ChecklistReviewDialog *>().isEmpty());
        QVERIFY(editor->close());
    }

    void aReviewWindowOnItsOwnSettlesAConflictAndOnlyOnce()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalogue> catalogue;
        const Microcredential mc = ExampleDesign::load();
        const std::unique_ptr<MainWindow> owner = windowWithReview(dir, catalogue);
        MainWindow &window = *owner;
        ChecklistReviewDialog *review = window.findChild<ChecklistReviewDialog *>();
        QVERIFY(review);
        int reviewAsked = 0;
        review->setConflictResolver([&](const Microcredential &, const Microcredential &) {
            ++reviewAsked;
            return int(ConflictDialog::Choice::ReloadTheirs);
        });
        auto colleague = Catalogue::open(catalogue->path()).value();
        const auto colleagueEdits = [&](const QString &title) {
            Microcredential theirs = colleague->load(mc.id).value();
            theirs.title.en = title;
            QVERIFY(colleague->save(theirs, colleague->rowVersion(mc.id)).ok());
        };
        const auto reviewerEdits = [&] {
            const QualityFramework *framework = FrameworkLibrary::findBuiltIn(Mbo);
            ChecklistItemEdit::apply(review->document(), *framework, framework->criteria.at(0), QStringLiteral("reviewerComment"),
                                     QStringLiteral("comment"), Reviewer, false,
                                     [](Checklist &checklist, const QString &criterionId, const QString &by, const QDateTime &at) {
                                         return checklist.setText(criterionId, QStringLiteral("reviewerComment"),
                                                                  QStringLiteral("Nog toelichten") + at.toString(), by, at);
                                     });
        };

        // Alone, the review window answers the conflict itself (here: take theirs).
        colleagueEdits(QStringLiteral("Changed by a colleague"));
        reviewerEdits();
        QVERIFY(!review->document()->saveNow());
        QCOMPARE(reviewAsked, 1);
        QCOMPARE(review->document()->design().title.en, QStringLiteral("Changed by a colleague"));
        QVERIFY(!review->document()->hasUnsavedChanges());

        // With an editor on the same document, the editor asks, and only it.
        DesignEditorWindow *editor = window.openEditor(mc.id);
        int editorAsked = 0;
        editor->setConflictResolver([&](const Microcredential &, const Microcredential &) {
            ++editorAsked;
            return int(ConflictDialog::Choice::ReloadTheirs);
        });
        colleagueEdits(QStringLiteral("Changed again"));
        reviewerEdits();
        QVERIFY(!review->document()->saveNow());
        QCOMPARE(editorAsked, 1);
        QCOMPARE(reviewAsked, 1);
        QVERIFY(editor->close());
        QVERIFY(review->close());
    }

    void signOffIsConfirmedAndRecorded()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        auto *label = child<QLabel>(review, "signOffLabel");
        auto *button = child<QPushButton>(review, "signOffPushButton");
        QVERIFY(label && button);
        QCOMPARE(label->text(), QStringLiteral("Not signed off yet"));

        QString asked;
        review.setConfirmation([&asked](const QString &question) {
            asked = question;
            return false;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(asked.contains(Reviewer));
        QVERIFY(!document.design().checklist(Mbo));

        QSignalSpy signedOff(&review, &ChecklistReviewWidget::signedOff);
        review.setConfirmation([](const QString &) { return true; });
        QTest::mouseClick(button, Qt::LeftButton);
        const Checklist *checklist = document.design().checklist(Mbo);
        QVERIFY(checklist);
        QCOMPARE(checklist->signedOffBy, Reviewer);
        QVERIFY(checklist->signedOffAt.isValid());
        QCOMPARE(checklist->history.last().field, QStringLiteral("signOff"));
        QVERIFY(label->text().startsWith(QStringLiteral("Signed off by ") + Reviewer));
        QCOMPARE(signedOff.count(), 1);

        document.undoStack()->undo();
        QCOMPARE(label->text(), QStringLiteral("Not signed off yet"));

        DesignDocument unnamed(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewWidget anonymous(&unnamed, QString());
        QVERIFY(!child<QPushButton>(anonymous, "signOffPushButton")->isEnabled());
    }

    void frameworkChangesAreShown()
    {
        Microcredential mc = ExampleDesign::load();
        Checklist &old = mc.checklistFor(Mbo, QStringLiteral("2023-2024"));
        old.setStatus(Criterion4, CriterionStatus::Met, Reviewer,
                      Clock::now());
        old.item(Criterion4)->criterionDigest = QStringLiteral("0123456789ab");
        DesignDocument document(mc, nullptr, std::nullopt);
        ChecklistReviewWidget review(&document, Reviewer);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        auto *notice = child<QFrame>(review, "frameworkChangesFrame");
        QVERIFY(notice && notice->isVisible());
        const QString text = child<QLabel>(review, "frameworkChangesLabel")->text();
        QVERIFY(text.contains(QStringLiteral("2023-2024")));
        QVERIFY(text.contains(QStringLiteral("reworded")));

        QVERIFY(review.selectFramework(QStringLiteral("hbo-wo")));
        QVERIFY(!notice->isVisible());
    }

    void dialogFitsASmallScreen()
    {
        DesignDocument document(ExampleDesign::load(), nullptr, std::nullopt);
        ChecklistReviewDialog dialog(&document, Reviewer);
        QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("Checklist review — ")));
        QVERIFY(dialog.windowTitle().contains(
            document.design().title.preferred(dialog.reviewWidget()->language())));
        QVERIFY(dialog.width() <= 1000 && dialog.height() <= 680);
        Microcredential titled = document.design();
        titled.title = {QStringLiteral("Warmtepompen"), QStringLiteral("Heat pumps")};
        document.reset(titled);
        dialog.setLanguage(QStringLiteral("en"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Checklist review — Heat pumps"));
        dialog.setLanguage(QStringLiteral("nl"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Checklist review — Warmtepompen"));
        QVERIFY(dialog.minimumSizeHint().width() <= 1280 &&
                dialog.minimumSizeHint().height() <= 680);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void checklistSurvivesTheCatalogue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created = Catalogue::create(dir.filePath(QStringLiteral("review.mcdb")));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        std::shared_ptr<Catalogue> catalogue = created.value();
        const Microcredential example = ExampleDesign::load();
        const Result<int> rowVersion = catalogue->save(example);
        QVERIFY2(rowVersion.ok(), qPrintable(rowVersion.error()));

        DesignDocument document(catalogue->load(example.id).value(), catalogue, rowVersion.value());
        document.setAutoSave(true);
        ChecklistReviewWidget review(&document, Reviewer);
        review.setConfirmation([](const QString &) { return true; });
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));

        review.selectCriterion(Criterion4);
        auto *status = child<QComboBox>(review, "statusComboBox");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTest::keyClick(status, Qt::Key_Down);
        auto *evidence = child<QPlainTextEdit>(review, "evidencePlainTextEdit");
        evidence->setFocus();
        QTest::keyClicks(evidence, QStringLiteral("Board decision, see minutes"));
        auto *links = child<QPlainTextEdit>(review, "linksPlainTextEdit");
        links->setFocus();
        QTest::keyClicks(links, QStringLiteral("https://example.org/minutes"));
        auto *responsible = child<QLineEdit>(review, "responsibleLineEdit");
        responsible->setFocus();
        QTest::keyClicks(responsible, QStringLiteral("Jan Jansen"));
        review.selectCriterion(QStringLiteral("mbo-2024.07"));
        auto *comment = child<QPlainTextEdit>(review, "reviewerCommentPlainTextEdit");
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("Admission test still missing."));
        QTest::mouseClick(child<QPushButton>(review, "signOffPushButton"), Qt::LeftButton);

        QVERIFY(document.hasUnsavedChanges());
        QVERIFY2(document.saveNow(), qPrintable(document.lastError()));
        QVERIFY(!document.hasUnsavedChanges());

        const Result<Microcredential> reloaded = catalogue->load(example.id);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
        const Checklist *stored = reloaded.value().checklist(Mbo);
        const Checklist *edited = document.design().checklist(Mbo);
        QVERIFY(stored && edited);
        QCOMPARE(stored->items.size(), 2);
        QCOMPARE(stored->item(Criterion4)->status, CriterionStatus::Met);
        QCOMPARE(stored->item(Criterion4)->evidence, QStringLiteral("Board decision, see minutes"));
        QCOMPARE(stored->item(Criterion4)->evidenceLinks,
                 QStringList{QStringLiteral("https://example.org/minutes")});
        QCOMPARE(stored->item(QStringLiteral("mbo-2024.07"))->reviewedBy, Reviewer);
        QCOMPARE(stored->history.size(), edited->history.size());
        QCOMPARE(stored->signedOffBy, Reviewer);
        QCOMPARE(stored->signedOffAt, edited->signedOffAt);
        QVERIFY(*stored == *edited);
        QVERIFY(reloaded.value().checklists == document.design().checklists);
    }
};

QTEST_MAIN(TestChecklistReview)
#include "tst_checklistreview.moc"
