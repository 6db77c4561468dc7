#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace mcs::ui {

class CatalogueFilterModel;

/// Above the catalogue table: search in titles and learning outcomes, and
/// filters on status, sector and EQF level.
class CatalogueFilterBar : public QWidget
{
    Q_OBJECT

public:
    CatalogueFilterBar(CatalogueFilterModel *filter, QWidget *parent = nullptr);

    /// Edit > Find: the search field, its text selected.
    void focusSearch();

private:
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_sector;
    QComboBox *m_level;
};

} // namespace mcs::ui
