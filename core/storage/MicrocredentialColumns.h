#pragma once

#include "model/Microcredential.h"

#include <QVariant>

#include <functional>
#include <vector>

namespace mcs {

/// The one place that maps the scalar fields of a Microcredential onto the columns
/// of the `microcredentials` table, so that INSERT, UPDATE and SELECT cannot drift
/// apart. Child lists (outcomes, assessments, programme codes) have their own tables.
class MicrocredentialColumns
{
public:
    struct Column
    {
        QString name;
        std::function<QVariant(const Microcredential &)> read;
        std::function<void(Microcredential &, const QVariant &)> write;
    };

    /// All mapped columns except `id` and `row_version`, in a fixed order.
    static const std::vector<Column> &all();
    /// "a, b, c" for the columns above.
    static QString nameList();
    /// What search looks in: titles and learning outcomes, case-folded.
    static QString searchText(const Microcredential &mc);
};

} // namespace mcs
