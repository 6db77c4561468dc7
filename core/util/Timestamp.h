#pragma once

#include <QDateTime>
#include <QString>

namespace mcs {

/// The one text form of a point in time in files and the catalogue:
/// UTC with milliseconds, "2026-01-31T09:30:00.000Z".
class Timestamp
{
public:
    static QString toText(const QDateTime &time);
    /// An invalid QDateTime unless the text has exactly the form above.
    static QDateTime fromText(const QString &text);
};

} // namespace mcs
