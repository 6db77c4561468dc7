#include "CatalogueWatcher.h"

#include "CatalogueFilterModel.h"
#include "CatalogueTableModel.h"

#include <QSet>
#include <QTimer>

namespace mcs::ui {

CatalogueWatcher::CatalogueWatcher(CatalogueTableModel *model, CatalogueFilterModel *filter, QObject *parent)
    : QObject(parent), m_model(model), m_filter(filter), m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &CatalogueWatcher::check);
    m_timer->start();
}

void CatalogueWatcher::setCatalogue(std::shared_ptr<Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    m_connectionLost = false;
    const Result<CatalogueChangeStamp> stamp =
        m_catalogue ? m_catalogue->changeStamp() : Result<CatalogueChangeStamp>::success({});
    m_stamp = stamp.ok() ? stamp.value() : CatalogueChangeStamp();
}

void CatalogueWatcher::check()
{
    if (!m_catalogue)
        return;
    const Result<CatalogueChangeStamp> stamp = m_catalogue->changeStamp();
    if (!stamp.ok()) {
        if (!m_connectionLost)
            Q_EMIT connectionLost(stamp.error());
        m_connectionLost = true;
        return;
    }
    if (m_connectionLost) {
        m_connectionLost = false;
        Q_EMIT connectionBack();
    }
    if (stamp.value() == m_stamp)
        return;
    const CatalogueChangeStamp before = m_stamp;
    m_stamp = stamp.value();
    Q_EMIT changed(!applyChangesSince(before, stamp.value()));
}

bool CatalogueWatcher::applyChangesSince(const CatalogueChangeStamp &before, const CatalogueChangeStamp &now)
{
    // Only the rows changed since the last look, and the rows gone: no reset of
    // the list, its sorting and its search texts while someone types (often the
    // change is the user's own autosave). Anything the stamp does not account for
    // (a colleague whose clock runs behind) falls back to reading everything.
    if (before.lastChange.isEmpty() || !m_catalogue)
        return false;
    const Result<QList<CatalogueEntry>> changed = m_catalogue->listChangedSince(before.lastChange);
    const Result<QStringList> ids = m_catalogue->ids();
    const Result<QHash<QString, QString>> texts = m_catalogue->searchTexts(before.lastChange);
    if (!changed.ok() || !ids.ok() || !texts.ok())
        return false;
    const QSet<QString> stored(ids.value().cbegin(), ids.value().cend());
    QStringList gone;
    for (const CatalogueEntry &entry : m_model->entries()) {
        if (!stored.contains(entry.id))
            gone.append(entry.id);
    }
    for (const QString &id : std::as_const(gone))
        m_model->removeEntry(id);
    // Texts first: updating a row makes the filter look at it again.
    for (auto it = texts.value().cbegin(); it != texts.value().cend(); ++it)
        m_filter->setSearchTextFor(it.key(), it.value());
    for (const CatalogueEntry &entry : changed.value())
        m_model->updateEntry(entry);
    qint64 rowVersions = 0;
    for (const CatalogueEntry &entry : m_model->entries())
        rowVersions += entry.rowVersion;
    return m_model->rowCount() == now.count && rowVersions == now.rowVersionSum;
}

} // namespace mcs::ui
