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
    QString suggestion; ///< translated; empty when none helps
    qsizetype spanStart = -1; ///< for text findings: the span within the field's text
    qsizetype spanLength = 0;

    static QString severityCode(Severity severity);
};

} // namespace mcs
