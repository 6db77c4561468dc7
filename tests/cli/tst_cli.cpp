#include "TestDesigns.h"
#include "TestStore.h"
#include "format/McdesignWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>


#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

const QString ExampleId = QStringLiteral("6e2b9c4f-1d7a-4f3e-8a5c-0b9d2e7f4a61");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    // Number formats in the output must not depend on the machine's language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MCSTUDIO_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run; // a crash or hang fails every check on the exit code
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    /// Also run on PostgreSQL (CTest: tst_cli_postgresql), with the catalogue's URL.
    void workflowCommandsOnEveryBackend()
    {
        const QString reason = test::TestStore::unavailableReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariableIntValue("MCSTUDIO_TEST_REQUIRE_POSTGRES") == 1)
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        test::TestStore store;
        const QString catalogue = store.newLocation();
        QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        const bool shared = test::TestStore::usesPostgres();
        const auto step = [&](const QString &to, const QString &role, const QString &comment = QString()) {
            QStringList arguments{QStringLiteral("status"), catalogue, ExampleId, to, QStringLiteral("--role"), role};
            if (!comment.isEmpty())
                arguments << QStringLiteral("--comment") << comment;
            return cli(arguments);
        };
        // Illegal steps are refused with exit status 3 and change nothing.
        Run run = step(QStringLiteral("approved"), QStringLiteral("approver"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("cannot go from")), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("status"), catalogue, ExampleId, QStringLiteral("nonsense"), QStringLiteral("--role"),
                      QStringLiteral("editor")}).exitCode, 2);
        if (!shared) {
            run = cli({QStringLiteral("status"), catalogue, ExampleId, QStringLiteral("inReview")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains(QStringLiteral("--role")));
        }
        QCOMPARE(step(QStringLiteral("inReview"), QStringLiteral("editor")).exitCode, 0);
        QCOMPARE(step(QStringLiteral("draft"), QStringLiteral("reviewer")).exitCode, 3); // no reason
        QCOMPARE(step(QStringLiteral("draft"), QStringLiteral("reviewer"), QStringLiteral("LO2 is te vaag")).exitCode, 0);
        QCOMPARE(step(QStringLiteral("inReview"), QStringLiteral("editor")).exitCode, 0);
        QCOMPARE(step(QStringLiteral("reviewed"), QStringLiteral("reviewer")).exitCode, 0);
        QCOMPARE(step(QStringLiteral("approvedByExamCommittee"), QStringLiteral("approver")).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("new-version"), catalogue, ExampleId}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("new-version"), catalogue, ExampleId}).exitCode, 3); // a draft already

        run = cli({QStringLiteral("history"), catalogue, ExampleId, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject history = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray versions = history.value(QStringLiteral("versions")).toArray();
        const QJsonArray steps = history.value(QStringLiteral("steps")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approvedByExamCommittee"));
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("LO2 is te vaag"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
        QCOMPARE(steps.at(4).toObject().value(QStringLiteral("fingerprint")).toString().size(), 64);
        run = cli({QStringLiteral("history"), catalogue, ExampleId});
        QVERIFY(run.out.contains(QStringLiteral("reviewed -> approvedByExamCommittee")));

        run = cli({QStringLiteral("diff"), catalogue, ExampleId, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QStringList fields;
        const QJsonArray differences = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("differences")).toArray();
        for (const QJsonValue &d : differences)
            fields.append(d.toObject().value(QStringLiteral("field")).toString());
        QVERIFY2(fields.contains(QStringLiteral("version")) && fields.contains(QStringLiteral("status")), qPrintable(fields.join(u' ')));
        QCOMPARE(cli({QStringLiteral("diff"), catalogue, ExampleId, QStringLiteral("1"), QStringLiteral("7")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("diff"), catalogue, ExampleId, QStringLiteral("one"), QStringLiteral("2")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("history"), catalogue, QStringLiteral("no-such-id")}).exitCode, 2);
    }

    void helpVersionAndUsage()
    {
        Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("validate (CATALOGUE [ID] | FILE)")));
        run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("mcstudio-cli ")));
        QCOMPARE(cli({}).exitCode, 2);
        run = cli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command")));
        QCOMPARE(cli({QStringLiteral("list")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--bogus"), QStringLiteral("a")}).exitCode, 2);
    }

    void guideIsWrittenAsADocument()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("handleiding.pdf"));
        const Run run = cli({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--output"), pdf});
        QCOMPARE(run.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Subtype /Image"));
        const QString html = dir.filePath(QStringLiteral("guide.html"));
        QCOMPARE(cli({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"),
                      QStringLiteral("html"), QStringLiteral("--output"), html})
                     .exitCode,
                 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("id=\"getting-started\""));
        QCOMPARE(cli({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--output"), pdf}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("en")}).exitCode, 2);
    }

    void initListShowExportImport()
    {
        const QString catalogue = path("main.mcdb");
        Run run = cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("init"), catalogue}).exitCode, 2);

        run = cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QString id = list.at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("studyLoadHours")).toInt(), 240);

        run = cli({QStringLiteral("list"), catalogue});
        QVERIFY(run.out.contains(QStringLiteral("240 SBU (8.6 EC)")));

        run = cli({QStringLiteral("show"), catalogue, id});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Learning outcome 6")));
        run = cli({QStringLiteral("show"), catalogue, id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(cli({QStringLiteral("show"), catalogue, QStringLiteral("nope")}).exitCode, 2);

        const QString exported = path("example.mcdesign");
        QCOMPARE(cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QStringLiteral("mcdesign"),
                      QStringLiteral("--output"), exported}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QStringLiteral("docx"),
                      QStringLiteral("--output"), exported}).exitCode, 2);

        // A full design through the CLI: file -> catalogue -> file gives identical bytes.
        const QString full = path("full.mcdesign");
        Microcredential draft = TestDesigns::full();
        draft.status = Status::Draft; // a file's "in review" would enter as a draft (enteredAsDraftWithANote)
        writeFile(full, McdesignWriter::toBytes(draft));
        QCOMPARE(cli({QStringLiteral("import"), catalogue, full}).exitCode, 0);
        const QString again = path("full-again.mcdesign");
        QCOMPARE(cli({QStringLiteral("export"), catalogue, TestDesigns::full().id, QStringLiteral("--format"),
                      QStringLiteral("mcdesign"), QStringLiteral("--output"), again}).exitCode, 0);
        QCOMPARE(hashOf(again), hashOf(full));

        run = cli({QStringLiteral("import"), catalogue, full});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--replace")));
        QCOMPARE(cli({QStringLiteral("import"), catalogue, full, QStringLiteral("--replace")}).exitCode, 0);
    }

    /// A school's own framework and its institution's evidence, by command line.
    void frameworksAndInstitutions()
    {
        const QString catalogue = path("frameworks.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        const QString example = QStringLiteral(MCSTUDIO_FIXTURES_DIR "/../../docs/examples/quality-framework-example.json");
        // A file catalogue acts in the role given; only an approver adds.
        QCOMPARE(cli({QStringLiteral("frameworks"), QStringLiteral("add"), catalogue, example}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frameworks"), QStringLiteral("add"), catalogue, example, QStringLiteral("--role"),
                      QStringLiteral("editor")}).exitCode, 3);
        // A file with errors: exit 2, the errors by field, nothing stored.
        const QString broken = path("broken-framework.json");
        QFile source(example);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        writeFile(broken, QByteArray(bytes).replace("\"kind\": \"requirement\"", "\"kind\": \"wish\""));
        Run run = cli({QStringLiteral("frameworks"), QStringLiteral("add"), catalogue, broken, QStringLiteral("--role"), QStringLiteral("approver")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("criteria[0].kind")), qPrintable(run.err));
        writeFile(broken, bytes.left(300));
        run = cli({QStringLiteral("frameworks"), QStringLiteral("add"), catalogue, broken, QStringLiteral("--role"), QStringLiteral("approver")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("line ")) && run.err.contains(QStringLiteral("column")), qPrintable(run.err));

        run = cli({QStringLiteral("frameworks"), QStringLiteral("add"), catalogue, example, QStringLiteral("--role"), QStringLiteral("approver")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(cli({QStringLiteral("frameworks"), QStringLiteral("list"), catalogue,
                                                               QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("catalogue"));
        const QString ownId = listed.at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!listed.at(0).toObject().value(QStringLiteral("institutionCriteria")).toArray().isEmpty());
        run = cli({QStringLiteral("frameworks"), QStringLiteral("remove"), catalogue, ownId, QStringLiteral("--role"), QStringLiteral("approver")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("removed")));

        // The institution of the example design, known from the design.
        const QJsonArray institutions = QJsonDocument::fromJson(cli({QStringLiteral("institution"), QStringLiteral("list"), catalogue,
                                                                     QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(institutions.size(), 1);
        const QString brin = institutions.at(0).toObject().value(QStringLiteral("identifier")).toString();
        run = cli({QStringLiteral("institution"), QStringLiteral("set"), catalogue, brin, QStringLiteral("--criterion"),
                   QStringLiteral("mbo-2024.02"), QStringLiteral("--evidence"), QStringLiteral("LLO-visie 2025-2030"),
                   QStringLiteral("--link"), QStringLiteral("https://example.org/llo.pdf"), QStringLiteral("--valid-until"),
                   QStringLiteral("2021-12-31"), QStringLiteral("--role"), QStringLiteral("approver"), QStringLiteral("--by"), QStringLiteral("Anna")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A criterion about the design takes no institution evidence; an editor records none.
        QCOMPARE(cli({QStringLiteral("institution"), QStringLiteral("set"), catalogue, brin, QStringLiteral("--criterion"),
                      QStringLiteral("mbo-2024.07"), QStringLiteral("--evidence"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("approver")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("institution"), QStringLiteral("set"), catalogue, brin, QStringLiteral("--criterion"),
                      QStringLiteral("mbo-2024.03"), QStringLiteral("--evidence"), QStringLiteral("x"), QStringLiteral("--role"),
                      QStringLiteral("editor")}).exitCode, 3);
        const QJsonObject shown = QJsonDocument::fromJson(cli({QStringLiteral("institution"), QStringLiteral("show"), catalogue, brin,
                                                                QStringLiteral("--json")}).out.toUtf8()).object();
        const QJsonObject mbo = shown.value(QStringLiteral("frameworks")).toArray().at(0).toObject();
        const QJsonObject second = mbo.value(QStringLiteral("criteria")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("criterionId")).toString(), QStringLiteral("mbo-2024.02"));
        const QJsonObject evidence = second.value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("recordedBy")).toString(), QStringLiteral("Anna"));
        QVERIFY(evidence.value(QStringLiteral("needsReview")).toBool());
        // Every design of the institution inherits it: validate says so, with guidance and the period.
        const QJsonObject validated = QJsonDocument::fromJson(cli({QStringLiteral("validate"), catalogue, QStringLiteral("--json")}).out.toUtf8()).object();
        const QJsonObject design = validated.value(QStringLiteral("designs")).toArray().at(0).toObject();
        QCOMPARE(design.value(QStringLiteral("framework")).toObject().value(QStringLiteral("validUntil")).toString(), QStringLiteral("2025-12-31"));
        const QJsonObject criterion2 = design.value(QStringLiteral("criteria")).toArray().at(1).toObject();
        QCOMPARE(criterion2.value(QStringLiteral("inheritedEvidence")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("LLO-visie 2025-2030"));
        QVERIFY(!criterion2.value(QStringLiteral("guidance")).toObject().value(QStringLiteral("nl")).toString().isEmpty());
        bool expiredFinding = false;
        for (const QJsonValue &d : design.value(QStringLiteral("diagnostics")).toArray())
            expiredFinding |= d.toObject().value(QStringLiteral("ruleId")).toString() == QLatin1String("institution.evidence-expired");
        QVERIFY(expiredFinding);
        const QJsonArray entries = QJsonDocument::fromJson(cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")}).out.toUtf8()).array();
        QVERIFY(entries.at(0).toObject().value(QStringLiteral("needsAttention")).toArray().size() >= 2);
    }

    void europassClaims()
    {
        const QString catalogue = path("europass.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue}).exitCode, 0);
        const QString several = QStringLiteral(MCSTUDIO_FIXTURES_DIR "/edc/several-claims.jsonld");
        // Several claims and no choice: refused with the list, nothing imported.
        Run run = cli({QStringLiteral("import"), catalogue, several});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--claim")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("2. Duits in de zorg: basisgesprekken (LearningAchievementSpecification)")));
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")}).out.toUtf8()).array().size(), 0);
        // The participation claim is no design.
        run = cli({QStringLiteral("import"), catalogue, several, QStringLiteral("--claim"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import"), catalogue, several, QStringLiteral("--claim"), QStringLiteral("zero")}).exitCode, 2);
        // One by number, with what to check.
        run = cli({QStringLiteral("import"), catalogue, several, QStringLiteral("--claim"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("check: The national level \"DQR Level 5\" is of DE's framework")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Claim 1 of 4")));
        // All: the three designs, in one go.
        const QString fresh = path("europass-all.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), fresh}).exitCode, 0);
        run = cli({QStringLiteral("import"), fresh, several, QStringLiteral("--claim"), QStringLiteral("all")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("list"), fresh, QStringLiteral("--json")}).out.toUtf8()).array().size(), 3);
        // A signed credential says its signature is not verified.
        run = cli({QStringLiteral("import"), fresh, QStringLiteral(MCSTUDIO_FIXTURES_DIR "/edc/qualification-signed.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("not verified")));
        // Exporting a design outside the edubadges profile says so, and still writes it.
        const QString ob3 = path("small.ob3.json");
        const QString listed = cli({QStringLiteral("list"), fresh, QStringLiteral("--json")}).out;
        QString smallId;
        for (const QJsonValue &entry : QJsonDocument::fromJson(listed.toUtf8()).array()) {
            if (entry.toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("nl")).toString().startsWith(QLatin1String("Duits")))
                smallId = entry.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!smallId.isEmpty());
        run = cli({QStringLiteral("export"), fresh, smallId, QStringLiteral("--format"), QStringLiteral("ob3"), QStringLiteral("--output"), ob3});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("edubadges will not take this as a microcredential")), qPrintable(run.err));
        QVERIFY(QFile::exists(ob3));
        run = cli({QStringLiteral("export"), fresh, smallId, QStringLiteral("--format"), QStringLiteral("elm-credential"),
                   QStringLiteral("--output"), path("small.edc.json")});
        QCOMPARE(run.exitCode, 0);
    }

    void badInputNeverChangesTheCatalogue_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray full = McdesignWriter::toBytes(TestDesigns::minimal());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("truncated") << full.left(200) << QStringLiteral("not valid JSON");
        QTest::newRow("syntax") << QByteArray("{\n\"formatVersion\": 1,\n\"microcredential\": {]\n}") << QStringLiteral("line 3, column");
        QByteArray wrongType = full;
        wrongType.replace("\"studyLoadHours\": 0", "\"studyLoadHours\": \"veel\"");
        QTest::newRow("wrong type") << wrongType << QStringLiteral("microcredential.studyLoadHours");
        QByteArray future = full;
        future.replace("\"formatVersion\": 4", "\"formatVersion\": 7");
        QTest::newRow("unknown formatVersion") << future << QStringLiteral("format version 7 is newer");
        QByteArray latin1 = full;
        latin1.replace("Alleen een titel", "Caf\xE9 titel");
        QTest::newRow("invalid utf-8") << latin1 << QStringLiteral("not valid UTF-8");
        QByteArray huge = full;
        huge.replace("Alleen een titel", QByteArray(10 << 20, 'x'));
        QTest::newRow("10 MB string") << huge << QStringLiteral("larger than the limit");
    }

    void badInputNeverChangesTheCatalogue()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString catalogue = path("bad.mcdb");
        if (!QFile::exists(catalogue))
            QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        const QString input = path("input.mcdesign");
        QFile::remove(input);
        writeFile(input, content);
        const QString good = path("good.mcdesign");
        writeFile(good, McdesignWriter::toBytes(TestDesigns::full()));
        const QByteArray before = hashOf(catalogue);

        // The good file is listed first: one bad file imports nothing at all.
        const Run run = cli({QStringLiteral("import"), catalogue, good, input});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(input), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(hashOf(catalogue), before);
        const Run listed = cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);

        QCOMPARE(cli({QStringLiteral("validate"), input}).exitCode, 2);
    }

    void directoryAndMissingInput()
    {
        const QString catalogue = path("dir.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue}).exitCode, 0);
        Run run = cli({QStringLiteral("import"), catalogue, m_dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("is a folder")));
        run = cli({QStringLiteral("list"), path("missing.mcdb")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no such catalogue")));
        run = cli({QStringLiteral("list"), m_dir.path()});
        QCOMPARE(run.exitCode, 2);
        const QString text = path("notes.mcdb");
        writeFile(text, "just some notes");
        run = cli({QStringLiteral("list"), text});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("not an SQLite database")));
    }

    void validateExitCodes()
    {
        const QString good = path("valid.mcdesign");
        writeFile(good, McdesignWriter::toBytes(TestDesigns::full()));
        Run run = cli({QStringLiteral("validate"), good});
        QCOMPARE(run.exitCode, 0);
        const QString incomplete = path("incomplete.mcdesign");
        writeFile(incomplete, McdesignWriter::toBytes(TestDesigns::minimal()));
        run = cli({QStringLiteral("validate"), incomplete, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("errorCount")).toInt() > 0);
        const QJsonObject first = report.value(QStringLiteral("designs")).toArray().at(0).toObject()
                                      .value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        for (const char *key : {"ruleId", "severity", "fieldPath", "message"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const QString catalogue = path("validate.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("validate"), catalogue}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), catalogue, incomplete}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("validate"), catalogue}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("validate"), catalogue, TestDesigns::minimal().id}).exitCode, 1);
    }

    void validateAgainstAFramework()
    {
        const QString catalogue = path("framework.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        Run run = cli({QStringLiteral("validate"), catalogue, QStringLiteral("--framework"), QStringLiteral("mbo-2024"),
                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject design = QJsonDocument::fromJson(run.out.toUtf8()).object()
                                       .value(QStringLiteral("designs")).toArray().at(0).toObject();
        QCOMPARE(design.value(QStringLiteral("framework")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("mbo-2024"));
        const QJsonArray criteria = design.value(QStringLiteral("criteria")).toArray();
        QCOMPARE(criteria.size(), 12);
        QCOMPARE(criteria.at(11).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QVERIFY(criteria.at(0).toObject().value(QStringLiteral("verdict")).isNull()); // no automatic check
        QVERIFY(design.value(QStringLiteral("completion")).toObject().contains(QStringLiteral("percent")));

        // The example is an mbo design of 240 SBU: against hbo/wo it is out of scope, not an error.
        run = cli({QStringLiteral("validate"), catalogue, QStringLiteral("--framework"), QStringLiteral("hbo-wo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("notApplicable")));

        const QString incomplete = path("fw-incomplete.mcdesign");
        writeFile(incomplete, McdesignWriter::toBytes(TestDesigns::minimal()));
        run = cli({QStringLiteral("validate"), incomplete, QStringLiteral("--framework"), QStringLiteral("eu-2022")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("[framework.eu-2022.M06]")));

        run = cli({QStringLiteral("validate"), incomplete, QStringLiteral("--framework"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("mbo-2024, hbo-wo, eu-2022")));
        const QString badFramework = path("bad-framework.json");
        writeFile(badFramework, "{\"formatVersion\": 1");
        run = cli({QStringLiteral("validate"), incomplete, QStringLiteral("--framework-file"), badFramework});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(badFramework));
    }

    void exportDocuments()
    {
        const QString catalogue = path("documents.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue, QStringLiteral("--example")}).exitCode, 0);
        const QString full = path("documents-full.mcdesign");
        writeFile(full, McdesignWriter::toBytes(TestDesigns::full()));
        QCOMPARE(cli({QStringLiteral("import"), catalogue, full}).exitCode, 0);
        const QString id = TestDesigns::full().id;

        for (const char *format : {"pdf", "pdfa", "odt", "html"}) {
            const QString out = m_dir.filePath(QStringLiteral("description.") + QLatin1String(format));
            const Run run = cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QLatin1String(format),
                                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--output"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        Run run = cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("--document"), QStringLiteral("checklist"), QStringLiteral("--output"), path("checklist.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err)); // the design records hbo-wo
        const QString example = ExampleId;
        run = cli({QStringLiteral("export"), catalogue, example, QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--document"), QStringLiteral("checklist"), QStringLiteral("--framework"),
                   QStringLiteral("eu-2022"), QStringLiteral("--output"), path("eu.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString folder = path("all");
        run = cli({QStringLiteral("export"), catalogue, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--output"), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("Warmtepompen-installeren-en-in-bedrijf-stellen-v1.pdf"),
                                     QStringLiteral("Zorg-welzijn-cliëntgericht-rapporteren-b-x-b-v3.pdf")}));
        run = cli({QStringLiteral("export"), catalogue, QStringLiteral("--overview"), QStringLiteral("--format"), QStringLiteral("html"),
                   QStringLiteral("--output"), path("overview.html")});
        QCOMPARE(run.exitCode, 0);
        QFile overview(path("overview.html"));
        QVERIFY(overview.open(QIODevice::ReadOnly));
        QVERIFY(overview.readAll().contains("Zorg &amp; welzijn"));

        QCOMPARE(cli({QStringLiteral("export"), catalogue, QStringLiteral("--overview"), QStringLiteral("--format"),
                      QStringLiteral("mcdesign"), QStringLiteral("--output"), path("o.mcdesign")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--output"), folder}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--output"), path("x.pdf")}).exitCode, 2);
        run = cli({QStringLiteral("export"), catalogue, id, QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--output"), path("no/such/folder/x.pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no/such/folder/x.pdf")));
    }

    void lintOutcome()
    {
        Run run = cli({QStringLiteral("lint-outcome"), QStringLiteral("--level"), QStringLiteral("4"),
                       QStringLiteral("De deelnemer stelt een werkplanning op volgens de richtlijnen van het bedrijf.")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("lint-outcome"), QStringLiteral("--json"), QStringLiteral("De deelnemer kent de regels.")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QStringList rules;
        for (const QJsonValue &f : findings)
            rules.append(f.toObject().value(QStringLiteral("ruleId")).toString());
        QVERIFY(rules.contains(QStringLiteral("lo.vague-verb")));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("span")).toObject().value(QStringLiteral("start")).toInt(), 13);
        run = cli({QStringLiteral("lint-outcome"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("The participant analyses customer complaints according to the service protocol.")});
        QCOMPARE(run.exitCode, 0);
        // Only an info finding (no context): still success.
        run = cli({QStringLiteral("lint-outcome"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("The participant analyses customer complaints carefully.")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("lo.no-context")));
        QCOMPARE(cli({QStringLiteral("lint-outcome"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint-outcome"), QStringLiteral("--level"), QStringLiteral("9"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint-outcome")}).exitCode, 2);
    }

    void printsOnlyItsOwnOutput()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as under cron, on a server, in CI
        environment.remove(QStringLiteral("MCSTUDIO_CLI_DEBUG"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MCSTUDIO_CLI_PATH), {QStringLiteral("init"), path("quiet.mcdb"), QStringLiteral("--example")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    }

    void enteredAsDraftWithANote()
    {
        const QString catalogue = path("entry.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue}).exitCode, 0);
        Microcredential approved = TestDesigns::full();
        approved.status = Status::Approved;
        const QString file = path("approved.mcdesign");
        writeFile(file, McdesignWriter::toBytes(approved));
        Run run = cli({QStringLiteral("import"), catalogue, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("history:")), qPrintable(run.out));
        run = cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
        run = cli({QStringLiteral("history"), catalogue, approved.id, QStringLiteral("--json")});
        const QJsonObject history = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(history.value(QStringLiteral("steps")).toArray().size(), 0);
        QCOMPARE(history.value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("formerStatus")).toString(),
                 QStringLiteral("approved"));

        // An approver may move it, with its status and history, into another catalogue.
        const QString other = path("entry-other.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), other}).exitCode, 0);
        run = cli({QStringLiteral("transfer"), catalogue, other, approved.id, QStringLiteral("--by"), QStringLiteral("Beatrix")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(cli({QStringLiteral("history"), other, approved.id}).out.contains(QStringLiteral("Beatrix")));
        QCOMPARE(cli({QStringLiteral("transfer"), catalogue, other, approved.id}).exitCode, 3);
    }

    void hostileTextStaysHarmless()
    {
        const QString catalogue = path("hostile.mcdb");
        QCOMPARE(cli({QStringLiteral("init"), catalogue}).exitCode, 0);
        Microcredential evil = TestDesigns::full();
        evil.status = Status::Draft;
        evil.title.nl = QStringLiteral("Kwaad\x1b]0;pwned\x07 \u202Etxet");
        evil.learningOutcomes[0].statement.nl += QStringLiteral("\x1b[31m\r\nTweede regel\u2066");
        const QString file = path("hostile.mcdesign");
        writeFile(file, McdesignWriter::toBytes(evil));
        Run run = cli({QStringLiteral("import"), catalogue, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("cleaned: title.nl:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("cleaned: learningOutcomes[0].statement.nl:")));
        run = cli({QStringLiteral("show"), catalogue, evil.id, QStringLiteral("--json")});
        const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("title")).toObject().value(QStringLiteral("nl")).toString(),
                 QStringLiteral("Kwaad]0;pwned txet"));
        QVERIFY(shown.value(QStringLiteral("learningOutcomes")).toArray().at(0).toObject().value(QStringLiteral("statement"))
                    .toObject().value(QStringLiteral("nl")).toString().endsWith(QStringLiteral("\nTweede regel")));

        // An Open Badges file is cleaned the same way.
        QFile ob3(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/interchange/example.ob3-achievement.json"));
        QVERIFY(ob3.open(QIODevice::ReadOnly));
        QByteArray badge = ob3.readAll();
        badge.replace("\"Warmtepompen installeren en in bedrijf stellen\"", "\"Warmtepompen\\u001b[2J\\u202e installeren\"");
        const QString badgeFile = path("hostile.ob3.json");
        writeFile(badgeFile, badge);
        QCOMPARE(cli({QStringLiteral("init"), path("hostile-ob3.mcdb")}).exitCode, 0);
        run = cli({QStringLiteral("import"), path("hostile-ob3.mcdb"), badgeFile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("cleaned: title.nl:")) || run.out.contains(QStringLiteral("cleaned: title.en:")),
                 qPrintable(run.out));
        QVERIFY(!cli({QStringLiteral("list"), path("hostile-ob3.mcdb")}).out.contains(QChar(0x1b)));

        // Text stored before cleaning existed is escaped on the terminal, also when piped.
        mcs::test::TestStore store;
        QCOMPARE(store.execRaw(catalogue, QStringLiteral("UPDATE microcredentials SET title_nl = 'Oud' || char(27) || "
                                                         "'[2J' || char(8238) || char(7)")),
                 QString());
        run = cli({QStringLiteral("list"), catalogue});
        QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x202e)) && !run.out.contains(QChar(7)));
        QVERIFY2(run.out.contains(QStringLiteral("Oud\\u001b[2J\\u202e\\u0007")), qPrintable(run.out));
        run = cli({QStringLiteral("show"), catalogue, evil.id});
        QVERIFY(!run.out.contains(QChar(0x1b)) && run.out.contains(QStringLiteral("\\u001b")));
        run = cli({QStringLiteral("list"), catalogue, QStringLiteral("--json")});
        const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(json.isArray()); // still JSON, and the title decodes to what is stored
        QCOMPARE(json.array().at(0).toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("nl")).toString(),
                 QStringLiteral("Oud\x1b[2J\u202e\x07"));

        // Arguments are a way in too.
        run = cli({QStringLiteral("lint-outcome"), QStringLiteral("De deelnemer stelt\x1b[31m een werkplanning op volgens de "
                                                                  "richtlijnen van het bedrijf.")});
        QVERIFY2(run.err.contains(QStringLiteral("removed")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QChar(0x1b)));
        run = cli({QStringLiteral("status"), catalogue, evil.id, QStringLiteral("inReview"), QStringLiteral("--role"),
                   QStringLiteral("editor"), QStringLiteral("--by"), QStringLiteral("Ann\x1b[8m"), QStringLiteral("--comment"),
                   QStringLiteral("klaar\u202e")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("--by")) && run.err.contains(QStringLiteral("--comment")));
        run = cli({QStringLiteral("history"), catalogue, evil.id, QStringLiteral("--json")});
        const QJsonObject step = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(step.value(QStringLiteral("actor")).toString(), QStringLiteral("Ann[8m"));
        QCOMPARE(step.value(QStringLiteral("comment")).toString(), QStringLiteral("klaar"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
