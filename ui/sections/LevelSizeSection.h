#pragma once

#include "DesignSection.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace mcs::ui {

/// EQF/NLQF level with the level descriptors side by side (and a level in another
/// country's framework), study load with SBU and EC together, form of
/// participation, learning setting, whether it is part of a larger qualification,
/// its maximum duration on the calendar, and languages of instruction.
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
    void addDurationField(QFormLayout *form);
    void refreshDuration();

    QTextBrowser *m_eqfDescriptor = nullptr;
    QTextBrowser *m_nlqfDescriptor = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_loadSummary = nullptr;
    QSpinBox *m_durationAmount = nullptr;
    QComboBox *m_durationUnit = nullptr;
    QLabel *m_durationText = nullptr;
};

} // namespace mcs::ui
