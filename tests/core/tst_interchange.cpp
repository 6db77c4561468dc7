#include "TestDesigns.h"
#include "example/ExampleDesign.h"
#include "interchange/DesignImporter.h"
#include "interchange/InterchangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

Microcredential roundTrip(const Microcredential &mc, ExchangeFormat format, ImportedDesign *info = nullptr)
{
    const Result<ImportedDesign> imported = DesignImporter::fromBytes(InterchangeWriter::toBytes(mc, format), ExchangeFormats::code(format));
    if (!imported.ok()) {
        qWarning() << imported.error();
        return {};
    }
    if (info)
        *info = imported.value();
    return imported.value().design;
}

/// The design as a format that keeps only Dutch texts brings it back.
Microcredential dutchOnly(Microcredential mc)
{
    for (LocalizedText *t : {&mc.title, &mc.summary, &mc.targetGroup, &mc.priorKnowledge, &mc.admissionRequirements,
                             &mc.admissionTesting, &mc.industry, &mc.labourMarketValue, &mc.grading, &mc.furtherInformation,
                             &mc.stackability.towards, &mc.qualityAssurance.description})
        t->en.clear();
    for (LearningOutcome &lo : mc.learningOutcomes)
        lo.statement.en.clear();
    for (Assessment &a : mc.assessments)
        a.description.en.clear();
    return mc;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormatsByContent()
    {
        const Microcredential mc = ExampleDesign::load();
        QVERIFY(DesignImporter::detect(InterchangeWriter::toBytes(mc, ExchangeFormat::Edubadges)) == ExchangeFormat::Edubadges);
        QVERIFY(DesignImporter::detect(InterchangeWriter::toBytes(mc, ExchangeFormat::Ob3Achievement)) == ExchangeFormat::Ob3Achievement);
        QVERIFY(DesignImporter::detect(InterchangeWriter::toBytes(mc, ExchangeFormat::Ob3Credential)) == ExchangeFormat::Ob3Achievement);
        QVERIFY(DesignImporter::detect(InterchangeWriter::toBytes(mc, ExchangeFormat::Elm)) == ExchangeFormat::Elm);
        QVERIFY(DesignImporter::detect("nl;en\nDe deelnemer meet;The participant measures\n") == ExchangeFormat::Csv);
        QVERIFY(!DesignImporter::detect("{\"type\": \"Person\"}"));
    }

    void elmKeepsEverythingButBookkeeping()
    {
        // ELM is bilingual and has ids: only the review and the bookkeeping are lost.
        const Microcredential original = TestDesigns::full();
        ImportedDesign info;
        Microcredential back = roundTrip(original, ExchangeFormat::Elm, &info);
        QVERIFY(!back.id.isEmpty());
        QVERIFY(info.dropped.isEmpty());
        back.checklists = original.checklists;
        back.status = original.status;
        back.version = original.version;
        back.authors = original.authors;
        back.created = original.created;
        QCOMPARE(back.title, original.title);
        QCOMPARE(back.learningOutcomes, original.learningOutcomes);
        QCOMPARE(back.assessments, original.assessments);
        QCOMPARE(back.institution, original.institution);
        QCOMPARE(back.qualityAssurance, original.qualityAssurance);
        QCOMPARE(back.stackability, original.stackability);
        QCOMPARE(back.programmeCodes, original.programmeCodes);
        QVERIFY(back == original);
    }

    void ob3KeepsTheDutchDesign()
    {
        const Microcredential original = TestDesigns::full();
        ImportedDesign info;
        Microcredential back = roundTrip(original, ExchangeFormat::Ob3Achievement, &info);
        Microcredential expected = dutchOnly(original);
        // Not carried by OB3: English texts, links between assessments and outcomes,
        // assessment ids, the review, status, authors, and when it was made.
        for (Assessment &a : expected.assessments) {
            a.learningOutcomeIds.clear();
            a.id = back.assessments.value(expected.assessments.indexOf(a)).id;
        }
        for (LearningOutcome &lo : expected.learningOutcomes)
            lo.skills.clear();
        expected.checklists.clear();
        expected.status = back.status;
        expected.authors = back.authors;
        expected.created = back.created;
        expected.changed = back.changed;
        QVERIFY(!info.notCarried.isEmpty());
        QCOMPARE(back.title, expected.title);
        QCOMPARE(back.summary, expected.summary);
        QCOMPARE(back.learningOutcomes, expected.learningOutcomes);
        QCOMPARE(back.assessments, expected.assessments);
        QCOMPARE(back.institution, expected.institution);
        QCOMPARE(back.qualityAssurance.examiningBody, expected.qualityAssurance.examiningBody);
        QCOMPARE(back.qualityAssurance.description, expected.qualityAssurance.description);
        QCOMPARE(back.studyLoadHours, expected.studyLoadHours);
        QCOMPARE(back.eqfLevel, expected.eqfLevel);
        QCOMPARE(back.nlqfLevel, expected.nlqfLevel);
        QCOMPARE(back.participation, expected.participation);
        QCOMPARE(back.stackability, expected.stackability);
        QCOMPARE(back.validityMonths, expected.validityMonths);
        QCOMPARE(back.programmeCodes, expected.programmeCodes);
        QCOMPARE(back.furtherInformation, expected.furtherInformation);
        QCOMPARE(back.furtherInformationUrl, expected.furtherInformationUrl);
        QCOMPARE(back.regionalPartners, expected.regionalPartners);
        QCOMPARE(back.version, expected.version);
        QCOMPARE(back.sector, expected.sector);
    }

    void edubadgesKeepsWhatItCan()
    {
        const Microcredential original = ExampleDesign::load();
        const Microcredential back = roundTrip(original, ExchangeFormat::Edubadges);
        QCOMPARE(back.id, original.id);
        QCOMPARE(back.title.nl, original.title.nl);
        QCOMPARE(back.summary.nl, original.summary.nl);
        QCOMPARE(back.eqfLevel, original.eqfLevel);
        QCOMPARE(back.studyLoadHours, original.studyLoadHours);
        QCOMPARE(back.participation, original.participation);
        QCOMPARE(back.instructionLanguages, original.instructionLanguages);
        QCOMPARE(back.institution.name, original.institution.name);
        QCOMPARE(back.institution.identifier, original.institution.identifier);
        QCOMPARE(back.qualityAssurance.frameworkId, original.qualityAssurance.frameworkId);
        QCOMPARE(back.qualityAssurance.examiningBody, original.qualityAssurance.examiningBody);
        QCOMPARE(back.programmeCodes, original.programmeCodes);
        QCOMPARE(back.targetGroup.nl, original.targetGroup.nl);
        QCOMPARE(back.learningOutcomes.size(), original.learningOutcomes.size());
        for (qsizetype i = 0; i < back.learningOutcomes.size(); ++i)
            QCOMPARE(back.learningOutcomes.at(i).statement.nl, original.learningOutcomes.at(i).statement.nl);
        // Lost by edubadges: outcome ids and levels, the institution's place, English texts.
        QVERIFY(back.learningOutcomes.first().id != original.learningOutcomes.first().id);
        QVERIFY(back.institution.country.isEmpty());
        QVERIFY(back.title.en.isEmpty());
    }

    void hostileFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray elm = InterchangeWriter::toBytes(ExampleDesign::load(), ExchangeFormat::Elm);
        QTest::newRow("truncated elm") << elm.left(elm.size() / 2);
        QTest::newRow("badge without title") << QByteArray("{\"type\": \"BadgeClass\", \"name\": 42}");
        QTest::newRow("achievement with wrong types")
            << QByteArray("{\"type\": [\"Achievement\"], \"alignment\": \"x\", \"creator\": 5, \"tag\": {}}");
        QTest::newRow("qualification with wrong types")
            << QByteArray("{\"type\": \"Qualification\", \"title\": [1], \"learningOutcome\": 5, \"awardingOpportunity\": \"x\"}");
        QTest::newRow("deeply nested") << QByteArray(100000, '[');
        QTest::newRow("invalid utf-8") << QByteArray("{\"type\": \"BadgeClass\", \"name\": \"caf\xe9\"}");
        QTest::newRow("huge") << (QByteArray("{\"type\": \"BadgeClass\", \"name\": \"") + QByteArray(9 << 20, 'x') + "\"}");
        QTest::newRow("unknown json") << QByteArray("{\"type\": \"Person\", \"name\": \"x\"}");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    }

    void hostileFilesGiveClearErrors()
    {
        QFETCH(QByteArray, data);
        const Result<ImportedDesign> imported = DesignImporter::fromBytes(data, QStringLiteral("input.json"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(QStringLiteral("input.json")), qPrintable(imported.error()));
        QVERIFY(imported.error().size() < 600);
    }

    void scriptInTextFieldsStaysText()
    {
        Microcredential mc = ExampleDesign::load();
        mc.title.nl = QStringLiteral("<script>alert(1)</script> & \"quotes\"");
        for (const ExchangeFormat format : ExchangeFormats::badgeFormats()) {
            const QByteArray bytes = InterchangeWriter::toBytes(mc, format);
            QVERIFY(QJsonDocument::fromJson(bytes).isObject());
            if (format != ExchangeFormat::Ob3Credential)
                QCOMPARE(roundTrip(mc, format).title.nl, mc.title.nl);
        }
    }

    void fuzzedFilesNeverCrash()
    {
        // Cut and flip bytes of every format's export: each result is an error or a design.
        for (const ExchangeFormat format : ExchangeFormats::badgeFormats()) {
            const QByteArray bytes = InterchangeWriter::toBytes(TestDesigns::full(), format);
            quint32 seed = 12345;
            for (int i = 0; i < 300; ++i) {
                QByteArray damaged = bytes;
                seed = seed * 1103515245u + 12345u;
                const qsizetype at = qsizetype(seed % quint32(damaged.size()));
                if (i % 3 == 0)
                    damaged.truncate(at);
                else
                    damaged[at] = char(seed >> 16);
                const Result<ImportedDesign> imported = DesignImporter::fromBytes(damaged, ExchangeFormats::code(format));
                if (imported.ok())
                    QVERIFY(Microcredential::isValidId(imported.value().design.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
