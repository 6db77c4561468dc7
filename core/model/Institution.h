#pragma once

#include "ModelEnums.h"

#include <QString>

namespace mcs {

/// The awarding body of a microcredential.
struct Institution
{
    QString name;
    QString identifier; ///< BRIN code or another identifier
    InstitutionIdScheme identifierScheme = InstitutionIdScheme::Brin;
    QString country = QStringLiteral("NL"); ///< ISO 3166-1 alpha-2
    QString region;

    friend bool operator==(const Institution &a, const Institution &b)
    {
        return a.name == b.name && a.identifier == b.identifier
               && a.identifierScheme == b.identifierScheme && a.country == b.country
               && a.region == b.region;
    }
};

} // namespace mcs
