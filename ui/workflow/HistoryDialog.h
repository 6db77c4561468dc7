#pragma once

#include "storage/Catalogue.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mcs::ui {

class VersionComparisonView;

/// The history of one design: every kept version, every workflow step (who,
/// when, why, with the fingerprint), and a field-by-field comparison of any two
/// versions.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(std::shared_ptr<Catalogue> catalogue, const QString &id, QWidget *parent = nullptr);

    /// Compares two kept versions (also what the two choosers do).
    void compare(int before, int after);
    VersionComparisonView *comparisonView() const { return m_comparison; }
    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *stepsTable() const { return m_steps; }

private:
    void fill();
    void compareChosen();

    std::shared_ptr<Catalogue> m_catalogue;
    QString m_id;
    QTableWidget *m_versions = nullptr;
    QTableWidget *m_steps = nullptr;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QLabel *m_comparisonNote = nullptr;
    VersionComparisonView *m_comparison = nullptr;
};

} // namespace mcs::ui
