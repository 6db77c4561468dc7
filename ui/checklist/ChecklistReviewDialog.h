#pragma once

#include <QDialog>

namespace mcs::ui {

class ChecklistReviewWidget;
class DesignDocument;

/// The checklist review of one design in a window of its own. Changes are made
/// through the document as they happen, so closing is all there is to do.
class ChecklistReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistReviewDialog(DesignDocument *document, QString reviewerName,
                          QWidget *parent = nullptr);

    ChecklistReviewWidget *reviewWidget() const { return m_review; }
    /// "nl" or "en": see ChecklistReviewWidget::setLanguage(); the title follows.
    void setLanguage(const QString &language);

private:
    void updateTitle();

    DesignDocument *m_document;
    ChecklistReviewWidget *m_review = nullptr;
};

} // namespace mcs::ui
