#include "WorkflowLog.h"

#include "SqlValues.h"
#include "util/Timestamp.h"

namespace mcs {

Result<Done> WorkflowLog::append(const QString &id, const TransitionRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO workflow_transitions (microcredential_id, position, version, from_status, to_status,"
        " actor, actor_role, occurred_at, comment, fingerprint)"
        " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM workflow_transitions WHERE microcredential_id = ?),"
        " ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    query.addBindValue(record.version);
    query.addBindValue(toCode(record.from));
    query.addBindValue(toCode(record.to));
    query.addBindValue(SqlValues::text(record.actor));
    query.addBindValue(roleCode(record.role));
    query.addBindValue(Timestamp::toText(record.at));
    query.addBindValue(SqlValues::text(record.comment));
    query.addBindValue(SqlValues::text(record.fingerprint));
    return SqlValues::exec(query);
}

Result<QList<TransitionRecord>> WorkflowLog::list(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, from_status, to_status, actor, actor_role, occurred_at, comment,"
                                 " fingerprint FROM workflow_transitions WHERE microcredential_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<TransitionRecord>>();
    QList<TransitionRecord> records;
    while (query.next()) {
        TransitionRecord record;
        record.version = query.value(0).toInt();
        record.from = fromCode<Status>(query.value(1).toString()).value_or(Status::Draft);
        record.to = fromCode<Status>(query.value(2).toString()).value_or(Status::Draft);
        record.actor = query.value(3).toString();
        record.role = roleFromCode(query.value(4).toString()).value_or(WorkflowRole::Editor);
        record.at = Timestamp::fromText(query.value(5).toString());
        record.comment = query.value(6).toString();
        record.fingerprint = query.value(7).toString();
        records.append(record);
    }
    return Result<QList<TransitionRecord>>::success(std::move(records));
}

} // namespace mcs
