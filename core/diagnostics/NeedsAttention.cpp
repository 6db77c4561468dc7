#include "NeedsAttention.h"

#include "frameworks/FrameworkLibrary.h"

namespace mcs {

QStringList NeedsAttention::reasons(const CatalogueEntry &entry, const QDate &today)
{
    QStringList out;
    // An archived design is no longer offered: nothing about it needs attention.
    if (entry.status == Status::Archived)
        return out;
    const QualityFramework *framework = FrameworkLibrary::findBuiltIn(entry.frameworkId);
    if (framework && !framework->appliesOn(today)) {
        out.append(tr("Checked against %1 %2, which applies %3.")
                       .arg(framework->id, framework->version, FrameworkLibrary::periodText(*framework)));
    }
    return out;
}

} // namespace mcs
