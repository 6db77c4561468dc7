#include "Checklist.h"

namespace mcs {

ChecklistItem *Checklist::item(const QString &criterionId)
{
    for (ChecklistItem &entry : items) {
        if (entry.criterionId == criterionId)
            return &entry;
    }
    return nullptr;
}

const ChecklistItem *Checklist::item(const QString &criterionId) const
{
    return const_cast<Checklist *>(this)->item(criterionId);
}

ChecklistItem &Checklist::itemForEdit(const QString &criterionId)
{
    if (ChecklistItem *existing = item(criterionId))
        return *existing;
    ChecklistItem created;
    created.criterionId = criterionId;
    items.append(created);
    return items.last();
}

bool Checklist::setStatus(const QString &criterionId, CriterionStatus status, const QString &by,
                          const QDateTime &at)
{
    ChecklistItem &entry = itemForEdit(criterionId);
    if (entry.status == status)
        return false;
    history.append({at, by, criterionId, QStringLiteral("status"), toCode(entry.status), toCode(status)});
    entry.status = status;
    return true;
}

bool Checklist::setText(const QString &criterionId, const QString &field, const QString &value,
                        const QString &by, const QDateTime &at)
{
    ChecklistItem &entry = itemForEdit(criterionId);
    QString *target = nullptr;
    if (field == QLatin1String("evidence"))
        target = &entry.evidence;
    else if (field == QLatin1String("responsible"))
        target = &entry.responsible;
    else if (field == QLatin1String("reviewerComment"))
        target = &entry.reviewerComment;
    if (!target || *target == value)
        return false;
    history.append({at, by, criterionId, field, *target, value});
    *target = value;
    if (field == QLatin1String("reviewerComment")) {
        entry.reviewedBy = by;
        entry.reviewedAt = at;
    }
    return true;
}

bool Checklist::setEvidenceLinks(const QString &criterionId, const QStringList &links,
                                 const QString &by, const QDateTime &at)
{
    ChecklistItem &entry = itemForEdit(criterionId);
    if (entry.evidenceLinks == links)
        return false;
    history.append({at, by, criterionId, QStringLiteral("evidenceLinks"),
                    entry.evidenceLinks.join(QLatin1Char('\n')), links.join(QLatin1Char('\n'))});
    entry.evidenceLinks = links;
    return true;
}

bool Checklist::setOwnEvidence(const QString &criterionId, bool own, const QString &by, const QDateTime &at)
{
    ChecklistItem &entry = itemForEdit(criterionId);
    if (entry.ownEvidence == own)
        return false;
    history.append({at, by, criterionId, QStringLiteral("ownEvidence"), entry.ownEvidence ? QStringLiteral("true") : QStringLiteral("false"),
                    own ? QStringLiteral("true") : QStringLiteral("false")});
    entry.ownEvidence = own;
    return true;
}

void Checklist::markCopiedFrom(const QString &designId, const QString &designTitle, const QString &by, const QDateTime &at)
{
    for (ChecklistItem &entry : items) {
        entry.reviewerComment.clear();
        entry.reviewedBy.clear();
        entry.reviewedAt = QDateTime();
    }
    signedOffBy.clear();
    signedOffAt = QDateTime();
    // The copy of the institution's evidence an approval kept belongs to that
    // version; the new design inherits what the institution holds now.
    inheritedEvidence.clear();
    inheritedCopiedAt = QDateTime();
    history.append({at, by, QString(), QStringLiteral("copiedFrom"), designId, designTitle});
}

std::optional<ChecklistChange> Checklist::copiedFrom() const
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->field == QLatin1String("copiedFrom"))
            return *it;
    }
    return std::nullopt;
}

void Checklist::signOff(const QString &by, const QDateTime &at)
{
    history.append({at, by, QString(), QStringLiteral("signOff"), signedOffBy, by});
    signedOffBy = by;
    signedOffAt = at;
}

} // namespace mcs
