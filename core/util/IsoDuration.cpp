#include "IsoDuration.h"

#include <QRegularExpression>

namespace mcs {

namespace {

double part(const QRegularExpressionMatch &m, int group)
{
    return m.captured(group).isEmpty() ? 0 : m.captured(group).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

std::optional<IsoDuration> IsoDuration::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^P(?:(\\d+(?:[.,]\\d+)?)Y)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)W)?(?:(\\d+(?:[.,]\\d+)?)D)?"
        "(?:T(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?$"));
    const QString trimmed = text.trimmed();
    // "P" and "PT" alone name no duration; a "T" must be followed by a part.
    if (trimmed.size() < 3 || trimmed.size() > 64 || trimmed.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const QRegularExpressionMatch m = pattern.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;
    IsoDuration d{part(m, 1), part(m, 2), part(m, 3), part(m, 4), part(m, 5), part(m, 6), part(m, 7)};
    // More than a thousand years of anything is a mistake, and keeps arithmetic finite.
    if (d.longestHours() > 1000.0 * 366 * 24)
        return std::nullopt;
    return d;
}

double IsoDuration::longestHours() const
{
    return (years * 366 + months * 31 + weeks * 7 + days) * 24 + timeHours();
}

double IsoDuration::shortestHours() const
{
    return (years * 365 + months * 28 + weeks * 7 + days) * 24 + timeHours();
}

QString IsoDuration::toText() const
{
    QString date;
    const std::pair<double, char> dateParts[] = {{years, 'Y'}, {months, 'M'}, {weeks, 'W'}, {days, 'D'}};
    for (const auto &[value, unit] : dateParts) {
        if (value > 0)
            date += number(value) + QLatin1Char(unit);
    }
    QString time;
    const std::pair<double, char> timeParts[] = {{hours, 'H'}, {minutes, 'M'}, {seconds, 'S'}};
    for (const auto &[value, unit] : timeParts) {
        if (value > 0)
            time += number(value) + QLatin1Char(unit);
    }
    if (date.isEmpty() && time.isEmpty())
        return QStringLiteral("PT0S");
    return QLatin1Char('P') + date + (time.isEmpty() ? QString() : QLatin1Char('T') + time);
}

} // namespace mcs
