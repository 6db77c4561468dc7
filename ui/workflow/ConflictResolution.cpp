#include "ConflictResolution.h"

#include "ConflictDialog.h"
#include "document/DesignDocument.h"
#include "widgets/PlainMessageBox.h"

namespace mcs::ui {

QString ConflictResolution::resolve(QWidget *window, DesignDocument *document, const Resolver &resolver)
{
    const Result<Microcredential> theirs = document->catalogue()->load(document->design().id);
    if (!theirs.ok()) {
        PlainMessageBox::warning(window, tr("Cannot save the microcredential"), theirs.error());
        return {};
    }
    int choice = int(ConflictDialog::Choice::DecideLater);
    if (resolver) {
        choice = resolver(theirs.value(), document->design());
    } else {
        ConflictDialog dialog(theirs.value(), document->design(), window);
        dialog.exec();
        choice = int(dialog.choice());
    }
    if (choice == int(ConflictDialog::Choice::ReloadTheirs)) {
        document->reloadFromCatalogue();
        return {};
    }
    if (choice != int(ConflictDialog::Choice::KeepMine))
        return {};
    const int versionBefore = document->design().version;
    if (!document->saveOverStored())
        return {};
    if (document->design().version > versionBefore)
        return tr("Version %1 was approved in the meantime and stays as approved; your changes are saved as "
                  "version %2, a draft.")
            .arg(versionBefore)
            .arg(document->design().version);
    return {};
}

} // namespace mcs::ui
