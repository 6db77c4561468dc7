#include "ChecklistItemEdit.h"

#include "document/DesignDocument.h"
#include "util/Clock.h"

namespace mcs::ui {

void ChecklistItemEdit::apply(DesignDocument *document, const QualityFramework &framework,
                              const QualityCriterion &criterion, const QString &field,
                              const QString &description, const QString &by, bool mergesTyping,
                              const Change &change)
{
    const QDateTime at = Clock::now();
    const QString key =
        QStringLiteral("checklists.%1.%2.%3").arg(framework.id, criterion.id, field);
    document->edit(key, description, [&](Microcredential &mc) {
        const Microcredential unchanged = mc;
        Checklist &checklist = mc.checklistFor(framework.id, framework.version);
        if (!change(checklist, criterion.id, by, at)) {
            // The setters create the item (and checklistFor the list) even when
            // nothing changes; an unchanged design must not become an undo step.
            mc = unchanged;
            return;
        }
        checklist.item(criterion.id)->criterionDigest = criterion.digest();
        if (mergesTyping)
            mergeTyping(checklist.history);
    });
}

void ChecklistItemEdit::mergeTyping(QList<ChecklistChange> &history)
{
    if (history.size() < 2)
        return;
    ChecklistChange newest = history.takeLast();
    const ChecklistChange &previous = history.last();
    if (previous.by == newest.by && previous.criterionId == newest.criterionId &&
        previous.field == newest.field && previous.at.msecsTo(newest.at) <= TypingPauseMs) {
        newest.oldValue = previous.oldValue;
        history.removeLast();
    }
    // Typing that ends where it began leaves nothing to record.
    if (newest.oldValue != newest.newValue)
        history.append(newest);
}

} // namespace mcs::ui
