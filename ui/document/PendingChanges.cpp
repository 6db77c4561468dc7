#include "PendingChanges.h"

#include "DesignDocument.h"
#include "widgets/PlainMessageBox.h"

namespace mcs::ui {

bool PendingChanges::saveOrConfirmLoss(QWidget *window, DesignDocument *document)
{
    if (!document->hasUnsavedChanges() || document->saveNow())
        return true;
    const auto answer = PlainMessageBox::question(window, tr("Close without saving?"),
                                                  tr("The last changes could not be saved:\n%1\n\nClose anyway and lose them?")
                                                      .arg(document->lastError()));
    return answer == QMessageBox::Yes;
}

} // namespace mcs::ui
