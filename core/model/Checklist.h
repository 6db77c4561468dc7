#pragma once

#include "ChecklistChange.h"
#include "ChecklistItem.h"
#include "InstitutionEvidence.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mcs {

/// The checklist of one design against one quality framework (and the version of
/// it the design was checked against), with its history of changes and the
/// review sign-off.
struct Checklist
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Checklist)

public:
    QString frameworkId;
    QString frameworkVersion;
    QList<ChecklistItem> items;
    QList<ChecklistChange> history;
    QString signedOffBy;
    QDateTime signedOffAt; ///< invalid while the review is not signed off
    /// The institution's evidence as it stood when this version was approved
    /// (copied then, so the record shows what the approver saw); empty before.
    QList<InstitutionEvidence> inheritedEvidence;
    QDateTime inheritedCopiedAt; ///< when it was copied; invalid: inherited live

    ChecklistItem *item(const QString &criterionId);
    const ChecklistItem *item(const QString &criterionId) const;

    /// Edits a field of an item and records the change in the history. Returns
    /// false (and records nothing) when the value is unchanged. Creates the item
    /// when the criterion has none yet.
    bool setStatus(const QString &criterionId, CriterionStatus status, const QString &by, const QDateTime &at);
    bool setText(const QString &criterionId, const QString &field, const QString &value, const QString &by,
                 const QDateTime &at);
    bool setEvidenceLinks(const QString &criterionId, const QStringList &links, const QString &by,
                          const QDateTime &at);
    /// For a criterion about the institution: whether the team gives this design's
    /// own evidence instead of inheriting the institution's.
    bool setOwnEvidence(const QString &criterionId, bool own, const QString &by, const QDateTime &at);
    /// Records the reviewer's sign-off of the whole review.
    void signOff(const QString &by, const QDateTime &at);
    /// For a duplicated design: the team's work stays (status, evidence, links,
    /// who is responsible), the review and the sign-off, which judged the
    /// original, are cleared, and the history records where it came from.
    void markCopiedFrom(const QString &designId, const QString &designTitle, const QString &by, const QDateTime &at);
    /// The last "copied from" record: (design id, title, when); none for original work.
    std::optional<ChecklistChange> copiedFrom() const;

    friend bool operator==(const Checklist &a, const Checklist &b)
    {
        return a.frameworkId == b.frameworkId && a.frameworkVersion == b.frameworkVersion
               && a.items == b.items && a.history == b.history && a.signedOffBy == b.signedOffBy
               && a.signedOffAt == b.signedOffAt && a.inheritedEvidence == b.inheritedEvidence
               && a.inheritedCopiedAt == b.inheritedCopiedAt;
    }

private:
    ChecklistItem &itemForEdit(const QString &criterionId);
};

} // namespace mcs
