#pragma once

#include <QSortFilterProxyModel>

namespace mcs::ui {

/// Hides the criteria that need no more work (met or not applicable) when asked,
/// so that a project leader sees what is left. Reads ChecklistTableModel::IsOpenRole.
class OpenItemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpenItemsFilterModel(QObject *parent = nullptr);

    bool isOpenOnly() const { return m_openOnly; }

public Q_SLOTS:
    void setOpenOnly(bool openOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_openOnly = false;
};

} // namespace mcs::ui
