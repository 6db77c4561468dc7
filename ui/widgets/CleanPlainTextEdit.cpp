#include "CleanPlainTextEdit.h"

#include "CleaningValidator.h"
#include "util/TextSanitizer.h"

#include <QMimeData>

namespace mcs::ui {

CleanPlainTextEdit::CleanPlainTextEdit(QWidget *parent) : QPlainTextEdit(parent) {}

void CleanPlainTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText())
        return;
    const SanitizedText result = TextSanitizer::clean(source->text(), TextSanitizer::Lines::Multi);
    if (result.changed())
        CleaningValidator::tellRemoved(this, result);
    // Plain text only: a rich clipboard brings no formatting into a design.
    textCursor().insertText(result.text);
    ensureCursorVisible();
}

} // namespace mcs::ui
