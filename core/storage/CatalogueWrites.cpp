// Catalogue: the writes (save, saveAll, remove). Split from Catalogue.cpp to keep
// each file about one concern; the workflow steps are in CatalogueWorkflow.cpp.
#include "Catalogue.h"

#include "ChecklistRows.h"
#include "HistoryNotes.h"
#include "KeptVersions.h"
#include "MicrocredentialChildRows.h"
#include "MicrocredentialColumns.h"
#include "SqlValues.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignWriter.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/WorkflowNames.h"

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
template Result<SavedDesign> Catalogue::rollBackWith<SavedDesign>(QString, FailureKind);
template Result<QList<SavedDesign>> Catalogue::rollBackWith<QList<SavedDesign>>(QString, FailureKind);

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

bool Catalogue::admitNew(Microcredential &mc, const QString &source, QString *error)
{
    KeptVersions kept(m_db);
    const Status formerStatus = mc.status;
    const int formerVersion = mc.version;
    mc.status = Status::Draft;
    // A frozen kept version is never overwritten: the design continues after the highest kept.
    const bool frozenKept = kept.hasFrozenFrom(mc.id, mc.version, error);
    if (!error->isEmpty())
        return false;
    if (frozenKept)
        mc.version = std::max(kept.highestVersion(mc.id, error), mc.version) + 1;
    if (!error->isEmpty())
        return false;
    if (formerStatus != mc.status || formerVersion != mc.version) {
        noteEntry(mc, formerStatus,
                  tr("came in from %1 as version %2, “%3”; entered as a draft, version %4")
                      .arg(source, QString::number(formerVersion), WorkflowNames::status(formerStatus),
                           QString::number(mc.version)));
    }
    return true;
}

void Catalogue::noteEntry(const Microcredential &mc, Status formerStatus, const QString &text)
{
    HistoryNote note;
    note.kind = HistoryNote::Kind::EnteredAsDraft;
    note.version = mc.version;
    note.formerStatus = formerStatus;
    note.actor = m_actor.name;
    note.at = Microcredential::currentTimestamp();
    note.text = text;
    m_pendingNotes.append(note);
}

bool Catalogue::admitOver(Microcredential &mc, Status storedStatus, int storedVersion, const QString &source,
                          QString *error)
{
    const Status formerStatus = mc.status;
    const int formerVersion = mc.version;
    KeptVersions kept(m_db);
    if (ApprovalWorkflow::isFrozen(storedStatus)) {
        const QString fingerprint = ContentFingerprint::full(McdesignWriter::toJsonObject(
            [&] { Microcredential same = mc; same.status = storedStatus; same.version = storedVersion; return same; }()));
        if (kept.fingerprint(mc.id, storedVersion, error).value_or(QString()) == fingerprint) {
            mc.status = storedStatus; // the same content as approved: nothing to continue
            mc.version = storedVersion;
            return error->isEmpty();
        }
        // Other content over an approved version: it continues as the next version, a draft.
        mc.version = std::max(kept.highestVersion(mc.id, error), storedVersion) + 1;
        mc.status = Status::Draft;
    } else {
        mc.version = storedVersion;
        mc.status = storedStatus;
    }
    if (!error->isEmpty())
        return false;
    if (formerStatus != mc.status || formerVersion != mc.version) {
        noteEntry(mc, formerStatus,
                  tr("replaced from %1, which said version %2, “%3”; kept here as version %4, “%5”")
                      .arg(source, QString::number(formerVersion), WorkflowNames::status(formerStatus),
                           QString::number(mc.version), WorkflowNames::status(mc.status)));
    }
    return true;
}

