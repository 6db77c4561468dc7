#pragma once

#include "workflow/ConflictResolution.h"

#include <QDialog>

#include <memory>

namespace mcs::ui {

class ChecklistReviewWidget;
class DesignDocument;

/// The checklist review of one design in a window of its own, beside the
/// catalogue and the editor (it is not modal: a reviewer reads the design while
/// checking it). Changes are made through the document as they happen; closing
/// saves what is still pending and asks before losing what cannot be saved.
class ChecklistReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistReviewDialog(DesignDocument *document, QString reviewerName,
                          QWidget *parent = nullptr);
    ~ChecklistReviewDialog() override;

    ChecklistReviewWidget *reviewWidget() const { return m_review; }
    DesignDocument *document() const { return m_document; }
    /// Keeps the document alive while the window is open (the catalogue window
    /// holds documents only while some window uses them).
    void holdDocument(std::shared_ptr<DesignDocument> owner) { m_owner = std::move(owner); }
    /// "nl" or "en": see ChecklistReviewWidget::setLanguage(); the title follows.
    void setLanguage(const QString &language);

    /// Close, Escape and the window's close button all end here.
    void done(int result) override;
    /// Asked after a conflict when no editor shows this document; tests answer it in advance.
    void setConflictResolver(ConflictResolution::Resolver resolver) { m_resolveConflict = std::move(resolver); }

private:
    void updateTitle();
    void handleSaveFailure();
    bool editorIsOpen() const;

    DesignDocument *m_document;
    std::shared_ptr<DesignDocument> m_owner;
    ConflictResolution::Resolver m_resolveConflict;
    bool m_resolving = false;
    ChecklistReviewWidget *m_review = nullptr;
};

} // namespace mcs::ui
