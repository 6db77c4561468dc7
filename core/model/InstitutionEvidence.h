#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace mcs {

/// What an institution has recorded once for a criterion that concerns the
/// institution rather than one design (inspection framework, board's choice,
/// internal quality assurance, examencommissie, evaluation, recognition): every
/// design of that institution inherits it.
struct InstitutionEvidence
{
    QString institutionId; ///< the institution's identifier (BRIN or another scheme)
    QString criterionId;   ///< e.g. "mbo-2024.02"
    QString text;
    QStringList links;
    QString recordedBy;
    QDateTime recordedAt;
    QDate validUntil; ///< invalid: no end date

    /// Past its date on `day`: it then needs review.
    bool expiredOn(const QDate &day) const { return validUntil.isValid() && day > validUntil; }

    friend bool operator==(const InstitutionEvidence &a, const InstitutionEvidence &b)
    {
        return a.institutionId == b.institutionId && a.criterionId == b.criterionId && a.text == b.text
               && a.links == b.links && a.recordedBy == b.recordedBy && a.recordedAt == b.recordedAt
               && a.validUntil == b.validUntil;
    }
};

} // namespace mcs
