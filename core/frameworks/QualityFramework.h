#pragma once

#include "QualityCriterion.h"
#include "model/ModelEnums.h"

#include <QList>

namespace mcs {

/// A quality framework (kwaliteitskader): data, loaded from a JSON file
/// (resources/frameworks/*.json or one the user chooses).
struct QualityFramework
{
    QString id;      ///< "mbo-2024", "hbo-wo", "eu-2022"
    QString version; ///< e.g. "2024-2025"
    LocalizedText name;
    LocalizedText description;
    QList<Sector> sectors;
    QString sourceUrl;
    QString sourceFile; ///< where it was loaded from, for messages
    QList<QualityCriterion> criteria;

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
