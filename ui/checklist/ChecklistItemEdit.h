#pragma once

#include "frameworks/QualityFramework.h"
#include "model/Checklist.h"

#include <functional>

namespace mcs::ui {

class DesignDocument;

/// How the review changes one checklist item: through the document (one undo
/// step per field, typing merged), in the checklist for the framework's version,
/// with the criterion's current fingerprint, and recorded in the history under
/// the reviewer's name.
class ChecklistItemEdit
{
public:
    /// A Checklist setter; returns false when it changed nothing.
    using Change = std::function<bool(Checklist &checklist, const QString &criterionId,
                                      const QString &by, const QDateTime &at)>;

    /// `field` is the checklist item's field; it completes the document's field key
    /// "checklists.<framework>.<criterion>.<field>".
    static void apply(DesignDocument *document, const QualityFramework &framework,
                      const QualityCriterion &criterion, const QString &field,
                      const QString &description, const QString &by, bool mergesTyping,
                      const Change &change);

    /// Folds the newest history entry into the one before when both come from the
    /// same person typing in the same field within a pause, so that the history
    /// records what was written rather than every keystroke.
    static void mergeTyping(QList<ChecklistChange> &history);

    /// Matches the undo merge window of DesignEditCommand, so that one typing
    /// session is one undo step and one history entry.
    static constexpr qint64 TypingPauseMs = 2000;
};

} // namespace mcs::ui
