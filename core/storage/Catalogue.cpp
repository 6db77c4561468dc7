#include "Catalogue.h"

#include "CatalogueMigrations.h"
#include "KeptContent.h"
#include "KeptVersions.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignWriter.h"
#include "MicrocredentialChildRows.h"
#include "MicrocredentialColumns.h"
#include "SqlFailure.h"
#include "SqlValues.h"
#include "util/Timestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace mcs {

namespace {

using CataloguePtr = std::shared_ptr<Catalogue>;

/// Every SQLite database file starts with these 16 bytes.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Catalogue::Catalogue(CatalogueLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{
    m_actor.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QDir::home().dirName()));
    m_actor.roles = {WorkflowRole::Editor};
}

Catalogue::~Catalogue()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalogue::failure(const QString &problem) const
{
    return tr("%1: %2").arg(m_location.toString(), problem);
}

Result<CataloguePtr> Catalogue::open(const QString &path, OpenMode mode)
{
    const Result<CatalogueLocation> location = CatalogueLocation::parse(path);
    if (!location.ok())
        return location.failureAs<CataloguePtr>();
    return open(location.value(), mode);
}

Result<CataloguePtr> Catalogue::open(const CatalogueLocation &location, OpenMode mode)
{
    if (location.isServer())
        return openServer(location, mode, false);
    const QString path = location.filePath();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::CreateIfMissing)
            return create(path);
        return Result<CataloguePtr>::failure(tr("%1: no such catalogue").arg(path));
    }
    if (info.isDir())
        return Result<CataloguePtr>::failure(tr("%1: is a folder, not a catalogue").arg(path));
    if (!info.isReadable())
        return Result<CataloguePtr>::failure(tr("%1: cannot be read (permission denied)").arg(path));
    if (!hasSqliteHeader(path)) {
        return Result<CataloguePtr>::failure(
            tr("%1: not a Microcredential Studio catalogue (not an SQLite database)").arg(path));
    }
    return openFile(path, false);
}

Result<CataloguePtr> Catalogue::create(const QString &path)
{
    if (CatalogueLocation::looksLikeServerUrl(path)) {
        const Result<CatalogueLocation> location = CatalogueLocation::parse(path);
        if (!location.ok())
            return location.failureAs<CataloguePtr>();
        return openServer(location.value(), OpenMode::CreateIfMissing, true);
    }
    if (QFileInfo::exists(path))
        return Result<CataloguePtr>::failure(tr("%1: already exists").arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Result<CataloguePtr>::failure(tr("%1: the folder does not exist").arg(path));
    Result<CataloguePtr> result = openFile(path, true);
    if (!result.ok())
        QFile::remove(path); // leave nothing half-made behind
    return result;
}

Result<CataloguePtr> Catalogue::openFile(const QString &path, bool isNew)
{
    const QString connectionName = QStringLiteral("mcstudio-catalogue-")
                                   + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CataloguePtr catalogue(new Catalogue(CatalogueLocation::file(path), connectionName));
    QSqlDatabase &db = catalogue->m_db;
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Result<CataloguePtr>::failure(catalogue->failure(db.lastError().text()), SqlFailure::kind(db.lastError()));
    return catalogue->prepareSchema(catalogue, isNew);
}

Result<CataloguePtr> Catalogue::openServer(const CatalogueLocation &location, OpenMode mode, bool mustBeEmpty)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Result<CataloguePtr>::failure(
            tr("%1: the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql)").arg(location.toString()));
    }
    const QString connectionName = QStringLiteral("mcstudio-catalogue-")
                                   + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CataloguePtr catalogue(new Catalogue(location, connectionName));
    QSqlDatabase &db = catalogue->m_db;
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    db.setPassword(location.password());
    // A server that stops answering (a dropped network rather than a refusal)
    // is noticed within seconds instead of the system's TCP timeout.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=mcstudio;keepalives=1;"
                                        "keepalives_idle=5;keepalives_interval=2;keepalives_count=3;"
                                        "tcp_user_timeout=15000"));
    if (!db.open()) {
        return Result<CataloguePtr>::failure(
            catalogue->failure(tr("cannot connect: %1").arg(db.lastError().text().trimmed())), FailureKind::Connection);
    }
    // Whether it is a catalogue at all prepareSchema() finds out and reports.
    const Result<int> version = CatalogueMigrations::currentVersion(db);
    const bool empty = version.ok() && version.value() == 0;
    if (empty && mode == OpenMode::ExistingOnly) {
        return Result<CataloguePtr>::failure(catalogue->failure(
            tr("the database is empty; set it up as a catalogue first (mcstudio-cli init %1)").arg(location.toString())));
    }
    if (!empty && mustBeEmpty)
        return Result<CataloguePtr>::failure(catalogue->failure(tr("the database already holds tables")));
    return catalogue->prepareSchema(catalogue, empty);
}

