// Catalogue behaviour that holds on every backend. CTest runs this program twice:
// MCSTUDIO_TEST_BACKEND=sqlite and =postgresql (see TestStore).
#include "TestDesigns.h"
#include "TestStore.h"
#include "diagnostics/NeedsAttention.h"
#include "format/ContentFingerprint.h"
#include "frameworks/FrameworkLibrary.h"
#include "frameworks/InheritedEvidence.h"
#include "format/McdesignReader.h"
#include "format/McdesignWriter.h"
#include "storage/Catalogue.h"
#include "storage/CatalogueMigrations.h"
#include "storage/SqlFailure.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/DesignComparison.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace mcs;
using mcs::test::TestDesigns;
using mcs::test::TestStore;

namespace {

std::shared_ptr<Catalogue> createAt(const QString &location)
{
    Result<std::shared_ptr<Catalogue>> created = Catalogue::create(location);
    if (!created.ok())
        qWarning("%s", qPrintable(created.error()));
    return created.ok() ? created.value() : nullptr;
}

std::shared_ptr<Catalogue> openAt(const QString &location)
{
    Result<std::shared_ptr<Catalogue>> opened = Catalogue::open(location);
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error()));
    return opened.ok() ? opened.value() : nullptr;
}

/// On SQLite the roles are a setting: give this program every role.
void actAsEveryone(Catalogue &catalogue)
{
    catalogue.setActor({QStringLiteral("tester"),
                        {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Microcredential draft()
{
    Microcredential mc = TestDesigns::full();
    mc.status = Status::Draft;
    return mc;
}

/// A school's own framework, small and valid; `version` and `extraKey` vary it.
QByteArray frameworkFile(const QString &version, const QString &extraKey = QString())
{
    QJsonObject criterion{{QStringLiteral("id"), QStringLiteral("school.01")},
                          {QStringLiteral("number"), QStringLiteral("1")},
                          {QStringLiteral("kind"), QStringLiteral("criterion")},
                          {QStringLiteral("title"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("LLO-visie")}, {QStringLiteral("en"), QStringLiteral("LLO vision")}}},
                          {QStringLiteral("description"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("Het bestuur kiest het aanbod.")}, {QStringLiteral("en"), QStringLiteral("The board chooses the offer.")}}},
                          {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("nl"), QString()}, {QStringLiteral("en"), QString()}}},
                          {QStringLiteral("checks"), QJsonArray()},
                          {QStringLiteral("concerns"), QStringLiteral("institution")}};
    if (!extraKey.isEmpty())
        criterion.insert(extraKey, true);
    const QJsonObject root{{QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("id"), QStringLiteral("school-mc")},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("validFrom"), QStringLiteral("2026-01-01")},
                           {QStringLiteral("validUntil"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("Eigen kader")}, {QStringLiteral("en"), QStringLiteral("Own framework")}}},
                           {QStringLiteral("description"), QJsonObject{{QStringLiteral("nl"), QString()}, {QStringLiteral("en"), QString()}}},
                           {QStringLiteral("sectors"), QJsonArray{QStringLiteral("mbo")}},
                           {QStringLiteral("sourceUrl"), QString()},
                           {QStringLiteral("criteria"), QJsonArray{criterion}}};
    return QJsonDocument(root).toJson();
}

/// Takes a design along the route up to and including `last`.
bool approveUpTo(Catalogue &catalogue, const QString &id, Status last)
{
    const QList<std::pair<Status, WorkflowRole>> route{{Status::InReview, WorkflowRole::Editor},
                                                       {Status::Reviewed, WorkflowRole::Reviewer},
                                                       {Status::ApprovedByExamCommittee, WorkflowRole::Approver},
                                                       {Status::Approved, WorkflowRole::Approver},
                                                       {Status::Published, WorkflowRole::Approver}};
    for (const auto &[to, role] : route) {
        const Result<int> step = catalogue.transition(id, to, role, QStringLiteral("ok"));
        if (!step.ok()) {
            qWarning("%s", qPrintable(step.error()));
            return false;
        }
        if (to == last)
            return true;
    }
    return true;
}

/// One connection of the concurrency test: `edits` read-modify-write cycles on
/// one design, each adding a marker to its authors; a conflict reloads and tries again.
class Editor : public QThread
{
public:
    Editor(QString location, QString id, QString name, int edits)
        : m_location(std::move(location)), m_id(std::move(id)), m_name(std::move(name)), m_edits(edits)
    {}

