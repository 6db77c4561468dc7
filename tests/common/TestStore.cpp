#include "TestStore.h"

#include "workflow/ApprovalWorkflow.h"

#include "storage/CatalogueLocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mcs::test {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("MCSTUDIO_TEST_POSTGRES");
}

} // namespace

TestStore::TestStore() = default;

TestStore::~TestStore()
{
    if (m_databases.isEmpty())
        return;
    {
        QSqlDatabase db = admin(QStringLiteral("postgres"));
        QSqlQuery query(db);
        for (const QString &name : std::as_const(m_databases))
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mcstudio-test-admin"));
}

bool TestStore::usesPostgres()
{
    return qEnvironmentVariable("MCSTUDIO_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestStore::unavailableReason()
{
    if (!usesPostgres())
        return {};
    if (serverUrl().isEmpty())
        return QStringLiteral("MCSTUDIO_TEST_POSTGRES is not set; run the tests through scripts/with-postgres.sh");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the QPSQL driver is not installed (libqt6sql6-psql)");
    return {};
}

QSqlDatabase TestStore::admin(const QString &database)
{
    const QString name = QStringLiteral("mcstudio-test-admin");
    const CatalogueLocation server = CatalogueLocation::parse(serverUrl()).value();
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                    : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.close();
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setUserName(server.user());
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("TestStore: %s", qPrintable(db.lastError().text()));
    return db;
}

QString TestStore::newLocation()
{
    ++m_counter;
    if (!usesPostgres())
        return m_dir.filePath(QStringLiteral("catalogue-%1.mcdb").arg(m_counter));
    const QString name = QStringLiteral("mcstudio_test_%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        QSqlDatabase db = admin(QStringLiteral("postgres"));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning("TestStore: %s", qPrintable(query.lastError().text()));
    }
    m_databases.append(name);
    const CatalogueLocation server = CatalogueLocation::parse(serverUrl()).value();
    return CatalogueLocation::server(server.host(), server.port(), name, server.user()).toString();
}

QString TestStore::asUser(const QString &location, const QString &user, const QStringList &memberOf)
{
    if (!usesPostgres())
        return location;
    const CatalogueLocation target = CatalogueLocation::parse(location).value();
    {
        QSqlDatabase db = admin(QStringLiteral("postgres"));
        QSqlQuery query(db);
        query.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                  " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(user));
        for (const QString &role : memberOf)
            query.exec(QStringLiteral("GRANT %1 TO %2").arg(role, user));
    }
    return CatalogueLocation::server(target.host(), target.port(), target.database(), user).toString();
}

QString TestStore::execRaw(const QString &location, const QString &statement)
{
    QString message;
    const QString name = QStringLiteral("mcstudio-test-raw");
    {
        const CatalogueLocation target = CatalogueLocation::parse(location).value();
        QSqlDatabase db;
        if (target.isServer()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(target.host());
            db.setPort(target.port());
            db.setUserName(target.user());
            db.setDatabaseName(target.database());
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(target.filePath());
        }
        if (!db.open()) {
            message = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                message = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return message;
}

bool TestStore::dropConnections(const QString &location)
{
    const CatalogueLocation target = CatalogueLocation::parse(location).value();
    QSqlDatabase db = admin(QStringLiteral("postgres"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?"
                                 " AND pid <> pg_backend_pid()"));
    query.addBindValue(target.database());
    return query.exec();
}

bool TestStore::seed(Catalogue &catalogue, const Microcredential &mc)
{
    if (!catalogue.save(mc).ok())
        return false;
    const WorkflowActor before = catalogue.actor();
    catalogue.setActor({QStringLiteral("tester"), {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
    // The route forward, first step out of each status (never back to draft).
    Status at = Status::Draft;
    while (at != mc.status) {
        bool moved = false;
        for (const WorkflowRule &rule : ApprovalWorkflow::rulesFrom(at)) {
            if (rule.to == Status::Draft || (rule.to == Status::Archived && mc.status != Status::Archived))
                continue;
            if (!catalogue.transition(mc.id, rule.to, rule.role, QStringLiteral("test")).ok())
                return false;
            at = rule.to;
            moved = true;
            break;
        }
        if (!moved)
            return false;
    }
    catalogue.setActor(before);
    return true;
}

} // namespace mcs::test
