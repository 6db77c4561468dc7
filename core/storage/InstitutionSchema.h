#pragma once

#include <QStringList>

namespace mcs {

/// Catalogue schema version 8: what a catalogue holds besides designs.
/// - quality_frameworks: frameworks a school loaded (the JSON as loaded), with
///   who added them and when; withdrawn ones stay for the designs that use them.
/// - institutions (keyed by identifier; one may be the catalogue's default for
///   new designs) and institution_evidence: the evidence
///   for the criteria that concern the institution, recorded once, inherited by
///   every design of that institution.
/// - on checklists: the team's own evidence for such a criterion, and the copy of
///   the institution's evidence an approval keeps.
/// On PostgreSQL the server enforces who may do what (DECISIONS.md): every role
/// reads; only approvers add, replace or withdraw frameworks and record
/// evidence; anyone may add an institution the catalogue does not know, only an
/// approver changes one; a framework designs use cannot be deleted.
class InstitutionSchema
{
public:
    static QStringList statements();
    static QStringList postgresStatements();
};

} // namespace mcs
