#pragma once

#include "interchange/ImportedDesign.h"

#include <QDialog>

namespace mcs::ui {

/// Shows what an import brings in and what it leaves behind, before anything is
/// saved: the design's title, its outcomes and assessments, the fields the
/// format has no place for, and the fields of the file that are not read.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportedDesign &imported, const QString &fileName, bool alreadyInCatalogue,
                        QWidget *parent = nullptr);
    /// With a design of the same id in the catalogue: keep both (the import as a copy).
    bool importAsCopy() const { return m_asCopy; }

private:
    bool m_asCopy = false;
};

} // namespace mcs::ui
