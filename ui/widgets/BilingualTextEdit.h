#pragma once

#include "model/LocalizedText.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace mcs::ui {

/// A text a learner or employer reads, entered in Dutch and English side by side.
/// Single-line (titles) or multi-line (descriptions).
class BilingualTextEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Lines { Single, Multiple };

    BilingualTextEdit(const QString &accessibleLabel, Lines lines, QWidget *parent = nullptr);

    LocalizedText text() const;
    /// Shows a text without emitting edited(); keeps the cursor where the text is unchanged.
    void setText(const LocalizedText &text);
    /// Puts the keyboard focus in the Dutch ("nl") or English ("en") field.
    void focusLanguage(const QString &language);
    QWidget *dutchEditor() const;
    QWidget *englishEditor() const;
    void setPlaceholders(const QString &dutch, const QString &english);
    /// Multi-line boxes start this many lines tall (4 unless set) and grow with their text.
    void setMinimumLines(int lines);

Q_SIGNALS:
    /// The user changed one of the texts.
    void edited(const mcs::LocalizedText &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int MaximumLines = 12;
    static int heightForLines(const QPlainTextEdit *editor, int lines);
    int linesNeeded(const QPlainTextEdit *editor) const;
    QWidget *makeEditor(const QString &accessibleName);
    void fitHeights();
    QString editorText(QWidget *editor) const;
    /// False when the editor showed this text already.
    bool setEditorText(QWidget *editor, const QString &text);

    Lines m_lines;
    int m_minimumLines = 4; // room to start writing
    QWidget *m_dutch = nullptr;
    QWidget *m_english = nullptr;
};

} // namespace mcs::ui
