#pragma once

#include "workflow/HistoryNote.h"

#include <QSqlDatabase>

namespace mcs {

/// The workflow_notes table: notes in a design's history that are not steps
/// (HistoryNote), only ever added to. Runs inside the caller's transaction.
class HistoryNotes
{
public:
    explicit HistoryNotes(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const QString &id, const HistoryNote &note, QString *error);
    bool list(const QString &id, QList<HistoryNote> *notes, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace mcs
