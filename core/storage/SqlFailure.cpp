#include "SqlFailure.h"

namespace mcs {

FailureKind SqlFailure::kind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // A SQLSTATE has five characters; the first two are its class.
    if (code.size() != 5)
        return FailureKind::General;
    if (code == QLatin1String("42501"))
        return FailureKind::Forbidden;
    // 08: connection exception; 57P01-57P03: the server is shutting down,
    // crashed or cannot take connections yet.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return FailureKind::Connection;
    return FailureKind::General;
}

} // namespace mcs
