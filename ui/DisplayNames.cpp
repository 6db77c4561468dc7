#include "DisplayNames.h"

namespace mcs::ui {

QString DisplayNames::sector(Sector sector)
{
    switch (sector) {
    case Sector::Mbo:
        return tr("mbo");
    case Sector::Hbo:
        return tr("hbo");
    case Sector::Wo:
        return tr("wo");
    case Sector::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayNames::status(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft");
    case Status::InReview:
        return tr("In review");
    case Status::Approved:
        return tr("Approved");
    case Status::Published:
        return tr("Published");
    case Status::Archived:
        return tr("Archived");
    }
    return {};
}

QString DisplayNames::level(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf)
{
    QStringList parts;
    if (eqf)
        parts.append(tr("EQF %1").arg(*eqf));
    if (nlqf) {
        parts.append(*nlqf == NlqfLevel::Entry ? tr("NLQF entry level")
                                               : tr("NLQF %1").arg(toCode(*nlqf)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace mcs::ui
