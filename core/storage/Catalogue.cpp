#include "Catalogue.h"

#include "CatalogueMigrations.h"
#include "MicrocredentialChildRows.h"
#include "MicrocredentialColumns.h"
#include "SqlValues.h"
#include "util/Timestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
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

Catalogue::Catalogue(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Catalogue::~Catalogue()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalogue::failure(const QString &problem) const
{
    return tr("%1: %2").arg(m_path, problem);
}

Result<CataloguePtr> Catalogue::open(const QString &path, OpenMode mode)
{
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
    CataloguePtr catalogue(new Catalogue(QFileInfo(path).absoluteFilePath(), connectionName));
    catalogue->m_path = path;
    QSqlDatabase &db = catalogue->m_db;
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Result<CataloguePtr>::failure(catalogue->failure(db.lastError().text()));

    // Inspect before writing anything: a newer or foreign file must stay untouched.
    QString error;
    const int version = CatalogueMigrations::currentVersion(db, &error);
    if (version < 0 || (version == 0 && !isNew)) {
        if (error.isEmpty())
            error = tr("the database is not a Microcredential Studio catalogue");
        return Result<CataloguePtr>::failure(catalogue->failure(
            tr("cannot be opened as a catalogue: %1").arg(error)));
    }
    if (version > CatalogueMigrations::latestVersion()) {
        return Result<CataloguePtr>::failure(catalogue->failure(
            tr("was written by a newer version of Microcredential Studio (catalogue schema %1; "
               "this version reads up to %2). It has not been changed; please update the program.")
                .arg(version)
                .arg(CatalogueMigrations::latestVersion())));
    }
    if (!catalogue->configureConnection(&error))
        return Result<CataloguePtr>::failure(catalogue->failure(error));
    if (version < CatalogueMigrations::latestVersion()
        && (!CatalogueMigrations::upgrade(db, CatalogueMigrations::all(), &error)
            || !catalogue->refreshDerivedColumns(&error))) {
        return Result<CataloguePtr>::failure(catalogue->failure(error));
    }
    return Result<CataloguePtr>::success(std::move(catalogue));
}

bool Catalogue::beginWrite(QString *error)
{
    // SQLite: take the write lock at the start, so that a writer waits (busy
    // timeout) for another program's short write instead of failing at once when
    // its read would have to become a write halfway through.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        *error = begin.lastError().text();
        return false;
    }
    if (m_db.transaction())
        return true;
    *error = m_db.lastError().text();
    return false;
}

bool Catalogue::configureConnection(QString *error)
{
    // WAL keeps readers and the writer apart; synchronous=FULL makes every
    // acknowledged commit durable, also against power loss.
    static const char *const pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                          "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"};
    QSqlQuery query(m_db);
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

int Catalogue::schemaVersion() const
{
    QString error;
    return CatalogueMigrations::currentVersion(m_db, &error);
}

Result<QList<CatalogueEntry>> Catalogue::list() const
{
    return entries(QString(), QString());
}

Result<CatalogueEntry> Catalogue::entry(const QString &id) const
{
    const Result<QList<CatalogueEntry>> found = entries(QStringLiteral(" WHERE id = ?"), id);
    if (!found.ok())
        return Result<CatalogueEntry>::failure(found.error());
    if (found.value().isEmpty())
        return Result<CatalogueEntry>::failure(failure(tr("no microcredential with id %1").arg(id)));
    return Result<CatalogueEntry>::success(found.value().constFirst());
}

Result<QList<CatalogueEntry>> Catalogue::entries(const QString &where, const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString error;
    if (!query.prepare(QStringLiteral(
            "SELECT id, title_nl, title_en, sector, eqf_level, nlqf_level, study_load_hours,"
            " status, version, changed_at, row_version, completion FROM microcredentials%1"
            " ORDER BY changed_at DESC, id").arg(where))) {
        return Result<QList<CatalogueEntry>>::failure(failure(query.lastError().text()));
    }
    if (!id.isEmpty())
        query.addBindValue(id);
    if (!SqlValues::exec(query, &error))
        return Result<QList<CatalogueEntry>>::failure(failure(error));
    QList<CatalogueEntry> entries;
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
        entries.append(e);
    }
    return Result<QList<CatalogueEntry>>::success(std::move(entries));
}

Result<QHash<QString, QString>> Catalogue::searchTexts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString error;
    if (!query.prepare(QStringLiteral("SELECT id, search_text FROM microcredentials")) || !SqlValues::exec(query, &error))
        return Result<QHash<QString, QString>>::failure(failure(error.isEmpty() ? query.lastError().text() : error));
    QHash<QString, QString> texts;
    while (query.next())
        texts.insert(query.value(0).toString(), query.value(1).toString());
    return Result<QHash<QString, QString>>::success(std::move(texts));
}

