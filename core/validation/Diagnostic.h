#pragma once

#include <QString>

namespace mcs {

/// One finding about a design: which rule, how serious, which field, and why.
/// The field path is relative to the microcredential, e.g.
/// `learningOutcomes[2].statement.nl`, so the UI can open the field.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    QString ruleId;  ///< stable, e.g. "structure.outcome-reference"
    Severity severity = Severity::Error;
    QString fieldPath;
    QString message; ///< translated, for people

    static QString severityCode(Severity severity);
};

} // namespace mcs
