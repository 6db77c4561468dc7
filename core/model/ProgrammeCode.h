#pragma once

#include "ModelEnums.h"

#include <QString>

namespace mcs {

/// A registered programme code (CREBO for mbo, CROHO for hbo/wo).
struct ProgrammeCode
{
    ProgrammeCodeScheme scheme = ProgrammeCodeScheme::Crebo;
    QString code;

    friend bool operator==(const ProgrammeCode &a, const ProgrammeCode &b)
    {
        return a.scheme == b.scheme && a.code == b.code;
    }
};

} // namespace mcs
