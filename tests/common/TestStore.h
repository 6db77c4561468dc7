#pragma once

#include "storage/Catalogue.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

namespace mcs::test {

/// Fresh catalogues for tests that run on SQLite and PostgreSQL alike.
///
/// The backend is chosen by the environment: with MCSTUDIO_TEST_BACKEND=postgresql
/// every catalogue is a new database on the server named by MCSTUDIO_TEST_POSTGRES
/// (scripts/with-postgres.sh starts one), dropped again when the store goes away;
/// otherwise an SQLite file in a temporary folder.
class TestStore
{
public:
    TestStore();
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    static bool usesPostgres();
    /// Puts a design in a catalogue with the status it has: it enters as a
    /// draft (as every design does) and is taken along the route's steps to its
    /// status, by a tester with every role (a file catalogue). False on failure.
    static bool seed(Catalogue &catalogue, const Microcredential &mc);
    /// Empty when the backend can be used; otherwise why not (the test skips or,
    /// with MCSTUDIO_TEST_REQUIRE_POSTGRES=1, fails).
    static QString unavailableReason();

    /// The address of a new, not yet created catalogue (a file path or a URL).
    QString newLocation();
    /// The same database as `location`, connecting as another server user
    /// (PostgreSQL; the login role is created when missing). Files: `location`.
    QString asUser(const QString &location, const QString &user, const QStringList &memberOf);
    /// Runs SQL on the catalogue through a separate connection, as another program
    /// would (as `user` on PostgreSQL when given). Returns the error, empty on success.
    QString execRaw(const QString &location, const QString &statement);
    /// Ends every server connection to the catalogue's database: a lost network.
    bool dropConnections(const QString &location);

private:
    QSqlDatabase admin(const QString &database);

    QTemporaryDir m_dir;
    QStringList m_databases;
    int m_counter = 0;
};

} // namespace mcs::test
