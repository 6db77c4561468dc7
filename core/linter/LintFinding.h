#pragma once

#include "validation/Diagnostic.h"

namespace mcs {

/// One finding of the learning-outcome linter about one text.
struct LintFinding
{
    QString ruleId; ///< stable, e.g. "lo.vague-verb"
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    QString message;    ///< translated
    qsizetype start = 0;  ///< the span of text it concerns (characters)
    qsizetype length = 0;
    QString suggestion; ///< translated; empty when none helps
};

} // namespace mcs
