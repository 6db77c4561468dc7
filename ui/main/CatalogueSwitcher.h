#pragma once

#include "storage/CatalogueLocation.h"

#include <QObject>

namespace mcs::ui {

class MainWindow;

/// Moves the main window to another catalogue: a file opened or created, a
/// recent one, or a shared catalogue on a server. The open design windows close
/// first (saving into the catalogue they belong to).
class CatalogueSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit CatalogueSwitcher(MainWindow &window);

    void openFile();
    void newFile();
    /// A file path, or a server address (then the password is asked for).
    void switchTo(const QString &path, bool create);
    /// Asks where the shared catalogue is (starting from `known`) and connects.
    void connectTo(const CatalogueLocation &known = CatalogueLocation());

private:
    MainWindow &m_window;
};

} // namespace mcs::ui
