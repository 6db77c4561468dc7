#pragma once

#include <optional>

#include "CompletionScore.h"
#include "checks/CheckVerdict.h"
#include "frameworks/QualityFramework.h"
#include "model/Microcredential.h"
#include "validation/Diagnostic.h"

#include <QCoreApplication>
#include <QDate>

namespace mcs {

/// The one diagnostics API for the rest of the program: everything the tool can
/// say about a design (structure, learning-outcome wording, automatic checks of
/// a quality framework), each with a rule id, severity and the field path to open.
class DesignDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DesignDiagnostics)

public:
    /// The automatic verdict for one criterion, next to the person's status.
    struct CriterionResult
    {
        const QualityCriterion *criterion = nullptr;
        CheckVerdict verdict; ///< NotApplicable with no reason when no check applies
        CriterionStatus status = CriterionStatus::Open;
        /// For a criterion about the institution: the evidence the design inherits.
        std::optional<InstitutionEvidence> inherited;
        /// The team gives this design's own evidence instead (InheritedEvidence::overridden).
        bool ownEvidence = false;
    };

    DesignDiagnostics(const Microcredential &mc, const QualityFramework *framework, const QDate &today);

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    const QList<CriterionResult> &criteria() const { return m_criteria; }
    const CompletionScore &completion() const { return m_completion; }
    int count(Diagnostic::Severity severity) const;

    /// The linter's findings for every learning outcome, in both languages.
    static QList<Diagnostic> outcomeFindings(const Microcredential &mc);
    /// The linter's findings for one learning outcome, in both languages.
    static QList<Diagnostic> outcomeFindings(const Microcredential &mc, qsizetype index);

private:
    QList<Diagnostic> m_diagnostics;
    QList<CriterionResult> m_criteria;
    CompletionScore m_completion;
};

} // namespace mcs
