#include "ChecklistReviewDialog.h"

#include "ChecklistReviewWidget.h"
#include "document/DesignDocument.h"
#include "document/PendingChanges.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QVBoxLayout>

namespace mcs::ui {

ChecklistReviewDialog::ChecklistReviewDialog(DesignDocument *document, QString reviewerName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("checklistReviewDialog"));
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
    updateTitle();
}

ChecklistReviewDialog::~ChecklistReviewDialog()
{
    // The review's widgets go before the document they show, which may go with us.
    delete m_review;
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
