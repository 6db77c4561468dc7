#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace mcs {

/// How the content of a kept version is stored in `design_versions.content`.
/// On SQLite it is zlib-compressed (a BLOB): kept versions are most of a
/// catalogue's size and compress to under a third. PostgreSQL compresses large
/// text itself (TOAST), and its frozen rows may not be rewritten, so there it
/// stays plain text. Reading accepts both, so catalogues from before schema 6
/// and shared catalogues read the same way.
class KeptContent
{
    Q_DECLARE_TR_FUNCTIONS(mcs::KeptContent)

public:
    /// The catalogue schema that introduced compression.
    static constexpr int CompressedSinceSchema = 6;

    /// The value to bind for canonical .mcdesign text on this database.
    static QVariant encode(const QSqlDatabase &db, const QByteArray &canonical);
    /// The canonical text of a stored value; none when a compressed value is damaged.
    static std::optional<QByteArray> decode(const QVariant &stored);
    /// Schema 6 on SQLite: compresses every kept version still stored as text.
    static Result<Done> compressAll(QSqlDatabase &db);
};

} // namespace mcs
