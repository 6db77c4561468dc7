#include "FrameworkChanges.h"

namespace mcs {

FrameworkChanges::FrameworkChanges(const Checklist &checklist, const QualityFramework &framework)
    : m_versionChanged(!checklist.frameworkVersion.isEmpty() && checklist.frameworkVersion != framework.version)
    , m_checkedVersion(checklist.frameworkVersion)
{
    for (const QualityCriterion &criterion : framework.criteria) {
        const ChecklistItem *item = checklist.item(criterion.id);
        if (!item) {
            // Only new to this design when it was checked against another version.
            if (m_versionChanged)
                m_changes.append({Kind::Added, criterion.id,
                                  tr("New criterion %1: %2").arg(criterion.number, criterion.title.preferred(QStringLiteral("nl")))});
        } else if (!item->criterionDigest.isEmpty() && item->criterionDigest != criterion.digest()) {
            m_changes.append({Kind::Reworded, criterion.id,
                              tr("Criterion %1 was reworded since it was checked: %2")
                                  .arg(criterion.number, criterion.title.preferred(QStringLiteral("nl")))});
        }
    }
    for (const ChecklistItem &item : checklist.items) {
        if (!framework.criterion(item.criterionId))
            m_changes.append({Kind::Removed, item.criterionId,
                              tr("Criterion %1 is no longer part of the framework").arg(item.criterionId)});
    }
}

QString FrameworkChanges::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Reworded:
        return QStringLiteral("reworded");
    }
    return {};
}

bool FrameworkChanges::moveToCurrentVersion(Checklist &checklist, const QualityFramework &framework, const QString &by,
                                            const QDateTime &at)
{
    if (FrameworkChanges(checklist, framework).isEmpty())
        return false;
    // Work on a criterion the version no longer has stays in the history only.
    checklist.items.removeIf([&framework](const ChecklistItem &item) { return !framework.criterion(item.criterionId); });
    for (ChecklistItem &item : checklist.items)
        item.criterionDigest = framework.criterion(item.criterionId)->digest();
    checklist.history.append({at, by, QString(), QStringLiteral("frameworkVersion"), checklist.frameworkVersion, framework.version});
    checklist.frameworkVersion = framework.version;
    return true;
}

} // namespace mcs
