#pragma once

#include "model/Checklist.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace mcs {

/// Reads and writes the checklists of one microcredential (schema version 2):
/// `checklists`, `checklist_items` and `checklist_history`. Runs inside the
/// catalogue's transactions.
class ChecklistRows
{
public:
    explicit ChecklistRows(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Done> write(const QString &microcredentialId, const QList<Checklist> &checklists, int rowVersion);
    Result<Done> erase(const QString &microcredentialId);
    Result<QList<Checklist>> read(const QString &microcredentialId);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
