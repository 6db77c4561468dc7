#include "WrappingItemDelegate.h"

#include <QAbstractItemView>

namespace mcs::ui {

WrappingItemDelegate::WrappingItemDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    // The one column of a findings list: as wide as the viewport. The style wraps
    // only within a valid rectangle, so it gets a height too (any will do).
    wrapped.rect = QRect(0, 0, m_view->viewport()->width(), 1 << 16);
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace mcs::ui
