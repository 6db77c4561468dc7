#pragma once

#include "model/LocalizedText.h"

#include <optional>

namespace mcs {

/// One level of a qualifications framework (EQF or NLQF), described in our own
/// words in Dutch and English. Loaded from resources/levels/*.json.
struct LevelDescriptor
{
    QString code;    ///< "1".."8"; for NLQF also "entry" and "4+"
    int number = 0;  ///< the ordinal level (entry = 0, 4+ = 4)
    LocalizedText title;
    LocalizedText context; ///< NLQF only
    LocalizedText knowledge;
    LocalizedText skills;
    LocalizedText responsibilityAutonomy;
    std::optional<int> eqfLevel; ///< the EQF level it corresponds to (NLQF only; none for entry)
};

} // namespace mcs
