#pragma once

#include "workflow/DesignComparison.h"

#include <QTableWidget>

namespace mcs::ui {

/// The fields that differ between two versions of a design: field, before, after.
class VersionComparisonView : public QTableWidget
{
    Q_OBJECT

public:
    explicit VersionComparisonView(QWidget *parent = nullptr);
    void setHeaders(const QString &before, const QString &after);
    void showDifferences(const QList<FieldDifference> &differences);
};

} // namespace mcs::ui
