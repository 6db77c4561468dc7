#pragma once

#include "ModelEnums.h"

#include <QDateTime>
#include <QStringList>

namespace mcs {

/// A team's and reviewer's record for one criterion of a quality framework.
/// The automatic verdict is never stored here: it is computed from the design,
/// and the person's `status` is never overwritten by it.
struct ChecklistItem
{
    QString criterionId;
    /// A short fingerprint of the criterion's wording when this item was last
    /// worked on; a newer framework version with other wording shows as changed.
    QString criterionDigest;
    CriterionStatus status = CriterionStatus::Open;
    QString evidence;
    QStringList evidenceLinks;
    QString responsible;
    QString reviewerComment;
    QString reviewedBy;
    QDateTime reviewedAt; ///< invalid when not reviewed
    /// For a criterion that concerns the institution: the team gives this
    /// design's own evidence instead of inheriting the institution's.
    bool ownEvidence = false;

    friend bool operator==(const ChecklistItem &a, const ChecklistItem &b)
    {
        return a.criterionId == b.criterionId && a.criterionDigest == b.criterionDigest
               && a.status == b.status && a.evidence == b.evidence
               && a.evidenceLinks == b.evidenceLinks && a.responsible == b.responsible
               && a.reviewerComment == b.reviewerComment && a.reviewedBy == b.reviewedBy
               && a.reviewedAt == b.reviewedAt && a.ownEvidence == b.ownEvidence;
    }
};

} // namespace mcs
