#include "AdmissionSection.h"

#include "SectionForm.h"

namespace mcs::ui {

AdmissionSection::AdmissionSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    QFormLayout *form = SectionForm::create(this);
    addText(form, tr("&Target group"), QStringLiteral("targetGroup"), true,
            [](Microcredential &m) -> LocalizedText & { return m.targetGroup; });
    addText(form, tr("&Prior knowledge"), QStringLiteral("priorKnowledge"), true,
            [](Microcredential &m) -> LocalizedText & { return m.priorKnowledge; });
    addText(form, tr("&Admission requirements"), QStringLiteral("admissionRequirements"), true,
            [](Microcredential &m) -> LocalizedText & { return m.admissionRequirements; });
    addText(form, tr("&How admission is tested"), QStringLiteral("admissionTesting"), true,
            [](Microcredential &m) -> LocalizedText & { return m.admissionTesting; });
    refresh();
}

QString AdmissionSection::title() const
{
    return tr("Target group and admission");
}

QString AdmissionSection::subtitle() const
{
    return tr("Who the microcredential is for and what they need to start (mbo criterion 7).");
}

} // namespace mcs::ui
