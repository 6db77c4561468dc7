#pragma once

#include "interchange/ImportedDesign.h"
#include "storage/Catalogue.h"

#include <QList>
#include <QObject>

#include <optional>

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
    /// A Europass credential with several designs asks which to import (all, without asking).
    bool importFile(const QString &path, bool confirm = true);
    /// Adds the learning outcomes of a spreadsheet to the selected design.
    void importOutcomes();

private:
    /// `imported` with a remark on its institution: new to the catalogue (it
    /// will be added), or known there under another name.
    static ImportedDesign withInstitutionRemark(ImportedDesign imported, const Catalogue &catalogue);
    /// The claims the user picks of a credential that holds several; none when cancelled.
    std::optional<QList<ImportedDesign>> chooseClaims(const QList<ImportedDesign> &designs, const QString &fileName);

    MainWindow &m_window;
};

} // namespace mcs::ui
