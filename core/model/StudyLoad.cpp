#include "StudyLoad.h"

#include "Microcredential.h"

#include <QLocale>

#include <cmath>

namespace mcs {

double StudyLoad::ec(int hours)
{
    return double(hours) / Microcredential::HoursPerEc;
}

QString StudyLoad::ecText(int hours)
{
    return ecText(hours, QLocale());
}

QString StudyLoad::ecText(int hours, const QLocale &locale)
{
    // One decimal, dropped when it is zero: "3", "8.6" (or "8,6" in a Dutch locale).
    const double rounded = std::round(ec(hours) * 10.0) / 10.0;
    const bool whole = std::fmod(rounded, 1.0) == 0.0;
    return locale.toString(rounded, 'f', whole ? 0 : 1);
}

QString StudyLoad::describe(int hours, Sector sector)
{
    if (sector == Sector::Hbo || sector == Sector::Wo)
        return tr("%1 EC (%2 hours)").arg(ecText(hours)).arg(hours);
    return tr("%1 SBU (%2 EC)").arg(hours).arg(ecText(hours));
}

} // namespace mcs
