#include "BilingualTextEdit.h"

#include "CleanPlainTextEdit.h"
#include "CleaningValidator.h"

#include "LineEditText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QEvent>
#include <QStyle>
#include <QTextLayout>
#include <QPlainTextEdit>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
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
        CleaningValidator::attach(line);
        connect(line, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(text()); });
        editor = line;
    } else {
        auto *plain = new CleanPlainTextEdit(this);
        plain->setTabChangesFocus(true); // keyboard users move on with Tab
        plain->setFixedHeight(heightForLines(plain, m_minimumLines));
        connect(plain, &QPlainTextEdit::textChanged, this, [this] {
            fitHeights();
            if (!signalsBlocked())
                Q_EMIT edited(text());
        });
        // The boxes grow with their text, and with the wrapping a new width brings.
        plain->installEventFilter(this);
        editor = plain;
    }
    editor->setAccessibleName(accessibleName);
    return editor;
}

int BilingualTextEdit::heightForLines(const QPlainTextEdit *editor, int lines)
{
    const int documentMargin = int(std::ceil(2 * editor->document()->documentMargin()));
    const int lineSpacing = editor->fontMetrics().lineSpacing();
    // Half a line to spare: a last line that fits only just still brings a scroll bar.
    return lines * lineSpacing + lineSpacing / 2 + 2 * editor->frameWidth() + documentMargin;
}

int BilingualTextEdit::linesNeeded(const QPlainTextEdit *editor) const
{
    // Laid out as the box lays it out (QTextLayout, the document's wrap mode), at
    // the width that leaves room for a scroll bar: the text then fits whether or
    // not one shows, so the box never grows and shrinks in turn.
    const qreal margin = 2 * editor->document()->documentMargin() + editor->cursorWidth()
                         + editor->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, editor);
    const qreal width = editor->contentsRect().width() - margin;
    if (width <= 0)
        return m_minimumLines;
    QTextOption option = editor->document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    int lines = 0;
    for (const QString &paragraph : editor->toPlainText().split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, editor->document()->defaultFont());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    return lines;
}

void BilingualTextEdit::fitHeights()
{
    // Side by side, Dutch and English are as tall as the longer of the two:
    // between the minimum (room to start writing) and 12 lines (then the box scrolls).
    int lines = m_minimumLines;
    for (QWidget *editor : {m_dutch, m_english}) {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            lines = std::max(lines, linesNeeded(plain));
    }
    lines = std::min(lines, MaximumLines);
    for (QWidget *editor : {m_dutch, m_english}) {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            plain->setFixedHeight(heightForLines(plain, lines));
    }
}

bool BilingualTextEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitHeights(); // a new width wraps the text anew; a new height changes nothing
    return QWidget::eventFilter(watched, event);
}

QString BilingualTextEdit::editorText(QWidget *editor) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return static_cast<QPlainTextEdit *>(editor)->toPlainText();
}

bool BilingualTextEdit::setEditorText(QWidget *editor, const QString &value)
{
    if (editorText(editor) == value)
        return false; // the user's own edit coming back: keep cursor and selection
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        LineEditText::show(line, value);
    } else {
        auto *plain = static_cast<QPlainTextEdit *>(editor);
        const QSignalBlocker blocker(this);
        const QSignalBlocker editorBlocker(plain);
        plain->setPlainText(value);
    }
    return true;
}

LocalizedText BilingualTextEdit::text() const
{
    return {editorText(m_dutch), editorText(m_english)};
}

void BilingualTextEdit::setText(const LocalizedText &value)
{
    const bool dutchChanged = setEditorText(m_dutch, value.nl);
    const bool englishChanged = setEditorText(m_english, value.en);
    // Every change of the design refreshes every section: lay out again only a
    // text that changed (it did not announce itself; signals were blocked).
    if (m_lines == Lines::Multiple && (dutchChanged || englishChanged))
        fitHeights();
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

void BilingualTextEdit::setMinimumLines(int lines)
{
    m_minimumLines = std::clamp(lines, 1, MaximumLines);
    fitHeights();
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
