#include "HistoryNote.h"

namespace mcs {

QString HistoryNote::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::EnteredAsDraft:
        return QStringLiteral("enteredAsDraft");
    case Kind::Transferred:
        return QStringLiteral("transferred");
    case Kind::CarriedStep:
        return QStringLiteral("carriedStep");
    }
    return {};
}

std::optional<HistoryNote::Kind> HistoryNote::kindFromCode(const QString &code)
{
    for (Kind kind : {Kind::EnteredAsDraft, Kind::Transferred, Kind::CarriedStep}) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

} // namespace mcs
