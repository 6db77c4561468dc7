#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mcs {

/// Where a catalogue lives: an SQLite file, or a shared catalogue on a
/// PostgreSQL server given as postgresql://user@host:port/database.
///
/// A password is held in memory only, for the session: it is never part of
/// toString(), never written to settings. Without one, libpq's own sources
/// apply (PGPASSWORD, ~/.pgpass, a trusted connection).
class CatalogueLocation
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CatalogueLocation)

public:
    /// A file path, or a postgresql:// (or postgres://) URL. Fails for a URL
    /// that cannot be used, or that holds a password.
    static Result<CatalogueLocation> parse(const QString &text);
    static CatalogueLocation file(const QString &path);
    static CatalogueLocation server(const QString &host, int port, const QString &database,
                                    const QString &user);
    static bool looksLikeServerUrl(const QString &text);

    bool isServer() const { return m_server; }
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    /// The file path, or the URL without a password: safe to show and to remember.
    QString toString() const;
    /// A short name for window titles: the file name or "database on host".
    QString displayName() const;

private:
    bool m_server = false;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
};

} // namespace mcs
