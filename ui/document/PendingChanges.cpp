#include "PendingChanges.h"

#include "DesignDocument.h"
#include "widgets/PlainMessageBox.h"

namespace mcs::ui {

bool PendingChanges::saveOrConfirmLoss(QWidget *window, DesignDocument *document)
{
    // A failed save may have been settled on the spot (a conflict answered with
    // Keep Mine or Reload Theirs): then nothing is pending any more either.
    if (!document->hasUnsavedChanges() || document->saveNow() || !document->hasUnsavedChanges())
        return true;
    const auto answer = PlainMessageBox::question(window, tr("Close without saving?"),
                                                  tr("The last changes could not be saved:\n%1\n\nClose anyway and lose them?")
                                                      .arg(document->lastError()));
    return answer == QMessageBox::Yes;
}

} // namespace mcs::ui
