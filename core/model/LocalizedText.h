#pragma once

#include <QString>

namespace mcs {

/// A text that a learner or employer reads, kept in Dutch and English side by side.
struct LocalizedText
{
    QString nl;
    QString en;

    bool isEmpty() const { return nl.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    bool isComplete() const { return !nl.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
    /// The text in the requested language ("nl" or "en"), falling back to the other one.
    QString preferred(const QString &language) const
    {
        const QString &first = language == QLatin1String("en") ? en : nl;
        const QString &second = language == QLatin1String("en") ? nl : en;
        return first.trimmed().isEmpty() ? second : first;
    }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.nl == b.nl && a.en == b.en;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace mcs
