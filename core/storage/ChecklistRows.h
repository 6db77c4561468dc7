#pragma once

#include "model/Checklist.h"

#include <QSqlDatabase>

namespace mcs {

/// Reads and writes the checklists of one microcredential (schema version 2):
/// `checklists`, `checklist_items` and `checklist_history`. Runs inside the
/// catalogue's transactions.
class ChecklistRows
{
public:
    explicit ChecklistRows(QSqlDatabase db) : m_db(std::move(db)) {}

    bool write(const QString &microcredentialId, const QList<Checklist> &checklists, int rowVersion, QString *error);
    bool erase(const QString &microcredentialId, QString *error);
    bool read(const QString &microcredentialId, QList<Checklist> *checklists, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
