#pragma once

#include "model/Microcredential.h"

#include <QSqlDatabase>

namespace mcs {

/// Reads and writes the ordered lists of a microcredential (learning outcomes,
/// assessments with their outcome links, programme codes) in their own tables.
/// Called inside the catalogue's transactions; never opens one itself.
class MicrocredentialChildRows
{
public:
    explicit MicrocredentialChildRows(QSqlDatabase db) : m_db(std::move(db)) {}

    /// What write() replaces: everything, or (for an approved version, whose
    /// content stays as approved) only the checklist work.
    enum class Scope { Everything, ChecklistsOnly };

    /// Replaces the stored lists of `mc` with its current ones.
    bool write(const Microcredential &mc, int rowVersion, Scope scope, QString *error);
    /// Deletes the stored lists of a microcredential.
    bool erase(const QString &microcredentialId, QString *error);
    /// Fills the lists of `mc` (whose id is set) from the catalogue.
    bool read(Microcredential &mc, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
