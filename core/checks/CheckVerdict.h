#pragma once

#include <QString>

namespace mcs {

/// What an automatic check concludes about a design, and why. Shown next to the
/// person's status; it never replaces it.
struct CheckVerdict
{
    enum class Outcome { Pass, Warning, Fail, NotApplicable };

    Outcome outcome = Outcome::NotApplicable;
    QString reason;    ///< translated, for people
    QString fieldPath; ///< the field to open to act on it; empty when none applies

    static QString outcomeCode(Outcome outcome);
    /// Fail > Warning > Pass > NotApplicable.
    static int severityRank(Outcome outcome);
};

} // namespace mcs