bool Catalogue::refreshDerivedColumns(QString *error)
{
    QStringList ids;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id FROM microcredentials WHERE completion < 0"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            ids.append(query.value(0).toString());
    }
    if (ids.isEmpty())
        return true;
    // Derived data only: the row version stays, nobody's edit is in conflict.
    if (!beginWrite(error))
        return false;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE microcredentials SET completion = ?, search_text = ? WHERE id = ?"));
    for (const QString &id : std::as_const(ids)) {
        const Result<Microcredential> mc = load(id);
        if (!mc.ok()) {
            *error = mc.error();
            m_db.rollback();
            return false;
        }
        for (const auto &column : MicrocredentialColumns::all()) {
            if (column.name == QLatin1String("completion") || column.name == QLatin1String("search_text"))
                update.addBindValue(column.read(mc.value()));
        }
        update.addBindValue(id);
        if (!SqlValues::exec(update, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

Result<Microcredential> Catalogue::load(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM microcredentials WHERE id = ?")
                      .arg(MicrocredentialColumns::nameList()));
    query.addBindValue(id);
    QString error;
    if (!SqlValues::exec(query, &error))
        return Result<Microcredential>::failure(failure(error));
    if (!query.next())
        return Result<Microcredential>::failure(failure(tr("no microcredential with id %1").arg(id)));
    Microcredential mc;
    mc.id = id;
    const auto &columns = MicrocredentialColumns::all();
    for (std::size_t i = 0; i < columns.size(); ++i)
        columns[i].write(mc, query.value(int(i)));
    query.finish();
    if (!MicrocredentialChildRows(m_db).read(mc, &error))
        return Result<Microcredential>::failure(failure(error));
    return Result<Microcredential>::success(std::move(mc));
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

bool Catalogue::writeOne(const Microcredential &mc, std::optional<int> expectedRowVersion,
                         int *newRowVersion, QString *error)
{
    const std::optional<int> current = rowVersion(mc.id);
    if (expectedRowVersion && current != expectedRowVersion) {
        *error = current ? tr("“%1” was changed by someone else in the meantime (row version %2, "
                              "expected %3); nothing was overwritten")
                               .arg(mc.title.preferred(QStringLiteral("nl")))
                               .arg(*current)
                               .arg(*expectedRowVersion)
                         : tr("“%1” was deleted by someone else in the meantime")
                               .arg(mc.title.preferred(QStringLiteral("nl")));
        return false;
    }
    const auto &columns = MicrocredentialColumns::all();
    QSqlQuery query(m_db);
    if (current) {
        QStringList assignments;
        for (const auto &column : columns)
            assignments.append(column.name + QLatin1String(" = ?"));
        query.prepare(QStringLiteral("UPDATE microcredentials SET row_version = ?, %1"
                                     " WHERE id = ? AND row_version = ?")
                          .arg(assignments.join(QLatin1String(", "))));
        *newRowVersion = *current + 1;
    } else {
        query.prepare(QStringLiteral("INSERT INTO microcredentials (row_version, %1, id)"
                                     " VALUES (?%2, ?)")
                          .arg(MicrocredentialColumns::nameList(),
                               QStringLiteral(", ?").repeated(qsizetype(columns.size()))));
        *newRowVersion = 1;
    }
    query.addBindValue(*newRowVersion);
    for (const auto &column : columns)
        query.addBindValue(column.read(mc));
    query.addBindValue(mc.id);
    if (current)
        query.addBindValue(*current);
    if (!SqlValues::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("“%1” was changed by someone else in the meantime; nothing was overwritten")
                     .arg(mc.title.preferred(QStringLiteral("nl")));
        return false;
    }
    return MicrocredentialChildRows(m_db).write(mc, *newRowVersion, error);
}

Result<int> Catalogue::save(const Microcredential &mc, std::optional<int> expectedRowVersion)
{
    QString error;
    int newRowVersion = 0;
    if (!beginWrite(&error))
        return Result<int>::failure(failure(error));
    if (!writeOne(mc, expectedRowVersion, &newRowVersion, &error) || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return Result<int>::failure(failure(error));
    }
    return Result<int>::success(newRowVersion);
}

Result<int> Catalogue::saveAll(const QList<Microcredential> &list)
{
    QString error;
    int newRowVersion = 0;
    if (!beginWrite(&error))
        return Result<int>::failure(failure(error));
    for (const Microcredential &mc : list) {
        if (!writeOne(mc, std::nullopt, &newRowVersion, &error)) {
            m_db.rollback();
            return Result<int>::failure(failure(error));
        }
    }
    if (!m_db.commit()) {
        error = m_db.lastError().text();
        m_db.rollback();
        return Result<int>::failure(failure(error));
    }
    return Result<int>::success(int(list.size()));
}

Result<Done> Catalogue::remove(const QString &id)
{
    QString error;
    if (!beginWrite(&error))
        return Result<Done>::failure(failure(error));
    QSqlQuery query(m_db);
    bool ok = MicrocredentialChildRows(m_db).erase(id, &error);
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM microcredentials WHERE id = ?"));
        query.addBindValue(id);
        ok = SqlValues::exec(query, &error);
        if (ok && query.numRowsAffected() == 0) {
            error = tr("no microcredential with id %1").arg(id);
            ok = false;
        }
    }
    if (!ok || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return Result<Done>::failure(failure(error));
    }
    return Result<Done>::success({});
}

} // namespace mcs
