#include "linter/OutcomeLinter.h"
#include "linter/VerbLexicon.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace mcs;

namespace {

/// Rows of tests/data/outcomes-LANG.tsv: EQF level, expected rule ids, text.
void addRows(const QString &language)
{
    QFile file(QStringLiteral(MCSTUDIO_TEST_DATA_DIR "/outcomes-%1.tsv").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int row = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList columns = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
        QVERIFY2(columns.size() == 3, lines.at(i).constData());
        QStringList expected = columns.at(1) == QLatin1String("-") ? QStringList() : columns.at(1).split(QLatin1Char(','));
        expected.sort();
        QTest::addRow("%s line %d", qPrintable(language), int(i + 1))
            << language << columns.at(0).toInt() << expected << columns.at(2);
        ++row;
    }
    QVERIFY(row >= (language == QLatin1String("nl") ? 40 : 30));
}

QStringList ruleIds(const QList<LintFinding> &findings)
{
    QSet<QString> ids;
    for (const LintFinding &f : findings)
        ids.insert(f.ruleId);
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcomesAsTeamsWriteThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("text");
        addRows(QStringLiteral("nl"));
        addRows(QStringLiteral("en"));
    }

    void outcomesAsTeamsWriteThem()
    {
        QFETCH(QString, language);
        QFETCH(int, level);
        QFETCH(QStringList, expected);
        QFETCH(QString, text);
        const QList<LintFinding> findings = OutcomeLinter().lint(text, language, level);
        QCOMPARE(ruleIds(findings), expected);
        for (const LintFinding &f : findings) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(f.start >= 0 && f.length > 0 && f.start + f.length <= text.size());
        }
    }

    void dutchStems_data()
    {
        QTest::addColumn<QString>("infinitive");
        QTest::addColumn<QString>("stem");
        QTest::newRow("double consonant") << QStringLiteral("stellen") << QStringLiteral("stel");
        QTest::newRow("open syllable") << QStringLiteral("maken") << QStringLiteral("maak");
        QTest::newRow("long word") << QStringLiteral("analyseren") << QStringLiteral("analyseer");
        QTest::newRow("diphthong") << QStringLiteral("gebruiken") << QStringLiteral("gebruik");
        QTest::newRow("oe") << QStringLiteral("noemen") << QStringLiteral("noem");
        QTest::newRow("v to f") << QStringLiteral("schrijven") << QStringLiteral("schrijf");
        QTest::newRow("z to s") << QStringLiteral("kiezen") << QStringLiteral("kies");
        QTest::newRow("closed") << QStringLiteral("ontwerpen") << QStringLiteral("ontwerp");
    }

    void dutchStems()
    {
        QFETCH(QString, infinitive);
        QFETCH(QString, stem);
        QCOMPARE(VerbLexicon::dutchStem(infinitive), stem);
    }

    void dutchFormsAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("conjugated") << QStringLiteral("De deelnemer analyseert de klachten van een klant volgens het protocol.");
        QTest::newRow("modal") << QStringLiteral("De deelnemer kan een werkplanning opstellen volgens de richtlijnen van het bedrijf.");
        QTest::newRow("separable") << QStringLiteral("De deelnemer stelt een werkplanning op volgens de richtlijnen van het bedrijf.");
        QTest::newRow("separable uitvoeren") << QStringLiteral("De student voert een risicoanalyse uit volgens de geldende NEN-norm.");
        QTest::newRow("subordinate") << QStringLiteral("Aangetoond wordt dat de deelnemer een werkplanning opstelt volgens de richtlijnen.");
    }

    void dutchFormsAreRecognised()
    {
        QFETCH(QString, text);
        const QStringList ids = ruleIds(OutcomeLinter().lint(text, QStringLiteral("nl"), 4));
        QVERIFY2(!ids.contains(QStringLiteral("lo.no-action-verb")), qPrintable(ids.join(QLatin1Char(','))));
    }

    void separableNeedsItsParticle()
    {
        // "stelt" without "op" (or another particle of a known verb) is not "opstellen".
        const QList<LintFinding> findings =
            OutcomeLinter().lint(QStringLiteral("De deelnemer stelt vragen aan de klant in een gesprek."), QStringLiteral("nl"), 2);
        QVERIFY(ruleIds(findings).contains(QStringLiteral("lo.no-action-verb")));
    }

    void findingsPointAtTheWords()
    {
        const QString text = QStringLiteral("De deelnemer heeft inzicht in de werking van een warmtepomp volgens de norm.");
        const QList<LintFinding> findings = OutcomeLinter().lint(text, QStringLiteral("nl"), 4);
        const auto vague = std::find_if(findings.begin(), findings.end(),
                                        [](const LintFinding &f) { return f.ruleId == QLatin1String("lo.vague-verb"); });
        QVERIFY(vague != findings.end());
        QCOMPARE(text.mid(vague->start, vague->length), QStringLiteral("heeft inzicht in"));
        QVERIFY(!vague->suggestion.isEmpty());
    }

    void emptyTextHasNoFindings()
    {
        QVERIFY(OutcomeLinter().lint(QString(), QStringLiteral("nl")).isEmpty());
        QVERIFY(OutcomeLinter().lint(QStringLiteral("  ...  "), QStringLiteral("en")).isEmpty());
    }

    void hostileTextIsHandled()
    {
        const QString huge = QString(QStringLiteral("analyseert en ontwerpt ")).repeated(5000);
        const QList<LintFinding> findings = OutcomeLinter().lint(huge, QStringLiteral("nl"), 6);
        QVERIFY(ruleIds(findings).contains(QStringLiteral("lo.too-long")));
        QVERIFY(ruleIds(findings).contains(QStringLiteral("lo.multiple-performances")));
    }

    void malformedLexiconIsReported()
    {
        Result<VerbLexicon> result = VerbLexicon::fromBytes(
            "{\"language\": \"nl\", \"actionVerbs\": [{\"infinitive\": \"maken\", \"levels\": [\"juggle\"]}],"
            " \"vagueVerbs\": [], \"vaguePhrases\": [], \"modalVerbs\": [], \"contextMarkers\": [], \"functionWords\": []}",
            QStringLiteral("verbs.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("verbs.json: actionVerbs[0].levels")), qPrintable(result.error()));
        result = VerbLexicon::fromBytes("{", QStringLiteral("broken.json"));
        QVERIFY(result.error().startsWith(QStringLiteral("broken.json: line 1")));
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
