#include "CatalogueFilterModel.h"

#include "CatalogueTableModel.h"

namespace mcs::ui {

CatalogueFilterModel::CatalogueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogueTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CatalogueFilterModel::setSearchTexts(QHash<QString, QString> texts)
{
    m_texts = std::move(texts);
    m_narrowing = false;
    refilter();
}

void CatalogueFilterModel::setSearchTextFor(const QString &id, const QString &text)
{
    m_texts.insert(id, text);
}

void CatalogueFilterModel::setSearch(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_narrowing = !m_search.isEmpty() && folded.contains(m_search);
    m_previousSearch = m_search;
    m_search = folded;
    refilter();
}

void CatalogueFilterModel::setStatusFilter(const QString &statusCode)
{
    m_status = statusCode;
    m_narrowing = false;
    refilter();
}

void CatalogueFilterModel::setSectorFilter(const QString &sectorCode)
{
    m_sector = sectorCode;
    m_narrowing = false;
    refilter();
}

void CatalogueFilterModel::setLevelFilter(int eqfLevel)
{
    m_level = eqfLevel;
    m_narrowing = false;
    refilter();
}

void CatalogueFilterModel::refilter()
{
    m_rejectedBefore = m_narrowing ? m_rejectedNow : QHash<int, bool>();
    m_rejectedNow.clear();
    invalidateFilter();
    m_narrowing = false;
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_narrowing && m_rejectedBefore.contains(sourceRow)) {
        m_rejectedNow.insert(sourceRow, true);
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    bool accepted = true;
    if (!m_status.isEmpty() && index.data(CatalogueTableModel::StatusRole).toString() != m_status)
        accepted = false;
    else if (!m_sector.isEmpty() && index.data(CatalogueTableModel::SectorRole).toString() != m_sector)
        accepted = false;
    else if (m_level > 0 && index.data(CatalogueTableModel::EqfRole).toInt() != m_level)
        accepted = false;
    else if (!m_search.isEmpty()) {
        const QString id = index.data(CatalogueTableModel::IdRole).toString();
        const auto text = m_texts.constFind(id);
        // Until the search texts are loaded, the title alone is searched.
        accepted = text != m_texts.constEnd() ? text->contains(m_search)
                                              : index.data(Qt::DisplayRole).toString().toCaseFolded().contains(m_search);
    }
    if (!accepted)
        m_rejectedNow.insert(sourceRow, true);
    return accepted;
}

} // namespace mcs::ui
