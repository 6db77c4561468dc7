#include "TestDesigns.h"
#include "util/EnglishPlurals.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignReader.h"
#include "format/McdesignWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

/// The full test design as a JSON document that a test then damages in one place.
QJsonObject fullRoot()
{
    return QJsonDocument::fromJson(McdesignWriter::toBytes(TestDesigns::full())).object();
}

QByteArray bytesOf(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

QJsonObject withField(const QString &key, const QJsonValue &value)
{
    QJsonObject root = fullRoot();
    QJsonObject mc = root.value(QStringLiteral("microcredential")).toObject();
    mc.insert(key, value);
    root.insert(QStringLiteral("microcredential"), mc);
    return root;
}

} // namespace

class TestMcdesign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the program and the command line do: messages that count read "1 item", "2 items".
        QCoreApplication::installTranslator(&m_plurals);
    }

    void fullDesignRoundTripsLosslessly()
    {
        const Microcredential original = TestDesigns::full();
        const QByteArray bytes = McdesignWriter::toBytes(original);
        const Result<Microcredential> read = McdesignReader::fromBytes(bytes, QStringLiteral("t"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == original);
        QCOMPARE(McdesignWriter::toBytes(read.value()), bytes);
    }

    void minimalDesignRoundTrips()
    {
        const Microcredential original = TestDesigns::minimal();
        const Result<Microcredential> read =
            McdesignReader::fromBytes(McdesignWriter::toBytes(original), QStringLiteral("t"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == original);
    }

    void outputIsCanonical()
    {
        const QByteArray bytes = McdesignWriter::toBytes(TestDesigns::full());
        QVERIFY(bytes.startsWith("{\n    \"formatVersion\": 4,\n    \"microcredential\": {"));
        QVERIFY(bytes.contains("\"eqfLevel\": 6"));
        QVERIFY(bytes.contains("\"created\": \"2026-01-05T08:30:00.125Z\""));
        QVERIFY(bytes.contains(QString::fromUtf8("€ 125,-").toUtf8()));
        // Unset optional values are written as null, not left out.
        const QByteArray minimal = McdesignWriter::toBytes(TestDesigns::minimal());
        QVERIFY(minimal.contains("\"eqfLevel\": null"));
        QVERIFY(minimal.contains("\"participation\": null"));
    }

    void writeFileIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mcdesign"));
        QVERIFY(McdesignWriter::writeFile(TestDesigns::full(), path).ok());
        const Result<Microcredential> read = McdesignReader::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == TestDesigns::full());
        QVERIFY(!McdesignWriter::writeFile(TestDesigns::full(), dir.filePath(QStringLiteral("no/such/dir.mcdesign"))).ok());
    }

    void formatVersion1IsStillRead()
    {
        // The example ships in format version 1 (before checklists).
        const Result<Microcredential> read = McdesignReader::readFile(QStringLiteral(":/mcstudio/examples/example.mcdesign"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value().checklists.isEmpty());
        QByteArray v1 = McdesignWriter::toBytes(TestDesigns::minimal());
        v1.replace("\"formatVersion\": 4", "\"formatVersion\": 1");
        QVERIFY(McdesignReader::fromBytes(v1, QStringLiteral("v1")).error().contains(QStringLiteral("checklists: unknown field")));
    }

    void byteOrderMarkIsAccepted()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + McdesignWriter::toBytes(TestDesigns::full());
        QVERIFY(McdesignReader::fromBytes(bytes, QStringLiteral("bom")).ok());
    }

    void badInputGivesClearError_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");

        const QByteArray full = McdesignWriter::toBytes(TestDesigns::full());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("the file is empty");
        QTest::newRow("truncated") << full.left(full.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("syntax error position") << QByteArray("{\n  \"formatVersion\": 1,\n  oops\n}")
                                               << QStringLiteral("line 3, column ");
        QTest::newRow("array root") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("other json") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("not a microcredential design");
        QTest::newRow("newer format") << bytesOf([] { QJsonObject r = fullRoot(); r.insert(QStringLiteral("formatVersion"), 5); return r; }())
                                      << QStringLiteral("format version 5 is newer");
        QTest::newRow("format zero") << bytesOf([] { QJsonObject r = fullRoot(); r.insert(QStringLiteral("formatVersion"), 0); return r; }())
                                     << QStringLiteral("unknown format version 0");
        QTest::newRow("invalid utf-8") << QByteArray("{\"formatVersion\": 1, \"x\": \"caf\xC3\x28\"}")
                                       << QStringLiteral("not valid UTF-8");
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xC0\xAF\"}") << QStringLiteral("not valid UTF-8");
        QTest::newRow("title is number") << bytesOf(withField(QStringLiteral("title"), 42))
                                         << QStringLiteral("microcredential.title: must be an object");
        QTest::newRow("eqf out of range") << bytesOf(withField(QStringLiteral("eqfLevel"), 9))
                                          << QStringLiteral("microcredential.eqfLevel: must be a whole number from 1 to 8");
        QTest::newRow("eqf as text") << bytesOf(withField(QStringLiteral("eqfLevel"), QStringLiteral("4")))
                                     << QStringLiteral("microcredential.eqfLevel");
        QTest::newRow("study load fraction") << bytesOf(withField(QStringLiteral("studyLoadHours"), 1.5))
                                             << QStringLiteral("microcredential.studyLoadHours");
        QTest::newRow("unknown status") << bytesOf(withField(QStringLiteral("status"), QStringLiteral("done")))
                                        << QStringLiteral("microcredential.status: must be one of draft");
        QTest::newRow("unknown field") << bytesOf(withField(QStringLiteral("colour"), QStringLiteral("red")))
                                       << QStringLiteral("microcredential.colour: unknown field");
        QTest::newRow("outcomes not a list") << bytesOf(withField(QStringLiteral("learningOutcomes"), QJsonObject()))
                                             << QStringLiteral("microcredential.learningOutcomes: must be a list");
        QTest::newRow("outcome not object") << bytesOf(withField(QStringLiteral("learningOutcomes"), QJsonArray{1}))
                                            << QStringLiteral("microcredential.learningOutcomes[0]: must be an object");
        QTest::newRow("bad id") << bytesOf(withField(QStringLiteral("id"), QStringLiteral("42")))
                                << QStringLiteral("microcredential.id: must be a lowercase UUID");
        QTest::newRow("bad timestamp") << bytesOf(withField(QStringLiteral("created"), QStringLiteral("yesterday")))
                                       << QStringLiteral("microcredential.created: must be a UTC time");
        QTest::newRow("javascript url") << bytesOf(withField(QStringLiteral("furtherInformationUrl"), QStringLiteral("javascript:alert(1)")))
                                        << QStringLiteral("microcredential.furtherInformationUrl");
        QTest::newRow("bad language") << bytesOf(withField(QStringLiteral("instructionLanguages"), QJsonArray{QStringLiteral("Dutch")}))
                                      << QStringLiteral("microcredential.instructionLanguages[0]");
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(QStringLiteral("x"));
        QTest::newRow("list too long") << bytesOf(withField(QStringLiteral("authors"), many))
                                       << QStringLiteral("longer than the limit of 1000");
        const QString longText(100000, QLatin1Char('a'));
        QTest::newRow("text too long") << bytesOf(withField(QStringLiteral("grading"), QJsonObject{{QStringLiteral("nl"), longText}, {QStringLiteral("en"), QString()}}))
                                       << QStringLiteral("microcredential.grading.nl: text of 100000 characters");
        QByteArray tenMegabytes = "{\"formatVersion\": 1, \"microcredential\": \"" + QByteArray(10 << 20, 'a') + "\"}";
        QTest::newRow("10 MB string") << tenMegabytes << QStringLiteral("larger than the limit of 8 MiB");
        QByteArray deep(5000, '[');
        QTest::newRow("deeply nested") << deep << QStringLiteral("not valid JSON");
        QTest::newRow("missing field") << [] {
            QJsonObject r = fullRoot();
            QJsonObject mc = r.value(QStringLiteral("microcredential")).toObject();
            mc.remove(QStringLiteral("summary"));
            r.insert(QStringLiteral("microcredential"), mc);
            return bytesOf(r);
        }() << QStringLiteral("microcredential.summary: missing field");
        QTest::newRow("dangling outcome id type") << [] {
            QJsonObject r = fullRoot();
            QJsonObject mc = r.value(QStringLiteral("microcredential")).toObject();
            QJsonArray list = mc.value(QStringLiteral("assessments")).toArray();
            QJsonObject a = list.at(0).toObject();
            a.insert(QStringLiteral("learningOutcomeIds"), QJsonArray{7});
            list.replace(0, a);
            mc.insert(QStringLiteral("assessments"), list);
            r.insert(QStringLiteral("microcredential"), mc);
            return bytesOf(r);
        }() << QStringLiteral("microcredential.assessments[0].learningOutcomeIds[0]");
    }

    void badInputGivesClearError()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const Result<Microcredential> read = McdesignReader::fromBytes(data, QStringLiteral("input.mcdesign"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("input.mcdesign: ")), qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
        QVERIFY(read.error().size() < 500); // a message, not an echo of the input
    }

    /// tests/fixtures/full.mcdesign is the full test design as this version writes it;
    /// the schema test validates it. MCSTUDIO_REGENERATE_FIXTURES=1 rewrites it.
    void fullFixtureIsCurrent()
    {
        const QString path = QStringLiteral(MCSTUDIO_FIXTURES_DIR "/full.mcdesign");
        if (qEnvironmentVariableIntValue("MCSTUDIO_REGENERATE_FIXTURES") == 1)
            QVERIFY(McdesignWriter::writeFile(TestDesigns::full(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), McdesignWriter::toBytes(TestDesigns::full()));
    }

    /// A file of format version 2 (before skills, durations, learning setting
    /// and foreign levels) reads as the same design with those not stated.
    void formatVersion2IsUpgraded()
    {
        const Result<Microcredential> read = McdesignReader::readFile(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/full-v2.mcdesign"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        Microcredential expected = TestDesigns::full();
        for (LearningOutcome &lo : expected.learningOutcomes)
            lo.skills.clear();
        expected.learningSetting.reset();
        expected.maximumDuration.clear();
        expected.partialQualification.reset();
        expected.foreignLevel.clear();
        QVERIFY(read.value() == expected);
        // The fields version 3 adds are unknown to a file that says it is version 2.
        QByteArray v2 = McdesignWriter::toBytes(TestDesigns::full());
        v2.replace("\"formatVersion\": 4", "\"formatVersion\": 2");
        QVERIFY(McdesignReader::fromBytes(v2, QStringLiteral("v2")).error().contains(QStringLiteral("unknown field")));
        // A design approved before version 3 keeps its fingerprint: the one of the
        // file's own object, without the new fields, equals the upgraded design's.
        QFile file(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/full-v2.mcdesign"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("microcredential")).toObject();
        QVERIFY(!stored.contains(QStringLiteral("maximumDuration")));
        QCOMPARE(ContentFingerprint::full(read.value()), ContentFingerprint::full(stored));
        Microcredential changed = read.value();
        changed.maximumDuration = QStringLiteral("P6M");
        QVERIFY(ContentFingerprint::full(changed) != ContentFingerprint::full(stored));
    }

    /// A file of format version 3 (before the team's own evidence and the
    /// institution evidence copied at approval) reads as the same design: no
    /// own evidence, nothing copied, so it inherits from the catalogue.
    void formatVersion3IsUpgraded()
    {
        const Result<Microcredential> read = McdesignReader::readFile(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/full-v3.mcdesign"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == TestDesigns::full());
        for (const Checklist &checklist : read.value().checklists) {
            QVERIFY(!checklist.inheritedCopiedAt.isValid());
            for (const ChecklistItem &item : checklist.items)
                QVERIFY(!item.ownEvidence);
        }
        // The keys version 4 adds are unknown to a file that says it is version 3.
        QByteArray v3 = McdesignWriter::toBytes(TestDesigns::full());
        v3.replace("\"formatVersion\": 4", "\"formatVersion\": 3");
        QVERIFY(McdesignReader::fromBytes(v3, QStringLiteral("v3")).error().contains(QStringLiteral("unknown field")));
    }

    /// Version 4: the team's own evidence and the copy an approval keeps round-trip.
    void versionFourKeepsOwnAndCopiedEvidence()
    {
        Microcredential mc = TestDesigns::full();
        QVERIFY(!mc.checklists.isEmpty());
        Checklist &checklist = mc.checklists.first();
        QVERIFY(!checklist.items.isEmpty());
        checklist.items.first().ownEvidence = true;
        InstitutionEvidence copied;
        copied.institutionId = QStringLiteral("30GB");
        copied.criterionId = QStringLiteral("hbo-wo.R2");
        copied.text = QStringLiteral("LLO-visie, vastgesteld door het CvB");
        copied.links = {QStringLiteral("https://example.org/llo.pdf")};
        copied.recordedBy = QStringLiteral("Anna");
        copied.recordedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        copied.validUntil = QDate(2027, 3, 1);
        checklist.inheritedEvidence = {copied};
        checklist.inheritedCopiedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
        const Result<Microcredential> read = McdesignReader::fromBytes(McdesignWriter::toBytes(mc), QStringLiteral("v4"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == mc);
        QCOMPARE(read.value().checklists.first().inheritedEvidence.first(), copied);
        // Checklists are outside the content: the fingerprint does not move.
        QCOMPARE(ContentFingerprint::full(mc), ContentFingerprint::full(TestDesigns::full()));
        QByteArray broken = McdesignWriter::toBytes(mc);
        broken.replace("\"validUntil\": \"2027-03-01\"", "\"validUntil\": \"1 March\"");
        QVERIFY(McdesignReader::fromBytes(broken, QStringLiteral("t")).error().contains(QStringLiteral("inheritedEvidence.items[0].validUntil")));
    }

    void versionThreeFieldsAreChecked()
    {
        QJsonObject root = fullRoot();
        QJsonObject mc = root.value(QStringLiteral("microcredential")).toObject();
        mc.insert(QStringLiteral("maximumDuration"), QStringLiteral("six months"));
        root.insert(QStringLiteral("microcredential"), mc);
        QVERIFY(McdesignReader::fromBytes(bytesOf(root), QStringLiteral("t")).error().contains(QStringLiteral("microcredential.maximumDuration")));
        mc.insert(QStringLiteral("maximumDuration"), QStringLiteral("P1Y6M"));
        mc.insert(QStringLiteral("partialQualification"), QStringLiteral("yes"));
        root.insert(QStringLiteral("microcredential"), mc);
        QVERIFY(McdesignReader::fromBytes(bytesOf(root), QStringLiteral("t")).error().contains(QStringLiteral("microcredential.partialQualification")));
        mc.insert(QStringLiteral("partialQualification"), true);
        QJsonArray outcomes = mc.value(QStringLiteral("learningOutcomes")).toArray();
        QJsonObject first = outcomes.at(0).toObject();
        first.insert(QStringLiteral("skills"), QJsonArray{QJsonObject{{QStringLiteral("uri"), QString()}, {QStringLiteral("label"), QStringLiteral("x")}}});
        outcomes.replace(0, first);
        mc.insert(QStringLiteral("learningOutcomes"), outcomes);
        root.insert(QStringLiteral("microcredential"), mc);
        QVERIFY(McdesignReader::fromBytes(bytesOf(root), QStringLiteral("t")).error().contains(QStringLiteral("learningOutcomes[0].skills[0].uri")));
    }

    void unreadablePathsGiveClearErrors()
    {
        QTemporaryDir dir;
        Result<Microcredential> read = McdesignReader::readFile(dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("is a folder")), qPrintable(read.error()));
        read = McdesignReader::readFile(dir.filePath(QStringLiteral("missing.mcdesign")));
        QVERIFY2(read.error().contains(QStringLiteral("no such file")), qPrintable(read.error()));
    }

private:
    EnglishPlurals m_plurals;
};

QTEST_GUILESS_MAIN(TestMcdesign)
#include "tst_mcdesign.moc"