Result<CataloguePtr> Catalogue::prepareSchema(CataloguePtr self, bool isNew)
{
    QSqlDatabase &db = m_db;
    // Inspect before writing anything: a newer or foreign file must stay untouched.
    const Result<int> current = CatalogueMigrations::currentVersion(db);
    if (!current.ok() || (current.value() == 0 && !isNew)) {
        const QString problem = !current.ok() && !current.error().isEmpty()
                                    ? current.error()
                                    : tr("the database is not a Microcredential Studio catalogue");
        return Result<CataloguePtr>::failure(failure(tr("cannot be opened as a catalogue: %1").arg(problem)),
                                             current.ok() ? FailureKind::General : current.failureKind());
    }
    const int version = current.value();
    if (version > CatalogueMigrations::latestVersion()) {
        return Result<CataloguePtr>::failure(failure(
            tr("was written by a newer version of Microcredential Studio (catalogue schema %1; "
               "this version reads up to %2). It has not been changed; please update the program.")
                .arg(version)
                .arg(CatalogueMigrations::latestVersion())));
    }
    // Not classifyFailure(): a catalogue that cannot be opened is dropped, with
    // no connection left to watch.
    const auto failedToPrepare = [this](const Result<Done> &step) {
        return Result<CataloguePtr>::failure(failure(step.error()), step.failureKind());
    };
    if (const Result<Done> configured = configureConnection(); !configured.ok())
        return failedToPrepare(configured);
    if (version < CatalogueMigrations::latestVersion()) {
        Result<Done> upgraded = CatalogueMigrations::upgrade(db, CatalogueMigrations::all());
        if (upgraded.ok())
            upgraded = refreshDerivedColumns();
        if (upgraded.ok())
            upgraded = backfillKeptVersions();
        if (!upgraded.ok())
            return failedToPrepare(upgraded);
    }
    // Give back the space that compressing the kept versions freed (schema 6).
    // VACUUM cannot run in a transaction, so it follows the upgrade; when it
    // fails the catalogue is complete, only larger than it needs to be.
    if (!isNew && version < KeptContent::CompressedSinceSchema && m_db.driverName() == QLatin1String("QSQLITE"))
        QSqlQuery(m_db).exec(QStringLiteral("VACUUM"));
    if (isShared()) {
        if (const Result<Done> read = readServerActor(); !read.ok())
            return failedToPrepare(read);
    }
    return Result<CataloguePtr>::success(std::move(self));
}

void Catalogue::setActor(const WorkflowActor &actor)
{
    if (!isShared())
        m_actor = actor;
}

Result<Done> Catalogue::readServerActor()
{
    // The database decides who this is and what they may do; the program only
    // mirrors it to offer the right actions.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT session_user, pg_has_role(session_user, 'mcstudio_editor', 'MEMBER'),"
                                   " pg_has_role(session_user, 'mcstudio_reviewer', 'MEMBER'),"
                                   " pg_has_role(session_user, 'mcstudio_approver', 'MEMBER')"))
        || !query.next()) {
        return SqlFailure::of<Done>(query.lastError());
    }
    m_actor.name = query.value(0).toString();
    m_actor.roles.clear();
    const WorkflowRole roles[] = {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver};
    for (int i = 0; i < 3; ++i) {
        if (query.value(i + 1).toBool())
            m_actor.roles.append(roles[i]);
    }
    return Result<Done>::success({});
}

