#include "DocumentManager.h"

#include "checklist/ChecklistReviewDialog.h"
#include "document/DesignDocument.h"
#include "editor/DesignEditorWindow.h"
#include "widgets/PlainMessageBox.h"

namespace mcs::ui {

DocumentManager::DocumentManager(QWidget *windowParent) : QObject(windowParent), m_windowParent(windowParent) {}

DocumentManager::~DocumentManager() = default;

void DocumentManager::setCatalogue(std::shared_ptr<Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    m_documents.clear();
}

std::shared_ptr<DesignDocument> DocumentManager::documentFor(const QString &id)
{
    if (std::shared_ptr<DesignDocument> open = openDocument(id))
        return open;
    if (!m_catalogue || id.isEmpty())
        return nullptr;
    const Result<std::pair<Microcredential, int>> loaded = m_catalogue->loadForEditing(id);
    if (!loaded.ok()) {
        PlainMessageBox::warning(m_windowParent, tr("Cannot open the microcredential"), loaded.error());
        return nullptr;
    }
    auto document = std::make_shared<DesignDocument>(loaded.value().first, m_catalogue, loaded.value().second);
    connect(document.get(), &DesignDocument::saved, this, [this, id] { Q_EMIT saved(id); });
    m_documents.insert(id, document);
    return document;
}

std::shared_ptr<DesignDocument> DocumentManager::openDocument(const QString &id) const
{
    return m_documents.value(id).lock();
}

DesignEditorWindow *DocumentManager::openEditor(const QString &id, const QString &fieldPath)
{
    const std::shared_ptr<DesignDocument> document = documentFor(id);
    if (!document)
        return nullptr;
    m_editors.removeAll(nullptr);
    DesignEditorWindow *editor = nullptr;
    for (DesignEditorWindow *open : std::as_const(m_editors)) {
        if (open->document() == document.get())
            editor = open;
    }
    if (!editor) {
        editor = new DesignEditorWindow(document, m_windowParent);
        editor->setWindowFlag(Qt::Window);
        m_editors.append(editor);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    if (!fieldPath.isEmpty())
        editor->focusField(fieldPath);
    return editor;
}

void DocumentManager::openReview(const QString &id, const QString &reviewerName, const QString &language)
{
    m_reviews.removeAll(nullptr);
    // One review window per design; asking again brings it to the front.
    for (ChecklistReviewDialog *open : std::as_const(m_reviews)) {
        if (open->isVisible() && open->document()->design().id == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    const std::shared_ptr<DesignDocument> document = documentFor(id);
    if (!document)
        return;
    document->setAutoSave(true);
    // Not modal: the reviewer keeps the catalogue and the editor at hand.
    auto *review = new ChecklistReviewDialog(document.get(), reviewerName, m_windowParent);
    review->holdDocument(document);
    review->setLanguage(language);
    connect(review, &QDialog::finished, review, &QObject::deleteLater);
    m_reviews.append(review);
    review->show();
}

bool DocumentManager::closeWindows(const QString &id)
{
    QList<QWidget *> windows;
    for (DesignEditorWindow *editor : std::as_const(m_editors)) {
        if (editor && (id.isEmpty() || editor->document()->design().id == id))
            windows.append(editor);
    }
    for (ChecklistReviewDialog *review : std::as_const(m_reviews)) {
        if (review && (id.isEmpty() || review->document()->design().id == id))
            windows.append(review);
    }
    for (QWidget *window : std::as_const(windows)) {
        if (window->isVisible() && !window->close())
            return false; // its changes could not be saved and the user keeps them
    }
    return true;
}

void DocumentManager::forget(const QString &id)
{
    m_documents.remove(id);
}

void DocumentManager::reload(const QString &id)
{
    if (const std::shared_ptr<DesignDocument> open = openDocument(id))
        open->reloadFromCatalogue();
}

void DocumentManager::takeNewerStoredVersions(const QList<CatalogueEntry> &entries)
{
    // A colleague's edit or workflow step reaches an open editor (or checklist
    // review) now, not at the user's next save: an approved design turns
    // read-only in front of them instead of refusing their typing later.
    for (const CatalogueEntry &entry : entries) {
        if (const std::shared_ptr<DesignDocument> open = openDocument(entry.id))
            open->takeNewerStoredVersion(entry.rowVersion);
    }
}

} // namespace mcs::ui
