#pragma once

#include "DesignSection.h"

class QTreeWidget;
class QSpinBox;

namespace mcs::ui {

/// Quality assurance, labour-market value, stackability and the other EU
/// elements, with a self-check against the chosen quality framework.
class QualitySection : public DesignSection
{
    Q_OBJECT

public:
    explicit QualitySection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;

protected:
    void refreshOther() override;

private:
    QLineEdit *addList(QFormLayout *form, const QString &label, const QString &fieldKey, const QString &separator,
                       const std::function<QStringList(const Microcredential &)> &read,
                       const std::function<void(Microcredential &, const QStringList &)> &write);

    QSpinBox *m_validity = nullptr;
    QTreeWidget *m_selfCheck = nullptr;
};

} // namespace mcs::ui
