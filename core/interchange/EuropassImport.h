#pragma once

#include "ClaimSelection.h"
#include "ImportedDesign.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mcs {

/// Reads designs from a Europass credential: the qualifications and learning
/// achievements it claims, each with the credential's issuer as institution.
/// A credential of participation only is refused with what it is.
class EuropassImport
{
    Q_DECLARE_TR_FUNCTIONS(mcs::EuropassImport)

public:
    /// `root` is the file's JSON in any of the three wrappings.
    static Result<QList<ImportedDesign>> read(const QJsonObject &root, const QString &sourceName, ClaimSelection selection);
};

} // namespace mcs
