#pragma once

#include <QCoreApplication>

class QWidget;

namespace mcs::ui {

class DesignDocument;

/// What a window showing a document does before it closes: save what is still
/// pending, and when that fails, ask before the changes are lost.
class PendingChanges
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::PendingChanges)

public:
    /// True when the window may close: nothing pending, saved now, or the user
    /// chose to lose what could not be saved.
    static bool saveOrConfirmLoss(QWidget *window, DesignDocument *document);
};

} // namespace mcs::ui
