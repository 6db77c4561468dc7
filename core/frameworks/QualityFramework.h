#pragma once

#include "QualityCriterion.h"
#include "model/ModelEnums.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mcs {

/// A quality framework (kwaliteitskader): data, loaded from a JSON file
/// (resources/frameworks/*.json or one the user chooses).
struct QualityFramework
{
    QString id;      ///< "mbo-2024", "hbo-wo", "eu-2022"
    QString version; ///< e.g. "2024-2025"
    QDate validFrom;                 ///< the first day the framework applies; invalid: open
    std::optional<QDate> validUntil; ///< its last day; none: open-ended
    LocalizedText name;
    LocalizedText description;
    QList<Sector> sectors;
    QString sourceUrl;
    QString sourceFile; ///< where it was loaded from, for messages
    QList<QualityCriterion> criteria;
    /// Loaded into the catalogue by the school (not shipped with the program).
    bool fromCatalogue = false;
    /// Withdrawn from the catalogue: designs checked against it keep it, new
    /// checklists are no longer offered it.
    bool withdrawn = false;

    /// Whether the framework applies on `day` (its period includes both ends).
    bool appliesOn(const QDate &day) const
    {
        return (!validFrom.isValid() || day >= validFrom) && (!validUntil || day <= *validUntil);
    }

    /// Whether one of its criteria is checked automatically by `checkId` (AutomaticChecks).
    bool usesCheck(const QString &checkId) const
    {
        for (const QualityCriterion &c : criteria) {
            if (c.checks.contains(checkId))
                return true;
        }
        return false;
    }

    /// Whether some criterion concerns the institution (its evidence is inherited).
    bool hasInstitutionCriteria() const
    {
        for (const QualityCriterion &c : criteria) {
            if (c.concernsInstitution)
                return true;
        }
        return false;
    }

    const QualityCriterion *criterion(const QString &criterionId) const
    {
        for (const QualityCriterion &c : criteria) {
            if (c.id == criterionId)
                return &c;
        }
        return nullptr;
    }
};

} // namespace mcs
