#include "KeptVersions.h"

#include "KeptContent.h"
#include "SqlValues.h"
#include "format/McdesignWriter.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"
#include "util/Clock.h"

namespace mcs {

Result<Done> KeptVersions::keep(const Microcredential &mc, const QJsonObject &content, const QString &fingerprint,
                                const QString &savedBy)
{
    // ON CONFLICT ... DO UPDATE: SQLite 3.24+ and PostgreSQL 9.5+ alike.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO design_versions (microcredential_id, version, status, fingerprint, content, saved_at, saved_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (microcredential_id, version) DO UPDATE SET status = excluded.status,"
        " fingerprint = excluded.fingerprint, content = excluded.content,"
        " saved_at = excluded.saved_at, saved_by = excluded.saved_by"
        // A frozen version stays what was approved (later checklist work included).
        " WHERE design_versions.status NOT IN (%1)").arg(ApprovalWorkflow::frozenSqlList()));
    query.addBindValue(mc.id);
    query.addBindValue(mc.version);
    query.addBindValue(toCode(mc.status));
    query.addBindValue(fingerprint);
    query.addBindValue(KeptContent::encode(m_db, McdesignWriter::toBytes(content)));
    query.addBindValue(Timestamp::toText(Clock::now()));
    query.addBindValue(SqlValues::text(savedBy));
    return SqlValues::exec(query);
}

Result<Done> KeptVersions::setStatus(const QString &id, int version, Status status)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE design_versions SET status = ? WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(toCode(status));
    query.addBindValue(id);
    query.addBindValue(version);
    return SqlValues::exec(query);
}

Result<std::optional<QString>> KeptVersions::fingerprint(const QString &id, int version) const
{
    using R = Result<std::optional<QString>>;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fingerprint FROM design_versions WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<std::optional<QString>>();
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(query.value(0).toString());
}

Result<QList<DesignVersionRecord>> KeptVersions::list(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, status, fingerprint, saved_at, saved_by FROM design_versions"
                                 " WHERE microcredential_id = ? ORDER BY version"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<DesignVersionRecord>>();
    QList<DesignVersionRecord> versions;
    while (query.next()) {
        DesignVersionRecord record;
        record.version = query.value(0).toInt();
        record.status = fromCode<Status>(query.value(1).toString()).value_or(Status::Draft);
        record.fingerprint = query.value(2).toString();
        record.savedAt = Timestamp::fromText(query.value(3).toString());
        record.savedBy = query.value(4).toString();
        versions.append(record);
    }
    return Result<QList<DesignVersionRecord>>::success(std::move(versions));
}

Result<std::optional<KeptVersions::Content>> KeptVersions::content(const QString &id, int version) const
{
    using R = Result<std::optional<Content>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content, status FROM design_versions WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<std::optional<Content>>();
    if (!query.next())
        return R::success(std::nullopt);
    std::optional<QByteArray> text = KeptContent::decode(query.value(0));
    if (!text)
        return R::failure(tr("the kept content of version %1 is damaged").arg(version));
    return R::success(Content{std::move(*text), fromCode<Status>(query.value(1).toString()).value_or(Status::Draft)});
}

Result<int> KeptVersions::highestVersion(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(version) FROM design_versions WHERE microcredential_id = ?"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<int>();
    // MAX over no rows is one NULL row, which reads as 0.
    return Result<int>::success(query.next() ? query.value(0).toInt() : 0);
}

Result<bool> KeptVersions::hasFrozenFrom(const QString &id, int version) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM design_versions WHERE microcredential_id = ? AND version >= ?"
                                 " AND status IN (%1)").arg(ApprovalWorkflow::frozenSqlList()));
    query.addBindValue(id);
    query.addBindValue(version);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<bool>();
    return Result<bool>::success(query.next() && query.value(0).toInt() > 0);
}

Result<Done> KeptVersions::copyIn(const QString &id, const DesignVersionRecord &record, const QByteArray &content)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO design_versions (microcredential_id, version, status, fingerprint, content, saved_at, saved_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(record.version);
    query.addBindValue(toCode(record.status));
    query.addBindValue(SqlValues::text(record.fingerprint));
    query.addBindValue(KeptContent::encode(m_db, content));
    query.addBindValue(Timestamp::toText(record.savedAt));
    query.addBindValue(SqlValues::text(record.savedBy));
    return SqlValues::exec(query);
}

} // namespace mcs
