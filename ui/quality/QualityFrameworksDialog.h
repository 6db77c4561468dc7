#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mcs {
class Catalogue;
}

namespace mcs::ui {

/// Quality frameworks: the shipped ones and those a school loaded into the
/// catalogue, with their version, period and how many designs use them. An
/// approver adds a framework from a file (a file with errors is refused with
/// them, by field, or by line and column), replaces one by adding a file with
/// its id, and removes one: a framework designs use is withdrawn instead.
class QualityFrameworksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QualityFrameworksDialog(std::shared_ptr<Catalogue> catalogue, QWidget *parent = nullptr);

private:
    void refresh();
    void addFromFile();
    void removeSelected();
    void showSelected();
    QString selectedId() const;

    std::shared_ptr<Catalogue> m_catalogue;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_mayChange = false;
};

} // namespace mcs::ui