FailureKind Catalogue::classifyFailure(FailureKind kind) const
{
    // A refusal or a conflict came from a server that answered (or from the program).
    if (!isShared() || kind == FailureKind::Forbidden || kind == FailureKind::Conflict)
        return kind;
    if (kind == FailureKind::Connection || !m_db.isOpen() || !QSqlQuery(m_db).exec(QStringLiteral("SELECT 1"))) {
        m_connectionLost = true;
        return FailureKind::Connection;
    }
    return kind;
}

Result<Done> Catalogue::ensureConnected() const
{
    if (!m_connectionLost)
        return Result<Done>::success({});
    m_db.close();
    if (!m_db.open())
        return Result<Done>::failure(tr("cannot connect: %1").arg(m_db.lastError().text().trimmed()),
                                     FailureKind::Connection);
    const Result<Done> configured = const_cast<Catalogue *>(this)->configureConnection();
    m_connectionLost = !configured.ok();
    if (m_connectionLost) // still lost: the next operation tries again
        return Result<Done>::failure(configured.error(), FailureKind::Connection);
    return configured;
}

Result<CatalogueChangeStamp> Catalogue::changeStamp() const
{
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<CatalogueChangeStamp>(connected);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Every save raises a row version; adding or removing changes the count.
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(row_version), 0), COALESCE(MAX(changed_at), '')"
                                   " FROM microcredentials"))
        || !query.next()) {
        return failed<CatalogueChangeStamp>(SqlFailure::of<Done>(query.lastError()));
    }
    return Result<CatalogueChangeStamp>::success(
        {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
}

Result<Done> Catalogue::beginWrite()
{
    if (Result<Done> connected = ensureConnected(); !connected.ok())
        return connected;
    // SQLite: take the write lock at the start, so that a writer waits (busy
    // timeout) for another program's short write instead of failing at once when
    // its read would have to become a write halfway through.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Result<Done>::success({});
        return SqlFailure::of<Done>(begin.lastError());
    }
    if (m_db.transaction())
        return Result<Done>::success({});
    return SqlFailure::of<Done>(m_db.lastError());
}

Result<Done> Catalogue::commitWrite()
{
    if (m_db.commit())
        return Result<Done>::success({});
    return SqlFailure::of<Done>(m_db.lastError());
}

Result<Done> Catalogue::configureConnection()
{
    QSqlQuery query(m_db);
    if (isShared()) {
        // Wait a while for another writer's row lock, then report instead of hanging.
        if (query.exec(QStringLiteral("SET lock_timeout = '10s'"))
            && query.exec(QStringLiteral("SET statement_timeout = '30s'")))
            return Result<Done>::success({});
        return SqlFailure::of<Done>(query.lastError());
    }
    // WAL keeps readers and the writer apart; synchronous=FULL makes every
    // acknowledged commit durable, also against power loss.
    static const char *const pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                          "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"};
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return SqlFailure::of<Done>(query.lastError());
    }
    return Result<Done>::success({});
}

int Catalogue::schemaVersion() const
{
    const Result<int> version = CatalogueMigrations::currentVersion(m_db);
    return version.ok() ? version.value() : -1;
}

Result<QList<CatalogueEntry>> Catalogue::list() const
{
    return entries(QString(), QString());
}

Result<QList<CatalogueEntry>> Catalogue::listChangedSince(const QString &changedAt) const
{
    return entries(QStringLiteral(" WHERE changed_at >= ?"), changedAt);
}

Result<QStringList> Catalogue::ids() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM microcredentials")))
        return failed<QStringList>(SqlFailure::of<Done>(query.lastError()));
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<QStringList>(run);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return Result<QStringList>::success(std::move(ids));
}

Result<CatalogueEntry> Catalogue::entry(const QString &id) const
{
    const Result<QList<CatalogueEntry>> found = entries(QStringLiteral(" WHERE id = ?"), id);
    if (!found.ok())
        return found.failureAs<CatalogueEntry>();
    if (found.value().isEmpty())
        return Result<CatalogueEntry>::failure(failure(tr("no microcredential with id %1").arg(id)));
    return Result<CatalogueEntry>::success(found.value().constFirst());
}

