#include "ChecklistReviewDialog.h"

#include "help/HelpTargets.h"

#include "ChecklistReviewWidget.h"
#include "document/DesignDocument.h"
#include "document/PendingChanges.h"
#include "editor/DesignEditorWindow.h"
#include "widgets/PlainMessageBox.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace mcs::ui {

ChecklistReviewDialog::ChecklistReviewDialog(DesignDocument *document, QString reviewerName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("checklistReviewDialog"));
    HelpTargets::set(this, HelpTargets::checklistReview());
    setSizeGripEnabled(true);
    m_review = new ChecklistReviewWidget(document, std::move(reviewerName), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("closeButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_review, 1);
    layout->addWidget(buttons);

    QSize size(1000, 680);
    // On a small screen (1280x720 with a panel) the window frame must fit too.
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(32, 48));
    resize(size);

    connect(m_document, &DesignDocument::changed, this, &ChecklistReviewDialog::updateTitle);
    connect(m_document, &DesignDocument::saveFailed, this, &ChecklistReviewDialog::handleSaveFailure);
    updateTitle();
}

ChecklistReviewDialog::~ChecklistReviewDialog()
{
    // The review's widgets go before the document they show, which may go with us.
    disconnect(m_document, nullptr, this, nullptr);
    delete m_review;
    m_review = nullptr;
}

bool ChecklistReviewDialog::editorIsOpen() const
{
    if (!parentWidget())
        return false;
    const QList<DesignEditorWindow *> editors = parentWidget()->findChildren<DesignEditorWindow *>();
    return std::any_of(editors.cbegin(), editors.cend(),
                       [this](const DesignEditorWindow *editor) { return editor->document() == m_document && editor->isVisible(); });
}

void ChecklistReviewDialog::handleSaveFailure()
{
    // An editor on the same document answers for both windows: one question, not two.
    if (m_resolving || !isVisible() || editorIsOpen())
        return;
    if (m_document->lastFailureKind() == FailureKind::Connection)
        return; // tried again by itself
    if (m_document->lastFailureKind() == FailureKind::Conflict) {
        m_resolving = true;
        const QString note = ConflictResolution::resolve(this, m_document, m_resolveConflict);
        m_resolving = false;
        if (!note.isEmpty())
            PlainMessageBox::information(this, tr("Saved as a new version"), note);
        return;
    }
    PlainMessageBox::warning(this, tr("Cannot save the review"),
                             tr("%1\n\nYour changes are kept in this window; closing it asks before they are lost.")
                                 .arg(m_document->lastError()));
}

void ChecklistReviewDialog::setLanguage(const QString &language)
{
    m_review->setLanguage(language);
    updateTitle();
}

void ChecklistReviewDialog::done(int result)
{
    if (PendingChanges::saveOrConfirmLoss(this, m_document))
        QDialog::done(result);
}

void ChecklistReviewDialog::updateTitle()
{
    setWindowTitle(tr("Checklist review — %1")
                       .arg(m_document->design().title.preferred(m_review->language())));
}

} // namespace mcs::ui
