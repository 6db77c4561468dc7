#pragma once

#include "model/Microcredential.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace mcs::ui {

class DesignDocument;

/// What a window does when its document's save meets a colleague's newer
/// version: show both (ConflictDialog), then keep mine, reload theirs, or
/// decide later. The editor and the checklist review both use it.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::ConflictResolution)

public:
    /// Answers in place of the dialog (tests): returns a ConflictDialog::Choice.
    using Resolver = std::function<int(const Microcredential &theirs, const Microcredential &mine)>;

    /// Asks (or `resolver` answers) and carries out the choice. Returns a line
    /// for the status bar when there is something to say, else an empty string.
    static QString resolve(QWidget *window, DesignDocument *document, const Resolver &resolver);
};

} // namespace mcs::ui
