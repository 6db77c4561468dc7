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
#include "util/Clock.h"

#include <QSqlQuery>

namespace mcs {

template<typename T>
Result<T> Catalogue::rollBackWith(const QString &problem, FailureKind kind)
{
    m_db.rollback();
    // After the rollback: in a failed transaction the connection probe would fail too.
    return Result<T>::failure(failure(problem), classifyFailure(kind));
}

template Result<int> Catalogue::rollBackWith<int>(const QString &, FailureKind);
template Result<Done> Catalogue::rollBackWith<Done>(const QString &, FailureKind);
template Result<Microcredential> Catalogue::rollBackWith<Microcredential>(const QString &, FailureKind);
template Result<SavedDesign> Catalogue::rollBackWith<SavedDesign>(const QString &, FailureKind);
template Result<QList<SavedDesign>> Catalogue::rollBackWith<QList<SavedDesign>>(const QString &, FailureKind);
template Result<QualityFramework> Catalogue::rollBackWith<QualityFramework>(const QString &, FailureKind);
template Result<Catalogue::FrameworkRemoval> Catalogue::rollBackWith<Catalogue::FrameworkRemoval>(const QString &, FailureKind);

namespace {

/// A design names an institution the catalogue does not know yet: the catalogue
/// learns it, under its identifier. One it knows is never changed here (and
/// never merged on name): that is an approver's edit of the institution.
Result<Done> registerInstitution(QSqlDatabase &db, const Institution &institution)
{
    if (institution.identifier.trimmed().isEmpty() || institution.name.trimmed().isEmpty())
        return Result<Done>::success({});
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO institutions (identifier, identifier_scheme, name, country, region)"
                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (identifier) DO NOTHING"));
    query.addBindValue(institution.identifier);
    query.addBindValue(toCode(institution.identifierScheme));
    query.addBindValue(institution.name);
    query.addBindValue(SqlValues::text(institution.country));
    query.addBindValue(SqlValues::text(institution.region));
    return SqlValues::exec(query);
}

struct StoredState
{
    int rowVersion = 0;
    int version = 1;
    Status status = Status::Draft;
};

/// The stored row's state; none when there is no such row (a failing query is
/// a failure, never taken for "not stored").
Result<std::optional<StoredState>> storedState(QSqlDatabase &db, const QString &id)
{
    using R = Result<std::optional<StoredState>>;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT row_version, version, status FROM microcredentials WHERE id = ?"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<std::optional<StoredState>>();
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(StoredState{query.value(0).toInt(), query.value(1).toInt(),
                                  fromCode<Status>(query.value(2).toString()).value_or(Status::Draft)});
}

} // namespace

Result<Done> Catalogue::admitNew(Microcredential &mc, const QString &source)
{
    KeptVersions kept(m_db);
    const Status formerStatus = mc.status;
    const int formerVersion = mc.version;
    mc.status = Status::Draft;
    // A frozen kept version is never overwritten: the design continues after the highest kept.
    const Result<bool> frozenKept = kept.hasFrozenFrom(mc.id, mc.version);
    if (!frozenKept.ok())
        return frozenKept.failureAs<Done>();
    if (frozenKept.value()) {
        const Result<int> highest = kept.highestVersion(mc.id);
        if (!highest.ok())
            return highest.failureAs<Done>();
        mc.version = std::max(highest.value(), mc.version) + 1;
    }
    if (formerStatus != mc.status || formerVersion != mc.version) {
        noteEntry(mc, formerStatus,
                  tr("came in from %1 as version %2, “%3”; entered as a draft, version %4")
                      .arg(source, QString::number(formerVersion), WorkflowNames::status(formerStatus),
                           QString::number(mc.version)));
    }
    return Result<Done>::success({});
}

void Catalogue::noteEntry(const Microcredential &mc, Status formerStatus, const QString &text)
{
    HistoryNote note;
    note.kind = HistoryNote::Kind::EnteredAsDraft;
    note.version = mc.version;
    note.formerStatus = formerStatus;
    note.actor = m_actor.name;
    note.at = Clock::now();
    note.text = text;
    m_pendingNotes.append(note);
}

Result<Done> Catalogue::admitOver(Microcredential &mc, Status storedStatus, int storedVersion, const QString &source)
{
    const Status formerStatus = mc.status;
    const int formerVersion = mc.version;
    KeptVersions kept(m_db);
    if (ApprovalWorkflow::isFrozen(storedStatus)) {
        const QString fingerprint = ContentFingerprint::full(McdesignWriter::toJsonObject(
            [&] { Microcredential same = mc; same.status = storedStatus; same.version = storedVersion; return same; }()));
        const Result<std::optional<QString>> keptFingerprint = kept.fingerprint(mc.id, storedVersion);
        if (!keptFingerprint.ok())
            return keptFingerprint.failureAs<Done>();
        if (keptFingerprint.value().value_or(QString()) == fingerprint) {
            mc.status = storedStatus; // the same content as approved: nothing to continue
            mc.version = storedVersion;
            return Result<Done>::success({});
        }
        // Other content over an approved version: it continues as the next version, a draft.
        const Result<int> highest = kept.highestVersion(mc.id);
        if (!highest.ok())
            return highest.failureAs<Done>();
        mc.version = std::max(highest.value(), storedVersion) + 1;
        mc.status = Status::Draft;
    } else {
        mc.version = storedVersion;
        mc.status = storedStatus;
    }
    if (formerStatus != mc.status || formerVersion != mc.version) {
        noteEntry(mc, formerStatus,
                  tr("replaced from %1, which said version %2, “%3”; kept here as version %4, “%5”")
                      .arg(source, QString::number(formerVersion), WorkflowNames::status(formerStatus),
                           QString::number(mc.version), WorkflowNames::status(mc.status)));
    }
    return Result<Done>::success({});
}

Result<int> Catalogue::writeOne(Microcredential &mc, const WriteRequest &request)
{
    const QString title = mc.title.preferred(QStringLiteral("nl"));
    const Result<std::optional<StoredState>> found = storedState(m_db, mc.id);
    if (!found.ok())
        return found.failureAs<int>(); // classified by the caller (a lost connection, usually)
    const std::optional<StoredState> &stored = found.value();
    // Plain values rather than an optional: GCC's -O2 flow analysis warns on the latter.
    const bool exists = stored.has_value();
    const int current = exists ? stored->rowVersion : 0;
    // An expected row version of 0 means: the design must not be in the catalogue.
    if (request.expectedRowVersion && current != *request.expectedRowVersion) {
        const auto conflict = [](const QString &problem) { return Result<int>::failure(problem, FailureKind::Conflict); };
        if (!exists)
            return conflict(tr("“%1” was deleted by someone else in the meantime").arg(title));
        if (*request.expectedRowVersion == 0)
            return conflict(tr("“%1” is in the catalogue again, saved by someone else in the meantime; nothing was "
                               "overwritten").arg(title));
        return conflict(tr("“%1” was changed by someone else in the meantime (row version %2, expected %3); nothing "
                           "was overwritten")
                            .arg(title, QString::number(current), QString::number(*request.expectedRowVersion)));
    }
    // How a design enters: never with a status it could not have reached here by steps.
    if (!exists && request.intent != WriteIntent::Transfer) {
        if (const Result<Done> admitted = admitNew(mc, request.source); !admitted.ok())
            return admitted.failureAs<int>();
    }
    if (exists && request.intent == WriteIntent::Import) {
        if (const Result<Done> admitted = admitOver(mc, stored->status, stored->version, request.source); !admitted.ok())
            return admitted.failureAs<int>();
    }
    // One serialisation per save, for the fingerprint and the kept version alike.
    const QJsonObject content = McdesignWriter::toJsonObject(mc);
    const QString fingerprint = ContentFingerprint::full(content);
    KeptVersions kept(m_db);
    bool sameFrozenContent = false;
    if (stored) {
        const auto forbidden = [](const QString &problem) { return Result<int>::failure(problem, FailureKind::Forbidden); };
        if (mc.version < stored->version) {
            return forbidden(tr("“%1” is at version %2 already; version %3 cannot be saved over it")
                                 .arg(title, QString::number(stored->version), QString::number(mc.version)));
        }
        // A new version continues an approved one (startNewVersion); a design
        // in review goes back to draft only by a recorded step with a reason.
        if (mc.version > stored->version && (mc.status != Status::Draft || !ApprovalWorkflow::isFrozen(stored->status)))
            return forbidden(tr("a new version of “%1” starts as a draft, from an approved version").arg(title));
        if (mc.version == stored->version && mc.status != stored->status)
            return forbidden(tr("the status of “%1” changes only through the approval workflow").arg(title));
        if (mc.version == stored->version && ApprovalWorkflow::isFrozen(stored->status)) {
            const Result<std::optional<QString>> keptFingerprint = kept.fingerprint(mc.id, mc.version);
            if (!keptFingerprint.ok())
                return keptFingerprint.failureAs<int>();
            if (keptFingerprint.value().value_or(QString()) != fingerprint) {
                return forbidden(tr("version %1 of “%2” is approved and cannot be changed; start a new version to "
                                    "edit it")
                                     .arg(QString::number(mc.version), title));
            }
            sameFrozenContent = true;
        }
    }
    const auto &columns = MicrocredentialColumns::all();
    QSqlQuery query(m_db);
    const int newRowVersion = exists ? current + 1 : 1;
    if (exists) {
        QStringList assignments;
        for (const auto &column : columns)
            assignments.append(column.name + QLatin1String(" = ?"));
        query.prepare(QStringLiteral("UPDATE microcredentials SET row_version = ?, %1"
                                     " WHERE id = ? AND row_version = ?")
                          .arg(assignments.join(QLatin1String(", "))));
    } else {
        query.prepare(QStringLiteral("INSERT INTO microcredentials (row_version, %1, id)"
                                     " VALUES (?%2, ?)")
                          .arg(MicrocredentialColumns::nameList(),
                               QStringLiteral(", ?").repeated(qsizetype(columns.size()))));
    }
    query.addBindValue(newRowVersion);
    for (const auto &column : columns)
        query.addBindValue(column.read(mc));
    query.addBindValue(mc.id);
    if (exists)
        query.addBindValue(current);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<int>();
    if (query.numRowsAffected() != 1) {
        return Result<int>::failure(
            tr("“%1” was changed by someone else in the meantime; nothing was overwritten").arg(title),
            FailureKind::Conflict);
    }
    // An approved version's content rows stay as they are (on PostgreSQL the
    // server refuses to touch them); only its checklist work is written.
    const MicrocredentialChildRows::Scope scope = sameFrozenContent ? MicrocredentialChildRows::Scope::ChecklistsOnly
                                                                     : MicrocredentialChildRows::Scope::Everything;
    Result<Done> written = MicrocredentialChildRows(m_db).write(mc, newRowVersion, scope);
    if (written.ok())
        written = kept.keep(mc, content, fingerprint, m_actor.name);
    if (written.ok())
        written = registerInstitution(m_db, mc.institution);
    HistoryNotes notes(m_db);
    for (qsizetype i = 0; written.ok() && i < m_pendingNotes.size(); ++i)
        written = notes.append(mc.id, m_pendingNotes.at(i));
    if (!written.ok())
        return written.failureAs<int>();
    return Result<int>::success(newRowVersion);
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
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<QList<SavedDesign>>(begun);
    QList<SavedDesign> saved;
    for (const Microcredential &given : list) {
        SavedDesign entry{given, 0, {}};
        m_pendingNotes.clear();
        const Result<int> written = writeOne(entry.design, request);
        for (const HistoryNote &note : std::as_const(m_pendingNotes))
            entry.notes.append(note.text);
        m_pendingNotes.clear();
        if (!written.ok())
            return rollBackWith<QList<SavedDesign>>(written);
        entry.rowVersion = written.value();
        saved.append(std::move(entry));
    }
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<QList<SavedDesign>>(committed);
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
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<Done>(begun);
    if (expectedRowVersion) {
        const Result<std::optional<StoredState>> found = storedState(m_db, id);
        if (!found.ok())
            return rollBackWith<Done>(found);
        const std::optional<StoredState> &stored = found.value();
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
    Result<Done> removed = ChecklistRows(m_db).erase(id);
    if (removed.ok()) {
        query.prepare(QStringLiteral("DELETE FROM microcredentials WHERE id = ?"));
        query.addBindValue(id);
        removed = SqlValues::exec(query);
        if (removed.ok() && query.numRowsAffected() == 0)
            removed = Result<Done>::failure(tr("no microcredential with id %1").arg(id));
    }
    if (removed.ok())
        removed = MicrocredentialChildRows(m_db).erase(id);
    if (removed.ok())
        removed = commitWrite();
    if (!removed.ok())
        return rollBackWith<Done>(removed);
    return Result<Done>::success({});
}

} // namespace mcs
