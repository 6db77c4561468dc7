#include "FindingsView.h"

#include "WrappingItemDelegate.h"

#include <QHeaderView>
#include <QStyle>

namespace mcs::ui {

namespace {
constexpr int FieldPathRole = Qt::UserRole + 1;
}

FindingsView::FindingsView(QWidget *parent) : QTreeWidget(parent), m_emptyText(tr("No findings."))
{
    setObjectName(QStringLiteral("findingsTreeWidget"));
    setAccessibleName(tr("Findings"));
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    // A finding is a sentence: it wraps in the width there is instead of ending in "…".
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setItemDelegate(new WrappingItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, FieldPathRole).toString();
        if (!path.isEmpty())
            Q_EMIT fieldActivated(path);
    });
}

void FindingsView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // Wrapped rows were measured at the old width (or before the view was shown).
    scheduleDelayedItemsLayout();
}

void FindingsView::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    clear();
    if (diagnostics.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {m_emptyText});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem(this, {d.message});
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Advice");
        if (d.severity == Diagnostic::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        } else if (d.severity == Diagnostic::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setData(0, FieldPathRole, d.fieldPath);
        item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(severity, d.message));
        item->setToolTip(0, d.suggestion.isEmpty() ? d.message : QStringLiteral("%1\n%2").arg(d.message, d.suggestion));
    }
}

} // namespace mcs::ui
