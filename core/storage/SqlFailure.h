#pragma once

#include "util/Result.h"

#include <QSqlError>

namespace mcs {

/// A failed SQL statement as storage reports it: the driver's message, and a
/// FailureKind taken from the error's code, never from its message, which a
/// server may have translated (lc_messages) and a trigger may word freely.
///
/// With QPSQL the code is the SQLSTATE: 42501 (insufficient_privilege) is a
/// refusal, by a grant or by one of the catalogue's triggers, which all raise
/// it; class 08 and 57P01-57P03 mean the server or the connection went away.
/// SQLite's codes are numbers of at most four digits and never look like a
/// SQLSTATE, so everything it reports is General.
class SqlFailure
{
public:
    static FailureKind kind(const QSqlError &error);

    template<typename T>
    static Result<T> of(const QSqlError &error)
    {
        return Result<T>::failure(error.text(), kind(error));
    }
};

} // namespace mcs
