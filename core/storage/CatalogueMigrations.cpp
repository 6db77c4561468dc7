#include "CatalogueMigrations.h"

#include "EntrySchema.h"
#include "InstitutionSchema.h"
#include "KeptContent.h"
#include "SqlFailure.h"
#include "WorkflowSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mcs {

namespace {

const QString ApplicationKey = QStringLiteral("application");
const QString ApplicationValue = QStringLiteral("mcstudio-catalogue");
const QString SchemaVersionKey = QStringLiteral("schema_version");

QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE mcstudio_meta ("
                       " meta_key TEXT PRIMARY KEY,"
                       " meta_value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE microcredentials ("
                       " id TEXT PRIMARY KEY,"
                       " row_version INTEGER NOT NULL,"
                       " title_nl TEXT NOT NULL, title_en TEXT NOT NULL,"
                       " summary_nl TEXT NOT NULL, summary_en TEXT NOT NULL,"
                       " sector TEXT NOT NULL,"
                       " institution_name TEXT NOT NULL,"
                       " institution_identifier TEXT NOT NULL,"
                       " institution_identifier_scheme TEXT NOT NULL,"
                       " institution_country TEXT NOT NULL,"
                       " institution_region TEXT NOT NULL,"
                       " target_group_nl TEXT NOT NULL, target_group_en TEXT NOT NULL,"
                       " prior_knowledge_nl TEXT NOT NULL, prior_knowledge_en TEXT NOT NULL,"
                       " admission_requirements_nl TEXT NOT NULL, admission_requirements_en TEXT NOT NULL,"
                       " admission_testing_nl TEXT NOT NULL, admission_testing_en TEXT NOT NULL,"
                       " study_load_hours INTEGER NOT NULL,"
                       " eqf_level INTEGER,"
                       " nlqf_level TEXT,"
                       " participation TEXT,"
                       " instruction_languages TEXT NOT NULL,"
                       " qa_framework_id TEXT NOT NULL,"
                       " qa_framework_version TEXT NOT NULL,"
                       " qa_examining_body TEXT NOT NULL,"
                       " qa_description_nl TEXT NOT NULL, qa_description_en TEXT NOT NULL,"
                       " industry_nl TEXT NOT NULL, industry_en TEXT NOT NULL,"
                       " labour_market_value_nl TEXT NOT NULL, labour_market_value_en TEXT NOT NULL,"
                       " regional_partners TEXT NOT NULL,"
                       " stackability_kind TEXT,"
                       " stackability_towards_nl TEXT NOT NULL, stackability_towards_en TEXT NOT NULL,"
                       " grading_nl TEXT NOT NULL, grading_en TEXT NOT NULL,"
                       " validity_months INTEGER,"
                       " further_information_nl TEXT NOT NULL, further_information_en TEXT NOT NULL,"
                       " further_information_url TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " authors TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE learning_outcomes ("
                       " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " statement_nl TEXT NOT NULL, statement_en TEXT NOT NULL,"
                       " domain TEXT,"
                       " bloom_level TEXT,"
                       " row_version INTEGER NOT NULL,"
                       " PRIMARY KEY (microcredential_id, id))"),
        QStringLiteral("CREATE TABLE assessments ("
                       " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " assessment_type TEXT NOT NULL,"
                       " description_nl TEXT NOT NULL, description_en TEXT NOT NULL,"
                       " supervision TEXT,"
                       " row_version INTEGER NOT NULL,"
                       " PRIMARY KEY (microcredential_id, id))"),
        // No foreign key to learning_outcomes: a design may refer to an outcome it
        // does not (yet) have; validation reports it, storage keeps it.
        QStringLiteral("CREATE TABLE assessment_outcomes ("
                       " microcredential_id TEXT NOT NULL,"
                       " assessment_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " learning_outcome_id TEXT NOT NULL,"
                       " PRIMARY KEY (microcredential_id, assessment_id, position),"
                       " FOREIGN KEY (microcredential_id, assessment_id)"
                       "  REFERENCES assessments(microcredential_id, id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE programme_codes ("
                       " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " scheme TEXT NOT NULL,"
                       " code TEXT NOT NULL,"
                       " row_version INTEGER NOT NULL,"
                       " PRIMARY KEY (microcredential_id, position))"),
        QStringLiteral("CREATE INDEX microcredentials_changed ON microcredentials(changed_at)"),
        QStringLiteral("INSERT INTO mcstudio_meta (meta_key, meta_value)"
                       " VALUES ('application', 'mcstudio-catalogue')"),
        QStringLiteral("INSERT INTO mcstudio_meta (meta_key, meta_value)"
                       " VALUES ('schema_version', '0')"),
    };
}

/// Version 2: quality-framework checklists, their items and their history.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("CREATE TABLE checklists ("
                       " microcredential_id TEXT NOT NULL REFERENCES microcredentials(id) ON DELETE CASCADE,"
                       " framework_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " framework_version TEXT NOT NULL,"
                       " signed_off_by TEXT NOT NULL,"
                       " signed_off_at TEXT,"
                       " row_version INTEGER NOT NULL,"
                       " PRIMARY KEY (microcredential_id, framework_id))"),
        QStringLiteral("CREATE TABLE checklist_items ("
                       " microcredential_id TEXT NOT NULL,"
                       " framework_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " criterion_id TEXT NOT NULL,"
                       " criterion_digest TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " evidence TEXT NOT NULL,"
                       " evidence_links TEXT NOT NULL,"
                       " responsible TEXT NOT NULL,"
                       " reviewer_comment TEXT NOT NULL,"
                       " reviewed_by TEXT NOT NULL,"
                       " reviewed_at TEXT,"
                       " row_version INTEGER NOT NULL,"
                       " PRIMARY KEY (microcredential_id, framework_id, position),"
                       " FOREIGN KEY (microcredential_id, framework_id)"
                       "  REFERENCES checklists(microcredential_id, framework_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE checklist_history ("
                       " microcredential_id TEXT NOT NULL,"
                       " framework_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " changed_by TEXT NOT NULL,"
                       " criterion_id TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL,"
                       " PRIMARY KEY (microcredential_id, framework_id, position),"
                       " FOREIGN KEY (microcredential_id, framework_id)"
                       "  REFERENCES checklists(microcredential_id, framework_id) ON DELETE CASCADE)"),
    };
}

