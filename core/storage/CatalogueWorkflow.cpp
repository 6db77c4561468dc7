// Catalogue: the approval workflow and the kept versions of each design.
#include "Catalogue.h"

#include "KeptVersions.h"
#include "SqlValues.h"
#include "HistoryNotes.h"
#include "WorkflowLog.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignReader.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/WorkflowNames.h"

#include <QSqlQuery>

namespace mcs {

Result<int> Catalogue::transition(const QString &id, Status to, WorkflowRole role, const QString &comment,
                                  std::optional<int> expectedRowVersion)
{
    QString error;
    if (!beginWrite(&error))
        return rollBackWith<int>(error);
    const Result<Microcredential> loaded = load(id);
    if (!loaded.ok())
        return rollBackWith<int>(loaded.error().section(QStringLiteral(": "), 1));
    const Microcredential &mc = loaded.value();
    const int stored = rowVersion(id).value_or(0);
    if (expectedRowVersion && *expectedRowVersion != stored) {
        return rollBackWith<int>(tr("“%1” was changed by someone else in the meantime; look at it again before "
                                    "taking this step").arg(mc.title.preferred(QStringLiteral("nl"))),
                                 FailureKind::Conflict);
    }
    const std::optional<WorkflowRule> rule = ApprovalWorkflow::rule(mc.status, to, role);
    if (!rule) {
        return rollBackWith<int>(tr("a design cannot go from “%1” to “%2” as %3")
                                     .arg(WorkflowNames::status(mc.status), WorkflowNames::status(to),
                                          WorkflowNames::role(role)),
                                 FailureKind::Forbidden);
    }
    if (!m_actor.has(role)) {
        return rollBackWith<int>(tr("%1 does not have the role %2").arg(m_actor.name, WorkflowNames::role(role)),
                                 FailureKind::Forbidden);
    }
    if (rule->needsReason && comment.trimmed().isEmpty())
        return rollBackWith<int>(tr("going back to draft needs a reason"), FailureKind::Forbidden);

    TransitionRecord record;
    record.version = mc.version;
    record.from = mc.status;
    record.to = to;
    record.actor = m_actor.name;
    record.role = role;
    record.at = QDateTime::currentDateTimeUtc();
    record.comment = comment.trimmed();
    record.fingerprint = ContentFingerprint::full(mc);

    // The record first: on PostgreSQL the design row's trigger accepts a status
    // change only when this transaction recorded the step.
    if (!WorkflowLog(m_db).append(id, record, &error))
        return rollBackWith<int>(error);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE microcredentials SET status = ?, changed_at = ?, row_version = ?"
                                  " WHERE id = ? AND row_version = ?"));
    update.addBindValue(toCode(to));
    update.addBindValue(Timestamp::toText(record.at));
    update.addBindValue(stored + 1);
    update.addBindValue(id);
    update.addBindValue(stored);
    if (!SqlValues::exec(update, &error))
        return rollBackWith<int>(error);
    if (update.numRowsAffected() != 1)
        return rollBackWith<int>(tr("“%1” was changed by someone else in the meantime").arg(id), FailureKind::Conflict);
    if (!KeptVersions(m_db).setStatus(id, mc.version, to, &error) || !m_db.commit()) {
        return rollBackWith<int>(error);
    }
    return Result<int>::success(stored + 1);
}

Result<Microcredential> Catalogue::startNewVersion(const QString &id)
{
    const Result<Microcredential> loaded = load(id);
    if (!loaded.ok())
        return loaded;
    Microcredential next = loaded.value();
    if (!ApprovalWorkflow::isFrozen(next.status)) {
        return Result<Microcredential>::failure(
            failure(tr("version %1 of “%2” is not approved yet; edit it as it is")
                        .arg(next.version)
                        .arg(next.title.preferred(QStringLiteral("nl")))),
            FailureKind::Forbidden);
    }
    QString error;
    const int highest = KeptVersions(m_db).highestVersion(id, &error);
    next.version = std::max(highest, next.version) + 1;
    next.status = Status::Draft;
    next.changed = QDateTime::currentDateTimeUtc();
    const Result<int> saved = save(next, rowVersion(id));
    if (!saved.ok())
        return Result<Microcredential>::failure(saved.error(), saved.failureKind());
    return Result<Microcredential>::success(std::move(next));
}

Result<QList<DesignVersionRecord>> Catalogue::versions(const QString &id) const
{
    QString error;
    QList<DesignVersionRecord> versions;
    if (!ensureConnected(&error) || !KeptVersions(m_db).list(id, &versions, &error))
        return Result<QList<DesignVersionRecord>>::failure(failure(error), classifyFailure(error));
    return Result<QList<DesignVersionRecord>>::success(std::move(versions));
}

