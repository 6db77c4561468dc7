#pragma once

#include "Diagnostic.h"
#include "model/Microcredential.h"

#include <QCoreApplication>
#include <QList>

namespace mcs {

/// Checks that a design is internally consistent and has the fields every
/// microcredential needs: identifiers, references between assessments and
/// learning outcomes, levels that agree, bilingual texts. The quality-framework
/// checks build on these.
class StructuralValidator
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StructuralValidator)

public:
    static QList<Diagnostic> validate(const Microcredential &mc);
    static bool hasErrors(const QList<Diagnostic> &diagnostics);
};

} // namespace mcs
