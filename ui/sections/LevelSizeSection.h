#pragma once

#include "DesignSection.h"

class QLabel;
class QSpinBox;
class QTextBrowser;

namespace mcs::ui {

/// EQF/NLQF level with the level descriptors side by side, study load with SBU and
/// EC together, form of participation and languages of instruction.
class LevelSizeSection : public DesignSection
{
    Q_OBJECT

public:
    explicit LevelSizeSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;

protected:
    void refreshOther() override;

private:
    QTextBrowser *m_eqfDescriptor = nullptr;
    QTextBrowser *m_nlqfDescriptor = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_loadSummary = nullptr;
};

} // namespace mcs::ui
