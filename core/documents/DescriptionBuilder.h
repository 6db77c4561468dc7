#pragma once

#include "DocumentContent.h"
#include "frameworks/QualityFramework.h"
#include "model/Microcredential.h"

#include <QDate>

namespace mcs {

/// The microcredential description the board and examencommissie approve: cover,
/// every EU element and Dutch field, learning outcomes, assessments with the
/// alignment matrix, the checklist summary and the approval block.
class DescriptionBuilder
{
public:
    /// `framework` may be null (no checklist summary); `today` dates the document.
    static DocumentContent build(const Microcredential &mc, const QualityFramework *framework,
                                 const QString &language, const QDate &today);
};

} // namespace mcs
