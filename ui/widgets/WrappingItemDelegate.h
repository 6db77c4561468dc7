#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace mcs::ui {

/// Rows as tall as their wrapped text. A view's word wrap alone wraps only
/// within the height a row already has, and cuts the rest off with "…": the
/// size hint here measures the text at the width the view gives it.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_view;
};

} // namespace mcs::ui
