#include "InstitutionSchema.h"

namespace mcs {

QStringList InstitutionSchema::statements()
{
    return {
        QStringLiteral("CREATE TABLE quality_frameworks ("
                       " id TEXT PRIMARY KEY,"
                       " version TEXT NOT NULL,"
                       " document TEXT NOT NULL,"
                       " added_by TEXT NOT NULL,"
                       " added_at TEXT NOT NULL,"
                       " withdrawn_at TEXT)"),
        QStringLiteral("CREATE TABLE institutions ("
                       " identifier TEXT PRIMARY KEY,"
                       " identifier_scheme TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " country TEXT NOT NULL,"
                       " region TEXT NOT NULL,"
                       // The catalogue's default for new designs (at most one).
                       " is_default INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE institution_evidence ("
                       " institution_identifier TEXT NOT NULL REFERENCES institutions(identifier) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL,"
                       " evidence TEXT NOT NULL,"
                       " links TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " valid_until TEXT,"
                       " PRIMARY KEY (institution_identifier, criterion_id))"),
        QStringLiteral("ALTER TABLE checklist_items ADD COLUMN own_evidence INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE checklists ADD COLUMN inherited_evidence TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE checklists ADD COLUMN inherited_copied_at TEXT"),
        // The institutions the designs already name, each once (the first name found).
        QStringLiteral("INSERT INTO institutions (identifier, identifier_scheme, name, country, region)"
                       " SELECT institution_identifier, MIN(institution_identifier_scheme), MIN(institution_name),"
                       " MIN(institution_country), MIN(institution_region) FROM microcredentials"
                       " WHERE trim(institution_identifier) <> '' GROUP BY institution_identifier"),
    };
}

QStringList InstitutionSchema::postgresStatements()
{
    const QString all = QStringLiteral("mcstudio_editor, mcstudio_reviewer, mcstudio_approver");
    QStringList sql;
    sql << QStringLiteral("GRANT SELECT ON quality_frameworks, institutions, institution_evidence TO %1").arg(all)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON quality_frameworks, institution_evidence TO mcstudio_approver")
        << QStringLiteral("GRANT INSERT ON institutions TO %1").arg(all)
        << QStringLiteral("GRANT UPDATE, DELETE ON institutions TO mcstudio_approver");
    // Who added a framework or recorded evidence is the database user, not what the program says.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_stamp_framework() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  NEW.added_by := session_user;"
        "  RETURN NEW;"
        " END $$")
        << QStringLiteral("CREATE TRIGGER quality_frameworks_stamp BEFORE INSERT OR UPDATE ON quality_frameworks"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_stamp_framework()");
    // A framework a design or a checklist uses is withdrawn, never deleted.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_framework_delete() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF EXISTS (SELECT 1 FROM microcredentials WHERE qa_framework_id = OLD.id)"
        "   OR EXISTS (SELECT 1 FROM checklists WHERE framework_id = OLD.id) THEN"
        "   RAISE EXCEPTION 'mcstudio: framework % is in use; withdraw it instead', OLD.id USING ERRCODE = '42501';"
        "  END IF;"
        "  RETURN OLD;"
        " END $$")
        << QStringLiteral("CREATE TRIGGER quality_frameworks_delete BEFORE DELETE ON quality_frameworks"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_framework_delete()");
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_stamp_evidence() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  NEW.recorded_by := session_user;"
        "  NEW.recorded_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
        "  RETURN NEW;"
        " END $$")
        << QStringLiteral("CREATE TRIGGER institution_evidence_stamp BEFORE INSERT OR UPDATE ON institution_evidence"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_stamp_evidence()");
    return sql;
}

} // namespace mcs
