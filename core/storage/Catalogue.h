#pragma once

#include "CatalogueEntry.h"
#include "model/Microcredential.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace mcs {

/// A catalogue: many microcredentials in one SQLite file (`.mcdb`).
///
/// Every write is one transaction; the database runs in WAL mode with full sync,
/// so an acknowledged save survives a crash or kill. Opening never modifies a file
/// that is not a catalogue of this or an older schema: such a file is refused with
/// a message naming it and the problem. Each editable row carries a row version
/// for optimistic concurrency: save() with an expected row version refuses to
/// overwrite a newer one.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Catalogue)

public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    /// Opens (and, for an older schema, upgrades) the catalogue at `path`.
    static Result<std::shared_ptr<Catalogue>> open(const QString &path,
                                                   OpenMode mode = OpenMode::ExistingOnly);
    /// Creates a new, empty catalogue; fails when `path` already exists.
    static Result<std::shared_ptr<Catalogue>> create(const QString &path);

    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    /// All microcredentials, most recently changed first.
    Result<QList<CatalogueEntry>> list() const;
    Result<Microcredential> load(const QString &id) const;
    /// The listing row of one microcredential.
    Result<CatalogueEntry> entry(const QString &id) const;
    /// Per id, the case-folded text search looks in (titles and learning outcomes).
    Result<QHash<QString, QString>> searchTexts() const;
    bool contains(const QString &id) const;
    /// The row version of a stored microcredential, or none when it is not stored.
    std::optional<int> rowVersion(const QString &id) const;

    /// Inserts or replaces a microcredential and returns its new row version.
    /// With `expectedRowVersion`, the save is refused as a conflict when the stored
    /// row has another version (someone else saved in between).
    Result<int> save(const Microcredential &mc, std::optional<int> expectedRowVersion = std::nullopt);
    /// Saves several microcredentials in one transaction: all or none.
    Result<int> saveAll(const QList<Microcredential> &list);
    Result<Done> remove(const QString &id);

private:
    Catalogue(QString path, QString connectionName);
    static Result<std::shared_ptr<Catalogue>> openFile(const QString &path, bool isNew);
    bool configureConnection(QString *error);
    /// Starts a write transaction.
    bool beginWrite(QString *error);
    bool refreshDerivedColumns(QString *error);
    Result<QList<CatalogueEntry>> entries(const QString &where, const QString &id) const;
    bool writeOne(const Microcredential &mc, std::optional<int> expectedRowVersion, int *newRowVersion,
                  QString *error);
    QString failure(const QString &problem) const;

    QString m_path;
    QString m_connectionName;
    mutable QSqlDatabase m_db;
};

} // namespace mcs
