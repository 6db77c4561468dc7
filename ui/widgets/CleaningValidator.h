#pragma once

#include <QValidator>

class QLineEdit;

namespace mcs {
struct SanitizedText;
}

namespace mcs::ui {

/// Keeps a one-line text box free of what could do harm (TextSanitizer, one
/// line): pasted control characters, line breaks, direction overrides and
/// noncharacters are removed as they come in, and a tooltip says so. Every
/// input is accepted once cleaned; this validator never blocks typing.
class CleaningValidator : public QValidator
{
    Q_OBJECT

public:
    explicit CleaningValidator(QLineEdit *edit);

    /// Gives `edit` a cleaning validator (line edits that hold design text).
    static void attach(QLineEdit *edit);
    /// Shows at `widget` what was removed from text that came in.
    static void tellRemoved(QWidget *widget, const SanitizedText &result);

    State validate(QString &input, int &position) const override;

private:
    QLineEdit *m_edit;
};

} // namespace mcs::ui
