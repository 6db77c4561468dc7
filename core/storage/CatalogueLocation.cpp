#include "CatalogueLocation.h"

#include <QFileInfo>
#include <QUrl>

namespace mcs {

bool CatalogueLocation::looksLikeServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<CatalogueLocation> CatalogueLocation::parse(const QString &text)
{
    using R = Result<CatalogueLocation>;
    if (!looksLikeServerUrl(text))
        return R::success(file(text));
    const QUrl url(text, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/'))) {
        return R::failure(tr("%1: not a usable catalogue address; expected postgresql://user@host:port/database")
                              .arg(text.section(QLatin1Char('@'), -1))); // never echo a password
    }
    if (!url.password().isEmpty()) {
        // A password in an address ends up in shell histories, settings and logs.
        return R::failure(tr("%1: put the password in PGPASSWORD or ~/.pgpass, not in the catalogue address")
                              .arg(text.section(QLatin1Char('@'), -1)));
    }
    return R::success(server(url.host(), url.port(5432), database, url.userName()));
}

CatalogueLocation CatalogueLocation::file(const QString &path)
{
    CatalogueLocation location;
    location.m_filePath = path;
    return location;
}

CatalogueLocation CatalogueLocation::server(const QString &host, int port, const QString &database,
                                            const QString &user)
{
    CatalogueLocation location;
    location.m_server = true;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    return location;
}

QString CatalogueLocation::toString() const
{
    if (!m_server)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QString CatalogueLocation::displayName() const
{
    if (!m_server)
        return QFileInfo(m_filePath).fileName();
    return tr("%1 on %2").arg(m_database, m_host);
}

} // namespace mcs
