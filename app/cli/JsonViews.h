#pragma once

#include "diagnostics/CompletionScore.h"
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
};

} // namespace mcs::cli
