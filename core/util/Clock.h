#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace mcs {

/// The one place the program reads the current time. Timestamps of saves,
/// steps and notes, the date on documents and the checks that compare dates
/// (a framework's period, a design's start) all ask the clock, so that a test
/// can set the time and see exactly what a user would see on that day.
class Clock
{
public:
    /// Now, in UTC, to the millisecond (what is stored and compared).
    static QDateTime now();
    /// Today's date where the user is (what documents print and checks compare).
    static QDate today();

    /// Replaces the clock for as long as it lives (tests only); `now` gives UTC.
    class Override
    {
    public:
        explicit Override(std::function<QDateTime()> now);
        /// A clock that stands still at `at`.
        explicit Override(const QDateTime &at);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

    private:
        std::function<QDateTime()> m_previous;
    };
};

} // namespace mcs