Result<QList<CatalogueEntry>> Catalogue::entries(const QString &where, const QString &value) const
{
    using Entries = QList<CatalogueEntry>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT id, title_nl, title_en, sector, eqf_level, nlqf_level, study_load_hours,"
            " status, version, changed_at, row_version, completion, qa_framework_id, qa_framework_version,"
            " institution_identifier FROM microcredentials%1"
            " ORDER BY changed_at DESC, id").arg(where))) {
        return failed<Entries>(SqlFailure::of<Done>(query.lastError()));
    }
    if (!where.isEmpty())
        query.addBindValue(value);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<Entries>(run);
    QList<CatalogueEntry> entries;
    QStringList institutionIds;
    while (query.next()) {
        CatalogueEntry e;
        e.id = query.value(0).toString();
        e.title = {query.value(1).toString(), query.value(2).toString()};
        e.sector = fromCode<Sector>(query.value(3).toString()).value_or(Sector::Other);
        e.eqfLevel = SqlValues::optionalInt(query.value(4));
        e.nlqfLevel = SqlValues::optionalEnum<NlqfLevel>(query.value(5));
        e.studyLoadHours = query.value(6).toInt();
        e.status = fromCode<Status>(query.value(7).toString()).value_or(Status::Draft);
        e.version = query.value(8).toInt();
        e.changed = Timestamp::fromText(query.value(9).toString());
        e.rowVersion = query.value(10).toInt();
        e.completion = query.value(11).toInt();
        e.frameworkId = query.value(12).toString();
        e.frameworkVersion = query.value(13).toString();
        institutionIds.append(query.value(14).toString());
        entries.append(e);
    }
    query.finish();
    if (entries.isEmpty())
        return Result<Entries>::success(std::move(entries));
    // Institution evidence with an end date, and which designs give their own
    // instead: few rows, read once for the whole listing.
    QHash<QString, QList<InstitutionEvidence>> dated;
    if (!query.exec(QStringLiteral("SELECT institution_identifier, criterion_id, valid_until FROM institution_evidence"
                                   " WHERE valid_until IS NOT NULL")))
        return failed<Entries>(SqlFailure::of<Done>(query.lastError()));
    while (query.next()) {
        InstitutionEvidence evidence;
        evidence.institutionId = query.value(0).toString();
        evidence.criterionId = query.value(1).toString();
        evidence.validUntil = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        dated[evidence.institutionId].append(evidence);
    }
    if (dated.isEmpty())
        return Result<Entries>::success(std::move(entries));
    QSet<QString> own; // "design id \n criterion id"
    if (!query.exec(QStringLiteral("SELECT microcredential_id, criterion_id FROM checklist_items WHERE own_evidence = 1")))
        return failed<Entries>(SqlFailure::of<Done>(query.lastError()));
    while (query.next())
        own.insert(query.value(0).toString() + QLatin1Char('\n') + query.value(1).toString());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (const InstitutionEvidence &evidence : dated.value(institutionIds.at(i))) {
            if (!own.contains(entries.at(i).id + QLatin1Char('\n') + evidence.criterionId))
                entries[i].datedEvidence.append(evidence);
        }
    }
    return Result<Entries>::success(std::move(entries));
}

Result<QHash<QString, QString>> Catalogue::searchTexts(const QString &changedSince) const
{
    using Texts = QHash<QString, QString>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool since = !changedSince.isEmpty();
    if (!query.prepare(since ? QStringLiteral("SELECT id, search_text FROM microcredentials WHERE changed_at >= ?")
                             : QStringLiteral("SELECT id, search_text FROM microcredentials")))
        return failed<Texts>(SqlFailure::of<Done>(query.lastError()));
    if (since)
        query.addBindValue(changedSince);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<Texts>(run);
    QHash<QString, QString> texts;
    while (query.next())
        texts.insert(query.value(0).toString(), query.value(1).toString());
    return Result<Texts>::success(std::move(texts));
}

Result<Done> Catalogue::backfill(const QString &selectIds,
                                 const std::function<Result<Done>(const Microcredential &)> &apply)
{
    QStringList ids;
    {
        QSqlQuery query(m_db);
        if (!query.exec(selectIds))
            return SqlFailure::of<Done>(query.lastError());
        while (query.next())
            ids.append(query.value(0).toString());
    }
    if (ids.isEmpty())
        return Result<Done>::success({});
    if (Result<Done> begun = beginWrite(); !begun.ok())
        return begun;
    for (const QString &id : std::as_const(ids)) {
        const Result<Microcredential> mc = load(id);
        const Result<Done> applied = mc.ok() ? apply(mc.value()) : mc.failureAs<Done>();
        if (!applied.ok()) {
            m_db.rollback();
            return applied;
        }
    }
    Result<Done> committed = commitWrite();
    if (!committed.ok())
        m_db.rollback();
    return committed;
}

