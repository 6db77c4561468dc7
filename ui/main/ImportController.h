#pragma once

#include <QObject>

namespace mcs::ui {

class MainWindow;

/// File > Import of the main window: a design from a file of any known format
/// (after a preview of what it brings), and learning outcomes from a spreadsheet
/// into the selected design.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(MainWindow &window);

    /// Asks for a file and imports it.
    void importDesign();
    /// Imports a file after showing what it brings in (without asking when `confirm` is false).
    bool importFile(const QString &path, bool confirm = true);
    /// Adds the learning outcomes of a spreadsheet to the selected design.
    void importOutcomes();

private:
    MainWindow &m_window;
};

} // namespace mcs::ui
