#pragma once

#include "QualityFramework.h"
#include "model/Checklist.h"

#include <QCoreApplication>

namespace mcs {

/// What changed in a framework since a design's checklist was worked on: new
/// criteria, criteria that are gone, and criteria whose wording changed (their
/// fingerprint differs from the one recorded on the checklist item).
class FrameworkChanges
{
    Q_DECLARE_TR_FUNCTIONS(mcs::FrameworkChanges)

public:
    enum class Kind { Added, Removed, Reworded };
    struct Change
    {
        Kind kind;
        QString criterionId;
        QString description; ///< translated
    };

    FrameworkChanges(const Checklist &checklist, const QualityFramework &framework);

    bool versionChanged() const { return m_versionChanged; }
    QString checkedVersion() const { return m_checkedVersion; }
    const QList<Change> &changes() const { return m_changes; }
    bool isEmpty() const { return !m_versionChanged && m_changes.isEmpty(); }

    static QString kindCode(Kind kind);

    /// Moves `checklist` to `framework`'s version: the team has looked at what
    /// changed, so every item of a criterion the version still has takes that
    /// criterion's current wording fingerprint and the team's work on it stays;
    /// items of criteria the version dropped go (the history keeps them).
    /// Recorded in the history by `by`; false when there was nothing to move.
    static bool moveToCurrentVersion(Checklist &checklist, const QualityFramework &framework, const QString &by,
                                     const QDateTime &at);

private:
    bool m_versionChanged = false;
    QString m_checkedVersion;
    QList<Change> m_changes;
};

} // namespace mcs
