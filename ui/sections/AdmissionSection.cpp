#include "AdmissionSection.h"

#include "SectionForm.h"
#include "help/FieldHelp.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSignalBlocker>

namespace mcs::ui {

AdmissionSection::AdmissionSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    QFormLayout *form = SectionForm::create(this);
    addText(form, tr("&Target group"), QStringLiteral("targetGroup"), true,
            [](Microcredential &m) -> LocalizedText & { return m.targetGroup; });
    addText(form, tr("&Prior knowledge"), QStringLiteral("priorKnowledge"), true,
            [](Microcredential &m) -> LocalizedText & { return m.priorKnowledge; });
    addNone(form, tr("No prior &knowledge is needed"), QStringLiteral("noPriorKnowledge"),
            [](Microcredential &m) -> bool & { return m.noPriorKnowledge; });
    addText(form, tr("&Admission requirements"), QStringLiteral("admissionRequirements"), true,
            [](Microcredential &m) -> LocalizedText & { return m.admissionRequirements; });
    addNone(form, tr("There are n&o admission requirements"), QStringLiteral("noAdmissionRequirements"),
            [](Microcredential &m) -> bool & { return m.noAdmissionRequirements; });
    addText(form, tr("&How admission is tested"), QStringLiteral("admissionTesting"), true,
            [](Microcredential &m) -> LocalizedText & { return m.admissionTesting; });
    refresh();
}

void AdmissionSection::addNone(QFormLayout *form, const QString &label, const QString &fieldKey,
                               const std::function<bool &(Microcredential &)> &member)
{
    // "None" answers the question: the criterion asks for prior knowledge only
    // where it is needed and for admission requirements only if there are any.
    auto *box = new QCheckBox(label, this);
    box->setObjectName(fieldKey + QStringLiteral("CheckBox"));
    form->addRow(QString(), box);
    FieldHelp::apply(box, fieldKey);
    connect(box, &QCheckBox::toggled, this, [this, fieldKey, label, member](bool checked) {
        if (member(const_cast<Microcredential &>(design())) != checked)
            document()->edit(fieldKey, QString(label).remove(QLatin1Char('&')), [&](Microcredential &m) { member(m) = checked; });
    });
    addRefresher([this, box, member] {
        const bool value = member(const_cast<Microcredential &>(design()));
        if (box->isChecked() != value) {
            const QSignalBlocker blocker(box);
            box->setChecked(value);
        }
        box->setEnabled(!isReadOnly());
    });
    addFocusTarget(fieldKey, [box] { box->setFocus(Qt::OtherFocusReason); });
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
