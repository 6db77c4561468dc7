// Catalogue: the approval workflow and the kept versions of each design.
#include "Catalogue.h"

#include "ChecklistRows.h"
#include "KeptVersions.h"
#include "format/McdesignWriter.h"
#include "SqlValues.h"
#include "HistoryNotes.h"
#include "WorkflowLog.h"
#include "format/ContentFingerprint.h"
#include "format/McdesignReader.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/WorkflowNames.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace mcs {

Result<int> Catalogue::transition(const QString &id, Status to, WorkflowRole role, const QString &comment,
                                  std::optional<int> expectedRowVersion)
{
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<int>(begun);
    const Result<Microcredential> loaded = load(id);
    if (!loaded.ok()) // named by load() already
        return rollBackWith<int>(loaded.error().section(QStringLiteral(": "), 1), loaded.failureKind());
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
    record.at = Clock::now();
    record.comment = comment.trimmed();
    record.fingerprint = ContentFingerprint::full(mc);

    // Approving copies the institution evidence the checklists inherit, so that
    // the version's record shows what the approver saw. Written while the kept
    // version is not yet frozen (on PostgreSQL the server refuses it after).
    if (ApprovalWorkflow::isFrozen(to) && !ApprovalWorkflow::isFrozen(mc.status)) {
        Microcredential approved = mc;
        copyInheritedEvidence(approved);
        if (approved.checklists != mc.checklists) {
            Result<Done> copied = ChecklistRows(m_db).write(id, approved.checklists, stored + 1);
            if (copied.ok()) {
                const QJsonObject content = McdesignWriter::toJsonObject(approved);
                copied = KeptVersions(m_db).keep(approved, content, ContentFingerprint::full(content), m_actor.name);
            }
            if (!copied.ok())
                return rollBackWith<int>(copied);
        }
    }

    // The record first: on PostgreSQL the design row's trigger accepts a status
    // change only when this transaction recorded the step.
    if (const Result<Done> recorded = WorkflowLog(m_db).append(id, record); !recorded.ok())
        return rollBackWith<int>(recorded);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE microcredentials SET status = ?, changed_at = ?, row_version = ?"
                                  " WHERE id = ? AND row_version = ?"));
    update.addBindValue(toCode(to));
    update.addBindValue(Timestamp::toText(record.at));
    update.addBindValue(stored + 1);
    update.addBindValue(id);
    update.addBindValue(stored);
    if (const Result<Done> run = SqlValues::exec(update); !run.ok())
        return rollBackWith<int>(run);
    if (update.numRowsAffected() != 1)
        return rollBackWith<int>(tr("“%1” was changed by someone else in the meantime").arg(id), FailureKind::Conflict);
    Result<Done> done = KeptVersions(m_db).setStatus(id, mc.version, to);
    if (done.ok())
        done = commitWrite();
    if (!done.ok())
        return rollBackWith<int>(done);
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
    const Result<int> highest = KeptVersions(m_db).highestVersion(id);
    if (!highest.ok())
        return failed<Microcredential>(highest);
    next.version = std::max(highest.value(), next.version) + 1;
    next.status = Status::Draft;
    // The approved version keeps its copy of the institution's evidence; the
    // new draft inherits what the institution holds now.
    for (Checklist &checklist : next.checklists) {
        checklist.inheritedEvidence.clear();
        checklist.inheritedCopiedAt = QDateTime();
    }
    next.changed = Clock::now();
    const Result<int> saved = save(next, rowVersion(id));
    if (!saved.ok())
        return Result<Microcredential>::failure(saved.error(), saved.failureKind());
    return Result<Microcredential>::success(std::move(next));
}

Result<QList<DesignVersionRecord>> Catalogue::versions(const QString &id) const
{
    using List = QList<DesignVersionRecord>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<List>(connected);
    const Result<List> versions = KeptVersions(m_db).list(id);
    return versions.ok() ? versions : failed<List>(versions);
}

Result<Microcredential> Catalogue::loadVersion(const QString &id, int version) const
{
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<Microcredential>(connected);
    const Result<std::optional<KeptVersions::Content>> kept = KeptVersions(m_db).content(id, version);
    if (!kept.ok())
        return failed<Microcredential>(kept);
    if (!kept.value()) {
        return failed<Microcredential>(
            Result<Done>::failure(tr("no version %1 of the microcredential with id %2").arg(version).arg(id)));
    }
    const KeptVersions::Content &content = *kept.value();
    Result<Microcredential> mc = McdesignReader::fromBytes(content.text, tr("%1, version %2").arg(path()).arg(version));
    if (mc.ok())
        mc.value().status = content.status;
    return mc;
}

Result<QList<TransitionRecord>> Catalogue::transitions(const QString &id) const
{
    using List = QList<TransitionRecord>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<List>(connected);
    const Result<List> records = WorkflowLog(m_db).list(id);
    return records.ok() ? records : failed<List>(records);
}

Result<QList<HistoryNote>> Catalogue::notes(const QString &id) const
{
    using List = QList<HistoryNote>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return failed<List>(connected);
    const Result<List> notes = HistoryNotes(m_db).list(id);
    return notes.ok() ? notes : failed<List>(notes);
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

    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<SavedDesign>(begun);
    KeptVersions kept(m_db);
    const Result<int> keptHere = kept.highestVersion(id);
    if (!keptHere.ok())
        return rollBackWith<SavedDesign>(keptHere);
    if (contains(id) || keptHere.value() > 0) {
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
    moved.at = Clock::now();
    moved.text = tr("moved in from %1 by an approver, keeping its status “%2” and %n kept version(s)", nullptr,
                    int(versions.value().size()))
                     .arg(source.path(), WorkflowNames::status(saved.design.status));
    if (const Result<Done> noted = notes.append(id, moved); !noted.ok())
        return rollBackWith<SavedDesign>(noted);
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
        if (const Result<Done> noted = notes.append(id, carried); !noted.ok())
            return rollBackWith<SavedDesign>(noted);
    }
    const Result<int> written = writeOne(saved.design, {0, WriteIntent::Transfer, source.path()});
    if (!written.ok())
        return rollBackWith<SavedDesign>(written);
    saved.rowVersion = written.value();
    KeptVersions theirs(source.m_db);
    for (const DesignVersionRecord &record : versions.value()) {
        if (record.version == saved.design.version)
            continue; // written with the design itself
        const Result<std::optional<KeptVersions::Content>> content = theirs.content(id, record.version);
        if (!content.ok())
            return rollBackWith<SavedDesign>(content);
        if (!content.value())
            return rollBackWith<SavedDesign>(tr("version %1 could not be read").arg(record.version));
        if (const Result<Done> copied = kept.copyIn(id, record, content.value()->text); !copied.ok())
            return rollBackWith<SavedDesign>(copied);
    }
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<SavedDesign>(committed);
    return R::success(std::move(saved));
}

} // namespace mcs
