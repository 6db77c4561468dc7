#pragma once

#include <QDateTime>
#include <QString>

namespace mcs {

/// One recorded change to a checklist: who changed which field of which
/// criterion, when, from what to what. Checklists keep these as their history.
struct ChecklistChange
{
    QDateTime at;
    QString by;
    QString criterionId; ///< empty for changes to the checklist itself (sign-off)
    QString field;       ///< "status", "evidence", "evidenceLinks", "responsible", "reviewerComment", "signOff",
                         ///< "copiedFrom" (oldValue: the original design's id, newValue: its title)
    QString oldValue;
    QString newValue;

    friend bool operator==(const ChecklistChange &a, const ChecklistChange &b)
    {
        return a.at == b.at && a.by == b.by && a.criterionId == b.criterionId
               && a.field == b.field && a.oldValue == b.oldValue && a.newValue == b.newValue;
    }
};

} // namespace mcs
