#pragma once

#include <QPlainTextEdit>

namespace mcs::ui {

/// A multi-line text box that takes only harmless text: what is pasted or
/// dropped passes through TextSanitizer (no control characters but tab and line
/// feed, no direction overrides, nothing that is not text), and a tooltip at the
/// box says what was removed.
class CleanPlainTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CleanPlainTextEdit(QWidget *parent = nullptr);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace mcs::ui
