#pragma once

#include <QStringList>

namespace mcs {

/// Catalogue schema version 4: the kept versions of every design, the record of
/// workflow steps, and the workflow's rules as data. On PostgreSQL also the
/// roles, grants and triggers with which the server itself enforces the rules
/// (docs/WORKFLOW.md), so that a client talking SQL directly cannot skip them.
class WorkflowSchema
{
public:
    static QStringList statements();
    static QStringList postgresStatements();
};

} // namespace mcs
