#pragma once

#include "storage/Catalogue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace mcs::ui {

class ChecklistReviewDialog;
class DesignDocument;
class DesignEditorWindow;

/// Owns the open designs of one catalogue and the windows that show them: one
/// DesignDocument per design, shared by its editor and its checklist review
/// while either is open, so that both see every change at once.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    /// `windowParent` becomes the parent of the editor and review windows (they
    /// close with it and are found under it).
    explicit DocumentManager(QWidget *windowParent);
    ~DocumentManager() override;

    /// Another catalogue: every document is forgotten (their windows closed first by the caller).
    void setCatalogue(std::shared_ptr<Catalogue> catalogue);

    /// The document of a design, loaded when no window holds it; none (after
    /// telling the user why) when it cannot be loaded.
    std::shared_ptr<DesignDocument> documentFor(const QString &id);
    /// The document of a design only when a window holds it open.
    std::shared_ptr<DesignDocument> openDocument(const QString &id) const;
    /// The editor of a design (one per design), brought forward, at a field when given.
    DesignEditorWindow *openEditor(const QString &id, const QString &fieldPath = QString());
    /// The checklist review of a design (one per design), not modal.
    void openReview(const QString &id, const QString &reviewerName, const QString &language);

    /// Closes the editor and review windows of a design (all designs when `id`
    /// is empty); false when one stays open because the user keeps its changes.
    bool closeWindows(const QString &id = QString());
    /// Drops a design's document (after it left the catalogue).
    void forget(const QString &id);
    /// An open document reads its design again (after a workflow step, say).
    void reload(const QString &id);
    /// Open documents without unsaved changes take what others saved since.
    void takeNewerStoredVersions(const QList<CatalogueEntry> &entries);

Q_SIGNALS:
    /// A document saved its design into the catalogue.
    void saved(const QString &id);

private:
    QWidget *m_windowParent;
    std::shared_ptr<Catalogue> m_catalogue;
    QHash<QString, std::weak_ptr<DesignDocument>> m_documents;
    QList<QPointer<DesignEditorWindow>> m_editors;
    QList<QPointer<ChecklistReviewDialog>> m_reviews;
};

} // namespace mcs::ui
