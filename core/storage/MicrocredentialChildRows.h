#pragma once

#include "model/Microcredential.h"
#include "util/Result.h"

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
    Result<Done> write(const Microcredential &mc, int rowVersion, Scope scope);
    /// Deletes the stored lists of a microcredential.
    Result<Done> erase(const QString &microcredentialId);
    /// Fills the lists of `mc` (whose id is set) from the catalogue.
    Result<Done> read(Microcredential &mc);

private:
    QSqlDatabase m_db;
};

} // namespace mcs
