#include "Clock.h"

#include <utility>

namespace mcs {

namespace {

std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> overridden;
    return overridden;
}

} // namespace

QDateTime Clock::now()
{
    if (source())
        return source()().toUTC();
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QDate Clock::today()
{
    if (source())
        return source()().toLocalTime().date();
    return QDate::currentDate();
}

Clock::Override::Override(std::function<QDateTime()> now) : m_previous(std::exchange(source(), std::move(now))) {}

Clock::Override::Override(const QDateTime &at) : Override([at] { return at; }) {}

Clock::Override::~Override()
{
    source() = std::move(m_previous);
}

} // namespace mcs
