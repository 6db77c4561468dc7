#pragma once

#include "model/Microcredential.h"
#include "storage/Catalogue.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace mcs::ui {

/// One microcredential being edited: the design, its undo history, and its
/// automatic saving to the catalogue.
///
/// Widgets never change the design directly: they call edit(), which pushes an
/// undoable command; consecutive edits of one field merge into one undo step.
/// Every change is saved to the catalogue shortly after the last keystroke
/// (and at once by saveNow()), with the row version as a guard: a design changed
/// elsewhere in the meantime is never overwritten silently.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    /// A design that is stored in `catalogue` (rowVersion set) or a new one (none).
    DesignDocument(Microcredential design, std::shared_ptr<Catalogue> catalogue,
                   std::optional<int> rowVersion, QObject *parent = nullptr);
    ~DesignDocument() override;

    const Microcredential &design() const { return m_design; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isStored() const { return m_rowVersion.has_value(); }
    /// The catalogue's row version this content was loaded or saved as.
    std::optional<int> rowVersion() const { return m_rowVersion; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QString lastError() const { return m_lastError; }
    /// Why the last save failed (General when it did not).
    FailureKind lastFailureKind() const { return m_lastFailureKind; }
    /// Approved versions are read-only: editing starts a new version.
    bool isFrozen() const;
    std::shared_ptr<Catalogue> catalogue() const { return m_catalogue; }

    /// Changes the design through an undoable command. `fieldKey` identifies the
    /// field ("title.nl"): edits of the same field in a row merge into one step.
    /// Does nothing to a frozen (approved) version's content (false); its checklists can change.
    bool edit(const QString &fieldKey, const QString &description,
              const std::function<void(Microcredential &)> &change);
    /// Replaces the design without an undo step (loading, reloading).
    void reset(const Microcredential &design);

    /// Saving to the catalogue: automatic when `autoSave` is on (the editor), on
    /// request otherwise (the wizard saves once, at Finish).
    void setAutoSave(bool enabled);
    bool saveNow();

    /// Continues from what is stored now (after a conflict, the user chose the
    /// other person's version; or after a workflow step). Drops unsaved changes
    /// and the undo history, which belonged to the old content.
    bool reloadFromCatalogue();
    /// Takes what a colleague saved (an edit, a workflow step), when this
    /// document has no unsaved changes of its own and the stored row is newer.
    /// Unsaved typing is never dropped: its save meets the conflict instead.
    bool takeNewerStoredVersion(int storedRowVersion);
    /// After a conflict, the user chose to keep their own version: saves it over
    /// the stored one, knowingly. When the colleague approved the design in the
    /// meantime, the approved version stays and mine is saved as its next version.
    bool saveOverStored();
    /// Continues an approved design as its next version, a draft.
    bool startNewVersion();

    /// While the connection to a shared catalogue is lost, a failed automatic
    /// save is tried again this often.
    static constexpr int RetryDelayMs = 5000;

    /// How long after the last change the design is saved.
    static constexpr int AutoSaveDelayMs = 800;

Q_SIGNALS:
    /// The design changed; `fieldKey` is the field, empty when everything may have changed.
    void changed(const QString &fieldKey);
    void saved();
    void saveFailed(const QString &message);
    /// takeNewerStoredVersion() brought in what was saved elsewhere.
    void updatedFromElsewhere();

private:
    friend class DesignEditCommand;
    void apply(const Microcredential &design, const QString &fieldKey);
    /// Continues from a stored row: no unsaved changes, no undo history.
    void adopt(const Microcredential &stored, int rowVersion);
    /// Before saving over a colleague's row: their status stays; when they
    /// approved the design meanwhile, mine becomes its next version instead.
    bool takeStoredStatus(const CatalogueEntry &stored);
    /// Records why saving (or loading for it) failed and says so; always false.
    bool reportFailure(const QString &error, FailureKind kind);

    Microcredential m_design;
    std::shared_ptr<Catalogue> m_catalogue;
    std::optional<int> m_rowVersion;
    QUndoStack m_undo;
    QTimer m_saveTimer;
    QTimer m_retryTimer;
    FailureKind m_lastFailureKind = FailureKind::General;
    bool m_autoSave = false;
    bool m_dirty = false;
    QString m_lastError;
};

} // namespace mcs::ui
