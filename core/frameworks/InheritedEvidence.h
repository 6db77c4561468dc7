#pragma once

#include "QualityFramework.h"
#include "model/Microcredential.h"

#include <QDate>

#include <optional>

namespace mcs {

/// Which institution evidence a design shows for a criterion that concerns the
/// institution. An approved version shows the copy its checklist kept at
/// approval; otherwise the catalogue's evidence as it is now. A team that gives
/// its own evidence for one design (ChecklistItem::ownEvidence) inherits nothing
/// for that criterion.
class InheritedEvidence
{
public:
    /// The evidence `mc` inherits for `criterion` of `framework`; none for a
    /// criterion about the design, an overridden one, or when none was recorded.
    static std::optional<InstitutionEvidence> of(const Microcredential &mc, const QualityFramework &framework,
                                                 const QualityCriterion &criterion);
    /// What the institution holds for `criterion` as the design sees it (the copy
    /// kept at approval, else the catalogue's), whether or not the team overrides it.
    static std::optional<InstitutionEvidence> recorded(const Microcredential &mc, const QualityFramework &framework,
                                                       const QualityCriterion &criterion);
    /// Whether the team gives this design's own evidence for an institution criterion.
    static bool overridden(const Microcredential &mc, const QualityFramework &framework,
                           const QualityCriterion &criterion);
    /// Whether what `of` shows is the copy kept at approval.
    static bool isCopy(const Microcredential &mc, const QualityFramework &framework);
    /// The evidence to copy into `framework`'s checklist at approval: what the
    /// design inherits now for each institution criterion.
    static QList<InstitutionEvidence> toCopy(const Microcredential &mc, const QualityFramework &framework);
};

} // namespace mcs
