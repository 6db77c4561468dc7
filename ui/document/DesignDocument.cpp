#include "DesignDocument.h"

#include "DesignEditCommand.h"
#include "format/ContentFingerprint.h"
#include "workflow/ApprovalWorkflow.h"

namespace mcs::ui {

DesignDocument::DesignDocument(Microcredential design, std::shared_ptr<Catalogue> catalogue,
                               std::optional<int> rowVersion, QObject *parent)
    : QObject(parent), m_design(std::move(design)), m_catalogue(std::move(catalogue)), m_rowVersion(rowVersion)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(AutoSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DesignDocument::saveNow);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryDelayMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveNow();
    });
}

DesignDocument::~DesignDocument()
{
    // Nothing typed is lost when a window closes before the timer fires.
    if (m_autoSave && m_dirty)
        saveNow();
}

void DesignDocument::edit(const QString &fieldKey, const QString &description,
                          const std::function<void(Microcredential &)> &change)
{
    Microcredential after = m_design;
    change(after);
    if (after == m_design)
        return;
    // An approved version keeps what was approved, whatever widget asks; its
    // review checklists (outside the fingerprint) can still be worked on.
    if (isFrozen() && ContentFingerprint::full(after) != ContentFingerprint::full(m_design))
        return;
    m_undo.push(new DesignEditCommand(this, fieldKey, description, m_design, std::move(after)));
}

void DesignDocument::reset(const Microcredential &design)
{
    m_design = design;
    Q_EMIT changed(QString());
}

void DesignDocument::apply(const Microcredential &design, const QString &fieldKey)
{
    m_design = design;
    m_design.changed = Microcredential::currentTimestamp();
    m_dirty = true;
    if (m_autoSave)
        m_saveTimer.start();
    Q_EMIT changed(fieldKey);
}

void DesignDocument::setAutoSave(bool enabled)
{
    m_autoSave = enabled;
    if (enabled && m_dirty)
        m_saveTimer.start();
}

bool DesignDocument::saveNow()
{
    m_saveTimer.stop();
    if (!m_catalogue)
        return false;
    const Result<int> result = m_catalogue->save(m_design, m_rowVersion);
    if (!result.ok()) {
        m_lastError = result.error();
        m_lastFailureKind = result.failureKind();
        // The edit stays here; a lost connection is tried again by itself.
        if (m_lastFailureKind == FailureKind::Connection && m_autoSave)
            m_retryTimer.start();
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    m_retryTimer.stop();
    m_rowVersion = result.value();
    m_dirty = false;
    m_lastError.clear();
    m_lastFailureKind = FailureKind::General;
    Q_EMIT saved();
    return true;
}

bool DesignDocument::isFrozen() const
{
    return ApprovalWorkflow::isFrozen(m_design.status);
}

bool DesignDocument::reloadFromCatalogue()
{
    if (!m_catalogue)
        return false;
    const Result<std::pair<Microcredential, int>> stored = m_catalogue->loadForEditing(m_design.id);
    if (!stored.ok()) {
        m_lastError = stored.error();
        m_lastFailureKind = stored.failureKind();
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    m_saveTimer.stop();
    m_retryTimer.stop();
    m_rowVersion = stored.value().second;
    m_dirty = false;
    m_lastError.clear();
    m_lastFailureKind = FailureKind::General;
    m_undo.clear();
    reset(stored.value().first);
    Q_EMIT saved();
    return true;
}

bool DesignDocument::takeNewerStoredVersion(int storedRowVersion)
{
    if (m_dirty || !m_rowVersion || storedRowVersion <= *m_rowVersion)
        return false;
    if (!reloadFromCatalogue())
        return false;
    Q_EMIT updatedFromElsewhere();
    return true;
}

bool DesignDocument::saveOverStored()
{
    if (!m_catalogue)
        return false;
    // The stored status may have moved on (a workflow step): that stays theirs.
    const Result<CatalogueEntry> entry = m_catalogue->entry(m_design.id);
    if (entry.ok()) {
        m_rowVersion = entry.value().rowVersion;
        m_design.status = entry.value().status;
        m_design.version = std::max(m_design.version, entry.value().version);
    } else if (!m_catalogue->contains(m_design.id) && m_catalogue->changeStamp().ok()) {
        m_rowVersion.reset(); // they deleted it (the catalogue answers): keeping mine stores it again
    } else {
        m_lastError = entry.error();
        m_lastFailureKind = entry.failureKind();
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    m_dirty = true;
    return saveNow();
}

bool DesignDocument::startNewVersion()
{
    if (!m_catalogue)
        return false;
    const Result<Microcredential> next = m_catalogue->startNewVersion(m_design.id);
    if (!next.ok()) {
        m_lastError = next.error();
        m_lastFailureKind = next.failureKind();
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    return reloadFromCatalogue();
}

} // namespace mcs::ui
