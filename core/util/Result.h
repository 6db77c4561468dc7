#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace mcs {

/// Why an operation failed, where the caller can do something about it.
enum class FailureKind {
    General,    ///< anything else: the message says what
    Conflict,   ///< someone else saved the same row in the meantime (row versions differ)
    Connection, ///< the catalogue server could not be reached; nothing was written
    Forbidden,  ///< the workflow or the user's role does not allow it
};

/// A value or a user-readable error message (already translated, naming the file
/// or field and the problem). Used where failure is an expected outcome: reading
/// files, opening catalogues.
template<typename T>
class [[nodiscard]] Result
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString message, FailureKind kind = FailureKind::General)
    {
        Result result(std::nullopt, std::move(message));
        result.m_kind = kind;
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /// The value; only after ok() said there is one.
    const T &value() const &
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "no value: check ok() first");
        return std::move(*m_value);
    }
    const QString &error() const { return m_error; }
    FailureKind failureKind() const { return m_kind; }
    /// This failure as the result of another type, to pass it on unchanged;
    /// only after ok() said there is no value.
    template<typename U>
    Result<U> failureAs() const
    {
        Q_ASSERT_X(!m_value.has_value(), "Result::failureAs", "a value, not a failure");
        return Result<U>::failure(m_error, m_kind);
    }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value)), m_error(std::move(error))
    {}

    std::optional<T> m_value;
    QString m_error;
    FailureKind m_kind = FailureKind::General;
};

/// The outcome of an operation that returns no value.
struct Done
{
};

} // namespace mcs