bool Catalogue::writeOne(Microcredential &mc, const WriteRequest &request, int *newRowVersion, QString *error,
                         FailureKind *kind)
{
    const QString title = mc.title.preferred(QStringLiteral("nl"));
    const std::optional<StoredState> stored = storedState(m_db, mc.id, error);
    if (!error->isEmpty())
        return false; // classified by the caller (a lost connection, usually)
    // Plain values rather than an optional: GCC's -O2 flow analysis warns on the latter.
    const bool exists = stored.has_value();
    const int current = exists ? stored->rowVersion : 0;
    // An expected row version of 0 means: the design must not be in the catalogue.
    if (request.expectedRowVersion && current != *request.expectedRowVersion) {
        *kind = FailureKind::Conflict;
        if (!exists)
            *error = tr("“%1” was deleted by someone else in the meantime").arg(title);
        else if (*request.expectedRowVersion == 0)
            *error = tr("“%1” is in the catalogue again, saved by someone else in the meantime; nothing was "
                        "overwritten").arg(title);
        else
            *error = tr("“%1” was changed by someone else in the meantime (row version %2, expected %3); nothing "
                        "was overwritten")
                         .arg(title, QString::number(current), QString::number(*request.expectedRowVersion));
        return false;
    }
    // How a design enters: never with a status it could not have reached here by steps.
    if (!exists && request.intent != WriteIntent::Transfer && !admitNew(mc, request.source, error))
        return false;
    if (exists && request.intent == WriteIntent::Import
        && !admitOver(mc, stored->status, stored->version, request.source, error))
        return false;
    // One serialisation per save, for the fingerprint and the kept version alike.
    const QJsonObject content = McdesignWriter::toJsonObject(mc);
    const QString fingerprint = ContentFingerprint::full(content);
    KeptVersions kept(m_db);
    bool sameFrozenContent = false;
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
        if (mc.version == stored->version && ApprovalWorkflow::isFrozen(stored->status)) {
            if (kept.fingerprint(mc.id, mc.version, error).value_or(QString()) != fingerprint) {
                *error = tr("version %1 of “%2” is approved and cannot be changed; start a new version to edit it")
                             .arg(QString::number(mc.version), title);
                return false;
            }
            sameFrozenContent = true;
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
    // An approved version's content rows stay as they are (on PostgreSQL the
    // server refuses to touch them); only its checklist work is written.
    const MicrocredentialChildRows::Scope scope = sameFrozenContent ? MicrocredentialChildRows::Scope::ChecklistsOnly
                                                                     : MicrocredentialChildRows::Scope::Everything;
    if (!MicrocredentialChildRows(m_db).write(mc, *newRowVersion, scope, error)
        || !kept.keep(mc, content, fingerprint, m_actor.name, error))
        return false;
    HistoryNotes notes(m_db);
    for (const HistoryNote &note : std::as_const(m_pendingNotes)) {
        if (!notes.append(mc.id, note, error))
            return false;
    }
    return true;
}

Result<int> Catalogue::save(const Microcredential &mc, std::optional<int> expectedRowVersion)
{
    const Result<SavedDesign> saved = store(mc, {expectedRowVersion, WriteIntent::Edit, QString()});
    if (!saved.ok())
        return Result<int>::failure(saved.error(), saved.failureKind());
    return Result<int>::success(saved.value().rowVersion);
}

Result<SavedDesign> Catalogue::store(const Microcredential &mc, const WriteRequest &request)
{
    Result<QList<SavedDesign>> saved = storeAll({mc}, request);
    if (!saved.ok())
        return Result<SavedDesign>::failure(saved.error(), saved.failureKind());
    return Result<SavedDesign>::success(saved.value().takeFirst());
}

Result<QList<SavedDesign>> Catalogue::storeAll(const QList<Microcredential> &list, const WriteRequest &request)
{
    using R = Result<QList<SavedDesign>>;
    QString error;
    FailureKind kind = FailureKind::General;
    if (!beginWrite(&error))
        return rollBackWith<QList<SavedDesign>>(error);
    QList<SavedDesign> saved;
    for (const Microcredential &given : list) {
        SavedDesign entry{given, 0, {}};
        m_pendingNotes.clear();
        const bool ok = writeOne(entry.design, request, &entry.rowVersion, &error, &kind);
        for (const HistoryNote &note : std::as_const(m_pendingNotes))
            entry.notes.append(note.text);
        m_pendingNotes.clear();
        if (!ok)
            return rollBackWith<QList<SavedDesign>>(error, kind);
        saved.append(std::move(entry));
    }
    if (!m_db.commit())
        return rollBackWith<QList<SavedDesign>>(QString());
    return R::success(std::move(saved));
}

Result<int> Catalogue::saveAll(const QList<Microcredential> &list)
{
    const Result<QList<SavedDesign>> saved = storeAll(list, {std::nullopt, WriteIntent::Edit, QString()});
    if (!saved.ok())
        return Result<int>::failure(saved.error(), saved.failureKind());
    return Result<int>::success(int(saved.value().size()));
}

Result<Done> Catalogue::remove(const QString &id, std::optional<int> expectedRowVersion)
{
    QString error;
    if (!beginWrite(&error))
        return rollBackWith<Done>(error);
    if (expectedRowVersion) {
        const std::optional<StoredState> stored = storedState(m_db, id, &error);
        if (!error.isEmpty())
            return rollBackWith<Done>(error);
        if (!stored || stored->rowVersion != *expectedRowVersion) {
            return rollBackWith<Done>(stored ? tr("the microcredential was changed since (row version %1, expected "
                                                  "%2); it was not removed")
                                                   .arg(stored->rowVersion)
                                                   .arg(*expectedRowVersion)
                                             : tr("the microcredential was removed by someone else already"),
                                      FailureKind::Conflict);
        }
    }
    // The design row first: then the rows of its content go with a design that is
    // no longer there, which the server allows even for an approved version.
    QSqlQuery query(m_db);
    bool ok = ChecklistRows(m_db).erase(id, &error);
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM microcredentials WHERE id = ?"));
        query.addBindValue(id);
        ok = SqlValues::exec(query, &error);
        if (ok && query.numRowsAffected() == 0) {
            error = tr("no microcredential with id %1").arg(id);
            ok = false;
        }
    }
    ok = ok && MicrocredentialChildRows(m_db).erase(id, &error);
    if (!ok || !m_db.commit())
        return rollBackWith<Done>(error);
    return Result<Done>::success({});
}

} // namespace mcs
