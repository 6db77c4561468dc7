// Catalogue: the quality frameworks a school loaded.
#include "Catalogue.h"

#include "SqlValues.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/Clock.h"
#include "util/Timestamp.h"
#include "workflow/WorkflowNames.h"

#include <QSqlQuery>

namespace mcs {

namespace {

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Timestamp::fromText(value.toString());
}

} // namespace

QString Catalogue::refusalUnlessApprover(const QString &what) const
{
    if (m_actor.has(WorkflowRole::Approver))
        return QString();
    return tr("%1 needs the role %2; %3 does not have it").arg(what, WorkflowNames::role(WorkflowRole::Approver), m_actor.name);
}

Result<Done> Catalogue::useFrameworks() const
{
    const Result<QList<StoredFramework>> stored = frameworks();
    if (!stored.ok())
        return stored.failureAs<Done>();
    QList<QualityFramework> list;
    for (const StoredFramework &framework : stored.value())
        list.append(framework.framework);
    FrameworkLibrary::useCatalogueFrameworks(list);
    return Result<Done>::success({});
}

Result<QList<StoredFramework>> Catalogue::frameworks() const
{
    using R = Result<QList<StoredFramework>>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return connected.failureAs<QList<StoredFramework>>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT f.id, f.document, f.added_by, f.added_at, f.withdrawn_at,"
        " (SELECT count(*) FROM microcredentials m WHERE m.qa_framework_id = f.id"
        "  OR EXISTS (SELECT 1 FROM checklists c WHERE c.microcredential_id = m.id AND c.framework_id = f.id))"
        " FROM quality_frameworks f ORDER BY f.id"));
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<QList<StoredFramework>>(run);
    QList<StoredFramework> list;
    while (query.next()) {
        StoredFramework stored;
        stored.document = query.value(1).toString().toUtf8();
        const QString id = query.value(0).toString();
        Result<QualityFramework> parsed = FrameworkLibrary::fromBytes(stored.document, id);
        // Only valid files are stored; one a newer program wrote may still not parse here.
        if (!parsed.ok())
            return R::failure(failure(tr("the stored framework %1 cannot be read: %2").arg(id, parsed.error())));
        stored.framework = std::move(parsed).value();
        stored.addedBy = query.value(2).toString();
        stored.addedAt = timeFrom(query.value(3));
        stored.withdrawnAt = timeFrom(query.value(4));
        stored.framework.fromCatalogue = true;
        stored.framework.withdrawn = stored.withdrawnAt.isValid();
        stored.framework.sourceFile = tr("catalogue %1").arg(path());
        stored.designsUsing = query.value(5).toInt();
        list.append(std::move(stored));
    }
    return R::success(std::move(list));
}

Result<QualityFramework> Catalogue::addFramework(const QByteArray &document, const QString &sourceName)
{
    using R = Result<QualityFramework>;
    Result<QualityFramework> parsed = FrameworkLibrary::fromBytes(document, sourceName);
    if (!parsed.ok())
        return R::failure(parsed.error(), FailureKind::General);
    if (const QString refusal = refusalUnlessApprover(tr("adding a quality framework")); !refusal.isEmpty())
        return R::failure(failure(refusal), FailureKind::Forbidden);
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<QualityFramework>(begun);
    // Replacing keeps the id; designs checked against the old version see what changed.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO quality_frameworks (id, version, document, added_by, added_at, withdrawn_at)"
        " VALUES (?, ?, ?, ?, ?, NULL)"
        " ON CONFLICT (id) DO UPDATE SET version = excluded.version, document = excluded.document,"
        " added_by = excluded.added_by, added_at = excluded.added_at, withdrawn_at = NULL"));
    query.addBindValue(parsed.value().id);
    query.addBindValue(parsed.value().version);
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(SqlValues::text(m_actor.name));
    query.addBindValue(Timestamp::toText(Clock::now()));
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<QualityFramework>(run);
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<QualityFramework>(committed);
    QualityFramework framework = std::move(parsed).value();
    framework.fromCatalogue = true;
    if (const Result<Done> used = useFrameworks(); !used.ok())
        return used.failureAs<QualityFramework>();
    return R::success(std::move(framework));
}

Result<Catalogue::FrameworkRemoval> Catalogue::removeFramework(const QString &id)
{
    using R = Result<FrameworkRemoval>;
    if (const QString refusal = refusalUnlessApprover(tr("removing a quality framework")); !refusal.isEmpty())
        return R::failure(failure(refusal), FailureKind::Forbidden);
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<FrameworkRemoval>(begun);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM quality_frameworks WHERE id = ?),"
                                 " (SELECT count(*) FROM microcredentials WHERE qa_framework_id = ?)"
                                 " + (SELECT count(*) FROM checklists WHERE framework_id = ?)"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<FrameworkRemoval>(run);
    query.next();
    if (query.value(0).toInt() == 0)
        return rollBackWith<FrameworkRemoval>(tr("the catalogue has no quality framework %1").arg(id));
    const bool inUse = query.value(1).toInt() > 0;
    query.finish();
    if (inUse) {
        query.prepare(QStringLiteral("UPDATE quality_frameworks SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL"));
        query.addBindValue(Timestamp::toText(Clock::now()));
    } else {
        query.prepare(QStringLiteral("DELETE FROM quality_frameworks WHERE id = ?"));
    }
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<FrameworkRemoval>(run);
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<FrameworkRemoval>(committed);
    if (const Result<Done> used = useFrameworks(); !used.ok())
        return used.failureAs<FrameworkRemoval>();
    return R::success(inUse ? FrameworkRemoval::Withdrawn : FrameworkRemoval::Deleted);
}

} // namespace mcs
