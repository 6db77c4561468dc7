#include "KeptVersions.h"

#include "KeptContent.h"
#include "SqlValues.h"
#include "format/McdesignWriter.h"
#include "util/Timestamp.h"
#include "workflow/ApprovalWorkflow.h"

namespace mcs {

bool KeptVersions::keep(const Microcredential &mc, const QJsonObject &content, const QString &fingerprint,
                        const QString &savedBy, QString *error)
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
    query.addBindValue(Timestamp::toText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(SqlValues::text(savedBy));
    return SqlValues::exec(query, error);
}

bool KeptVersions::setStatus(const QString &id, int version, Status status, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE design_versions SET status = ? WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(toCode(status));
    query.addBindValue(id);
    query.addBindValue(version);
    return SqlValues::exec(query, error);
}

std::optional<QString> KeptVersions::fingerprint(const QString &id, int version, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fingerprint FROM design_versions WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!SqlValues::exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool KeptVersions::list(const QString &id, QList<DesignVersionRecord> *versions, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, status, fingerprint, saved_at, saved_by FROM design_versions"
                                 " WHERE microcredential_id = ? ORDER BY version"));
    query.addBindValue(id);
    if (!SqlValues::exec(query, error))
        return false;
    while (query.next()) {
        DesignVersionRecord record;
        record.version = query.value(0).toInt();
        record.status = fromCode<Status>(query.value(1).toString()).value_or(Status::Draft);
        record.fingerprint = query.value(2).toString();
        record.savedAt = Timestamp::fromText(query.value(3).toString());
        record.savedBy = query.value(4).toString();
        versions->append(record);
    }
    return true;
}

std::optional<QByteArray> KeptVersions::content(const QString &id, int version, Status *status,
                                                QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content, status FROM design_versions WHERE microcredential_id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!SqlValues::exec(query, error) || !query.next())
        return std::nullopt;
    *status = fromCode<Status>(query.value(1).toString()).value_or(Status::Draft);
    std::optional<QByteArray> text = KeptContent::decode(query.value(0));
    if (!text)
        *error = tr("the kept content of version %1 is damaged").arg(version);
    return text;
}

int KeptVersions::highestVersion(const QString &id, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(version) FROM design_versions WHERE microcredential_id = ?"));
    query.addBindValue(id);
    if (!SqlValues::exec(query, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool KeptVersions::hasFrozenFrom(const QString &id, int version, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM design_versions WHERE microcredential_id = ? AND version >= ?"
                                 " AND status IN (%1)").arg(ApprovalWorkflow::frozenSqlList()));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!SqlValues::exec(query, error) || !query.next())
        return false;
    return query.value(0).toInt() > 0;
}

bool KeptVersions::copyIn(const QString &id, const DesignVersionRecord &record, const QByteArray &content,
                          QString *error)
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
    return SqlValues::exec(query, error);
}

} // namespace mcs
