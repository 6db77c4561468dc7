#pragma once

#include "SqlFailure.h"
#include "model/ModelEnums.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace mcs {

/// Conversions between optional model values and nullable SQL values, and
/// running a prepared query.
class SqlValues
{
public:
    /// NULL for an empty code (an unset optional enum), the code otherwise.
    static QVariant nullableText(const QString &code)
    {
        return code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code);
    }
    /// A text column value; never NULL (a null QString would bind as NULL).
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static QVariant nullableInt(const std::optional<int> &value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
    }
    static std::optional<int> optionalInt(const QVariant &value)
    {
        return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    }
    /// Runs a prepared query; a failure carries the driver's message and its kind (SqlFailure).
    static Result<Done> exec(QSqlQuery &query)
    {
        if (query.exec())
            return Result<Done>::success({});
        return SqlFailure::of<Done>(query.lastError());
    }

    template<typename E>
    static std::optional<E> optionalEnum(const QVariant &value)
    {
        return value.isNull() ? std::nullopt : fromCode<E>(value.toString());
    }
};

} // namespace mcs
