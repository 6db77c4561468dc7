#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mcs::ui {

class CatalogueFilterModel;

/// Above the catalogue table: search in titles and learning outcomes, filters
/// on status, sector and EQF level, and "needs attention" with its count (the
/// catalogue's one figure for designs that ask for a look now).
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
    QCheckBox *m_attention;
    CatalogueFilterModel *m_filter;

    void updateAttentionCount();
};

} // namespace mcs::ui
