#include "ScratchSettings.h"
#include "CatalogueFilterModel.h"
#include "widgets/CleaningValidator.h"
#include "widgets/CleanPlainTextEdit.h"
#include "format/McdesignWriter.h"
#include "CatalogueEditCommand.h"
#include "CatalogueTableModel.h"
#include "MainWindow.h"
#include "util/Clock.h"
#include "TestDesigns.h"
#include "TestStore.h"
#include "document/DesignDocument.h"
#include "editor/DesignEditorWindow.h"
#include "example/ExampleDesign.h"
#include "interchange/InterchangeWriter.h"
#include "util/FileOutput.h"
#include "sections/OutcomesSection.h"
#include "sections/SectionRouter.h"
#include "widgets/BilingualTextEdit.h"
#include "widgets/FindingsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QClipboard>
#include <QInputDialog>
#include <QTextBrowser>
#include <QTimer>
#include <QCheckBox>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

class TestEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<Catalogue> catalogueWith(const char *name, const QList<Microcredential> &designs)
    {
        auto catalogue = Catalogue::create(m_dir.filePath(QLatin1String(name))).value();
        for (const Microcredential &mc : designs)
            test::TestStore::seed(*catalogue, mc);
        return catalogue;
    }

private Q_SLOTS:
    void undoRedoAndAutoSave()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("undo.mcdb", {example});
        auto document = std::make_shared<DesignDocument>(example, catalogue, catalogue->rowVersion(example.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // Long one-line texts are shown from their start, not scrolled to their end.
        QList<QLineEdit *> longLines = editor.findChild<QWidget *>(QStringLiteral("industryTextEdit"))->findChildren<QLineEdit *>();
        longLines += editor.findChild<QLineEdit *>(QStringLiteral("regionalPartnersLineEdit"));
        QCOMPARE(longLines.size(), 3);
        for (const QLineEdit *line : std::as_const(longLines)) {
            QVERIFY2(line->text().size() > 40, qPrintable(line->accessibleName()));
            QVERIFY2(line->cursorPosition() == 0, qPrintable(line->accessibleName()));
        }

        auto *title = editor.findChild<BilingualTextEdit *>(QStringLiteral("titleTextEdit"));
        QVERIFY(title);
        QTest::keyClick(title->dutchEditor(), Qt::Key_End); // shown from its start; the user goes to the end
        QTest::keyClicks(title->dutchEditor(), QStringLiteral(" XL"));
        const QString typed = example.title.nl + QStringLiteral(" XL");
        QCOMPARE(document->design().title.nl, typed);
        QCOMPARE(document->undoStack()->count(), 1); // three keystrokes, one undo step

        document->undoStack()->undo();
        QCOMPARE(document->design().title.nl, example.title.nl);
        QCOMPARE(title->text().nl, example.title.nl); // the field follows
        document->undoStack()->redo();
        QCOMPARE(title->text().nl, typed);

        // Saved without a Save button, shortly after the last change.
        QTRY_COMPARE_WITH_TIMEOUT(catalogue->load(example.id).value().title.nl, typed, 3000);
        QVERIFY(!document->hasUnsavedChanges());
        QCOMPARE(catalogue->rowVersion(example.id), std::optional<int>(2));

        // Another edit, and the window closes before the timer: still saved.
        QTest::keyClick(title->englishEditor(), Qt::Key_End);
        QTest::keyClicks(title->englishEditor(), QStringLiteral("!"));
        editor.close();
        QCOMPARE(catalogue->load(example.id).value().title.en, example.title.en + QStringLiteral("!"));
    }

    void conflictingSaveIsRefusedAndReported()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("conflict.mcdb", {example});
        DesignDocument document(example, catalogue, catalogue->rowVersion(example.id));
        Microcredential elsewhere = example;
        elsewhere.title.nl = QStringLiteral("Elders gewijzigd");
        QVERIFY(catalogue->save(elsewhere, 1).ok());
        QSignalSpy failed(&document, &DesignDocument::saveFailed);
        document.edit(QStringLiteral("title.nl"), QStringLiteral("edit"), [](Microcredential &m) { m.title.nl = QStringLiteral("Hier"); });
        QVERIFY(!document.saveNow());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(catalogue->load(example.id).value().title.nl, QStringLiteral("Elders gewijzigd"));
        QVERIFY(document.hasUnsavedChanges());
    }

    void suggestedVerbsFollowTheOutcomeButNotWhileTyping()
    {
        Microcredential example = ExampleDesign::load();
        example.learningOutcomes[0].bloomLevel = BloomLevel::Apply;
        example.learningOutcomes[1].bloomLevel = BloomLevel::Analyse;
        auto catalogue = catalogueWith("verbs.mcdb", {example});
        auto document = std::make_shared<DesignDocument>(example, catalogue, catalogue->rowVersion(example.id));
        DesignEditorWindow editor(document);
        editor.setAttribute(Qt::WA_DeleteOnClose, false);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.focusField(QStringLiteral("learningOutcomes[0].statement.nl")));
        auto *level = editor.findChild<QComboBox *>(QStringLiteral("suggestionLevelComboBox"));
        QCOMPARE(level->currentData().toString(), toCode(BloomLevel::Apply));
        level->setCurrentIndex(0); // the user browses the verbs for remembering
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" en"));
        QCOMPARE(level->currentIndex(), 0); // typing leaves the chosen level alone
        QVERIFY(editor.focusField(QStringLiteral("learningOutcomes[1].statement.nl")));
        QCOMPARE(level->currentData().toString(), toCode(BloomLevel::Analyse));
    }

    void findingsWrapInsteadOfBeingCut()
    {
        FindingsView view;
        view.resize(220, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Diagnostic finding;
        finding.message = QStringLiteral("Well written: one observable action, with its object and the context or "
                                         "standard it is done to.");
        view.setDiagnostics({finding});
        const int lineSpacing = view.fontMetrics().lineSpacing();
        QTRY_VERIFY(view.visualItemRect(view.topLevelItem(0)).height() >= 3 * lineSpacing);
        view.resize(1200, 300); // wide enough for one line: the row shrinks again
        QTRY_VERIFY(view.visualItemRect(view.topLevelItem(0)).height() < 2 * lineSpacing);
    }

    void findingOpensTheField()
    {
        Microcredential mc = ExampleDesign::load();
        mc.learningOutcomes[2].statement.nl = QStringLiteral("De deelnemer kent de regels voor het installeren van een warmtepomp.");
        auto catalogue = catalogueWith("finding.mcdb", {mc});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("nl"), scratch);
        window.setCatalogue(catalogue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectedId(), mc.id);

        FindingsView *findings = window.findingsView();
        QTreeWidgetItem *vague = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            if (findings->topLevelItem(i)->text(0).contains(QStringLiteral("kent")))
                vague = findings->topLevelItem(i);
        }
        QVERIFY(vague);
        findings->setFocus();
        findings->setCurrentItem(vague);
        QTest::keyClick(findings, Qt::Key_Return);

        auto *editor = window.findChild<DesignEditorWindow *>();
        QVERIFY(editor);
        auto *outcomes = static_cast<OutcomesSection *>(editor->section(SectionRouter::Outcomes));
        QCOMPARE(outcomes->currentOutcome(), 2);
        auto *statement = outcomes->findChild<BilingualTextEdit *>(QStringLiteral("outcomeStatementTextEdit"));
        QCOMPARE(editor->focusWidget(), statement->dutchEditor());
        editor->close();
    }

    void deleteAsksAndCanBeUndone()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("delete.mcdb", {example, test::TestDesigns::full()});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        window.selectId(example.id);
        bool answer = false;
        window.setConfirmation([&answer](const QString &, const QString &) { return answer; });
        window.deleteSelected();
        QVERIFY(catalogue->contains(example.id)); // "No" keeps it
        answer = true;
        window.deleteSelected();
        QVERIFY(!catalogue->contains(example.id));
        QCOMPARE(window.tableView()->model()->rowCount(), 1);
        window.undoStack()->undo();
        QVERIFY(catalogue->load(example.id).value().learningOutcomes == example.learningOutcomes);
        QCOMPARE(window.tableView()->model()->rowCount(), 2);

        // Archiving is a workflow step: recorded, not undoable, and only in a role that may.
        window.selectId(example.id);
        const int undoSteps = window.undoStack()->count();
        QVERIFY(window.takeStep(Status::Archived, WorkflowRole::Editor, QString()));
        QCOMPARE(catalogue->load(example.id).value().status, Status::Archived);
        QCOMPARE(window.undoStack()->count(), undoSteps);
        QCOMPARE(catalogue->transitions(example.id).value().constLast().to, Status::Archived);

        window.selectId(example.id);
        window.duplicateSelected();
        QCOMPARE(catalogue->list().value().size(), 3);
        const QString copy = window.selectedId();
        QVERIFY(copy != example.id);
        const Microcredential duplicate = catalogue->load(copy).value();
        QCOMPARE(duplicate.learningOutcomes.size(), example.learningOutcomes.size());
        QVERIFY(duplicate.learningOutcomes.first().id != example.learningOutcomes.first().id);
        QCOMPARE(duplicate.assessments.first().learningOutcomeIds.size(), example.assessments.first().learningOutcomeIds.size());
        window.undoStack()->undo();
        QCOMPARE(catalogue->list().value().size(), 2);
    }

    void undoNeverLosesWork()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("undo-safe.mcdb", {example});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        QStringList warnings;
        window.setWarning([&warnings](const QString &, const QString &text) { warnings.append(text); });
        window.selectId(example.id);
        window.duplicateSelected();
        const QString copy = window.selectedId();
        QVERIFY(copy != example.id);
        // The copy is edited in its editor, which saves by itself.
        auto document = window.documentFor(copy);
        DesignEditorWindow *editor = window.openEditor(copy);
        QVERIFY(editor);
        Microcredential edited = document->design();
        edited.title.nl = QStringLiteral("Bewerkte kopie");
        QVERIFY(catalogue->save(edited, catalogue->rowVersion(copy)).ok());
        // Undo of the duplicate is refused: it would remove the copy with its edits.
        const int steps = window.undoStack()->count();
        CatalogueEditCommand::undo(*window.undoStack());
        QVERIFY(catalogue->contains(copy));
        QCOMPARE(catalogue->load(copy).value().title.nl, QStringLiteral("Bewerkte kopie"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("changed")), qPrintable(warnings.first()));
        QCOMPARE(window.undoStack()->count(), steps - 1); // obsolete: taken off the list
        editor->close();

        // Undo of an import over a design a colleague saved since is refused too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.mcdesign"));
        Microcredential file = example;
        file.title.nl = QStringLiteral("Uit bestand");
        QVERIFY(FileOutput::write(path, McdesignWriter::toBytes(file)).ok());
        QVERIFY(window.importFile(path, false)); // without asking: as a copy
        const QString imported = window.selectedId();
        Microcredential colleague = catalogue->load(imported).value();
        colleague.summary.nl = QStringLiteral("Collega");
        QVERIFY(catalogue->save(colleague, catalogue->rowVersion(imported)).ok());
        window.undoStack()->undo(); // the stack's own undo: refused and made obsolete as well
        QCOMPARE(catalogue->load(imported).value().summary.nl, QStringLiteral("Collega"));
        QCOMPARE(warnings.size(), 2);
    }

    void pastedTextIsCleaned()
    {
        CleanPlainTextEdit box;
        QApplication::clipboard()->setText(QStringLiteral("Eerste\x1b[31m regel\r\nTweede\u202e regel\x07"));
        box.paste();
        QCOMPARE(box.toPlainText(), QStringLiteral("Eerste[31m regel\nTweede regel"));
        QLineEdit line;
        CleaningValidator::attach(&line);
        QApplication::clipboard()->setText(QStringLiteral("Titel\x1b]0;x\x07\nmet\u2066 rest"));
        line.paste();
        QCOMPARE(line.text(), QStringLiteral("Titel]0;x met rest"));
    }

    void importByContentIsUndoable()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("import.mcdb", {example});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.elm.json"));
        QVERIFY(FileOutput::write(path, InterchangeWriter::toBytes(test::TestDesigns::full(), ExchangeFormat::Elm)).ok());
        QVERIFY(window.importFile(path, false));
        QCOMPARE(catalogue->list().value().size(), 2);
        QCOMPARE(catalogue->load(test::TestDesigns::full().id).value().title, test::TestDesigns::full().title);
        // The same file again: kept as a copy, never over the first.
        QVERIFY(window.importFile(path, false));
        QCOMPARE(catalogue->list().value().size(), 3);
        window.undoStack()->undo();
        window.undoStack()->undo();
        QCOMPARE(catalogue->list().value().size(), 1);
    }

    /// The preview says what the catalogue makes of the design's institution:
    /// new (it will be added, by identifier) or known under another name.
    void importPreviewNamesTheInstitution()
    {
        const Microcredential example = ExampleDesign::load();
        auto catalogue = catalogueWith("institution.mcdb", {example});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        QTemporaryDir dir;
        Microcredential other = test::TestDesigns::full();
        const QString newPath = dir.filePath(QStringLiteral("new.mcdesign"));
        QVERIFY(McdesignWriter::writeFile(other, newPath).ok());
        Microcredential renamed = example;
        renamed.id = Microcredential::newId();
        renamed.institution.name = QStringLiteral("TCN Utrecht");
        const QString renamedPath = dir.filePath(QStringLiteral("renamed.mcdesign"));
        QVERIFY(McdesignWriter::writeFile(renamed, renamedPath).ok());

        QString shown;
        std::function<void()> answer = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal->inherits("mcs::ui::ImportPreviewDialog")) {
                shown = modal->findChild<QTextBrowser *>(QStringLiteral("importPreviewTextBrowser"))->toPlainText();
                static_cast<QDialog *>(modal)->accept();
                return;
            }
            QTimer::singleShot(20, answer);
        };
        QTimer::singleShot(20, answer);
        QVERIFY(window.importFile(newPath, true));
        QVERIFY2(shown.contains(QStringLiteral("does not know the institution")), qPrintable(shown));
        QVERIFY(catalogue->institution(other.institution.identifier).value().has_value());
        QTimer::singleShot(20, answer);
        QVERIFY(window.importFile(renamedPath, true));
        QVERIFY2(shown.contains(QStringLiteral("knows %1 as").arg(example.institution.identifier)), qPrintable(shown));
        // Never merged on name: the catalogue's institution keeps its name.
        QCOMPARE(catalogue->institution(example.institution.identifier).value()->name, example.institution.name);
    }

    void europassClaimsAreChosenAndImportedTogether()
    {
        auto catalogue = catalogueWith("europass.mcdb", {});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        const QString several = QStringLiteral(MCSTUDIO_FIXTURES_DIR "/edc/several-claims.jsonld");
        // Without asking: every design of the credential, as one undo step.
        QVERIFY(window.importFile(several, false));
        QCOMPARE(catalogue->list().value().size(), 3);
        window.undoStack()->undo();
        QCOMPARE(catalogue->list().value().size(), 0);

        // Asking: the user picks the second design claim, then confirms its preview.
        QStringList offered;
        bool previewed = false;
        std::function<void()> answer = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *chooser = qobject_cast<QInputDialog *>(modal)) {
                offered = chooser->comboBoxItems();
                chooser->setTextValue(offered.value(1));
                chooser->accept();
            } else if (modal && modal->inherits("mcs::ui::ImportPreviewDialog")) {
                auto *browser = modal->findChild<QTextBrowser *>(QStringLiteral("importPreviewTextBrowser"));
                previewed = browser && browser->toPlainText().contains(QStringLiteral("Check before you rely on it"));
                static_cast<QDialog *>(modal)->accept();
                return;
            }
            QTimer::singleShot(20, answer);
        };
        QTimer::singleShot(20, answer);
        QVERIFY(window.importFile(several, true));
        QCOMPARE(offered.size(), 4); // three designs and "All 3 designs"
        QVERIFY(offered.at(1).startsWith(QLatin1String("2. Duits in de zorg")));
        QCOMPARE(offered.last(), QStringLiteral("All 3 designs"));
        QVERIFY(previewed);
        const QList<CatalogueEntry> entries = catalogue->list().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).title.nl, QStringLiteral("Duits in de zorg: basisgesprekken"));
    }

    void needsAttentionShowsWhyAndFilters()
    {
        // A day after the mbo pilot framework's period: the example, checked against it, needs attention.
        const Clock::Override clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        auto catalogue = catalogueWith("attention.mcdb", {ExampleDesign::load(), test::TestDesigns::full()});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("en"), scratch);
        window.setCatalogue(catalogue);
        auto *attention = window.findChild<QCheckBox *>(QStringLiteral("needsAttentionCheckBox"));
        QVERIFY(attention);
        QCOMPARE(attention->text(), QStringLiteral("Needs a&ttention (1)"));
        attention->setChecked(true);
        QCOMPARE(window.filterModel()->rowCount(), 1);
        const QModelIndex row = window.filterModel()->index(0, CatalogueTableModel::TitleColumn);
        QCOMPARE(row.data(CatalogueTableModel::IdRole).toString(), ExampleDesign::load().id);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("mbo-2024")));
        attention->setChecked(false);
        QCOMPARE(window.filterModel()->rowCount(), 2);
    }

    void searchAndFilters()
    {
        auto catalogue = catalogueWith("search.mcdb", {ExampleDesign::load(), test::TestDesigns::full()});
        test::ScratchSettings scratch;
        MainWindow window(QStringLiteral("nl"), scratch);
        window.setCatalogue(catalogue);
        QAbstractItemModelTester tester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCoreApplication::processEvents(); // the search texts load once the window shows the list
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("soap"));  // only in a learning outcome of the full design
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, QStringLiteral("x")); // "soax" narrows nothing back in
        QCOMPARE(window.filterModel()->rowCount(), 0);
        search->clear();
        QCOMPARE(window.filterModel()->rowCount(), 2);
        window.filterModel()->setSectorFilter(QStringLiteral("hbo"));
        QCOMPARE(window.filterModel()->rowCount(), 1);
        window.filterModel()->setSectorFilter(QString());
        window.filterModel()->setLevelFilter(4);
        QCOMPARE(window.filterModel()->rowCount(), 1);
        window.filterModel()->setLevelFilter(0);
        window.filterModel()->setStatusFilter(QStringLiteral("inReview"));
        QCOMPARE(window.filterModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
