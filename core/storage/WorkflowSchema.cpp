#include "WorkflowSchema.h"

#include "workflow/ApprovalWorkflow.h"

namespace mcs {

namespace {

const char *const RoleNames[] = {"mcstudio_editor", "mcstudio_reviewer", "mcstudio_approver"};

QString allRoles()
{
    return QStringLiteral("mcstudio_editor, mcstudio_reviewer, mcstudio_approver");
}

} // namespace

QStringList WorkflowSchema::statements()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE design_versions ("
                       " microcredential_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " status TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " saved_by TEXT NOT NULL,"
                       " PRIMARY KEY (microcredential_id, version))"),
        // No foreign keys: the history of a design outlives the design.
        QStringLiteral("CREATE TABLE workflow_transitions ("
                       " microcredential_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " from_status TEXT NOT NULL,"
                       " to_status TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " actor_role TEXT NOT NULL,"
                       " occurred_at TEXT NOT NULL,"
                       " comment TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " PRIMARY KEY (microcredential_id, position))"),
        QStringLiteral("CREATE TABLE workflow_rules ("
                       " from_status TEXT NOT NULL,"
                       " to_status TEXT NOT NULL,"
                       " actor_role TEXT NOT NULL,"
                       " needs_reason INTEGER NOT NULL,"
                       " PRIMARY KEY (from_status, to_status, actor_role))"),
    };
    for (const WorkflowRule &rule : ApprovalWorkflow::rules()) {
        sql.append(QStringLiteral("INSERT INTO workflow_rules (from_status, to_status, actor_role, needs_reason)"
                                  " VALUES ('%1', '%2', '%3', %4)")
                       .arg(toCode(rule.from), toCode(rule.to), roleCode(rule.role))
                       .arg(rule.needsReason ? 1 : 0));
    }
    return sql;
}

QStringList WorkflowSchema::postgresStatements()
{
    const QString frozen = ApprovalWorkflow::frozenSqlList();
    QStringList sql;
    // Roles belong to the whole server: create them once, leave existing ones alone.
    for (const char *role : RoleNames) {
        sql.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                  " THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                       .arg(QLatin1String(role)));
    }
    sql << QStringLiteral("GRANT SELECT ON mcstudio_meta, workflow_rules TO %1").arg(allRoles())
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON microcredentials, learning_outcomes,"
                          " assessments, assessment_outcomes, programme_codes, checklists, checklist_items,"
                          " checklist_history TO %1").arg(allRoles())
        // History is only ever added to.
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON design_versions TO %1").arg(allRoles())
        << QStringLiteral("GRANT SELECT, INSERT ON workflow_transitions TO %1").arg(allRoles());

    // Whether the connected person may take a step in a role.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_step_allowed(step_from TEXT, step_to TEXT, step_role TEXT) RETURNS BOOLEAN"
        " LANGUAGE sql STABLE AS $$"
        " SELECT EXISTS (SELECT 1 FROM workflow_rules r WHERE r.from_status = step_from"
        "  AND r.to_status = step_to AND r.actor_role = step_role)"
        " AND pg_has_role(session_user, 'mcstudio_' || step_role, 'MEMBER') $$");

    // A recorded step names the real database user and must be allowed for its role.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_transition() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  NEW.actor := session_user;"
        "  NEW.occurred_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
        "  IF NOT mcstudio_step_allowed(NEW.from_status, NEW.to_status, NEW.actor_role) THEN"
        "   RAISE EXCEPTION 'mcstudio: % may not move a design from % to % as %',"
        "    session_user, NEW.from_status, NEW.to_status, NEW.actor_role USING ERRCODE = '42501';"
        "  END IF;"
        "  IF btrim(NEW.comment) = '' AND EXISTS (SELECT 1 FROM workflow_rules r"
        "   WHERE r.from_status = NEW.from_status AND r.to_status = NEW.to_status"
        "   AND r.actor_role = NEW.actor_role AND r.needs_reason = 1) THEN"
        "   RAISE EXCEPTION 'mcstudio: going back to % needs a reason', NEW.to_status USING ERRCODE = '42501';"
        "  END IF;"
        "  RETURN NEW;"
        " END $$")
        << QStringLiteral("CREATE TRIGGER workflow_transitions_check BEFORE INSERT ON workflow_transitions"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_transition()");

    // The design row: a status changes only by an allowed step (or a new version,
    // which starts as a draft); a frozen version's content never changes.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_design_update() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE bookkeeping TEXT[] := ARRAY['row_version', 'status', 'changed_at', 'completion', 'search_text'];"
        " BEGIN"
        "  IF NEW.version < OLD.version THEN"
        "   RAISE EXCEPTION 'mcstudio: the version of a design never goes down' USING ERRCODE = '42501';"
        "  END IF;"
        "  IF NEW.version > OLD.version THEN"
        "   IF NEW.status <> 'draft' OR OLD.status NOT IN (%1) THEN"
        "    RAISE EXCEPTION 'mcstudio: a new version starts as a draft, from an approved version'"
        "     USING ERRCODE = '42501';"
        "   END IF;"
        "   RETURN NEW;"
        "  END IF;"
        "  IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM workflow_rules r"
        "   WHERE r.from_status = OLD.status AND r.to_status = NEW.status"
        "   AND mcstudio_step_allowed(r.from_status, r.to_status, r.actor_role)) THEN"
        "   RAISE EXCEPTION 'mcstudio: % may not move a design from % to %', session_user, OLD.status, NEW.status"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        // ...and only with the step recorded in the same transaction (the low
        // 32 bits of txid_current() are the xmin of rows this transaction wrote).
        "  IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM workflow_transitions t"
        "   WHERE t.microcredential_id = NEW.id AND t.version = OLD.version AND t.from_status = OLD.status"
        "   AND t.to_status = NEW.status AND t.xmin::text = (txid_current() % 4294967296)::text) THEN"
        "   RAISE EXCEPTION 'mcstudio: a status changes only with its step recorded in workflow_transitions'"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  IF OLD.status IN (%1) AND (to_jsonb(NEW) - bookkeeping) IS DISTINCT FROM (to_jsonb(OLD) - bookkeeping) THEN"
        "   RAISE EXCEPTION 'mcstudio: version % is approved and cannot be changed', OLD.version"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  RETURN NEW;"
        " END $$").arg(frozen)
        << QStringLiteral("CREATE TRIGGER microcredentials_check BEFORE UPDATE ON microcredentials"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_design_update()");

    // A kept version that is frozen keeps its content, and is never deleted.
    sql << QStringLiteral(
        "CREATE FUNCTION mcstudio_check_kept_version() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF OLD.status IN (%1) AND (TG_OP = 'DELETE' OR NEW.status NOT IN (%1)"
        "   OR (NEW.fingerprint, NEW.content, NEW.saved_at, NEW.saved_by, NEW.version, NEW.microcredential_id)"
        "   IS DISTINCT FROM (OLD.fingerprint, OLD.content, OLD.saved_at, OLD.saved_by, OLD.version,"
        "   OLD.microcredential_id)) THEN"
        "   RAISE EXCEPTION 'mcstudio: version % is approved and cannot be changed', OLD.version"
        "    USING ERRCODE = '42501';"
        "  END IF;"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
        "  RETURN NEW;"
        " END $$").arg(frozen)
        << QStringLiteral("CREATE TRIGGER design_versions_check BEFORE UPDATE OR DELETE ON design_versions"
                          " FOR EACH ROW EXECUTE FUNCTION mcstudio_check_kept_version()");
    return sql;
}

} // namespace mcs
