#pragma once

#include "model/LocalizedText.h"

namespace mcs {

/// A Dutch qualification and its place in the NLQF and EQF (and QF-EHEA cycle).
struct DutchQualification
{
    QString id;
    LocalizedText name;
    QString nlqfCode;
    int eqfLevel = 0;
    QString qfEheaCycle; ///< "short", "first", "second", "third" or empty
};

} // namespace mcs
