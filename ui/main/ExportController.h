#pragma once

#include "ExportDialog.h"
#include "interchange/ExchangeFormat.h"

#include <QObject>

namespace mcs::ui {

class MainWindow;

/// Print preview and File > Export of the main window: documents for people
/// (description, checklist report, catalogue overview) and data files for the
/// systems that issue microcredentials.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(MainWindow &window);

    void printPreview();
    void exportDocument(ExportDialog::Document document);
    /// The selected design in a data format; Csv writes the catalogue overview.
    void exportData(ExchangeFormat format);

private:
    /// Where to save: asked with a name made from `base`; empty when cancelled.
    QString askPath(const QString &base, const QString &suffix);

    MainWindow &m_window;
};

} // namespace mcs::ui
