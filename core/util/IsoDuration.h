#pragma once

#include <QString>

#include <optional>

namespace mcs {

/// An ISO 8601 duration ("P6M", "PT60H", "P1Y2M10DT2H30M", "P3W"). Europass
/// uses the same notation for two different things: study time (hours) and
/// calendar time (months, weeks); this type keeps the parts so that callers
/// can tell them apart instead of turning months into hours.
struct IsoDuration
{
    double years = 0;
    double months = 0;
    double weeks = 0;
    double days = 0;
    double hours = 0;
    double minutes = 0;
    double seconds = 0;

    /// None when the text is not an ISO 8601 duration (or is absurdly large).
    static std::optional<IsoDuration> parse(const QString &text);

    /// Only hours, minutes and seconds: a time span, such as study time.
    bool isTimeOnly() const { return years == 0 && months == 0 && weeks == 0 && days == 0; }
    /// The hours of a time-only duration (hours + minutes / 60 + ...).
    double timeHours() const { return hours + minutes / 60 + seconds / 3600; }
    /// The longest this duration can last on the calendar, in hours (a month
    /// counted as 31 days, a year as 366): for "does X fit in it" checks.
    double longestHours() const;
    /// The shortest it can last, in hours (28-day months, 365-day years).
    double shortestHours() const;
    /// Written back in canonical form ("P1Y6M", "PT60H").
    QString toText() const;
};

} // namespace mcs
