#include "VersionComparisonView.h"

#include "FieldLabels.h"

#include <QHeaderView>

namespace mcs::ui {

VersionComparisonView::VersionComparisonView(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("versionComparison"));
    setAccessibleName(tr("Differences between the versions"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    verticalHeader()->hide();
    // Heights follow the column widths, also after the window is resized.
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    setHeaders(tr("Before"), tr("After"));
}

void VersionComparisonView::setHeaders(const QString &before, const QString &after)
{
    setHorizontalHeaderLabels({tr("Field"), before, after});
}

void VersionComparisonView::showDifferences(const QList<FieldDifference> &differences)
{
    setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const FieldDifference &d = differences.at(row);
        // Plain items: user text is shown as text, never interpreted.
        auto *field = new QTableWidgetItem(FieldLabels::describe(d.segments));
        field->setToolTip(d.path); // the field as the .mcdesign format and the CLI name it
        setItem(row, 0, field);
        setItem(row, 1, new QTableWidgetItem(d.before.isEmpty() ? tr("(empty)") : FieldLabels::value(d.segments, d.before)));
        setItem(row, 2, new QTableWidgetItem(d.after.isEmpty() ? tr("(empty)") : FieldLabels::value(d.segments, d.after)));
    }
}

} // namespace mcs::ui
