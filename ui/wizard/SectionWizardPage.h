#pragma once

#include <QWizardPage>

namespace mcs::ui {

class DesignSection;

/// A wizard page that hosts one design section.
class SectionWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    /// `required`: the page is complete only when this holds (e.g. a title is given).
    SectionWizardPage(DesignSection *section, std::function<bool()> required, QWidget *parent = nullptr);
    bool isComplete() const override;
    DesignSection *section() const { return m_section; }

private:
    DesignSection *m_section;
    std::function<bool()> m_required;
};

} // namespace mcs::ui
