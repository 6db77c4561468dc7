#pragma once

#include "diagnostics/CompletionScore.h"
#include "frameworks/QualityFramework.h"
#include "model/InstitutionEvidence.h"
#include "linter/LintFinding.h"
#include "storage/CatalogueEntry.h"
#include "validation/Diagnostic.h"

#include <QJsonObject>

namespace mcs::cli {

/// The JSON shapes that `list --json` and `validate --json` print. Documented in
/// docs/CLI.md; fields are only ever added, never renamed or removed.
class JsonViews
{
public:
    static QJsonObject entry(const CatalogueEntry &entry);
    static QJsonObject diagnostic(const Diagnostic &diagnostic);
    static QJsonObject completion(const CompletionScore &score);
    static QJsonObject finding(const LintFinding &finding);
    static QJsonObject localized(const LocalizedText &text);
    /// Institution evidence with "needsReview" (past its date on `today`).
    static QJsonObject evidence(const InstitutionEvidence &evidence, const QDate &today);
    /// A framework's id, version and period, with whether it applies on `today`.
    static QJsonObject frameworkPeriod(const QualityFramework &framework, const QDate &today);
};

} // namespace mcs::cli
