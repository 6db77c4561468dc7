#include "example/ExampleDesign.h"
#include "format/McdesignReader.h"
#include "format/McdesignWriter.h"
#include "storage/Catalogue.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <unistd.h>

using namespace mcs;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoAcknowledgedEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.mcdb"));
        const Microcredential example = ExampleDesign::load();
        QVERIFY(Catalogue::create(path).value()->save(example).ok());

        QRandomGenerator random(20261123);
        int lastAcknowledged = example.studyLoadHours;
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(MCSTUDIO_CRASH_WRITER), {path, example.id, QStringLiteral("1000")});
            QVERIFY(writer.waitForStarted());
            // Kill somewhere in the middle of the 1,000 edits.
            const int killAfter = int(random.bounded(20, 700));
            int acknowledged = 0;
            while (acknowledged < killAfter && writer.state() == QProcess::Running) {
                if (!writer.canReadLine() && !writer.waitForReadyRead(5000))
                    break;
                while (writer.canReadLine()) {
                    const QByteArray line = writer.readLine().trimmed();
                    if (line.startsWith("ack ")) {
                        lastAcknowledged = line.mid(4).toInt();
                        ++acknowledged;
                    }
                }
            }
            writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
            writer.waitForFinished();
            QVERIFY2(acknowledged >= killAfter, "the writer stopped before it was killed");

            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery integrity(db);
                QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
                QVERIFY(integrity.next());
                QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));

            const Result<std::shared_ptr<Catalogue>> reopened = Catalogue::open(path);
            QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
            const Microcredential stored = reopened.value()->load(example.id).value();
            // Every acknowledged edit is there; at most one more (saved, killed before it said so).
            QVERIFY2(stored.studyLoadHours == lastAcknowledged || stored.studyLoadHours == lastAcknowledged + 1,
                     qPrintable(QStringLiteral("stored %1, acknowledged %2").arg(stored.studyLoadHours).arg(lastAcknowledged)));
            QCOMPARE(stored.title.nl, QStringLiteral("edit %1").arg(stored.studyLoadHours));
            QCOMPARE(stored.learningOutcomes.first().statement.nl,
                     QStringLiteral("De deelnemer voert bewerking %1 uit.").arg(stored.studyLoadHours));
            QCOMPARE(stored.learningOutcomes.size(), example.learningOutcomes.size());
            lastAcknowledged = stored.studyLoadHours;
        }
    }

    void readOnlyFolderGivesAClearMessageAndKeepsTheData()
    {
        // As an ordinary user the folder's permissions make it read-only. Root
        // (as in CI) ignores permissions, so there the folder is a small tmpfs
        // remounted read-only: a write-protected stick or share, which stops root too.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const bool root = geteuid() == 0;
        auto mount = [&](const QStringList &arguments) { return QProcess::execute(QStringLiteral("mount"), arguments) == 0; };
        if (root && !mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"),
                            QStringLiteral("tmpfs"), folder}))
            QSKIP("running as root without the right to mount: a read-only folder cannot be made here");
        const auto unmount = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("umount"), {folder});
        });

        const QString path = folder + QStringLiteral("/c.mcdb");
        const QString designFile = folder + QStringLiteral("/d.mcdesign");
        const Microcredential example = ExampleDesign::load();
        QVERIFY(Catalogue::create(path).value()->save(example).ok());
        QVERIFY(McdesignWriter::writeFile(example, designFile).ok());
        if (root) {
            QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
        } else {
            QFile::setPermissions(path, QFile::ReadOwner);
            QFile::setPermissions(designFile, QFile::ReadOwner);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }

        Microcredential changed = example;
        changed.title.nl = QStringLiteral("changed");
        const Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(path);
        if (opened.ok()) {
            const Result<int> saved = opened.value()->save(changed);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error().startsWith(path), qPrintable(saved.error()));
        } else {
            QVERIFY2(opened.error().startsWith(path), qPrintable(opened.error()));
        }
        const Result<Done> written = McdesignWriter::writeFile(changed, designFile);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(designFile), qPrintable(written.error()));

        if (root) {
            QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,rw"), folder}));
        } else {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        }
        // Nothing was lost or half-written.
        QCOMPARE(Catalogue::open(path).value()->load(example.id).value().title, example.title);
        QCOMPARE(McdesignReader::readFile(designFile).value().title, example.title);
    }

    void catalogueLockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.mcdb"));
        auto catalogue = Catalogue::create(path).value();
        const Microcredential example = ExampleDesign::load();
        QVERIFY(catalogue->save(example).ok());

        // Another program holds the write lock (an open exclusive transaction).
        QProcess holder;
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3, sys, time\n"
                                     "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN EXCLUSIVE')\n"
                                     "print('locked', flush=True)\n"
                                     "time.sleep(30)\n"),
                      path});
        if (!holder.waitForStarted() || !holder.waitForReadyRead(10000))
            QSKIP("python3 with sqlite3 is not available to hold a lock");
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        Microcredential changed = example;
        changed.title.nl = QStringLiteral("changed while locked");
        const Result<int> saved = catalogue->save(changed);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().startsWith(path), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("locked")), qPrintable(saved.error()));

        holder.kill();
        holder.waitForFinished();
        // Nothing was lost or half-written, and saving works again once the lock is gone.
        QCOMPARE(catalogue->load(example.id).value().title, example.title);
        QVERIFY(catalogue->save(changed).ok());
        QCOMPARE(catalogue->load(example.id).value().title.nl, QStringLiteral("changed while locked"));
    }

    void fullDiskGivesClearErrorsAndKeepsTheData()
    {
        // A real full disk: a 512 KiB tmpfs (needs root, as in CI; skipped otherwise).
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (geteuid() != 0 || QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                          QStringLiteral("-o"), QStringLiteral("size=512k"),
                                                                          QStringLiteral("tmpfs"), mountPoint}) != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });

        const QString path = mountPoint + QStringLiteral("/full.mcdb");
        auto catalogue = Catalogue::create(path).value();
        QList<Microcredential> acknowledged;
        QString error;
        for (int i = 0; i < 200 && error.isEmpty(); ++i) {
            Microcredential mc = ExampleDesign::load();
            mc.id = Microcredential::newId();
            mc.summary.nl = QString(QStringLiteral("Lange tekst %1. ").arg(i)).repeated(2000);
            const Result<int> saved = catalogue->save(mc);
            if (saved.ok())
                acknowledged.append(mc);
            else
                error = saved.error();
        }
        QVERIFY2(!error.isEmpty(), "the disk never filled up");
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!acknowledged.isEmpty());

        // A design file written to the full disk fails clearly and leaves the old one whole.
        const QString file = mountPoint + QStringLiteral("/design.mcdesign");
        const Result<Done> writtenFirst = McdesignWriter::writeFile(acknowledged.first(), file);
        Microcredential big = acknowledged.first();
        big.summary.nl = QString(QStringLiteral("x")).repeated(60000);
        for (int i = 0; i < 20; ++i)
            big.learningOutcomes.append(big.learningOutcomes.first());
        const Result<Done> writtenBig = McdesignWriter::writeFile(big, file);
        if (writtenFirst.ok()) {
            QVERIFY(!writtenBig.ok());
            QVERIFY2(writtenBig.error().contains(file), qPrintable(writtenBig.error()));
            QVERIFY(McdesignReader::readFile(file).ok());
        }

        catalogue.reset();
        const Result<std::shared_ptr<Catalogue>> reopened = Catalogue::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        for (const Microcredential &mc : std::as_const(acknowledged))
            QCOMPARE(reopened.value()->load(mc.id).value().summary, mc.summary);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
