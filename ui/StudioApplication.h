#pragma once

#include <QCoreApplication>
#include <QStringList>

class QApplication;

namespace mcs::ui {

/// Starts the desktop program: language, default catalogue, main window.
class StudioApplication
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::StudioApplication)

public:
    /// Runs the event loop and returns the exit code.
    static int run(QApplication &app);
    /// The embedded default catalogue in the user's data folder.
    static QString defaultCataloguePath();

    /// Installs the program's and Qt's own Dutch catalogues for "nl" (or, for an
    /// empty request, when the system is Dutch); returns the language in use.
    static QString installTranslators(QApplication &app, const QString &requested);
};

} // namespace mcs::ui
