#pragma once

#include "ChecklistItemEdit.h"
#include "ReviewSignOffBar.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace mcs::ui {

class ChecklistItemEditor;
class ChecklistTableModel;
class FrameworkChangesNotice;
class DesignDocument;
class OpenItemsFilterModel;

/// The checklist review for project leaders: per quality framework, every
/// criterion with the automatic verdict, status, evidence, person responsible and
/// the reviewer's comment; a filter for open items; and the sign-off.
///
/// Every change goes through the DesignDocument (undoable; typing in one field
/// merges into one step) and is recorded in the checklist's history under the
/// reviewer's name. The document must outlive the widget.
class ChecklistReviewWidget : public QWidget
{
    Q_OBJECT

public:
    /// Asks whether to go ahead with `question`; true to go ahead.
    using Confirmation = ReviewSignOffBar::Confirmation;

    ChecklistReviewWidget(DesignDocument *document, QString reviewerName,
                          QWidget *parent = nullptr);

    /// Replaces the question asked before a sign-off (a message box by default).
    void setConfirmation(Confirmation confirm);
    /// "nl" or "en": the language of criterion texts and status names. Defaults to
    /// Dutch when the application's default locale is Dutch, English otherwise.
    void setLanguage(const QString &language);

    QString language() const { return m_language; }
    QString reviewerName() const { return m_reviewerName; }
    QString frameworkId() const;
    /// Shows the checklist for one of the built-in frameworks; false for an unknown id.
    bool selectFramework(const QString &frameworkId);
    /// The criterion shown in the detail pane; empty when none.
    QString currentCriterionId() const { return m_currentCriterionId; }
    ChecklistTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }

public Q_SLOTS:
    /// Shows a criterion (switching framework or clearing the open-items filter when
    /// that is what hides it) and puts the keyboard focus on its row.
    void selectCriterion(const QString &criterionId);
    /// Asks for confirmation, then records the sign-off under the reviewer's name.
    void signOff();

Q_SIGNALS:
    void currentCriterionChanged(const QString &criterionId);
    void signedOff(const QString &frameworkId);

private:
    QWidget *createFrameworkBar();
    void fillFrameworkNames();
    void frameworkChosen(int index);
    void currentRowChanged(const QModelIndex &current);
    void showCurrent();
    void refresh();
    void editItem(const QString &field, const QString &description, bool mergesTyping,
                  const ChecklistItemEdit::Change &change);
    void setStatus(CriterionStatus status);
    void setText(const QString &field, const QString &value);
    void setLinks(const QStringList &links);
    void setOwnEvidence(bool own);
    void moveToCurrentVersion();

    DesignDocument *m_document;
    QString m_reviewerName;
    QString m_language;
    QString m_currentCriterionId;
    /// While an edit of ours is applied, rows the filter hides do not move the pane.
    bool m_applyingEdit = false;

    ChecklistTableModel *m_model = nullptr;
    OpenItemsFilterModel *m_filter = nullptr;
    QComboBox *m_frameworkCombo = nullptr;
    QCheckBox *m_openOnlyCheck = nullptr;
    QLabel *m_countLabel = nullptr;
    FrameworkChangesNotice *m_changesNotice = nullptr;
    QLabel *m_periodNotice = nullptr;
    QLabel *m_copiedNotice = nullptr;
    QTableView *m_table = nullptr;
    ChecklistItemEditor *m_editor = nullptr;
    ReviewSignOffBar *m_signOffBar = nullptr;
};

} // namespace mcs::ui
