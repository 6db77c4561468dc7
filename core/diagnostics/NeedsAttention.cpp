#include "NeedsAttention.h"

#include "frameworks/FrameworkLibrary.h"

#include <QLocale>

namespace mcs {

QStringList NeedsAttention::reasons(const CatalogueEntry &entry, const QDate &today)
{
    QStringList out;
    // An archived design is no longer offered: nothing about it needs attention.
    if (entry.status == Status::Archived)
        return out;
    const QualityFramework *framework = FrameworkLibrary::find(entry.frameworkId);
    if (framework && !framework->appliesOn(today)) {
        out.append(tr("Checked against %1 %2, which applies %3.")
                       .arg(framework->id, framework->version, FrameworkLibrary::periodText(*framework)));
    }
    for (const InstitutionEvidence &evidence : entry.datedEvidence) {
        const QualityCriterion *criterion = framework ? framework->criterion(evidence.criterionId) : nullptr;
        if (criterion && criterion->concernsInstitution && evidence.expiredOn(today)) {
            out.append(tr("The institution's evidence for %1 %2 was valid until %3 and needs review.")
                           .arg(framework->id, criterion->number, QLocale().toString(evidence.validUntil, QStringLiteral("d MMMM yyyy"))));
        }
    }
    return out;
}

} // namespace mcs
