#pragma once

#include "workflow/TransitionRecord.h"

#include <QSqlDatabase>

namespace mcs {

/// The workflow_transitions table: every step a design took, only ever added
/// to. Runs inside the caller's transaction.
class WorkflowLog
{
public:
    explicit WorkflowLog(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const QString &id, const TransitionRecord &record, QString *error);
    bool list(const QString &id, QList<TransitionRecord> *records, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace mcs
