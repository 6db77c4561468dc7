#include "LineEditText.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace mcs::ui {

void LineEditText::show(QLineEdit *line, const QString &value)
{
    const QSignalBlocker blocker(line);
    line->setText(value);
    if (!line->hasFocus())
        line->home(false);
}

} // namespace mcs::ui
