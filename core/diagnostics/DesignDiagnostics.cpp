#include "DesignDiagnostics.h"

#include "checks/AutomaticChecks.h"
#include "frameworks/FrameworkLibrary.h"
#include "frameworks/InheritedEvidence.h"
#include "levels/LevelFrameworks.h"
#include "linter/OutcomeLinter.h"
#include "validation/StructuralValidator.h"

#include <QLocale>

namespace mcs {

DesignDiagnostics::DesignDiagnostics(const Microcredential &mc, const QualityFramework *framework, const QDate &today)
    : m_diagnostics(StructuralValidator::validate(mc)), m_completion(CompletionScore::of(mc, framework))
{
    m_diagnostics.append(outcomeFindings(mc));
    if (!framework)
        return;
    if (!framework->appliesOn(today)) {
        // The design is still checked against it, but the team and the reviewer
        // should know that the framework's own period has ended (or not begun).
        Diagnostic d;
        d.ruleId = QStringLiteral("framework.period");
        d.severity = Diagnostic::Severity::Warning;
        d.fieldPath = QStringLiteral("qualityAssurance.frameworkId");
        d.message = tr("%1, version %2, applies %3: on %4 it is outside its period. Check whether a newer "
                       "version or another framework applies.")
                        .arg(framework->name.preferred(QStringLiteral("nl")), framework->version,
                             FrameworkLibrary::periodText(*framework), QLocale().toString(today, QStringLiteral("d MMMM yyyy")));
        m_diagnostics.append(d);
    }
    const Checklist *checklist = mc.checklist(framework->id);
    for (const QualityCriterion &criterion : framework->criteria) {
        CriterionResult result;
        result.criterion = &criterion;
        if (const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr)
            result.status = item->status;
        if (!criterion.checks.isEmpty())
            result.verdict = AutomaticChecks::runAll(criterion.checks, mc, today);
        result.inherited = InheritedEvidence::of(mc, *framework, criterion);
        result.ownEvidence = InheritedEvidence::overridden(mc, *framework, criterion);
        m_criteria.append(result);
        if (result.inherited && result.inherited->expiredOn(today)) {
            Diagnostic d;
            d.ruleId = QStringLiteral("institution.evidence-expired");
            d.severity = Diagnostic::Severity::Warning;
            d.fieldPath = QStringLiteral("checklists.%1").arg(criterion.id);
            d.message = tr("%1 %2 (%3): the institution's evidence was valid until %4 and needs review.")
                            .arg(framework->id, criterion.number, criterion.title.preferred(QStringLiteral("nl")),
                                 QLocale().toString(result.inherited->validUntil, QStringLiteral("d MMMM yyyy")));
            m_diagnostics.append(d);
        }

        const CheckVerdict::Outcome outcome = result.verdict.outcome;
        if (outcome != CheckVerdict::Outcome::Fail && outcome != CheckVerdict::Outcome::Warning)
            continue;
        Diagnostic d;
        d.ruleId = QStringLiteral("framework.%1").arg(criterion.id);
        d.severity = outcome == CheckVerdict::Outcome::Fail && !criterion.isAdvisory() ? Diagnostic::Severity::Error
                                                                                        : Diagnostic::Severity::Warning;
        d.fieldPath = result.verdict.fieldPath;
        d.message = tr("%1 %2 (%3): %4")
                        .arg(framework->id, criterion.number, criterion.title.preferred(QStringLiteral("nl")), result.verdict.reason);
        m_diagnostics.append(d);
    }
}

int DesignDiagnostics::count(Diagnostic::Severity severity) const
{
    int n = 0;
    for (const Diagnostic &d : m_diagnostics)
        n += d.severity == severity ? 1 : 0;
    return n;
}

QList<Diagnostic> DesignDiagnostics::outcomeFindings(const Microcredential &mc)
{
    QList<Diagnostic> result;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i)
        result.append(outcomeFindings(mc, i));
    return result;
}

QList<Diagnostic> DesignDiagnostics::outcomeFindings(const Microcredential &mc, qsizetype index)
{
    static const OutcomeLinter linter;
    const std::optional<int> eqf = mc.eqfLevel ? mc.eqfLevel
                                               : (mc.nlqfLevel ? LevelFrameworks::builtIn().eqfForNlqf(*mc.nlqfLevel)
                                                               : std::nullopt);
    QList<Diagnostic> result;
    const LearningOutcome &outcome = mc.learningOutcomes.at(index);
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const QString &text = language == QLatin1String("nl") ? outcome.statement.nl : outcome.statement.en;
        for (const LintFinding &finding : linter.lint(text, language, eqf)) {
            Diagnostic d;
            d.ruleId = finding.ruleId;
            d.severity = finding.severity;
            d.fieldPath = QStringLiteral("learningOutcomes[%1].statement.%2").arg(index).arg(language);
            d.message = tr("Learning outcome %1 (%2): %3").arg(index + 1).arg(language, finding.message);
            d.suggestion = finding.suggestion;
            d.spanStart = finding.start;
            d.spanLength = finding.length;
            result.append(d);
        }
    }
    return result;
}

} // namespace mcs
