#include "SectionWizardPage.h"

#include "sections/DesignSection.h"
#include "sections/SectionFactory.h"

#include <QVBoxLayout>

namespace mcs::ui {

SectionWizardPage::SectionWizardPage(DesignSection *section, std::function<bool()> required, QWidget *parent)
    : QWizardPage(parent), m_section(section), m_required(std::move(required))
{
    setTitle(section->title());
    setSubTitle(section->subtitle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(SectionFactory::framed(section, false, this));
    setFocusProxy(section);
}

bool SectionWizardPage::isComplete() const
{
    return !m_required || m_required();
}

} // namespace mcs::ui
