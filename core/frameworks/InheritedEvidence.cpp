#include "InheritedEvidence.h"

namespace mcs {

namespace {

std::optional<InstitutionEvidence> findIn(const QList<InstitutionEvidence> &list, const QString &criterionId)
{
    for (const InstitutionEvidence &evidence : list) {
        if (evidence.criterionId == criterionId)
            return evidence;
    }
    return std::nullopt;
}

} // namespace

bool InheritedEvidence::isCopy(const Microcredential &mc, const QualityFramework &framework)
{
    const Checklist *checklist = mc.checklist(framework.id);
    return checklist && checklist->inheritedCopiedAt.isValid();
}

bool InheritedEvidence::overridden(const Microcredential &mc, const QualityFramework &framework,
                                   const QualityCriterion &criterion)
{
    if (!criterion.concernsInstitution)
        return false;
    const Checklist *checklist = mc.checklist(framework.id);
    const ChecklistItem *item = checklist ? checklist->item(criterion.id) : nullptr;
    return item && item->ownEvidence;
}

std::optional<InstitutionEvidence> InheritedEvidence::of(const Microcredential &mc, const QualityFramework &framework,
                                                         const QualityCriterion &criterion)
{
    if (overridden(mc, framework, criterion))
        return std::nullopt;
    return recorded(mc, framework, criterion);
}

std::optional<InstitutionEvidence> InheritedEvidence::recorded(const Microcredential &mc, const QualityFramework &framework,
                                                               const QualityCriterion &criterion)
{
    if (!criterion.concernsInstitution)
        return std::nullopt;
    if (isCopy(mc, framework))
        return findIn(mc.checklist(framework.id)->inheritedEvidence, criterion.id);
    return findIn(mc.institutionEvidence, criterion.id);
}

QList<InstitutionEvidence> InheritedEvidence::toCopy(const Microcredential &mc, const QualityFramework &framework)
{
    QList<InstitutionEvidence> list;
    for (const QualityCriterion &criterion : framework.criteria) {
        if (!criterion.concernsInstitution || overridden(mc, framework, criterion))
            continue;
        if (const std::optional<InstitutionEvidence> evidence = findIn(mc.institutionEvidence, criterion.id))
            list.append(*evidence);
    }
    return list;
}

} // namespace mcs
