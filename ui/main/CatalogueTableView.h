#pragma once

#include <QTableView>

namespace mcs::ui {

/// The catalogue as a sortable table, newest change first, with columns sized
/// for what they hold in the interface language and font.
class CatalogueTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CatalogueTableView(QWidget *parent = nullptr);

    /// Sizes the columns; after setModel(), which brings the header's sections.
    void sizeColumns();
};

} // namespace mcs::ui
