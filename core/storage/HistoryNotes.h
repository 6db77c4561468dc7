#pragma once

#include "util/Result.h"
#include "workflow/HistoryNote.h"

#include <QSqlDatabase>

namespace mcs {

/// The workflow_notes table: notes in a design's history that are not steps
/// (HistoryNote), only ever added to. Runs inside the caller's transaction.
class HistoryNotes
{
public:
    explicit HistoryNotes(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Done> append(const QString &id, const HistoryNote &note);
    /// A design's notes, oldest first.
    Result<QList<HistoryNote>> list(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace mcs