Result<Done> Catalogue::backfillKeptVersions()
{
    // Designs from before schema 4 get their current content kept as their version.
    KeptVersions kept(m_db);
    return backfill(QStringLiteral("SELECT id FROM microcredentials m WHERE NOT EXISTS (SELECT 1 FROM design_versions v"
                                   " WHERE v.microcredential_id = m.id AND v.version = m.version)"),
                    [&](const Microcredential &mc) {
                        const QJsonObject content = McdesignWriter::toJsonObject(mc);
                        return kept.keep(mc, content, ContentFingerprint::full(content), m_actor.name);
                    });
}

Result<Done> Catalogue::refreshDerivedColumns()
{
    // Derived data only: the row version stays, nobody's edit is in conflict.
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE microcredentials SET completion = ?, search_text = ? WHERE id = ?"));
    return backfill(QStringLiteral("SELECT id FROM microcredentials WHERE completion < 0"),
                    [&](const Microcredential &mc) {
                        for (const auto &column : MicrocredentialColumns::all()) {
                            if (column.name == QLatin1String("completion") || column.name == QLatin1String("search_text"))
                                update.addBindValue(column.read(mc));
                        }
                        update.addBindValue(mc.id);
                        return SqlValues::exec(update);
                    });
}

Result<Microcredential> Catalogue::load(const QString &id) const
{
    // Not classified here (classifyFailure): a load may run in a transaction,
    // where after a failure the connection probe would fail too. Callers classify.
    const auto named = [this](const Result<Done> &inner) {
        return Result<Microcredential>::failure(failure(inner.error()), inner.failureKind());
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM microcredentials WHERE id = ?")
                      .arg(MicrocredentialColumns::nameList()));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return named(run);
    if (!query.next())
        return Result<Microcredential>::failure(failure(tr("no microcredential with id %1").arg(id)));
    Microcredential mc;
    mc.id = id;
    const auto &columns = MicrocredentialColumns::all();
    for (std::size_t i = 0; i < columns.size(); ++i)
        columns[i].write(mc, query.value(int(i)));
    query.finish();
    if (const Result<Done> read = MicrocredentialChildRows(m_db).read(mc); !read.ok())
        return named(read);
    Result<QList<InstitutionEvidence>> evidence = institutionEvidence(mc.institution.identifier);
    if (!evidence.ok())
        return named(evidence.failureAs<Done>());
    mc.institutionEvidence = std::move(evidence).value();
    return Result<Microcredential>::success(std::move(mc));
}

Result<std::pair<Microcredential, int>> Catalogue::loadForEditing(const QString &id) const
{
    using Loaded = Result<std::pair<Microcredential, int>>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<std::pair<Microcredential, int>>(connected);
    // One read transaction: SQLite reads one WAL snapshot; PostgreSQL needs
    // REPEATABLE READ for the statements to share one.
    QSqlQuery begin(m_db);
    const QString start = isShared() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                     : QStringLiteral("BEGIN");
    if (!begin.exec(start))
        return failed<std::pair<Microcredential, int>>(SqlFailure::of<Done>(begin.lastError()));
    const Result<Microcredential> mc = load(id);
    const std::optional<int> version = mc.ok() ? rowVersion(id) : std::nullopt;
    m_db.commit(); // read only: nothing to keep or lose
    if (!mc.ok())
        return Loaded::failure(mc.error(), classifyFailure(mc.failureKind()));
    if (!version)
        return Loaded::failure(failure(tr("no microcredential with id %1").arg(id)));
    return Loaded::success({mc.value(), *version});
}

std::optional<int> Catalogue::rowVersion(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT row_version FROM microcredentials WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool Catalogue::contains(const QString &id) const
{
    return rowVersion(id).has_value();
}

} // namespace mcs
