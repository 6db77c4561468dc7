#pragma once

#include "frameworks/QualityFramework.h"

#include <QDateTime>

namespace mcs {

/// A quality framework a school loaded into a catalogue, with its record.
struct StoredFramework
{
    QualityFramework framework; ///< fromCatalogue set; withdrawn when withdrawnAt is valid
    QByteArray document;        ///< the JSON as it was loaded
    QString addedBy;
    QDateTime addedAt;
    QDateTime withdrawnAt; ///< invalid: in use for new checklists
    int designsUsing = 0;  ///< designs whose quality assurance or checklists name it
};

} // namespace mcs