    int conflicts = 0;
    QString failure;

protected:
    void run() override
    {
        auto catalogue = Catalogue::open(m_location);
        if (!catalogue.ok()) {
            failure = catalogue.error();
            return;
        }
        for (int i = 0; i < m_edits && failure.isEmpty();) {
            const std::optional<int> rowVersion = catalogue.value()->rowVersion(m_id);
            Microcredential mc = catalogue.value()->load(m_id).value();
            mc.authors.append(QStringLiteral("%1-%2").arg(m_name).arg(i));
            QThread::yieldCurrentThread();
            const Result<int> saved = catalogue.value()->save(mc, rowVersion);
            if (saved.ok())
                ++i;
            else if (saved.failureKind() == FailureKind::Conflict)
                ++conflicts;
            else
                failure = saved.error();
        }
    }

private:
    QString m_location;
    QString m_id;
    QString m_name;
    int m_edits;
};

} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = TestStore::unavailableReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariableIntValue("MCSTUDIO_TEST_REQUIRE_POSTGRES") == 1)
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
        qInfo("backend: %s", TestStore::usesPostgres() ? "PostgreSQL" : "SQLite");
    }

    void createSaveLoadList()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto catalogue = createAt(location);
        QVERIFY(catalogue);
        QCOMPARE(catalogue->schemaVersion(), CatalogueMigrations::latestVersion());
        QCOMPARE(catalogue->list().value().size(), 0);

        const Microcredential full = TestDesigns::full();
        const Result<int> saved = catalogue->save(full);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), 1);
        QVERIFY(catalogue->save(TestDesigns::minimal()).ok());

        const Result<Microcredential> loaded = catalogue->load(full.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        // It came in "submitted for review", a status it never reached here: it is a draft.
        Microcredential expected = full;
        expected.status = Status::Draft;
        QVERIFY(loaded.value() == expected);
        QVERIFY(catalogue->load(TestDesigns::minimal().id).value() == TestDesigns::minimal());

        const QList<CatalogueEntry> entries = catalogue->list().value();
        QCOMPARE(entries.size(), 2);
        // Most recently changed first: the minimal design changed after the full one.
        QCOMPARE(entries.at(0).id, TestDesigns::minimal().id);
        QCOMPARE(entries.at(1).id, full.id);
        QCOMPARE(entries.at(1).title, full.title);
        QCOMPARE(entries.at(1).studyLoadHours, 140);
        QCOMPARE(entries.at(1).eqfLevel, std::optional<int>(6));
        QCOMPARE(entries.at(1).status, Status::Draft);
        QCOMPARE(entries.at(1).rowVersion, 1);
        QVERIFY(entries.at(1).completion > entries.at(0).completion);
        QCOMPARE(catalogue->entry(full.id).value().title, full.title);
        QVERIFY(!catalogue->entry(QStringLiteral("nope")).ok());
        QVERIFY(catalogue->searchTexts().value().value(full.id).contains(QStringLiteral("soap-methode")));
        QVERIFY(!catalogue->load(QStringLiteral("00000000-0000-4000-8000-000000000000")).ok());

        // Creating over an existing catalogue is refused; opening it again works.
        QVERIFY(!Catalogue::create(location).ok());
        QCOMPARE(openAt(location)->list().value().size(), 2);
    }

    void catalogueFileCatalogueFileIsByteIdentical()
    {
        TestStore store;
        auto first = createAt(store.newLocation());
        auto second = createAt(store.newLocation());
        QTemporaryDir dir;
        const Microcredential full = TestDesigns::full();
        QVERIFY(first->save(full).ok());
        const QString file1 = dir.filePath(QStringLiteral("1.mcdesign"));
        const QString file2 = dir.filePath(QStringLiteral("2.mcdesign"));
        QVERIFY(McdesignWriter::writeFile(first->load(full.id).value(), file1).ok());
        QVERIFY(second->save(McdesignReader::readFile(file1).value()).ok());
        QVERIFY(McdesignWriter::writeFile(second->load(full.id).value(), file2).ok());
        QCOMPARE(fileHash(file1), fileHash(file2));
        QVERIFY(!fileHash(file1).isEmpty());
    }

    void updateReplacesListsAndBumpsRowVersion()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        Microcredential mc = draft();
        QCOMPARE(catalogue->save(mc).value(), 1);
        mc.learningOutcomes.removeFirst();
        mc.assessments.removeFirst();
        mc.programmeCodes.clear();
        mc.title.en = QStringLiteral("Changed");
        QCOMPARE(catalogue->save(mc, 1).value(), 2);
        QVERIFY(catalogue->load(mc.id).value() == mc);
        QCOMPARE(catalogue->rowVersion(mc.id), std::optional<int>(2));
    }

    void staleSaveIsRefusedAsConflict()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto alice = createAt(location);
        auto bob = openAt(location);
        Microcredential mc = TestDesigns::full();
        QCOMPARE(alice->save(mc).value(), 1);

        Microcredential aliceEdit = alice->load(mc.id).value();
        Microcredential bobEdit = bob->load(mc.id).value();
        aliceEdit.title.nl = QStringLiteral("Alice");
        bobEdit.title.nl = QStringLiteral("Bob");
        QVERIFY(alice->save(aliceEdit, 1).ok());
        const Result<int> conflict = bob->save(bobEdit, 1);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.failureKind(), FailureKind::Conflict);
        QVERIFY2(conflict.error().contains(QStringLiteral("changed by someone else")), qPrintable(conflict.error()));
        QCOMPARE(bob->load(mc.id).value().title.nl, QStringLiteral("Alice"));

        QVERIFY(alice->remove(mc.id).ok());
        QVERIFY(bob->save(bobEdit, 2).error().contains(QStringLiteral("deleted")));
    }

    void saveAllIsAllOrNothing()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        // Two outcomes with one id cannot be stored: the second design fails,
        // and the first one, saved in the same transaction, must not be kept.
        Microcredential broken = TestDesigns::minimal();
        broken.learningOutcomes = {TestDesigns::full().learningOutcomes.at(0),
                                   TestDesigns::full().learningOutcomes.at(0)};
        QVERIFY(!catalogue->saveAll({TestDesigns::full(), broken}).ok());
        QCOMPARE(catalogue->list().value().size(), 0);
        QVERIFY(catalogue->saveAll({TestDesigns::full(), TestDesigns::minimal()}).ok());
        QCOMPARE(catalogue->list().value().size(), 2);
    }

    void twoConnectionsMakingConflictingEditsLoseNothing()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto catalogue = createAt(location);
        Microcredential mc = draft();
        mc.authors.clear();
        QVERIFY(catalogue->save(mc).ok());

        constexpr int Edits = 100;
        Editor alice(location, mc.id, QStringLiteral("alice"), Edits);
        Editor bob(location, mc.id, QStringLiteral("bob"), Edits);
        alice.start();
        bob.start();
        QVERIFY(alice.wait(240000));
        QVERIFY(bob.wait(240000));
        QVERIFY2(alice.failure.isEmpty(), qPrintable(alice.failure));
        QVERIFY2(bob.failure.isEmpty(), qPrintable(bob.failure));

        // Every edit that was acknowledged is there: a conflict that went unnoticed
        // would have overwritten the other connection's marker.
        const QStringList authors = catalogue->load(mc.id).value().authors;
        QCOMPARE(authors.size(), 2 * Edits);
        for (int i = 0; i < Edits; ++i) {
            QVERIFY(authors.contains(QStringLiteral("alice-%1").arg(i)));
            QVERIFY(authors.contains(QStringLiteral("bob-%1").arg(i)));
        }
        QCOMPARE(catalogue->rowVersion(mc.id), std::optional<int>(1 + 2 * Edits));
        qInfo("conflicts detected and retried: %d", alice.conflicts + bob.conflicts);
    }

    void illegalTransitionsAreRefused()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        actAsEveryone(*catalogue);
        const Microcredential mc = draft();
        QVERIFY(catalogue->save(mc).ok());

        // Skipping review, or the board before the examination committee.
        Result<int> step = catalogue->transition(mc.id, Status::Approved, WorkflowRole::Approver, QString());
        QCOMPARE(step.failureKind(), FailureKind::Forbidden);
        step = catalogue->transition(mc.id, Status::Reviewed, WorkflowRole::Reviewer, QString());
        QCOMPARE(step.failureKind(), FailureKind::Forbidden);
        // The right step in the wrong role.
        step = catalogue->transition(mc.id, Status::InReview, WorkflowRole::Approver, QString());
        QCOMPARE(step.failureKind(), FailureKind::Forbidden);
        // A step on content the user has not seen (someone saved since) is a conflict.
        const int seen = *catalogue->rowVersion(mc.id);
        Microcredential changed = catalogue->load(mc.id).value();
        changed.title.nl = QStringLiteral("Net gewijzigd");
        QVERIFY(catalogue->save(changed, seen).ok());
        QCOMPARE(catalogue->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString(), seen).failureKind(),
                 FailureKind::Conflict);
        QVERIFY(catalogue->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString(), seen + 1).ok());
        // Back to draft needs a reason.
        step = catalogue->transition(mc.id, Status::Draft, WorkflowRole::Reviewer, QStringLiteral("  "));
        QCOMPARE(step.failureKind(), FailureKind::Forbidden);
        QVERIFY(step.error().contains(QStringLiteral("reason")));
        QVERIFY(catalogue->transition(mc.id, Status::Draft, WorkflowRole::Reviewer, QStringLiteral("LO3 is vague")).ok());

        // A status never changes by an ordinary save.
        Microcredential sneaky = catalogue->load(mc.id).value();
        sneaky.status = Status::Published;
        QCOMPARE(catalogue->save(sneaky).failureKind(), FailureKind::Forbidden);
        QCOMPARE(catalogue->load(mc.id).value().status, Status::Draft);

        // Without the role (a setting on SQLite, the database's roles on PostgreSQL).
        if (!catalogue->isShared()) {
            catalogue->setActor({QStringLiteral("ed"), {WorkflowRole::Editor}});
            QVERIFY(catalogue->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString()).ok());
            step = catalogue->transition(mc.id, Status::Reviewed, WorkflowRole::Reviewer, QString());
            QCOMPARE(step.failureKind(), FailureKind::Forbidden);
            QVERIFY(step.error().contains(QStringLiteral("does not have the role")));
        }

        const QList<TransitionRecord> record = catalogue->transitions(mc.id).value();
        QCOMPARE(record.size(), catalogue->isShared() ? 2 : 3);
        QCOMPARE(record.at(1).to, Status::Draft);
        QCOMPARE(record.at(1).comment, QStringLiteral("LO3 is vague"));
        QCOMPARE(record.at(1).fingerprint, ContentFingerprint::full(changed));
        QVERIFY(!record.at(1).actor.isEmpty());
    }

    void newVersionOnlyFromAnApprovedOne()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        actAsEveryone(*catalogue);
        const Microcredential mc = draft();
        QVERIFY(catalogue->save(mc).ok());
        QVERIFY(catalogue->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString()).ok());
        // Bumping the version would be a way back to draft without a reason.
        Microcredential bumped = catalogue->load(mc.id).value();
        bumped.version += 1;
        bumped.status = Status::Draft;
        QCOMPARE(catalogue->save(bumped).failureKind(), FailureKind::Forbidden);
        QCOMPARE(catalogue->startNewVersion(mc.id).failureKind(), FailureKind::Forbidden);
        QCOMPARE(catalogue->load(mc.id).value().status, Status::InReview);
        if (catalogue->isShared()) {
            const QString error = store.execRaw(catalogue->path(), QStringLiteral("UPDATE microcredentials SET version ="
                                                                                  " version + 1, status = 'draft'"));
            QVERIFY2(error.contains(QStringLiteral("from an approved version")), qPrintable(error));
        }
    }

    void approvedVersionStaysAsItWas()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        actAsEveryone(*catalogue);
        const Microcredential mc = draft();
        QVERIFY(catalogue->save(mc).ok());
        QVERIFY(approveUpTo(*catalogue, mc.id, Status::Approved));
        const Microcredential approved = catalogue->load(mc.id).value();
        QCOMPARE(approved.status, Status::Approved);

        Microcredential edit = approved;
        edit.title.nl = QStringLiteral("Gewijzigd na goedkeuring");
        const Result<int> refused = catalogue->save(edit);
        QCOMPARE(refused.failureKind(), FailureKind::Forbidden);
        QVERIFY(refused.error().contains(QStringLiteral("new version")));

        // Review work after approval (the checklists) is saved, but the kept
        // approved version stays exactly what was approved.
        const QList<DesignVersionRecord> before = catalogue->versions(mc.id).value();
        Microcredential reviewed = approved;
        reviewed.checklists.clear();
        QVERIFY(!(reviewed == approved));
        QVERIFY2(catalogue->save(reviewed).ok(), "checklist work on an approved design is allowed");
        QCOMPARE(catalogue->loadVersion(mc.id, approved.version).value().checklists, approved.checklists);
        QCOMPARE(catalogue->versions(mc.id).value().constFirst().savedAt, before.constFirst().savedAt);

        // Editing starts the next version as a draft; the approved one is kept.
        const Result<Microcredential> next = catalogue->startNewVersion(mc.id);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        const int v1 = approved.version;
        QCOMPARE(next.value().version, v1 + 1);
        QCOMPARE(next.value().status, Status::Draft);
        Microcredential v2 = next.value();
        v2.title.nl = QStringLiteral("Gewijzigd na goedkeuring");
        v2.studyLoadHours = 280;
        QVERIFY(catalogue->save(v2, catalogue->rowVersion(mc.id)).ok());

        const Microcredential kept = catalogue->loadVersion(mc.id, v1).value();
        QCOMPARE(kept.title.nl, approved.title.nl);
        QCOMPARE(kept.status, Status::Approved);
        QCOMPARE(ContentFingerprint::full(kept), ContentFingerprint::full(approved));
        QCOMPARE(catalogue->loadVersion(mc.id, v1 + 1).value().title.nl, QStringLiteral("Gewijzigd na goedkeuring"));
        QVERIFY(!catalogue->loadVersion(mc.id, v1 + 2).ok());

        const QList<DesignVersionRecord> versions = catalogue->versions(mc.id).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).status, Status::Approved);
        QCOMPARE(versions.at(1).status, Status::Draft);

        // Field by field: exactly what changed between the two versions.
        const QList<FieldDifference> diff = DesignComparison::compare(kept, catalogue->loadVersion(mc.id, v1 + 1).value());
        QStringList paths;
        for (const FieldDifference &d : diff)
            paths.append(d.path);
        QVERIFY2(paths.contains(QStringLiteral("title.nl")), qPrintable(paths.join(u' ')));
        QVERIFY(paths.contains(QStringLiteral("studyLoadHours")));
        QVERIFY(paths.contains(QStringLiteral("version")));
        QVERIFY(paths.contains(QStringLiteral("status")));
        QVERIFY(!paths.contains(QStringLiteral("title.en")));

        // Removing the design keeps its history.
        QVERIFY(catalogue->remove(mc.id).ok());
        QCOMPARE(catalogue->versions(mc.id).value().size(), 2);
        QCOMPARE(catalogue->transitions(mc.id).value().size(), 4);
    }

    void rolesAreEnforcedByTheDatabase()
    {
        if (!TestStore::usesPostgres())
            QSKIP("on SQLite the roles are a setting (illegalTransitionsAreRefused)");
        TestStore store;
        const QString location = store.newLocation();
        auto admin = createAt(location);
        const Microcredential mc = draft();
        QVERIFY(admin->save(mc).ok());
        admin.reset();

        const QString asEditor = store.asUser(location, QStringLiteral("mcs_test_editor"), {QStringLiteral("mcstudio_editor")});
        const QString asReviewer = store.asUser(location, QStringLiteral("mcs_test_reviewer"), {QStringLiteral("mcstudio_reviewer")});
        auto editor = openAt(asEditor);
        QVERIFY(editor);
        QCOMPARE(editor->actor().name, QStringLiteral("mcs_test_editor"));
        QCOMPARE(editor->actor().roles, QList<WorkflowRole>{WorkflowRole::Editor});
        // The program refuses, and so does the server when a client skips the program.
        QCOMPARE(editor->transition(mc.id, Status::InReview, WorkflowRole::Reviewer, QString()).failureKind(),
                 FailureKind::Forbidden);
        QString error = store.execRaw(asEditor, QStringLiteral("UPDATE microcredentials SET status = 'published'"));
        QVERIFY2(error.contains(QStringLiteral("may not move")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("INSERT INTO workflow_transitions VALUES ('%1', 9, 1, 'inReview',"
                                                       " 'reviewed', 'someone', 'reviewer', '', '', '')").arg(mc.id));
        QVERIFY2(error.contains(QStringLiteral("may not move")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("DELETE FROM workflow_transitions"));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));

        QVERIFY(editor->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString()).ok());
        auto reviewer = openAt(asReviewer);
        QVERIFY(reviewer->transition(mc.id, Status::Reviewed, WorkflowRole::Reviewer, QString()).ok());
        // The recorded actor is the database user, whatever the client claims.
        QCOMPARE(reviewer->transitions(mc.id).value().constLast().actor, QStringLiteral("mcs_test_reviewer"));

        // A frozen version cannot be changed behind the program's back either.
        const QString asApprover = store.asUser(location, QStringLiteral("mcs_test_approver"), {QStringLiteral("mcstudio_approver")});
        auto approver = openAt(asApprover);
        QVERIFY(approver->transition(mc.id, Status::ApprovedByExamCommittee, WorkflowRole::Approver, QString()).ok());
        error = store.execRaw(asApprover, QStringLiteral("UPDATE microcredentials SET title_nl = 'x'"));
        QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(error));
        error = store.execRaw(asApprover, QStringLiteral("UPDATE design_versions SET fingerprint = 'x'"));
        QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(error));
        // Not even in two steps: first back to draft, then rewrite.
        error = store.execRaw(asApprover, QStringLiteral("UPDATE design_versions SET status = 'draft'"));
        QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(error));
        error = store.execRaw(asApprover, QStringLiteral("UPDATE design_versions SET content = '{}'"));
        QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(error));
        error = store.execRaw(asApprover, QStringLiteral("DELETE FROM design_versions"));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY2(store.execRaw(location, QStringLiteral("DELETE FROM design_versions")).contains(QStringLiteral("cannot be changed")),
                 "not even the catalogue's owner deletes an approved version");
        QCOMPARE(approver->load(mc.id).value().title.nl, mc.title.nl);
        // A role that may take a step still needs it recorded: no bare status update.
        error = store.execRaw(asApprover, QStringLiteral("UPDATE microcredentials SET status = 'approved'"));
        QVERIFY2(error.contains(QStringLiteral("recorded")), qPrintable(error));
        QVERIFY(approver->transition(mc.id, Status::Approved, WorkflowRole::Approver, QString()).ok());
    }

    void frameworksAreKeptInTheCatalogue()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        QVERIFY(catalogue);
        actAsEveryone(*catalogue);
        QVERIFY(catalogue->frameworks().value().isEmpty());

        // A file with errors is refused, naming the field; nothing is stored.
        const Result<QualityFramework> bad = catalogue->addFramework(frameworkFile(QStringLiteral("1"), QStringLiteral("surprise")),
                                                                     QStringLiteral("bad.json"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("criteria[0].surprise")), qPrintable(bad.error()));
        QVERIFY(catalogue->frameworks().value().isEmpty());

        QVERIFY(catalogue->addFramework(frameworkFile(QStringLiteral("1")), QStringLiteral("own.json")).ok());
        QVERIFY(catalogue->useFrameworks().ok());
        const QualityFramework *found = FrameworkLibrary::find(QStringLiteral("school-mc"));
        QVERIFY(found);
        QVERIFY(found->fromCatalogue);
        QVERIFY(FrameworkLibrary::offeredIds().contains(QStringLiteral("school-mc")));
        // Replacing keeps the id and takes the new version.
        QVERIFY(catalogue->addFramework(frameworkFile(QStringLiteral("2")), QStringLiteral("own.json")).ok());
        QCOMPARE(catalogue->frameworks().value().size(), 1);
        QCOMPARE(catalogue->frameworks().value().first().framework.version, QStringLiteral("2"));
        QCOMPARE(FrameworkLibrary::find(QStringLiteral("school-mc"))->version, QStringLiteral("2"));

        // Unused: deleted. In use: withdrawn, still found, no longer offered.
        QCOMPARE(catalogue->removeFramework(QStringLiteral("school-mc")).value(), Catalogue::FrameworkRemoval::Deleted);
        QVERIFY(catalogue->frameworks().value().isEmpty());
        QVERIFY(!FrameworkLibrary::find(QStringLiteral("school-mc")));
        QVERIFY(catalogue->addFramework(frameworkFile(QStringLiteral("2")), QStringLiteral("own.json")).ok());
        Microcredential mc = draft();
        mc.qualityAssurance.frameworkId = QStringLiteral("school-mc");
        QVERIFY(catalogue->save(mc).ok());
        QCOMPARE(catalogue->removeFramework(QStringLiteral("school-mc")).value(), Catalogue::FrameworkRemoval::Withdrawn);
        const QList<StoredFramework> kept = catalogue->frameworks().value();
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().withdrawnAt.isValid());
        QCOMPARE(kept.first().designsUsing, 1);
        QVERIFY(FrameworkLibrary::find(QStringLiteral("school-mc"))->withdrawn);
        QVERIFY(!FrameworkLibrary::offeredIds().contains(QStringLiteral("school-mc")));
        QVERIFY(!catalogue->removeFramework(QStringLiteral("no-such")).ok());
        FrameworkLibrary::useCatalogueFrameworks({});
    }

    void institutionEvidenceIsInheritedOverriddenAndCopiedAtApproval()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        QVERIFY(catalogue);
        actAsEveryone(*catalogue);
        Microcredential mc = draft();
        mc.qualityAssurance.frameworkId = QStringLiteral("hbo-wo");
        QVERIFY(catalogue->save(mc).ok());
        // Saving a design taught the catalogue its institution.
        const std::optional<Institution> known = catalogue->institution(mc.institution.identifier).value();
        QVERIFY(known);
        QCOMPARE(known->name, mc.institution.name);

        InstitutionEvidence evidence;
        evidence.institutionId = mc.institution.identifier;
        evidence.criterionId = QStringLiteral("hbo-wo.R2");
        evidence.text = QStringLiteral("LLO-visie 2025-2030, vastgesteld door het CvB");
        evidence.links = {QStringLiteral("https://example.org/llo.pdf")};
        evidence.validUntil = QDate(2020, 12, 31); // past: needs review
        QVERIFY(catalogue->recordEvidence(evidence).ok());
        const QualityFramework &hbo = *FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo"));
        const QualityCriterion &r2 = *hbo.criterion(QStringLiteral("hbo-wo.R2"));

        // Inherited: every design of the institution shows it, with who and when.
        Microcredential loaded = catalogue->load(mc.id).value();
        std::optional<InstitutionEvidence> inherited = InheritedEvidence::of(loaded, hbo, r2);
        QVERIFY(inherited);
        QCOMPARE(inherited->text, evidence.text);
        QVERIFY(!inherited->recordedBy.isEmpty());
        QVERIFY(inherited->recordedAt.isValid());
        // Expired: needs review, in the findings and in the catalogue's one view.
        QVERIFY(inherited->expiredOn(QDate(2026, 1, 1)));
        QVERIFY(!inherited->expiredOn(QDate(2020, 12, 31)));
        const CatalogueEntry entry = catalogue->entry(mc.id).value();
        QVERIFY(NeedsAttention::reasons(entry, QDate(2026, 1, 1)).join(QLatin1Char(' ')).contains(QStringLiteral("R2")));
        // A design criterion inherits nothing.
        QVERIFY(!InheritedEvidence::of(loaded, hbo, *hbo.criterion(QStringLiteral("hbo-wo.C3"))));

        // Overridden for one design: its own evidence counts, nothing is inherited.
        Microcredential own = loaded;
        own.checklistFor(hbo.id, hbo.version).setText(r2.id, QStringLiteral("evidence"), QStringLiteral("Eigen onderbouwing"),
                                                      QStringLiteral("tester"), QDateTime::currentDateTimeUtc());
        own.checklistFor(hbo.id, hbo.version).item(r2.id)->ownEvidence = true;
        QVERIFY(catalogue->save(own, catalogue->rowVersion(own.id)).ok());
        loaded = catalogue->load(mc.id).value();
        QVERIFY(!InheritedEvidence::of(loaded, hbo, r2));
        QVERIFY(!NeedsAttention::reasons(catalogue->entry(mc.id).value(), QDate(2026, 1, 1)).join(QLatin1Char(' ')).contains(QStringLiteral("R2")));
        loaded.checklistFor(hbo.id, hbo.version).item(r2.id)->ownEvidence = false;
        QVERIFY(catalogue->save(loaded, catalogue->rowVersion(loaded.id)).ok());

        // Approval copies what the approver saw into that version's checklist record.
        QVERIFY(approveUpTo(*catalogue, mc.id, Status::Approved));
        const Microcredential approved = catalogue->load(mc.id).value();
        const Checklist *record = approved.checklist(hbo.id);
        QVERIFY(record && record->inheritedCopiedAt.isValid());
        QCOMPARE(record->inheritedEvidence.size(), 1);
        QCOMPARE(record->inheritedEvidence.first().text, evidence.text);
        const Microcredential kept = catalogue->loadVersion(mc.id, approved.version).value();
        QVERIFY(kept.checklist(hbo.id)->inheritedCopiedAt.isValid());
        // Later changes to the institution's evidence leave the approved record as it was.
        evidence.text = QStringLiteral("Nieuwe LLO-visie 2027");
        evidence.validUntil = QDate();
        QVERIFY(catalogue->recordEvidence(evidence).ok());
        const Microcredential after = catalogue->load(mc.id).value();
        QCOMPARE(InheritedEvidence::of(after, hbo, r2)->text, QStringLiteral("LLO-visie 2025-2030, vastgesteld door het CvB"));
        QVERIFY(InheritedEvidence::isCopy(after, hbo));
        // A new version and a duplicate inherit what the institution holds now.
        const Microcredential next = catalogue->startNewVersion(mc.id).value();
        QVERIFY(!next.checklist(hbo.id)->inheritedCopiedAt.isValid());
        QCOMPARE(InheritedEvidence::of(catalogue->load(mc.id).value(), hbo, r2)->text, evidence.text);
        Microcredential copy = after.copyAsNewDesign(QStringLiteral("tester"));
        QVERIFY(catalogue->save(copy).ok());
        const Microcredential copyLoaded = catalogue->load(copy.id).value();
        QCOMPARE(InheritedEvidence::of(copyLoaded, hbo, r2)->text, evidence.text);
        QVERIFY(copyLoaded.checklist(hbo.id)->copiedFrom());

        // The catalogue's default institution for new designs: one at most, a known one.
        QVERIFY(!catalogue->defaultInstitution().value());
        QVERIFY(catalogue->setDefaultInstitution(mc.institution.identifier).ok());
        QCOMPARE(catalogue->defaultInstitution().value()->identifier, mc.institution.identifier);
        QVERIFY(!catalogue->setDefaultInstitution(QStringLiteral("no-such")).ok());
        QVERIFY(catalogue->setDefaultInstitution(QString()).ok());
        QVERIFY(!catalogue->defaultInstitution().value());

        // Removing: an empty text without links.
        evidence.text.clear();
        evidence.links.clear();
        QVERIFY(catalogue->recordEvidence(evidence).ok());
        QVERIFY(catalogue->institutionEvidence(mc.institution.identifier).value().isEmpty());
    }

    void onlyApproversChangeFrameworksAndEvidence()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto admin = createAt(location);
        QVERIFY(admin);
        actAsEveryone(*admin);
        Microcredential mc = draft();
        QVERIFY(admin->save(mc).ok());
        InstitutionEvidence evidence;
        evidence.institutionId = mc.institution.identifier;
        evidence.criterionId = QStringLiteral("hbo-wo.R2");
        evidence.text = QStringLiteral("LLO-visie");
        if (!TestStore::usesPostgres()) {
            // On SQLite the role is a setting; the program applies the same rule.
            admin->setActor({QStringLiteral("editor"), {WorkflowRole::Editor, WorkflowRole::Reviewer}});
            QCOMPARE(admin->addFramework(frameworkFile(QStringLiteral("1")), QStringLiteral("own.json")).failureKind(),
                     FailureKind::Forbidden);
            QCOMPARE(admin->recordEvidence(evidence).failureKind(), FailureKind::Forbidden);
            Institution renamed = mc.institution;
            renamed.name = QStringLiteral("Andere naam");
            QCOMPARE(admin->saveInstitution(renamed).failureKind(), FailureKind::Forbidden);
            QCOMPARE(admin->setDefaultInstitution(mc.institution.identifier).failureKind(), FailureKind::Forbidden);
            return;
        }
        QVERIFY(admin->addFramework(frameworkFile(QStringLiteral("1")), QStringLiteral("own.json")).ok());
        admin.reset();
        const QString asEditor = store.asUser(location, QStringLiteral("mcs_fw_editor"), {QStringLiteral("mcstudio_editor")});
        auto editor = openAt(asEditor);
        QVERIFY(editor);
        QCOMPARE(editor->addFramework(frameworkFile(QStringLiteral("2")), QStringLiteral("own.json")).failureKind(),
                 FailureKind::Forbidden);
        QCOMPARE(editor->recordEvidence(evidence).failureKind(), FailureKind::Forbidden);
        // The server refuses too, when a client skips the program.
        QString error = store.execRaw(asEditor, QStringLiteral("UPDATE quality_frameworks SET version = 'x'"));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("INSERT INTO institution_evidence VALUES ('%1', 'hbo-wo.R2', 'x', '[]', 'x', 'x', NULL)")
                                            .arg(mc.institution.identifier));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("UPDATE institutions SET name = 'x'"));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("UPDATE institutions SET is_default = 1"));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        // An approver may; the server stamps who did it.
        const QString asApprover = store.asUser(location, QStringLiteral("mcs_fw_approver"), {QStringLiteral("mcstudio_approver")});
        auto approver = openAt(asApprover);
        QVERIFY(approver);
        QVERIFY(approver->recordEvidence(evidence).ok());
        QCOMPARE(approver->institutionEvidence(mc.institution.identifier).value().first().recordedBy, QStringLiteral("mcs_fw_approver"));
        // A framework in use cannot be deleted, not even by its owner behind the program's back.
        QVERIFY(store.execRaw(location, QStringLiteral("UPDATE microcredentials SET qa_framework_id = 'school-mc'")).isEmpty());
        error = store.execRaw(location, QStringLiteral("DELETE FROM quality_frameworks"));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        FrameworkLibrary::useCatalogueFrameworks({});
    }

    void failuresAreClassifiedByTheirCode()
    {
        // The code decides, never the message: a server may translate it, and
        // a design's text may end up in one.
        const auto kindOf = [](const QString &message, const QString &code) {
            return SqlFailure::kind(QSqlError(QStringLiteral("QPSQL: Unable to create query"), message,
                                              QSqlError::StatementError, code));
        };
        QCOMPARE(kindOf(QStringLiteral("FEHLER: keine Berechtigung für Tabelle design_versions"), QStringLiteral("42501")),
                 FailureKind::Forbidden);
        QCOMPARE(kindOf(QStringLiteral("server closed the connection unexpectedly"), QStringLiteral("08006")),
                 FailureKind::Connection);
        QCOMPARE(kindOf(QStringLiteral("terminating connection due to administrator command"), QStringLiteral("57P01")),
                 FailureKind::Connection);
        QCOMPARE(kindOf(QStringLiteral("duplicate key value violates unique constraint"), QStringLiteral("23505")),
                 FailureKind::General);
        QCOMPARE(kindOf(QStringLiteral("mcstudio: permission denied, said the title"), QStringLiteral("23505")),
                 FailureKind::General);
        QCOMPARE(kindOf(QStringLiteral("permission denied"), QString()), FailureKind::General);
        QCOMPARE(kindOf(QStringLiteral("attempt to write a readonly database"), QStringLiteral("8")), // SQLite
                 FailureKind::General);
        if (!TestStore::usesPostgres())
            return;

        // QPSQL gives the server's SQLSTATE as the native code, whatever the message says.
        TestStore store;
        const CatalogueLocation server = CatalogueLocation::parse(store.newLocation()).value();
        const QString name = QStringLiteral("mcstudio-test-codes");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server.host());
            db.setPort(server.port());
            db.setUserName(server.user());
            db.setDatabaseName(server.database());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'Zugriff verweigert' USING ERRCODE = '42501';"
                                               " END $$")));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QCOMPARE(SqlFailure::kind(query.lastError()), FailureKind::Forbidden);
            QVERIFY(!query.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'mcstudio: permission denied'"
                                               " USING ERRCODE = 'unique_violation'; END $$")));
            QCOMPARE(SqlFailure::kind(query.lastError()), FailureKind::General);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aServerRefusalIsForbidden()
    {
        if (!TestStore::usesPostgres())
            QSKIP("on SQLite the program refuses by itself (illegalTransitionsAreRefused)");
        TestStore store;
        const QString location = store.newLocation();
        auto admin = createAt(location);
        const Microcredential mc = draft();
        QVERIFY(admin->save(mc).ok());
        const QString user = QStringLiteral("mcs_code_reviewer");
        auto reviewer = openAt(store.asUser(location, user, {QStringLiteral("mcstudio_editor"),
                                                             QStringLiteral("mcstudio_reviewer")}));
        QVERIFY(reviewer);
        QVERIFY(reviewer->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString()).ok());
        // The role goes while the program still shows it: the program lets the
        // step through, and the server's trigger refuses it (SQLSTATE 42501).
        QCOMPARE(store.execRaw(location, QStringLiteral("REVOKE mcstudio_reviewer FROM %1").arg(user)), QString());
        QVERIFY(reviewer->actor().has(WorkflowRole::Reviewer));
        const Result<int> refused = reviewer->transition(mc.id, Status::Reviewed, WorkflowRole::Reviewer, QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("may not move")), qPrintable(refused.error()));
        QCOMPARE(refused.failureKind(), FailureKind::Forbidden);
        // Nothing was taken, and the connection is as good as before.
        QCOMPARE(reviewer->load(mc.id).value().status, Status::InReview);
        QVERIFY(reviewer->changeStamp().ok());
    }

    void lostConnectionLosesNothing()
    {
        if (!TestStore::usesPostgres())
            QSKIP("a file has no connection to lose");
        TestStore store;
        const QString location = store.newLocation();
        auto catalogue = createAt(location);
        Microcredential mc = draft();
        QVERIFY(catalogue->save(mc).ok());
        QVERIFY(store.dropConnections(location));

        mc.title.nl = QStringLiteral("Na de storing");
        const Result<int> failed = catalogue->save(mc, 1);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.failureKind(), FailureKind::Connection);
        // The next attempt reconnects; the edit the user still has is saved.
        const Result<int> retried = catalogue->save(mc, 1);
        QVERIFY2(retried.ok(), qPrintable(retried.error()));
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Na de storing"));
    }

    void changeStampNoticesOthersEdits()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto mine = createAt(location);
        auto theirs = openAt(location);
        const CatalogueChangeStamp before = mine->changeStamp().value();
        QCOMPARE(before.count, 0);
        Microcredential mc = draft();
        QVERIFY(theirs->save(mc).ok());
        const CatalogueChangeStamp afterAdd = mine->changeStamp().value();
        QVERIFY(afterAdd != before);
        QCOMPARE(afterAdd.count, 1);
        mc.title.nl = QStringLiteral("Anders");
        QVERIFY(theirs->save(mc, 1).ok());
        QVERIFY(mine->changeStamp().value() != afterAdd);
        QCOMPARE(mine->changeStamp().value().rowVersionSum, 2);
        QVERIFY(mine->changeStamp().value() == mine->changeStamp().value());
    }

    void changesSinceAStampAreListedAlone()
    {
        TestStore store;
        const QString location = store.newLocation();
        auto mine = createAt(location);
        auto theirs = openAt(location);
        Microcredential old = draft();
        old.changed = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        Microcredential edited = draft();
        edited.id = Microcredential::newId();
        edited.changed = QDateTime(QDate(2026, 2, 5), QTime(9, 0), Qt::UTC);
        QVERIFY(mine->saveAll({old, edited}).ok());
        const CatalogueChangeStamp stamp = mine->changeStamp().value();
        QCOMPARE(stamp.lastChange, Timestamp::toText(edited.changed));

        Microcredential added = draft();
        added.id = Microcredential::newId();
        added.title.nl = QStringLiteral("Nieuw zoekwoord");
        added.changed = QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
        QVERIFY(theirs->save(added).ok());
        edited.title.nl = QStringLiteral("Gewijzigd");
        edited.changed = QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC);
        QVERIFY(theirs->save(edited).ok());

        QStringList since;
        const QList<CatalogueEntry> changed = mine->listChangedSince(stamp.lastChange).value();
        for (const CatalogueEntry &entry : changed)
            since.append(entry.id);
        since.sort();
        QStringList expected{added.id, edited.id};
        expected.sort();
        QCOMPARE(since, expected); // not the design nobody touched
        const QHash<QString, QString> texts = mine->searchTexts(stamp.lastChange).value();
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts.value(added.id).contains(QStringLiteral("nieuw zoekwoord")));
        QCOMPARE(mine->searchTexts().value().size(), 3);
        QStringList ids = mine->ids().value();
        ids.sort();
        QStringList all{old.id, edited.id, added.id};
        all.sort();
        QCOMPARE(ids, all);
    }

    void aDesignEntersAsADraftWithItsFormerStatusNoted()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        Microcredential approved = TestDesigns::full();
        approved.status = Status::Approved;
        approved.version = 3;
        const Result<SavedDesign> saved = catalogue->store(approved, {std::nullopt, Catalogue::WriteIntent::Import,
                                                                      QStringLiteral("file.mcdesign")});
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value().design.status, Status::Draft);
        QCOMPARE(saved.value().design.version, 3); // nothing frozen is kept under 3
        QCOMPARE(catalogue->load(approved.id).value().status, Status::Draft);
        const QList<HistoryNote> notes = catalogue->notes(approved.id).value();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().kind, HistoryNote::Kind::EnteredAsDraft);
        QCOMPARE(notes.first().formerStatus, std::optional<Status>(Status::Approved));
        QVERIFY(notes.first().text.contains(QStringLiteral("file.mcdesign")));
        QVERIFY(catalogue->transitions(approved.id).value().isEmpty()); // a note is not a step
        QCOMPARE(saved.value().notes.size(), 1);
        // A plain save of a new design (Undo of a delete, a client's INSERT) is held to the same.
        Microcredential other = approved;
        other.id = Microcredential::newId();
        QVERIFY(catalogue->save(other).ok());
        QCOMPARE(catalogue->load(other.id).value().status, Status::Draft);
    }

    void anApprovedVersionKeptIsNeverOverwrittenOnReentry()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        actAsEveryone(*catalogue);
        const Microcredential mc = draft();
        QVERIFY(catalogue->save(mc).ok());
        QVERIFY(approveUpTo(*catalogue, mc.id, Status::Approved));
        const Microcredential approved = catalogue->load(mc.id).value();
        const QString fingerprint = catalogue->versions(mc.id).value().constFirst().fingerprint;
        // Delete, then Undo (or import the exported file): it comes back as version 2, a draft.
        QVERIFY(catalogue->remove(mc.id).ok());
        Microcredential changed = approved;
        changed.title.nl = QStringLiteral("Anders");
        const Result<SavedDesign> back = catalogue->store(changed, {0, Catalogue::WriteIntent::Import, QStringLiteral("Undo")});
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().design.version, mc.version + 1);
        QCOMPARE(back.value().design.status, Status::Draft);
        const QList<DesignVersionRecord> versions = catalogue->versions(mc.id).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).status, Status::Approved);
        QCOMPARE(versions.at(0).fingerprint, fingerprint);
        QCOMPARE(catalogue->loadVersion(mc.id, mc.version).value().title.nl, mc.title.nl);
        // Imported over a stored draft, a file's status gives way to the stored one.
        Microcredential claims = changed;
        claims.status = Status::Published;
        claims.version = 7;
        const Result<SavedDesign> over = catalogue->store(claims, {std::nullopt, Catalogue::WriteIntent::Import,
                                                                   QStringLiteral("x.mcdesign")});
        QVERIFY2(over.ok(), qPrintable(over.error()));
        QCOMPARE(over.value().design.status, Status::Draft);
        QCOMPARE(over.value().design.version, mc.version + 1);
        QCOMPARE(catalogue->notes(mc.id).value().size(), 2);
    }

    void removeAndSaveCarryTheExpectedRowVersion()
    {
        TestStore store;
        auto catalogue = createAt(store.newLocation());
        const Microcredential mc = draft();
        QCOMPARE(catalogue->save(mc, 0).value(), 1); // 0: must not be stored yet
        QCOMPARE(catalogue->save(mc, 0).failureKind(), FailureKind::Conflict);
        Microcredential edited = mc;
        edited.title.nl = QStringLiteral("Bewerkt");
        QCOMPARE(catalogue->save(edited, 1).value(), 2);
        QCOMPARE(catalogue->remove(mc.id, 1).failureKind(), FailureKind::Conflict);
        QCOMPARE(catalogue->load(mc.id).value().title.nl, QStringLiteral("Bewerkt"));
        QVERIFY(catalogue->remove(mc.id, 2).ok());
        QVERIFY(!catalogue->contains(mc.id));
    }

    void anApproverMovesADesignInWithItsStatusAndHistory()
    {
        QTemporaryDir local;
        auto source = createAt(local.filePath(QStringLiteral("local.mcdb")));
        actAsEveryone(*source);
        const Microcredential mc = draft();
        QVERIFY(source->save(mc).ok());
        QVERIFY(approveUpTo(*source, mc.id, Status::Approved));
        QVERIFY(source->startNewVersion(mc.id).ok());
        QVERIFY(approveUpTo(*source, mc.id, Status::ApprovedByExamCommittee));

        TestStore store;
        const QString location = store.newLocation();
        auto target = createAt(location);
        if (!target->isShared())
            target->setActor({QStringLiteral("editor"), {WorkflowRole::Editor}});
        else
            target.reset(); // on the server: connect as an editor, then as an approver
        auto editor = target ? target
                             : openAt(store.asUser(location, QStringLiteral("mcs_move_editor"), {QStringLiteral("mcstudio_editor")}));
        QVERIFY(editor);
        QCOMPARE(editor->transferIn(*source, mc.id).failureKind(), FailureKind::Forbidden);
        QVERIFY(!editor->contains(mc.id));
        auto approver = editor->isShared() ? openAt(store.asUser(location, QStringLiteral("mcs_move_approver"),
                                                                 {QStringLiteral("mcstudio_approver")}))
                                           : editor;
        if (!approver->isShared())
            approver->setActor({QStringLiteral("Beatrix"), {WorkflowRole::Approver}});
        const Result<SavedDesign> moved = approver->transferIn(*source, mc.id);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(approver->load(mc.id).value().status, Status::ApprovedByExamCommittee);
        QCOMPARE(approver->load(mc.id).value().version, mc.version + 1);
        const QList<DesignVersionRecord> versions = approver->versions(mc.id).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).status, Status::Approved);
        QCOMPARE(versions.at(0).fingerprint, source->versions(mc.id).value().at(0).fingerprint);
        const QList<HistoryNote> notes = approver->notes(mc.id).value();
        QCOMPARE(notes.first().kind, HistoryNote::Kind::Transferred);
        QCOMPARE(notes.size(), 1 + int(source->transitions(mc.id).value().size()));
        QCOMPARE(notes.at(1).kind, HistoryNote::Kind::CarriedStep);
        // Only once.
        QCOMPARE(approver->transferIn(*source, mc.id).failureKind(), FailureKind::Forbidden);
    }

    void theServerKeepsTheRouteForEveryInsert()
    {
        if (!TestStore::usesPostgres())
            QSKIP("on SQLite the program is the only way in (aDesignEntersAsADraftWithItsFormerStatusNoted)");
        TestStore store;
        const QString location = store.newLocation();
        auto admin = createAt(location);
        actAsEveryone(*admin);
        const Microcredential mc = draft();
        QVERIFY(admin->save(mc).ok());
        admin.reset();
        const QString asEditor = store.asUser(location, QStringLiteral("mcs_entry_editor"), {QStringLiteral("mcstudio_editor")});
        const QString asApprover = store.asUser(location, QStringLiteral("mcs_entry_approver"), {QStringLiteral("mcstudio_approver")});

        // An editor's import of an "approved" file enters as a draft, through the program...
        auto editor = openAt(asEditor);
        Microcredential claims = TestDesigns::full();
        claims.id = Microcredential::newId();
        claims.status = Status::Approved;
        const Result<SavedDesign> imported = editor->store(claims, {std::nullopt, Catalogue::WriteIntent::Import,
                                                                    QStringLiteral("approved.mcdesign")});
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(editor->load(claims.id).value().status, Status::Draft);
        QCOMPARE(editor->notes(claims.id).value().constFirst().actor, QStringLiteral("mcs_entry_editor"));
        // ...and the server refuses it from a client that skips the program.
        QString error = store.execRaw(asEditor, QStringLiteral(
            "INSERT INTO microcredentials SELECT (jsonb_populate_record(m, jsonb_build_object('id', 'skipped',"
            " 'status', 'approved'))).* FROM microcredentials m WHERE m.id = '%1'").arg(mc.id));
        QVERIFY2(error.contains(QStringLiteral("as a draft")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral(
            "INSERT INTO design_versions SELECT 'skipped', 1, 'approved', '', '{}', '', ''"));
        QVERIFY2(error.contains(QStringLiteral("status of its design")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral(
            "INSERT INTO workflow_notes VALUES ('skipped', 1, 1, 'transferred', 'approved', '', '', '')"));
        QVERIFY2(error.contains(QStringLiteral("only an approver")), qPrintable(error));
        error = store.execRaw(asEditor, QStringLiteral("UPDATE design_versions SET status = 'reviewed'"));
        QVERIFY2(error.contains(QStringLiteral("status of its design")), qPrintable(error));

        // A frozen version's outcomes, assessments and codes have triggers of their own.
        auto approver = openAt(asApprover);
        QVERIFY(editor->transition(mc.id, Status::InReview, WorkflowRole::Editor, QString()).ok());
        const QString asReviewer = store.asUser(location, QStringLiteral("mcs_entry_reviewer"), {QStringLiteral("mcstudio_reviewer")});
        QVERIFY(openAt(asReviewer)->transition(mc.id, Status::Reviewed, WorkflowRole::Reviewer, QString()).ok());
        QVERIFY(approver->transition(mc.id, Status::ApprovedByExamCommittee, WorkflowRole::Approver, QString()).ok());
        for (const QString &statement : {QStringLiteral("UPDATE learning_outcomes SET statement_nl = 'x'"),
                                         QStringLiteral("DELETE FROM assessment_outcomes"),
                                         QStringLiteral("DELETE FROM assessments"),
                                         QStringLiteral("UPDATE programme_codes SET code = '1'")}) {
            error = store.execRaw(asApprover, statement);
            QVERIFY2(error.contains(QStringLiteral("cannot be changed")), qPrintable(statement + QLatin1String(": ") + error));
        }
        QCOMPARE(approver->load(mc.id).value().learningOutcomes, mc.learningOutcomes);
        // Removing the design itself still works; its kept versions stay.
        QVERIFY2(editor->remove(mc.id).ok(), qPrintable(editor->remove(mc.id).error()));
        QCOMPARE(approver->versions(mc.id).value().size(), 1);
        // Brought back by an editor, it continues after the frozen version, as a draft.
        const Result<SavedDesign> back = editor->store(approver->loadVersion(mc.id, mc.version).value(),
                                                       {0, Catalogue::WriteIntent::Import, QStringLiteral("Undo")});
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().design.version, mc.version + 1);
        QCOMPARE(back.value().design.status, Status::Draft);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "tst_store.moc"
