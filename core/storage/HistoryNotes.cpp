#include "HistoryNotes.h"

#include "SqlValues.h"
#include "util/Timestamp.h"

namespace mcs {

bool HistoryNotes::append(const QString &id, const HistoryNote &note, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO workflow_notes (microcredential_id, position, version, kind, former_status, actor,"
        " occurred_at, note)"
        " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM workflow_notes WHERE microcredential_id = ?),"
        " ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    query.addBindValue(note.version);
    query.addBindValue(HistoryNote::kindCode(note.kind));
    query.addBindValue(note.formerStatus ? toCode(*note.formerStatus) : QStringLiteral(""));
    query.addBindValue(SqlValues::text(note.actor));
    query.addBindValue(Timestamp::toText(note.at));
    query.addBindValue(SqlValues::text(note.text));
    return SqlValues::exec(query, error);
}

bool HistoryNotes::list(const QString &id, QList<HistoryNote> *notes, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, version, former_status, actor, occurred_at, note FROM workflow_notes"
                                 " WHERE microcredential_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!SqlValues::exec(query, error))
        return false;
    while (query.next()) {
        HistoryNote note;
        note.kind = HistoryNote::kindFromCode(query.value(0).toString()).value_or(HistoryNote::Kind::EnteredAsDraft);
        note.version = query.value(1).toInt();
        note.formerStatus = fromCode<Status>(query.value(2).toString());
        note.actor = query.value(3).toString();
        note.at = Timestamp::fromText(query.value(4).toString());
        note.text = query.value(5).toString();
        notes->append(note);
    }
    return true;
}

} // namespace mcs
