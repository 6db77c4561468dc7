#include "StudyLoad.h"

#include "Microcredential.h"

namespace mcs {

double StudyLoad::ec(int hours)
{
    return double(hours) / Microcredential::HoursPerEc;
}

QString StudyLoad::ecText(int hours)
{
    QString text = QString::number(ec(hours), 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

QString StudyLoad::describe(int hours, Sector sector)
{
    if (sector == Sector::Hbo || sector == Sector::Wo)
        return tr("%1 EC (%2 hours)").arg(ecText(hours)).arg(hours);
    return tr("%1 SBU (%2 EC)").arg(hours).arg(ecText(hours));
}

} // namespace mcs
