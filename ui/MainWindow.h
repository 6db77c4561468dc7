#pragma once

#include "storage/Catalogue.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mcs::ui {

class CatalogueTableModel;
class DesignSummaryView;

/// The main window: the open catalogue as a sortable table with a summary of the
/// selected microcredential.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QString language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `catalogue` (already open) in the window.
    void setCatalogue(std::shared_ptr<Catalogue> catalogue);
    std::shared_ptr<Catalogue> catalogue() const { return m_catalogue; }
    QTableView *tableView() const { return m_table; }

public Q_SLOTS:
    void reload();

private:
    void createActions();
    void openCatalogue();
    void newCatalogue();
    void showAbout();
    void showSelected();
    void switchTo(const QString &path, bool create);

    QString m_language;
    std::shared_ptr<Catalogue> m_catalogue;
    CatalogueTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    DesignSummaryView *m_summary = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace mcs::ui