Result<Microcredential> Catalogue::loadVersion(const QString &id, int version) const
{
    QString error;
    if (!ensureConnected(&error))
        return Result<Microcredential>::failure(failure(error), FailureKind::Connection);
    Status status = Status::Draft;
    const std::optional<QByteArray> content = KeptVersions(m_db).content(id, version, &status, &error);
    if (!content) {
        if (error.isEmpty())
            error = tr("no version %1 of the microcredential with id %2").arg(version).arg(id);
        return Result<Microcredential>::failure(failure(error), classifyFailure(error));
    }
    Result<Microcredential> mc = McdesignReader::fromBytes(*content, tr("%1, version %2").arg(path()).arg(version));
    if (mc.ok())
        mc.value().status = status;
    return mc;
}

Result<QList<TransitionRecord>> Catalogue::transitions(const QString &id) const
{
    QString error;
    QList<TransitionRecord> records;
    if (!ensureConnected(&error) || !WorkflowLog(m_db).list(id, &records, &error))
        return Result<QList<TransitionRecord>>::failure(failure(error), classifyFailure(error));
    return Result<QList<TransitionRecord>>::success(std::move(records));
}

Result<QList<HistoryNote>> Catalogue::notes(const QString &id) const
{
    QString error;
    QList<HistoryNote> notes;
    if (!ensureConnected(&error) || !HistoryNotes(m_db).list(id, &notes, &error))
        return Result<QList<HistoryNote>>::failure(failure(error), classifyFailure(error));
    return Result<QList<HistoryNote>>::success(std::move(notes));
}

Result<SavedDesign> Catalogue::transferIn(Catalogue &source, const QString &id)
{
    using R = Result<SavedDesign>;
    if (!m_actor.has(WorkflowRole::Approver)) {
        return R::failure(failure(tr("only an approver moves a design in with its status; import it instead, "
                                     "and it enters as a draft")),
                          FailureKind::Forbidden);
    }
    const Result<Microcredential> design = source.load(id);
    if (!design.ok())
        return R::failure(design.error(), design.failureKind());
    const Result<QList<DesignVersionRecord>> versions = source.versions(id);
    if (!versions.ok())
        return R::failure(versions.error(), versions.failureKind());
    const Result<QList<TransitionRecord>> steps = source.transitions(id);
    if (!steps.ok())
        return R::failure(steps.error(), steps.failureKind());
    SavedDesign saved{design.value(), 0, {}};
    const QString title = saved.design.title.preferred(QStringLiteral("nl"));

    QString error;
    FailureKind kind = FailureKind::General;
    if (!beginWrite(&error))
        return rollBackWith<SavedDesign>(error);
    KeptVersions kept(m_db);
    const int keptHere = kept.highestVersion(id, &error);
    if (!error.isEmpty())
        return rollBackWith<SavedDesign>(error);
    if (contains(id) || keptHere > 0) {
        return rollBackWith<SavedDesign>(tr("this catalogue already knows “%1” (id %2); a design is moved in with "
                                            "its history only once")
                                             .arg(title, id),
                                         FailureKind::Forbidden);
    }
    // The note first: on PostgreSQL it is what lets the server take the status.
    HistoryNotes notes(m_db);
    HistoryNote moved;
    moved.kind = HistoryNote::Kind::Transferred;
    moved.version = saved.design.version;
    moved.formerStatus = saved.design.status;
    moved.actor = m_actor.name;
    moved.at = Microcredential::currentTimestamp();
    moved.text = tr("moved in from %1 by an approver, keeping its status “%2” and %n kept version(s)", nullptr,
                    int(versions.value().size()))
                     .arg(source.path(), WorkflowNames::status(saved.design.status));
    if (!notes.append(id, moved, &error))
        return rollBackWith<SavedDesign>(error);
    saved.notes.append(moved.text);
    for (const TransitionRecord &step : steps.value()) {
        HistoryNote carried;
        carried.kind = HistoryNote::Kind::CarriedStep;
        carried.version = step.version;
        carried.formerStatus = step.from;
        carried.actor = m_actor.name;
        carried.at = moved.at;
        carried.text = tr("step taken in %1 on %2 by %3 as %4: from “%5” to “%6”")
                           .arg(source.path(), Timestamp::toText(step.at), step.actor, WorkflowNames::role(step.role),
                                WorkflowNames::status(step.from), WorkflowNames::status(step.to));
        if (!step.comment.isEmpty())
            carried.text += QStringLiteral(" (%1)").arg(step.comment);
        if (!notes.append(id, carried, &error))
            return rollBackWith<SavedDesign>(error);
    }
    if (!writeOne(saved.design, {0, WriteIntent::Transfer, source.path()}, &saved.rowVersion, &error, &kind))
        return rollBackWith<SavedDesign>(error, kind);
    KeptVersions theirs(source.m_db);
    for (const DesignVersionRecord &record : versions.value()) {
        if (record.version == saved.design.version)
            continue; // written with the design itself
        Status status = record.status;
        const std::optional<QByteArray> content = theirs.content(id, record.version, &status, &error);
        if (!content || !kept.copyIn(id, record, *content, &error))
            return rollBackWith<SavedDesign>(error.isEmpty() ? tr("version %1 could not be read").arg(record.version)
                                                             : error);
    }
    if (!m_db.commit())
        return rollBackWith<SavedDesign>(QString());
    return R::success(std::move(saved));
}

} // namespace mcs
