#pragma once

#include <QStringList>

namespace mcs {

/// Catalogue schema version 5: how a design enters a catalogue. The notes of a
/// design's history that are not steps (workflow_notes: a design that came in
/// with a status it had elsewhere, and entered as a draft; or one an approver
/// moved in with its status). On PostgreSQL the server enforces the rest:
/// a design is inserted as a draft, never under a version number that is kept
/// frozen, unless an approver records in the same transaction that they move it
/// in with its status; a frozen version's outcomes, assessments and programme
/// codes cannot change; a kept version's status follows its design's.
class EntrySchema
{
public:
    static QStringList statements();
    static QStringList postgresStatements();
};

} // namespace mcs
