#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <QCoreApplication>

#include <functional>

namespace mcs {

/// One step of the catalogue schema. Released steps are frozen: a change to the
/// schema is always a new step, never an edit of an old one (tests keep a fixture
/// catalogue of every released schema and open it).
struct Migration
{
    int version;
    QStringList statements;
    /// Run after `statements` on PostgreSQL only: what the server enforces
    /// itself (roles, grants, triggers) where SQLite relies on the program.
    QStringList postgresStatements = {};
    /// Run after `statements` on SQLite only: a change of the stored data that
    /// SQL alone cannot make (compressing, say).
    std::function<Result<Done>(QSqlDatabase &db)> sqliteData = {};
};

/// The catalogue schema as an ordered list of migrations, and the code that
/// applies them in one transaction. The SQL is kept portable (SQLite and
/// PostgreSQL): TEXT and INTEGER columns, no engine-specific types or clauses.
class CatalogueMigrations
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CatalogueMigrations)

public:
    static const QList<Migration> &all();
    static int latestVersion();

    /// The schema version recorded in an open catalogue, 0 for an empty database;
    /// a failure when the database holds tables but is not a catalogue.
    static Result<int> currentVersion(QSqlDatabase &db);

    /// Applies every migration above the current version, all or nothing.
    static Result<Done> upgrade(QSqlDatabase &db, const QList<Migration> &migrations);
};

} // namespace mcs
