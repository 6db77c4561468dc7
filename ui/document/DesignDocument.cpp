#include "DesignDocument.h"

#include "DesignEditCommand.h"
#include "KeepMine.h"
#include "format/ContentFingerprint.h"
#include "workflow/ApprovalWorkflow.h"
#include "util/Clock.h"

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

bool DesignDocument::edit(const QString &fieldKey, const QString &description,
                          const std::function<void(Microcredential &)> &change)
{
    Microcredential after = m_design;
    change(after);
    if (after == m_design)
        return false;
    // An approved version keeps what was approved, whatever widget asks; its
    // review checklists (outside the fingerprint) can still be worked on. The
    // widget that asked shows the kept value again.
    if (isFrozen() && ContentFingerprint::full(after) != ContentFingerprint::full(m_design)) {
        Q_EMIT changed(fieldKey);
        return false;
    }
    m_undo.push(new DesignEditCommand(this, fieldKey, description, m_design, std::move(after)));
    return true;
}

void DesignDocument::reset(const Microcredential &design)
{
    m_design = design;
    Q_EMIT changed(QString());
}

void DesignDocument::apply(const Microcredential &design, const QString &fieldKey)
{
    m_design = design;
    m_design.changed = Clock::now();
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
        // The edit stays here; a lost connection is tried again by itself.
        if (result.failureKind() == FailureKind::Connection && m_autoSave)
            m_retryTimer.start();
        return reportFailure(result.error(), result.failureKind());
    }
    m_retryTimer.stop();
    m_rowVersion = result.value();
    m_dirty = false;
    m_lastError.clear();
    m_lastFailureKind = FailureKind::General;
    Q_EMIT saved();
    return true;
}

bool DesignDocument::reportFailure(const QString &error, FailureKind kind)
{
    m_lastError = error;
    m_lastFailureKind = kind;
    Q_EMIT saveFailed(m_lastError);
    return false;
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
    if (!stored.ok())
        return reportFailure(stored.error(), stored.failureKind());
    adopt(stored.value().first, stored.value().second);
    return true;
}

bool DesignDocument::takeNewerStoredVersion(int storedRowVersion)
{
    if (!m_catalogue || m_dirty || !m_rowVersion || storedRowVersion <= *m_rowVersion)
        return false;
    // Quietly: nothing of the user's is at stake, and the next check tries again.
    const Result<std::pair<Microcredential, int>> stored = m_catalogue->loadForEditing(m_design.id);
    if (!stored.ok())
        return false;
    adopt(stored.value().first, stored.value().second);
    Q_EMIT updatedFromElsewhere();
    return true;
}

void DesignDocument::adopt(const Microcredential &stored, int rowVersion)
{
    m_saveTimer.stop();
    m_retryTimer.stop();
    m_rowVersion = rowVersion;
    m_dirty = false;
    m_lastError.clear();
    m_lastFailureKind = FailureKind::General;
    m_undo.clear(); // it belonged to the old content
    reset(stored);
    Q_EMIT saved();
}

bool DesignDocument::saveOverStored()
{
    if (!m_catalogue)
        return false;
    // The stored status may have moved on (a workflow step): that stays theirs.
    const Result<CatalogueEntry> entry = m_catalogue->entry(m_design.id);
    if (entry.ok()) {
        m_rowVersion = entry.value().rowVersion;
        if (!takeStoredStatus(entry.value()))
            return false;
    } else if (!m_catalogue->contains(m_design.id) && m_catalogue->changeStamp().ok()) {
        m_rowVersion.reset(); // they deleted it (the catalogue answers): keeping mine stores it again
    } else {
        return reportFailure(entry.error(), entry.failureKind());
    }
    m_dirty = true;
    Q_EMIT changed(QString()); // the status may differ now: read-only or not
    return saveNow();
}

bool DesignDocument::takeStoredStatus(const CatalogueEntry &stored)
{
    const Result<Microcredential> theirs = m_catalogue->load(m_design.id);
    const KeepMine::Outcome outcome = theirs.ok() ? KeepMine::after(theirs.value(), m_design) : KeepMine::Outcome::SaveOver;
    switch (outcome) {
    case KeepMine::Outcome::SaveOver:
        m_design.status = stored.status;
        m_design.version = std::max(m_design.version, stored.version);
        if (isFrozen())
            m_undo.clear(); // undoing an edit would change approved content
        return true;
    case KeepMine::Outcome::Refused: // a draft archived meanwhile was never approved: no version to continue
        return reportFailure(tr("“%1” was archived in the meantime; your changes cannot be saved into it. "
                                "File > Save a Copy keeps them in a file.")
                                 .arg(m_design.title.preferred(QStringLiteral("nl"))),
                             FailureKind::Forbidden);
    case KeepMine::Outcome::NextVersion:
        break;
    }
    // They approved it: that version stays as approved, mine becomes the next one.
    const Result<Microcredential> next = m_catalogue->startNewVersion(m_design.id);
    if (!next.ok())
        return reportFailure(next.error(), next.failureKind());
    m_rowVersion = m_catalogue->rowVersion(m_design.id);
    m_design.status = Status::Draft;
    m_design.version = next.value().version;
    return true;
}

bool DesignDocument::startNewVersion()
{
    if (!m_catalogue)
        return false;
    const Result<Microcredential> next = m_catalogue->startNewVersion(m_design.id);
    if (!next.ok())
        return reportFailure(next.error(), next.failureKind());
    return reloadFromCatalogue();
}

} // namespace mcs::ui
