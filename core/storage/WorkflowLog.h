#pragma once

#include "util/Result.h"
#include "workflow/TransitionRecord.h"

#include <QSqlDatabase>

namespace mcs {

/// The workflow_transitions table: every step a design took, only ever added
/// to. Runs inside the caller's transaction.
class WorkflowLog
{
public:
    explicit WorkflowLog(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Done> append(const QString &id, const TransitionRecord &record);
    /// A design's steps, oldest first.
    Result<QList<TransitionRecord>> list(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace mcs
