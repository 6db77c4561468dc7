#pragma once

#include "model/Microcredential.h"
#include "workflow/ApprovalWorkflow.h"
#include "workflow/WorkflowActor.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace mcs::ui {

/// Takes one step in the approval workflow: shows where the design stands, the
/// steps the user's roles allow from there, and asks for a comment (required
/// when sending a design back to draft). The fingerprint shown is the one the
/// step will record, and the one printed on the documents.
class WorkflowStepDialog : public QDialog
{
    Q_OBJECT

public:
    WorkflowStepDialog(const Microcredential &design, const WorkflowActor &actor, QWidget *parent = nullptr);

    /// Preselects the step to `to` when the user may take it.
    void preselect(Status to);
    std::optional<WorkflowRule> chosenRule() const;
    QString comment() const;
    /// The steps offered (for tests).
    QList<WorkflowRule> offeredRules() const { return m_rules; }
    static QString stepName(const WorkflowRule &rule);

private:
    void updateState();

    QList<WorkflowRule> m_rules;
    QListWidget *m_steps = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_commentHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mcs::ui
