#pragma once

#include "checks/CheckVerdict.h"
#include "frameworks/QualityCriterion.h"
#include "model/ChecklistItem.h"
#include "model/InstitutionEvidence.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace mcs::ui {

/// The detail pane of the checklist review: what one criterion asks, what the
/// automatic checks conclude, and the team's and reviewer's record for it.
///
/// It only shows and reports: the user's edits come out as signals, and the
/// review applies them to the design (undoable, with the history).
class ChecklistItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistItemEditor(QWidget *parent = nullptr);

    /// Shows a criterion with its record (null while nobody worked on it). A field
    /// whose content is unchanged keeps its cursor, so that typing is not disturbed.
    /// For a criterion about the institution, `institution` is what the
    /// institution recorded (none: nothing yet) and `copied` says whether it is
    /// the copy an approval kept.
    void showCriterion(const QualityCriterion &criterion, const ChecklistItem *item,
                       const CheckVerdict &verdict, const QString &language,
                       const std::optional<InstitutionEvidence> &institution = std::nullopt, bool copied = false);
    /// Empties and disables the pane while no criterion is selected.
    void showNothing();

    /// The links as typed, one a line; blank lines do not count.
    static QStringList parseLinks(const QString &text);

Q_SIGNALS:
    void statusEdited(mcs::CriterionStatus status);
    /// `field` is "evidence", "responsible" or "reviewerComment".
    void textEdited(const QString &field, const QString &value);
    void linksEdited(const QStringList &links);
    /// The team gives (true) or stops giving this design's own evidence.
    void ownEvidenceEdited(bool own);

private:
    QPlainTextEdit *makeTextEdit(const QString &name, const QString &spokenName,
                                 const QString &field, int lines);
    void setStatusNames(const QString &language);
    void setEditorsEnabled(bool enabled);
    void showInstitution(const QualityCriterion &criterion, const ChecklistItem &record,
                         const std::optional<InstitutionEvidence> &institution, bool copied);

    QString m_language;
    QLabel *m_titleLabel = nullptr;
    QTextBrowser *m_descriptionBrowser = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QPlainTextEdit *m_evidenceEdit = nullptr;
    QPlainTextEdit *m_linksEdit = nullptr;
    QLineEdit *m_responsibleEdit = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QLabel *m_reviewedLabel = nullptr;
    QLabel *m_institutionLabel = nullptr;
    QLabel *m_institutionCaption = nullptr;
    QCheckBox *m_ownEvidenceCheck = nullptr;
};

} // namespace mcs::ui
