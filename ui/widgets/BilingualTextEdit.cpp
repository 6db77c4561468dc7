#include "BilingualTextEdit.h"

#include "LineEditText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace mcs::ui {

BilingualTextEdit::BilingualTextEdit(const QString &accessibleLabel, Lines lines, QWidget *parent)
    : QWidget(parent), m_lines(lines)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    m_dutch = makeEditor(tr("%1 (Dutch)").arg(accessibleLabel));
    m_english = makeEditor(tr("%1 (English)").arg(accessibleLabel));
    auto *dutchLabel = new QLabel(tr("Dutch"), this);
    auto *englishLabel = new QLabel(tr("English"), this);
    for (QLabel *label : {dutchLabel, englishLabel}) {
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // never taller than its line
    }
    dutchLabel->setBuddy(m_dutch);
    englishLabel->setBuddy(m_english);
    layout->addWidget(dutchLabel, 0, 0);
    layout->addWidget(englishLabel, 0, 1);
    layout->addWidget(m_dutch, 1, 0);
    layout->addWidget(m_english, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    // The text boxes have a largest height; without a largest height for the
    // whole, a form gives it more and the labels drift away from their boxes.
    layout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    setFocusProxy(m_dutch);
}

QWidget *BilingualTextEdit::makeEditor(const QString &accessibleName)
{
    QWidget *editor = nullptr;
    if (m_lines == Lines::Single) {
        auto *line = new QLineEdit(this);
        connect(line, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(text()); });
        editor = line;
    } else {
        auto *plain = new QPlainTextEdit(this);
        plain->setTabChangesFocus(true); // keyboard users move on with Tab
        plain->setMinimumHeight(plain->fontMetrics().lineSpacing() * 4);
        plain->setMaximumHeight(plain->fontMetrics().lineSpacing() * 8);
        connect(plain, &QPlainTextEdit::textChanged, this, [this] {
            if (!signalsBlocked())
                Q_EMIT edited(text());
        });
        editor = plain;
    }
    editor->setAccessibleName(accessibleName);
    return editor;
}

QString BilingualTextEdit::editorText(QWidget *editor) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return static_cast<QPlainTextEdit *>(editor)->toPlainText();
}

void BilingualTextEdit::setEditorText(QWidget *editor, const QString &value)
{
    if (editorText(editor) == value)
        return; // the user's own edit coming back: keep cursor and selection
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        LineEditText::show(line, value);
    } else {
        auto *plain = static_cast<QPlainTextEdit *>(editor);
        const QSignalBlocker blocker(this);
        const QSignalBlocker editorBlocker(plain);
        plain->setPlainText(value);
    }
}

LocalizedText BilingualTextEdit::text() const
{
    return {editorText(m_dutch), editorText(m_english)};
}

void BilingualTextEdit::setText(const LocalizedText &value)
{
    setEditorText(m_dutch, value.nl);
    setEditorText(m_english, value.en);
}

void BilingualTextEdit::focusLanguage(const QString &language)
{
    (language == QLatin1String("en") ? m_english : m_dutch)->setFocus(Qt::OtherFocusReason);
}

QWidget *BilingualTextEdit::dutchEditor() const
{
    return m_dutch;
}

QWidget *BilingualTextEdit::englishEditor() const
{
    return m_english;
}

void BilingualTextEdit::setPlaceholders(const QString &dutch, const QString &english)
{
    if (auto *line = qobject_cast<QLineEdit *>(m_dutch)) {
        line->setPlaceholderText(dutch);
        static_cast<QLineEdit *>(m_english)->setPlaceholderText(english);
    } else {
        static_cast<QPlainTextEdit *>(m_dutch)->setPlaceholderText(dutch);
        static_cast<QPlainTextEdit *>(m_english)->setPlaceholderText(english);
    }
}

} // namespace mcs::ui
