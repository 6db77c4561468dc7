// Catalogue: the writes (save, saveAll, remove). Split from Catalogue.cpp to keep
// each file about one concern; the workflow steps are in CatalogueWorkflow.cpp.
#include "Catalogue.h"

#include "KeptVersions.h"
#include "MicrocredentialChildRows.h"
#include "MicrocredentialColumns.h"
#include "SqlValues.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignWriter.h"
#include "workflow/ApprovalWorkflow.h"

#include <QSqlQuery>

namespace mcs {

template<typename T>
Result<T> Catalogue::rollBackWith(QString error, FailureKind kind)
{
    if (error.isEmpty())
        error = m_db.lastError().text();
    m_db.rollback();
    if (kind == FailureKind::General)
        kind = classifyFailure(error);
    return Result<T>::failure(failure(error), kind);
}

template Result<int> Catalogue::rollBackWith<int>(QString, FailureKind);
template Result<Done> Catalogue::rollBackWith<Done>(QString, FailureKind);
template Result<Microcredential> Catalogue::rollBackWith<Microcredential>(QString, FailureKind);

namespace {

struct StoredState
{
    int rowVersion = 0;
    int version = 1;
    Status status = Status::Draft;
};

/// The stored row's state; none when there is no such row. A failing query
/// sets `error` (and must not be taken for "not stored").
std::optional<StoredState> storedState(QSqlDatabase &db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT row_version, version, status FROM microcredentials WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return StoredState{query.value(0).toInt(), query.value(1).toInt(),
                       fromCode<Status>(query.value(2).toString()).value_or(Status::Draft)};
}

} // namespace

bool Catalogue::writeOne(const Microcredential &mc, std::optional<int> expectedRowVersion, int *newRowVersion,
                         QString *error, FailureKind *kind)
{
    const QString title = mc.title.preferred(QStringLiteral("nl"));
    const std::optional<StoredState> stored = storedState(m_db, mc.id, error);
    if (!error->isEmpty())
        return false; // classified by the caller (a lost connection, usually)
    // Plain values rather than an optional: GCC's -O2 flow analysis warns on the latter.
    const bool exists = stored.has_value();
    const int current = exists ? stored->rowVersion : 0;
    if (expectedRowVersion && (!exists || current != *expectedRowVersion)) {
        *kind = FailureKind::Conflict;
        *error = exists ? tr("“%1” was changed by someone else in the meantime (row version %2, "
                             "expected %3); nothing was overwritten")
                              .arg(title, QString::number(current), QString::number(*expectedRowVersion))
                        : tr("“%1” was deleted by someone else in the meantime").arg(title);
        return false;
    }
    // One serialisation per save, for the fingerprint and the kept version alike.
    const QJsonObject content = McdesignWriter::toJsonObject(mc);
    const QString fingerprint = ContentFingerprint::full(content);
    KeptVersions kept(m_db);
    if (stored) {
        *kind = FailureKind::Forbidden;
        if (mc.version < stored->version) {
            *error = tr("“%1” is at version %2 already; version %3 cannot be saved over it")
                         .arg(title, QString::number(stored->version), QString::number(mc.version));
            return false;
        }
        // A new version continues an approved one (startNewVersion); a design
        // in review goes back to draft only by a recorded step with a reason.
        if (mc.version > stored->version && (mc.status != Status::Draft || !ApprovalWorkflow::isFrozen(stored->status))) {
            *error = tr("a new version of “%1” starts as a draft, from an approved version").arg(title);
            return false;
        }
        if (mc.version == stored->version && mc.status != stored->status) {
            *error = tr("the status of “%1” changes only through the approval workflow").arg(title);
            return false;
        }
        if (mc.version == stored->version && ApprovalWorkflow::isFrozen(stored->status)
            && kept.fingerprint(mc.id, mc.version, error).value_or(QString()) != fingerprint) {
            *error = tr("version %1 of “%2” is approved and cannot be changed; start a new version to edit it")
                         .arg(QString::number(mc.version), title);
            return false;
        }
        *kind = FailureKind::General;
    }
    const auto &columns = MicrocredentialColumns::all();
    QSqlQuery query(m_db);
    if (exists) {
        QStringList assignments;
        for (const auto &column : columns)
            assignments.append(column.name + QLatin1String(" = ?"));
        query.prepare(QStringLiteral("UPDATE microcredentials SET row_version = ?, %1"
                                     " WHERE id = ? AND row_version = ?")
                          .arg(assignments.join(QLatin1String(", "))));
        *newRowVersion = current + 1;
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
    if (exists)
        query.addBindValue(current);
    if (!SqlValues::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *kind = FailureKind::Conflict;
        *error = tr("“%1” was changed by someone else in the meantime; nothing was overwritten").arg(title);
        return false;
    }
    return MicrocredentialChildRows(m_db).write(mc, *newRowVersion, error)
           && kept.keep(mc, content, fingerprint, m_actor.name, error);
}

Result<int> Catalogue::save(const Microcredential &mc, std::optional<int> expectedRowVersion)
{
    QString error;
    FailureKind kind = FailureKind::General;
    int newRowVersion = 0;
    if (!beginWrite(&error))
        return rollBackWith<int>(error);
    if (!writeOne(mc, expectedRowVersion, &newRowVersion, &error, &kind) || !m_db.commit())
        return rollBackWith<int>(error, kind);
    return Result<int>::success(newRowVersion);
}

Result<int> Catalogue::saveAll(const QList<Microcredential> &list)
{
    QString error;
    FailureKind kind = FailureKind::General;
    int newRowVersion = 0;
    if (!beginWrite(&error))
        return rollBackWith<int>(error);
    for (const Microcredential &mc : list) {
        if (!writeOne(mc, std::nullopt, &newRowVersion, &error, &kind))
            return rollBackWith<int>(error, kind);
    }
    if (!m_db.commit())
        return rollBackWith<int>(QString());
    return Result<int>::success(int(list.size()));
}

Result<Done> Catalogue::remove(const QString &id)
{
    QString error;
    if (!beginWrite(&error))
        return rollBackWith<Done>(error);
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
    if (!ok || !m_db.commit())
        return rollBackWith<Done>(error);
    return Result<Done>::success({});
}

} // namespace mcs
