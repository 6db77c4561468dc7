#include "ReadOnlyInputs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBrowser>

namespace mcs::ui {

namespace {

constexpr Qt::TextInteractionFlags ReadOnlyText = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

/// A disabled choice drawn with readable text (its arrow and frame still say
/// it cannot be opened).
QPalette readablePalette(const QWidget *widget)
{
    QPalette readable = widget->palette();
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        readable.setColor(QPalette::Disabled, role, readable.color(QPalette::Active, role));
    return readable;
}

/// A read-only text box on the window's colour instead of white: it still reads
/// (and selects) normally, but no longer looks like a place to type.
void showAsReadOnly(QWidget *input, bool readOnly)
{
    if (!readOnly) {
        input->setPalette(QPalette());
        return;
    }
    QPalette quiet = input->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        quiet.setColor(group, QPalette::Base, quiet.color(group, QPalette::Window));
    input->setPalette(quiet);
}

/// The line edit inside a combo box or spin box belongs to that widget.
bool partOfAnotherInput(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent);
}

} // namespace

void ReadOnlyInputs::apply(QWidget *root, bool readOnly)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            if (!partOfAnotherInput(line)) {
                line->setReadOnly(readOnly);
                showAsReadOnly(line, readOnly);
            }
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setReadOnly(readOnly);
            if (readOnly)
                plain->setTextInteractionFlags(ReadOnlyText);
            showAsReadOnly(plain, readOnly);
        } else if (qobject_cast<QTextBrowser *>(widget)) {
            continue; // read-only by nature, with its links
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
            rich->setReadOnly(readOnly);
            if (readOnly)
                rich->setTextInteractionFlags(ReadOnlyText);
            showAsReadOnly(rich, readOnly);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            spin->setReadOnly(readOnly);
            spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
            showAsReadOnly(spin, readOnly);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            combo->setEnabled(!readOnly);
            combo->setPalette(readOnly ? readablePalette(combo) : QPalette());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            button->setEnabled(!readOnly);
        }
    }
}

} // namespace mcs::ui
