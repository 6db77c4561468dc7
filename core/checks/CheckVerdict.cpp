#include "CheckVerdict.h"

namespace mcs {

QString CheckVerdict::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::NotApplicable:
        return QStringLiteral("notApplicable");
    }
    return {};
}

int CheckVerdict::severityRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotApplicable:
        return 0;
    case Outcome::Pass:
        return 1;
    case Outcome::Warning:
        return 2;
    case Outcome::Fail:
        return 3;
    }
    return 0;
}

} // namespace mcs
