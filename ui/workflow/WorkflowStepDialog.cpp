#include "WorkflowStepDialog.h"

#include "help/HelpTargets.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "DisplayNames.h"
#include "format/ContentFingerprint.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcs::ui {

WorkflowStepDialog::WorkflowStepDialog(const Microcredential &design, const WorkflowActor &actor, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change Status"));
    HelpTargets::set(this, HelpTargets::workflowStepDialog());
    setObjectName(QStringLiteral("workflowStepDialog"));
    for (const WorkflowRule &rule : ApprovalWorkflow::rulesFrom(design.status)) {
        if (actor.has(rule.role))
            m_rules.append(rule);
    }

    auto *layout = new QVBoxLayout(this);
    auto *facts = new QFormLayout;
    auto *title = new QLabel(design.title.preferred(DisplayNames::language()), this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    facts->addRow(tr("Microcredential"), title);
    facts->addRow(tr("Version"), new QLabel(QString::number(design.version), this));
    facts->addRow(tr("Status now"), new QLabel(DisplayNames::status(design.status), this));
    auto *fingerprint = new QLabel(ContentFingerprint::shortForm(design), this);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setToolTip(tr("The content fingerprint printed on the description for approval; the step records it."));
    facts->addRow(tr("Fingerprint"), fingerprint);
    QStringList roles;
    for (WorkflowRole role : actor.roles)
        roles.append(DisplayNames::role(role));
    auto *actorLabel = new QLabel(tr("%1 (%2)").arg(actor.name, roles.join(QLatin1String(", "))), this);
    actorLabel->setTextFormat(Qt::PlainText);
    facts->addRow(tr("You act as"), actorLabel);
    layout->addLayout(facts);

    auto *stepsLabel = new QLabel(tr("&Next step"), this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("workflowSteps"));
    m_steps->setAccessibleName(tr("Next step"));
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7);
    stepsLabel->setBuddy(m_steps);
    for (const WorkflowRule &rule : std::as_const(m_rules))
        m_steps->addItem(tr("%1 — as %2").arg(stepName(rule), DisplayNames::role(rule.role)));
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps);
    if (m_rules.isEmpty()) {
        auto *none = new QLabel(tr("Your roles allow no step from “%1”. A project leader (reviewer) or the "
                                   "examination committee or board (approver) takes the next step.")
                                    .arg(DisplayNames::status(design.status)),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
        m_steps->hide();
        stepsLabel->hide();
    }

    auto *commentLabel = new QLabel(tr("&Comment"), this);
    m_comment = new CleanPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("workflowComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    commentLabel->setBuddy(m_comment);
    m_commentHint = new QLabel(this);
    m_commentHint->setWordWrap(true);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_commentHint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Step"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_steps, &QListWidget::currentRowChanged, this, &WorkflowStepDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &WorkflowStepDialog::updateState);
    if (!m_rules.isEmpty())
        m_steps->setCurrentRow(0);
    updateState();
    resize(520, sizeHint().height());
}

QString WorkflowStepDialog::stepName(const WorkflowRule &rule)
{
    switch (rule.to) {
    case Status::Draft:
        return rule.role == WorkflowRole::Editor ? tr("Withdraw to draft") : tr("Send back to draft");
    case Status::InReview:
        return tr("Submit for review");
    case Status::Reviewed:
        return tr("Mark as reviewed");
    case Status::ApprovedByExamCommittee:
        return tr("Approve for the examination committee");
    case Status::Approved:
        return tr("Approve for the board");
    case Status::Published:
        return tr("Publish");
    case Status::Archived:
        return tr("Archive");
    }
    return {};
}

void WorkflowStepDialog::preselect(Status to)
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).to == to) {
            m_steps->setCurrentRow(i);
            return;
        }
    }
}

std::optional<WorkflowRule> WorkflowStepDialog::chosenRule() const
{
    const int row = m_steps->currentRow();
    if (row < 0 || row >= m_rules.size())
        return std::nullopt;
    return m_rules.at(row);
}

QString WorkflowStepDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void WorkflowStepDialog::updateState()
{
    const std::optional<WorkflowRule> rule = chosenRule();
    const bool needsReason = rule && rule->needsReason;
    m_commentHint->setText(needsReason ? tr("Say why: the team sees this reason in the history.")
                                       : tr("Optional; kept in the history with your name and the time."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rule && (!needsReason || !comment().isEmpty()));
}

} // namespace mcs::ui
