#include "main/AboutBox.h"
#include "ScratchSettings.h"
#include "CatalogueTableModel.h"
#include "MainWindow.h"
#include "TestDesigns.h"
#include "example/ExampleDesign.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester()
    {
        CatalogueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogueEntry entry;
        entry.id = QStringLiteral("a");
        entry.title = {QStringLiteral("Titel"), QStringLiteral("Title")};
        entry.studyLoadHours = 240;
        model.setEntries({entry, entry});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CatalogueTableModel::TitleColumn).data().toString(), QStringLiteral("Titel"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.index(0, CatalogueTableModel::TitleColumn).data().toString(), QStringLiteral("Title"));
        QCOMPARE(model.index(0, CatalogueTableModel::StudyLoadColumn).data(CatalogueTableModel::SortRole).toInt(), 240);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aboutNamesVersionBuildQtAndLicence()
    {
        const QString about = AboutBox::text();
        QVERIFY(about.contains(QStringLiteral(MCSTUDIO_VERSION)));
        QVERIFY(about.contains(QStringLiteral(MCSTUDIO_BUILD)));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QStringLiteral("EUPL-1.2")));
        // The licence it names is the one in the source tree.
        QFile licence(QStringLiteral(MCSTUDIO_SOURCE_DIR "/LICENSE"));
        QVERIFY(licence.open(QIODevice::ReadOnly));
        QVERIFY(licence.readLine().startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2"));
        // A homepage shows only when one is configured; none is made up.
        QVERIFY(!AboutBox::text(QString()).contains(QStringLiteral("href")));
        QVERIFY(!about.contains(QStringLiteral("example.org")));
        QVERIFY(AboutBox::text(QStringLiteral("https://mcstudio.nl")).contains(QStringLiteral("https://mcstudio.nl")));
    }

    void windowListsTheCatalogueAndShowsTheSelection()
    {
        QTemporaryDir dir;
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("c.mcdb"))).value();
        QVERIFY(catalogue->save(ExampleDesign::load()).ok());
        QVERIFY(catalogue->save(test::TestDesigns::full()).ok());

        test::ScratchSettings scratch;

        MainWindow window(QStringLiteral("nl"), scratch);
        window.setCatalogue(catalogue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.tableView();
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(window.windowTitle().contains(QStringLiteral("c.mcdb")));

        // Sort by study load, smallest first: 140 hours (hbo) before 240 SBU.
        table->sortByColumn(CatalogueTableModel::StudyLoadColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(CatalogueTableModel::IdRole).toString(), test::TestDesigns::full().id);
        table->setCurrentIndex(table->model()->index(1, 0));
        auto *summary = window.findChild<QTextBrowser *>(QStringLiteral("summaryTextBrowser"));
        QVERIFY(summary);
        QVERIFY(summary->toPlainText().contains(QStringLiteral("Warmtepompen installeren")));

        // User text is shown literally, never as markup.
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("<b>x</b>")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
