#include "DesignSection.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "widgets/LineEditText.h"

#include "widgets/BilingualTextEdit.h"
#include "widgets/ReadOnlyInputs.h"
#include "help/FieldHelp.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace mcs::ui {

DesignSection::DesignSection(DesignDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    connect(document, &DesignDocument::changed, this, &DesignSection::refresh);
}

void DesignSection::refresh()
{
    for (const auto &refresher : std::as_const(m_refreshers))
        refresher();
    // Before refreshOther(), which enables the buttons that fit the selection
    // only when the version can still be changed.
    if (m_document->isFrozen() != m_readOnly) {
        m_readOnly = m_document->isFrozen();
        ReadOnlyInputs::apply(this, m_readOnly);
    }
    refreshOther();
}

QString DesignSection::inSentence(const QString &label)
{
    // "Title" becomes "title", but "EQF level" and "BRIN" keep their capitals.
    QString text = QString(label).remove(QLatin1Char('&'));
    const bool acronym = text.size() > 1 && text.at(1).isUpper();
    if (!text.isEmpty() && !acronym)
        text[0] = text.at(0).toLower();
    return text;
}

bool DesignSection::focusField(const QString &fieldPath)
{
    // The longest registered key that the path starts with wins.
    const std::function<void()> *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &target : std::as_const(m_focusTargets)) {
        const QString &key = target.first;
        const bool matches = fieldPath == key || fieldPath.startsWith(key + QLatin1Char('.'))
                             || fieldPath.startsWith(key + QLatin1Char('['));
        if (matches && key.size() > bestLength) {
            best = &target.second;
            bestLength = key.size();
        }
    }
    if (!best)
        return false;
    (*best)();
    return true;
}

void DesignSection::addFocusTarget(const QString &fieldKey, const std::function<void()> &focus)
{
    m_focusTargets.append({fieldKey, focus});
}

BilingualTextEdit *DesignSection::addText(QFormLayout *form, const QString &label, const QString &fieldKey,
                                          bool multiLine, const TextMember &member)
{
    auto *edit = new BilingualTextEdit(QString(label).remove(QLatin1Char('&')),
                                       multiLine ? BilingualTextEdit::Lines::Multiple : BilingualTextEdit::Lines::Single, this);
    edit->setObjectName(fieldKey + QStringLiteral("TextEdit"));
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit->dutchEditor());
    form->addRow(caption, edit);
    FieldHelp::apply(edit, fieldKey);
    connect(edit, &BilingualTextEdit::edited, this, [this, fieldKey, label, member](const LocalizedText &text) {
        m_document->edit(fieldKey, tr("Edit %1").arg(inSentence(label)),
                         [&](Microcredential &mc) { member(mc) = text; });
    });
    addRefresher([this, edit, member] { edit->setText(member(const_cast<Microcredential &>(design()))); });
    addFocusTarget(fieldKey + QStringLiteral(".nl"), [edit] { edit->focusLanguage(QStringLiteral("nl")); });
    addFocusTarget(fieldKey + QStringLiteral(".en"), [edit] { edit->focusLanguage(QStringLiteral("en")); });
    addFocusTarget(fieldKey, [edit] { edit->focusLanguage(QStringLiteral("nl")); });
    return edit;
}

QLineEdit *DesignSection::addLine(QFormLayout *form, const QString &label, const QString &fieldKey,
                                  const StringMember &member)
{
    auto *line = new QLineEdit(this);
    CleaningValidator::attach(line);
    line->setObjectName(fieldKey + QStringLiteral("LineEdit"));
    line->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(label, line);
    FieldHelp::apply(line, fieldKey);
    connect(line, &QLineEdit::textEdited, this, [this, fieldKey, label, member](const QString &text) {
        m_document->edit(fieldKey, tr("Edit %1").arg(inSentence(label)),
                         [&](Microcredential &mc) { member(mc) = text; });
    });
    addRefresher([this, line, member] {
        const QString value = member(const_cast<Microcredential &>(design()));
        if (line->text() != value) {
            LineEditText::show(line, value);
        }
    });
    addFocusTarget(fieldKey, [line] { line->setFocus(Qt::OtherFocusReason); });
    return line;
}

QComboBox *DesignSection::addChoice(QFormLayout *form, const QString &label, const QString &fieldKey,
                                    const QList<std::pair<QString, QString>> &codesAndNames,
                                    const std::function<QString(const Microcredential &)> &read,
                                    const std::function<void(Microcredential &, const QString &)> &write)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(fieldKey + QStringLiteral("ComboBox"));
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    for (const auto &entry : codesAndNames)
        combo->addItem(entry.second, entry.first);
    form->addRow(label, combo);
    FieldHelp::apply(combo, fieldKey);
    connect(combo, &QComboBox::activated, this, [this, combo, fieldKey, label, write](int index) {
        const QString code = combo->itemData(index).toString();
        m_document->edit(fieldKey, tr("Change %1").arg(inSentence(label)),
                         [&](Microcredential &mc) { write(mc, code); });
    });
    addRefresher([this, combo, read] {
        const int index = combo->findData(read(design()));
        if (index >= 0 && index != combo->currentIndex()) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(index);
        }
    });
    addFocusTarget(fieldKey, [combo] { combo->setFocus(Qt::OtherFocusReason); });
    return combo;
}

} // namespace mcs::ui
