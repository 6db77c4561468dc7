#include "DesignDocument.h"

#include "DesignEditCommand.h"

namespace mcs::ui {

DesignDocument::DesignDocument(Microcredential design, std::shared_ptr<Catalogue> catalogue,
                               std::optional<int> rowVersion, QObject *parent)
    : QObject(parent), m_design(std::move(design)), m_catalogue(std::move(catalogue)), m_rowVersion(rowVersion)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(AutoSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DesignDocument::saveNow);
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
        Q_EMIT saveFailed(m_lastError);
        return false;
    }
    m_rowVersion = result.value();
    m_dirty = false;
    m_lastError.clear();
    Q_EMIT saved();
    return true;
}

} // namespace mcs::ui
