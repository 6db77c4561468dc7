#pragma once

#include "ModelEnums.h"

#include <QCoreApplication>
#include <QLocale>

namespace mcs {

/// How study load, stored in hours, is shown: SBU for mbo, EC (28 hours) for hbo/wo,
/// with the other unit alongside so that teams from both sides can compare.
class StudyLoad
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StudyLoad)

public:
    static double ec(int hours);
    /// "240 SBU (8.6 EC)" for mbo and other; "3 EC (84 hours)" for hbo and wo.
    static QString describe(int hours, Sector sector);
    /// A number of EC with at most one decimal, in the default locale ("8.6", "8,6").
    static QString ecText(int hours);
    static QString ecText(int hours, const QLocale &locale);
};

} // namespace mcs
