#pragma once

#include "document/DesignDocument.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace mcs::ui {

class BilingualTextEdit;

/// One section of a design (basics, admission, level, ...): the same widget is a
/// page of the new-design wizard and a page of the editor.
///
/// Inputs are bound to fields of the design: a user's edit becomes an undoable
/// DesignDocument::edit(), and every change of the document (also undo and redo)
/// refreshes the inputs.
class DesignSection : public QWidget
{
    Q_OBJECT

public:
    explicit DesignSection(DesignDocument *document, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    /// A line under the title in the wizard and the editor.
    virtual QString subtitle() const { return {}; }
    /// Shows the design's current values.
    void refresh();
    /// Opens the input of a field path such as "learningOutcomes[2].statement.nl".
    virtual bool focusField(const QString &fieldPath);

protected:
    DesignDocument *document() const { return m_document; }
    const Microcredential &design() const { return m_document->design(); }
    /// An approved version: its inputs can be read and copied, not changed.
    bool isReadOnly() const { return m_readOnly; }
    /// Refreshes what the bindings do not cover (lists, derived labels).
    virtual void refreshOther() {}

    using TextMember = std::function<LocalizedText &(Microcredential &)>;
    using StringMember = std::function<QString &(Microcredential &)>;

    BilingualTextEdit *addText(QFormLayout *form, const QString &label, const QString &fieldKey, bool multiLine,
                               const TextMember &member);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &fieldKey, const StringMember &member);
    /// A combo box over codes; `read`/`write` convert between the design and a code ("" = not set).
    QComboBox *addChoice(QFormLayout *form, const QString &label, const QString &fieldKey,
                         const QList<std::pair<QString, QString>> &codesAndNames,
                         const std::function<QString(const Microcredential &)> &read,
                         const std::function<void(Microcredential &, const QString &)> &write);
    /// Registers how to open a field: `fieldKey` matches a path exactly or as its prefix.
    void addFocusTarget(const QString &fieldKey, const std::function<void()> &focus);
    /// A form label inside a sentence ("Edit %1"): without its mnemonic, lower case unless an acronym.
    static QString inSentence(const QString &label);
    void addRefresher(const std::function<void()> &refresher) { m_refreshers.append(refresher); }

private:
    DesignDocument *m_document;
    bool m_readOnly = false;
    QList<std::function<void()>> m_refreshers;
    QList<std::pair<QString, std::function<void()>>> m_focusTargets;
};

} // namespace mcs::ui
