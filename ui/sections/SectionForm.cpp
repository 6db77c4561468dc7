#include "SectionForm.h"

#include <QWidget>

namespace mcs::ui {

QFormLayout *SectionForm::create(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    return form;
}

} // namespace mcs::ui
