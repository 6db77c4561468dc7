#include "EntrySchema.h"

#include "workflow/ApprovalWorkflow.h"

namespace mcs {

QStringList EntrySchema::statements()
{
    // No foreign key: like the steps, the notes outlive the design.
    return {QStringLiteral("CREATE TABLE workflow_notes ("
                           " microcredential_id TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " former_status TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " occurred_at TEXT NOT NULL,"
                           " note TEXT NOT NULL,"
                           " PRIMARY KEY (microcredential_id, position))")};
}

QStringList EntrySchema::postgresStatements()
{
    const QString frozen = ApprovalWorkflow::frozenSqlList();
    QStringList sql;
    sql << QStringLiteral("GRANT SELECT, INSERT ON workflow_notes TO mcstudio_editor, mcstudio_reviewer,"
                          " mcstudio_approver");

    // A note names the real database user; moving a design in with its status is for approvers.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_note() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  NEW.actor := session_user;"
        "  NEW.occurred_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
        "  IF NEW.kind <> 'enteredAsDraft' AND NOT pg_has_role(session_user, 'mcstudio_approver', 'MEMBER') THEN"
        "   RAISE EXCEPTION 'mcstudio: only an approver moves a design in with its status (%)', session_user"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  RETURN NEW;"
        " END $$")
        << QStringLiteral("CREATE TRIGGER workflow_notes_check BEFORE INSERT ON workflow_notes"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_note()");

    // Whether an approver recorded, in this transaction, that they move this design in with its status.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_transfer_in_progress(design TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
        " SELECT pg_has_role(session_user, 'mcstudio_approver', 'MEMBER') AND EXISTS (SELECT 1 FROM workflow_notes n"
        "  WHERE n.microcredential_id = design AND n.kind = 'transferred'"
        "  AND n.xmin::text = (txid_current() % 4294967296)::text) $$");

    // A new design row: a draft, under a version number nothing frozen is kept under.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_design_insert() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF mcstudio_transfer_in_progress(NEW.id) THEN RETURN NEW; END IF;"
        "  IF NEW.status <> 'draft' THEN"
        "   RAISE EXCEPTION 'mcstudio: a design enters the catalogue as a draft, not as %', NEW.status"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  IF EXISTS (SELECT 1 FROM design_versions v WHERE v.microcredential_id = NEW.id"
        "   AND v.version >= NEW.version AND v.status IN (%1)) THEN"
        "   RAISE EXCEPTION 'mcstudio: version % of this design is kept as approved; it enters as a later version',"
        "    NEW.version USING ERRCODE = '42501';"
        "  END IF;"
        "  RETURN NEW;"
        " END $$").arg(frozen)
        << QStringLiteral("CREATE TRIGGER microcredentials_insert_check BEFORE INSERT ON microcredentials"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_design_insert()");

    // The rows of a frozen version's content. Deleting the design itself deletes
    // them too (ON DELETE CASCADE); by then the design row is gone, so that passes.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_design_child() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE design TEXT;"
        " BEGIN"
        "  IF TG_OP = 'DELETE' THEN design := OLD.microcredential_id; ELSE design := NEW.microcredential_id; END IF;"
        "  IF (EXISTS (SELECT 1 FROM microcredentials m WHERE m.id = design AND m.status IN (%1))"
        "   OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM microcredentials m"
        "    WHERE m.id = OLD.microcredential_id AND m.status IN (%1))))"
        "   AND NOT mcstudio_transfer_in_progress(design) THEN"
        "   RAISE EXCEPTION 'mcstudio: the design is approved; its % cannot be changed', TG_TABLE_NAME"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
        "  RETURN NEW;"
        " END $$").arg(frozen);
    for (const char *table : {"learning_outcomes", "assessments", "assessment_outcomes", "programme_codes"}) {
        sql << QStringLiteral("CREATE TRIGGER %1_frozen BEFORE INSERT OR UPDATE OR DELETE ON %1"
                              " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_design_child()")
                   .arg(QLatin1String(table));
    }

    // A kept version enters as a draft or with its design's own status, and its
    // status changes only to what its design row says (a recorded step).
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_kept_status() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF TG_OP = 'UPDATE' AND NEW.status = OLD.status THEN RETURN NEW; END IF;"
        "  IF TG_OP = 'INSERT' AND (NEW.status = 'draft' OR EXISTS (SELECT 1 FROM design_versions v"
        "   WHERE v.microcredential_id = NEW.microcredential_id AND v.version = NEW.version)) THEN"
        // An INSERT that meets its row becomes an UPDATE, which this trigger checks again.
        "   RETURN NEW;"
        "  END IF;"
        "  IF mcstudio_transfer_in_progress(NEW.microcredential_id) OR EXISTS (SELECT 1 FROM microcredentials m"
        "   WHERE m.id = NEW.microcredential_id AND m.version = NEW.version AND m.status = NEW.status) THEN"
        "   RETURN NEW;"
        "  END IF;"
        "  RAISE EXCEPTION 'mcstudio: a kept version takes the status of its design, not %', NEW.status"
        "   USING ERRCODE = '42501';"
        " END $$")
        << QStringLiteral("CREATE TRIGGER design_versions_status BEFORE INSERT OR UPDATE ON design_versions"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_kept_status()");
    return sql;
}

} // namespace mcs
