#include "CleaningValidator.h"

#include "util/TextSanitizer.h"

#include <QLineEdit>
#include <QToolTip>

namespace mcs::ui {

CleaningValidator::CleaningValidator(QLineEdit *edit) : QValidator(edit), m_edit(edit) {}

void CleaningValidator::attach(QLineEdit *edit)
{
    edit->setValidator(new CleaningValidator(edit));
}

void CleaningValidator::tellRemoved(QWidget *widget, const SanitizedText &result)
{
    QToolTip::showText(widget->mapToGlobal(QPoint(0, widget->height())),
                       tr("From the text that came in: %1").arg(TextSanitizer::describe(result)), widget);
}

QValidator::State CleaningValidator::validate(QString &input, int &position) const
{
    const SanitizedText result = TextSanitizer::clean(input, TextSanitizer::Lines::Single);
    if (result.changed()) {
        input = result.text;
        position = std::min(position, int(input.size()));
        tellRemoved(m_edit, result);
    }
    return Acceptable;
}

} // namespace mcs::ui
