#include "interchange/CsvTable.h"
#include "interchange/OutcomesCsv.h"
#include "interchange/OverviewCsv.h"

#include <QtTest>

using namespace mcs;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomesAsSpreadsheetsWriteThem_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("comma, no BOM") << QByteArray("nl,en,domain,bloomLevel\n"
                                                     "De deelnemer meet de druk.,The participant measures the pressure.,skills,apply\n"
                                                     "\"Plant, beoordeelt\",\"Plans, \"\"judges\"\"\",,\n");
        QTest::newRow("semicolon, BOM, CRLF, Dutch headers and values")
            << QByteArray("\xEF\xBB\xBFNederlands;Engels;Domein;Bloom-niveau\r\n"
                          "De deelnemer meet de druk.;The participant measures the pressure.;vaardigheden;toepassen\r\n"
                          "\"Plant, beoordeelt\";\"Plans, \"\"judges\"\"\";;\r\n;;;\r\n");
    }

    void outcomesAsSpreadsheetsWriteThem()
    {
        QFETCH(QByteArray, data);
        const Result<QList<LearningOutcome>> read = OutcomesCsv::read(data, QStringLiteral("uitkomsten.csv"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().size(), 2);
        QCOMPARE(read.value().at(0).statement.nl, QStringLiteral("De deelnemer meet de druk."));
        QCOMPARE(read.value().at(0).domain, std::optional<OutcomeDomain>(OutcomeDomain::Skills));
        QCOMPARE(read.value().at(0).bloomLevel, std::optional<BloomLevel>(BloomLevel::Apply));
        QCOMPARE(read.value().at(1).statement.en, QStringLiteral("Plans, \"judges\""));
        QVERIFY(!read.value().at(1).domain);
        QVERIFY(read.value().at(0).id != read.value().at(1).id);
        QVERIFY(OutcomesCsv::looksLikeOutcomes(data));
    }

    void badSpreadsheetsGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("latin-1") << QByteArray("nl;en\nCaf\xE9;Cafe\n") << QStringLiteral("not valid UTF-8");
        QTest::newRow("no outcome column") << QByteArray("titel;code\nx;y\n") << QStringLiteral("no column with learning outcomes");
        QTest::newRow("open quote") << QByteArray("nl;en\n\"De deelnemer;x\n") << QStringLiteral("quoted cell is not closed");
        QTest::newRow("bad domain") << QByteArray("nl;domein\nMeet de druk;sport\n") << QStringLiteral("line 2: unknown domain");
        QTest::newRow("bad bloom") << QByteArray("nl,bloom\nMeet,juggle\n") << QStringLiteral("line 2: unknown Bloom level");
        QTest::newRow("only header") << QByteArray("nl;en\n") << QStringLiteral("no learning outcomes");
        QTest::newRow("huge cell") << (QByteArray("nl\n\"") + QByteArray(70000, 'a') + "\"\n") << QStringLiteral("longer than 65536");
    }

    void badSpreadsheetsGiveClearErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const Result<QList<LearningOutcome>> read = OutcomesCsv::read(data, QStringLiteral("in.csv"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("in.csv")), qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }

    void overviewRoundTripsThroughTheParser()
    {
        CatalogueEntry entry;
        entry.id = QStringLiteral("a");
        entry.title = {QStringLiteral("=HYPERLINK(\"x\"); titel"), QStringLiteral("Title, with comma")};
        entry.studyLoadHours = 240;
        entry.eqfLevel = 4;
        entry.completion = 80;
        const QByteArray csv = OverviewCsv::write({entry});
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid;titleNl;"));
        const Result<CsvTable> table = CsvTable::parse(csv, QStringLiteral("overview.csv"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.value().rows.size(), 1);
        // Formulas are defused, text kept.
        QCOMPARE(table.value().rows.at(0).at(1), QStringLiteral("'=HYPERLINK(\"x\"); titel"));
        QCOMPARE(table.value().rows.at(0).at(2), QStringLiteral("Title, with comma"));
        QCOMPARE(table.value().rows.at(0).at(7), QStringLiteral("8.6"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