/// Version 3: derived columns for the catalogue window: completion and a text to
/// search titles and learning outcomes in. Filled in when a design is saved; the
/// catalogue recomputes them for designs from older schemas after upgrading.
QStringList schemaVersion3()
{
    return {
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN completion INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
    };
}

/// Version 7: what Europass credentials carry and format version 3 of the
/// design file keeps: a level in another country's framework, the learning
/// setting, the calendar duration, the partial-qualification flag, and the
/// skills (ESCO and others) each learning outcome is linked to, as JSON; and
/// the explicit "none" for prior knowledge and admission requirements.
QStringList schemaVersion7()
{
    return {
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN foreign_level TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN learning_setting TEXT NULL"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN maximum_duration TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN partial_qualification INTEGER NULL"),
        QStringLiteral("ALTER TABLE learning_outcomes ADD COLUMN skills TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN no_prior_knowledge INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE microcredentials ADD COLUMN no_admission_requirements INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace

const QList<Migration> &CatalogueMigrations::all()
{
    static const QList<Migration> migrations{{1, schemaVersion1()},
                                             {2, schemaVersion2()},
                                             {3, schemaVersion3()},
                                             {4, WorkflowSchema::statements(), WorkflowSchema::postgresStatements()},
                                             {5, EntrySchema::statements(), EntrySchema::postgresStatements()},
                                             // Kept versions compressed on SQLite (KeptContent).
                                             {KeptContent::CompressedSinceSchema, {}, {}, &KeptContent::compressAll},
                                             {7, schemaVersion7()},
                                             {8, InstitutionSchema::statements(), InstitutionSchema::postgresStatements()}};
    return migrations;
}

int CatalogueMigrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> CatalogueMigrations::currentVersion(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (db.lastError().isValid())
        return SqlFailure::of<int>(db.lastError());
    if (tables.isEmpty() && db.driverName() == QLatin1String("QSQLITE")) {
        // An empty table list can also mean the file is not a database at all:
        // make SQLite read the header so that such a file is reported, not initialised.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return SqlFailure::of<int>(probe.lastError());
        return Result<int>::success(0);
    }
    if (tables.isEmpty())
        return Result<int>::success(0);
    if (!tables.contains(QStringLiteral("mcstudio_meta")))
        return Result<int>::failure(tr("the database has no Microcredential Studio tables"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT meta_key, meta_value FROM mcstudio_meta"
                                 " WHERE meta_key IN (?, ?)"));
    query.addBindValue(ApplicationKey);
    query.addBindValue(SchemaVersionKey);
    if (!query.exec())
        return SqlFailure::of<int>(query.lastError());
    QString application;
    int version = -1;
    while (query.next()) {
        if (query.value(0).toString() == ApplicationKey)
            application = query.value(1).toString();
        else
            version = query.value(1).toString().toInt();
    }
    if (application != ApplicationValue || version < 1)
        return Result<int>::failure(tr("the database is not a Microcredential Studio catalogue"));
    return Result<int>::success(version);
}

Result<Done> CatalogueMigrations::upgrade(QSqlDatabase &db, const QList<Migration> &migrations)
{
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    if (!db.transaction())
        return SqlFailure::of<Done>(db.lastError());
    // Every way out below a failure: the transaction goes, the catalogue stays as it was.
    const auto rollBackWith = [&db](const Result<Done> &failed) {
        db.rollback();
        return failed;
    };
    QSqlQuery query(db);
    // Two programs opening an older shared catalogue at once: the second waits
    // here and then finds the schema already upgraded.
    if (postgres && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7203)")))
        return rollBackWith(SqlFailure::of<Done>(query.lastError()));
    const Result<int> current = currentVersion(db);
    if (!current.ok())
        return rollBackWith(current.failureAs<Done>());
    const auto failedAt = [](int version, const Result<Done> &failed) {
        return Result<Done>::failure(tr("upgrading to schema version %1 failed: %2").arg(version).arg(failed.error()),
                                     failed.failureKind());
    };
    const auto run = [&](const QStringList &statements, int version) {
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return failedAt(version, SqlFailure::of<Done>(query.lastError()));
        }
        return Result<Done>::success({});
    };
    for (const Migration &migration : migrations) {
        if (migration.version <= current.value())
            continue;
        Result<Done> step = run(migration.statements, migration.version);
        if (step.ok() && postgres)
            step = run(migration.postgresStatements, migration.version);
        if (step.ok() && !postgres && migration.sqliteData) {
            if (const Result<Done> data = migration.sqliteData(db); !data.ok())
                step = failedAt(migration.version, data);
        }
        if (!step.ok())
            return rollBackWith(step);
        query.prepare(QStringLiteral("UPDATE mcstudio_meta SET meta_value = ? WHERE meta_key = ?"));
        query.addBindValue(QString::number(migration.version));
        query.addBindValue(SchemaVersionKey);
        if (!query.exec())
            return rollBackWith(SqlFailure::of<Done>(query.lastError()));
    }
    if (!db.commit())
        return rollBackWith(SqlFailure::of<Done>(db.lastError()));
    return Result<Done>::success({});
}

} // namespace mcs
