#include "HistoryNotes.h"

#include "SqlValues.h"
#include "util/Timestamp.h"

namespace mcs {

Result<Done> HistoryNotes::append(const QString &id, const HistoryNote &note)
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
    return SqlValues::exec(query);
}

Result<QList<HistoryNote>> HistoryNotes::list(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, version, former_status, actor, occurred_at, note FROM workflow_notes"
                                 " WHERE microcredential_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<HistoryNote>>();
    QList<HistoryNote> notes;
    while (query.next()) {
        HistoryNote note;
        note.kind = HistoryNote::kindFromCode(query.value(0).toString()).value_or(HistoryNote::Kind::EnteredAsDraft);
        note.version = query.value(1).toInt();
        note.formerStatus = fromCode<Status>(query.value(2).toString());
        note.actor = query.value(3).toString();
        note.at = Timestamp::fromText(query.value(4).toString());
        note.text = query.value(5).toString();
        notes.append(note);
    }
    return Result<QList<HistoryNote>>::success(std::move(notes));
}

} // namespace mcs
