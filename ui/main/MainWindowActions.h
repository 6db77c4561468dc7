#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;

namespace mcs::ui {

class MainWindow;

/// The menus and the toolbar of the main window, with their standard shortcuts.
class MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::MainWindowActions)

public:
    /// Adds them to `window`; returns the actions that need a selected design.
    static QList<QAction *> create(MainWindow &window);
};

} // namespace mcs::ui
