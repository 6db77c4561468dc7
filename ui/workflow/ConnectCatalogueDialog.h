#pragma once

#include "storage/CatalogueLocation.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace mcs::ui {

/// Asks for a shared catalogue on a PostgreSQL server: host, port, database,
/// user and password. The password lives only in memory for this session; the
/// program remembers the address without it.
class ConnectCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectCatalogueDialog(QWidget *parent = nullptr);
    /// Fills the fields from an address used before (without password).
    void setLocation(const CatalogueLocation &location);
    CatalogueLocation location() const;
    /// Whether an empty database may be set up as a new catalogue.
    bool setUpEmptyDatabase() const;

private:
    void updateState();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_setUp = nullptr;
    class QPushButton *m_connect = nullptr;
};

} // namespace mcs::ui
