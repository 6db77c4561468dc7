#include "TestDesigns.h"
#include "example/ExampleDesign.h"
#include "storage/Catalogue.h"
#include "storage/CatalogueMigrations.h"
#include "format/ContentFingerprint.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::shared_ptr<Catalogue> createCatalogue(const QString &path)
{
    Result<std::shared_ptr<Catalogue>> created = Catalogue::create(path);
    if (!created.ok())
        qWarning() << created.error();
    return created.ok() ? created.value() : nullptr;
}

/// Runs SQL on a catalogue file through a separate connection, as another program would.
void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removeDeletesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mcdb"));
        auto catalogue = createCatalogue(path);
        QVERIFY(catalogue->save(TestDesigns::full()).ok());
        QVERIFY(catalogue->remove(TestDesigns::full().id).ok());
        catalogue.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const char *table : {"learning_outcomes", "assessments", "assessment_outcomes", "programme_codes"}) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void releasedSchemaFixturesOpen_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("schema 1") << QStringLiteral("catalogue-v1.mcdb");
    }

    void releasedSchemaFixturesOpen()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(fixture);
        QVERIFY(QFile::copy(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/") + fixture, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), CatalogueMigrations::latestVersion());
        const QList<CatalogueEntry> entries = opened.value()->list().value();
        QVERIFY(!entries.isEmpty());
        for (const CatalogueEntry &entry : entries)
            QVERIFY2(opened.value()->load(entry.id).ok(), qPrintable(entry.id));
        // Derived columns are computed for designs from older schemas.
        for (const CatalogueEntry &entry : entries)
            QVERIFY2(entry.completion >= 0 && entry.completion <= 100, qPrintable(entry.id));
        const QHash<QString, QString> texts = opened.value()->searchTexts().value();
        QVERIFY(texts.value(ExampleDesign::load().id).contains(QStringLiteral("warmteverlies")));
        // What the schema-1 fixture holds: the example as it was then, with no checklists.
        const Microcredential example = opened.value()->load(ExampleDesign::load().id).value();
        QCOMPARE(example.title.nl, QStringLiteral("Warmtepompen installeren en in bedrijf stellen"));
        QCOMPARE(example.learningOutcomes.size(), 6);
        QCOMPARE(example.assessments.size(), 3);
        QVERIFY(example.checklists.isEmpty());
        // Schema 8: the institutions the designs name are known, without evidence yet.
        const std::optional<Institution> institution = opened.value()->institution(example.institution.identifier).value();
        QVERIFY(institution);
        QCOMPARE(institution->name, example.institution.name);
        QVERIFY(opened.value()->institutionEvidence(example.institution.identifier).value().isEmpty());
        QVERIFY(opened.value()->frameworks().value().isEmpty());
        // The upgraded catalogue takes checklists.
        Microcredential edited = example;
        edited.checklistFor(QStringLiteral("mbo-2024"), QStringLiteral("2024-2025"))
            .setStatus(QStringLiteral("mbo-2024.04"), CriterionStatus::Met, QStringLiteral("Team"), example.changed);
        QVERIFY(opened.value()->save(edited, opened.value()->rowVersion(edited.id)).ok());
        QVERIFY(opened.value()->load(edited.id).value() == edited);
    }

    void keptVersionsAreCompressedAndUpgraded()
    {
        // A schema-5 catalogue (version 1 approved, version 2 a draft, kept as text).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.mcdb"));
        QVERIFY(QFile::copy(QStringLiteral(MCSTUDIO_FIXTURES_DIR "/catalogue-v5.mcdb"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QString id = ExampleDesign::load().id;
        const auto keptTypes = [&]() {
            QStringList types;
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kept"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT typeof(content) FROM design_versions ORDER BY version"));
                while (q.next())
                    types.append(q.value(0).toString());
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("kept"));
            return types;
        };
        QCOMPARE(keptTypes(), QStringList({QStringLiteral("text"), QStringLiteral("text")}));
        {
            const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            const std::shared_ptr<Catalogue> catalogue = opened.value();
            QCOMPARE(catalogue->schemaVersion(), CatalogueMigrations::latestVersion());
            // The approved version reads back as it was approved: same fingerprint.
            const QList<DesignVersionRecord> versions = catalogue->versions(id).value();
            QCOMPARE(versions.size(), 2);
            QCOMPARE(versions.at(0).status, Status::Approved);
            const Result<Microcredential> approved = catalogue->loadVersion(id, 1);
            QVERIFY2(approved.ok(), qPrintable(approved.error()));
            QCOMPARE(approved.value().version, 1);
            QCOMPARE(ContentFingerprint::full(approved.value()), versions.at(0).fingerprint);
            // A new save is kept compressed too.
            Microcredential draft = catalogue->load(id).value();
            draft.title.nl = QStringLiteral("Warmtepompen, herzien");
            QVERIFY(catalogue->save(draft, catalogue->rowVersion(id).value()).ok());
            QCOMPARE(catalogue->loadVersion(id, 2).value().title.nl, draft.title.nl);
        }
        QCOMPARE(keptTypes(), QStringList({QStringLiteral("blob"), QStringLiteral("blob")}));
    }

    void theClockDecidesEveryTimestamp()
    {
        // Saves, kept versions and steps all read the one clock: a test (or a
        // user's report) can be replayed on any day.
        const QDateTime at(QDate(2027, 3, 1), QTime(9, 30, 0, 250), Qt::UTC);
        const Clock::Override clock(at);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mcdb"));
        const std::shared_ptr<Catalogue> catalogue = createCatalogue(path);
        catalogue->setActor({QStringLiteral("Tester"), {WorkflowRole::Editor}});
        const Microcredential mc = ExampleDesign::load().copyAsNewDesign();
        QCOMPARE(mc.created, at);
        QVERIFY(catalogue->save(mc).ok());
        const Result<int> step = catalogue->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString());
        QVERIFY2(step.ok(), qPrintable(step.error()));
        QCOMPARE(catalogue->versions(mc.id).value().constFirst().savedAt, at);
        QCOMPARE(catalogue->transitions(mc.id).value().constFirst().at, at);
        QCOMPARE(Clock::today(), at.toLocalTime().date());
    }

    void damagedKeptContentIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mcdb"));
        const Microcredential mc = TestDesigns::full();
        QVERIFY(createCatalogue(path)->save(mc).ok());
        execRaw(path, {QStringLiteral("UPDATE design_versions SET content = x'0000ffff0102030405'")});
        const Result<Microcredential> loaded = Catalogue::open(path).value()->loadVersion(mc.id, mc.version);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("damaged")), qPrintable(loaded.error()));
    }

    void migrationsUpgradeAndRollBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mcdb"));
        QVERIFY(createCatalogue(path)->save(TestDesigns::full()).ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QList<Migration> migrations = CatalogueMigrations::all();
        const int latest = CatalogueMigrations::latestVersion();

        // A failing step leaves the catalogue exactly as it was.
        QList<Migration> failing = migrations;
        failing.append({latest + 1, {QStringLiteral("ALTER TABLE microcredentials ADD COLUMN extra TEXT"),
                                     QStringLiteral("THIS IS NOT SQL")}});
        const Result<Done> failed = CatalogueMigrations::upgrade(db, failing);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("schema version %1").arg(latest + 1)), qPrintable(failed.error()));
        QCOMPARE(CatalogueMigrations::currentVersion(db).value(), latest);
        QVERIFY(!db.record(QStringLiteral("microcredentials")).contains(QStringLiteral("extra")));

        // A good step is applied and recorded.
        migrations.append({latest + 1, {QStringLiteral("ALTER TABLE microcredentials ADD COLUMN extra TEXT")}});
        const Result<Done> upgraded = CatalogueMigrations::upgrade(db, migrations);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QCOMPARE(CatalogueMigrations::currentVersion(db).value(), latest + 1);
        QVERIFY(db.record(QStringLiteral("microcredentials")).contains(QStringLiteral("extra")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.mcdb"));
        QVERIFY(createCatalogue(path)->save(TestDesigns::full()).ok());
        execRaw(path, {QStringLiteral("UPDATE mcstudio_meta SET meta_value = '99' WHERE meta_key = 'schema_version'"),
                       QStringLiteral("PRAGMA journal_mode = DELETE")});
        const QByteArray before = fileHash(path);
        const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("newer version")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }

    void foreignFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite database");
        QTest::newRow("text file") << QByteArray("title;sector\nx;mbo\n") << QStringLiteral("not an SQLite database");
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt.append(QByteArray(4096, '\xff'));
        QTest::newRow("corrupt database") << corrupt << QStringLiteral("cannot be opened as a catalogue");
    }

    void foreignFilesAreRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mcdb"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path, Catalogue::OpenMode::CreateIfMissing);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().startsWith(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void otherSqliteDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        execRaw(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER, amount REAL)"),
                       QStringLiteral("INSERT INTO invoices VALUES (1, 9.95)")});
        const QByteArray before = fileHash(path);
        const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("no Microcredential Studio tables")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }

    void missingAndFolderPaths()
    {
        QTemporaryDir dir;
        QVERIFY(Catalogue::open(dir.filePath(QStringLiteral("none.mcdb"))).error().contains(QStringLiteral("no such catalogue")));
        QVERIFY(Catalogue::open(dir.path()).error().contains(QStringLiteral("is a folder")));
        QVERIFY(Catalogue::create(dir.filePath(QStringLiteral("no/dir/c.mcdb"))).error().contains(QStringLiteral("folder does not exist")));
        QVERIFY(Catalogue::open(dir.filePath(QStringLiteral("new.mcdb")), Catalogue::OpenMode::CreateIfMissing).ok());
    }

    void catalogueUsesWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mcdb"));
        auto catalogue = createCatalogue(path);
        QVERIFY(catalogue->save(TestDesigns::full()).ok());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
