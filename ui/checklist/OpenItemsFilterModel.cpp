#include "OpenItemsFilterModel.h"

#include "ChecklistTableModel.h"

namespace mcs::ui {

OpenItemsFilterModel::OpenItemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A status changed in the detail pane must show or hide its row at once.
    setDynamicSortFilter(true);
}

void OpenItemsFilterModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    invalidateRowsFilter();
}

bool OpenItemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_openOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ChecklistTableModel::IsOpenRole).toBool();
}

} // namespace mcs::ui
