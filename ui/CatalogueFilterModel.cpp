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

void CatalogueFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    const auto invalidate = [this] { m_rowTextsValid = false; };
    // Rows added or removed renumber the rows: what the last search rejected,
    // kept by row number, no longer applies.
    const auto renumbered = [this] {
        m_rowTextsValid = false;
        m_narrowing = false;
        m_rejectedBefore.clear();
        m_rejectedNow.clear();
    };
    connect(model, &QAbstractItemModel::modelReset, this, renumbered);
    connect(model, &QAbstractItemModel::rowsInserted, this, renumbered);
    connect(model, &QAbstractItemModel::rowsRemoved, this, renumbered);
    connect(model, &QAbstractItemModel::dataChanged, this, invalidate);
    m_rowTextsValid = false;
}

void CatalogueFilterModel::rebuildRowTexts() const
{
    const auto *catalogue = static_cast<const CatalogueTableModel *>(sourceModel());
    m_rowTexts.clear();
    m_rowTexts.reserve(catalogue->entries().size());
    for (const CatalogueEntry &entry : catalogue->entries()) {
        const auto text = m_texts.constFind(entry.id);
        // Until the search texts are loaded, the titles alone are searched.
        m_rowTexts.append(text != m_texts.constEnd() ? *text : QStringLiteral("%1\n%2").arg(entry.title.nl, entry.title.en).toCaseFolded());
    }
    m_rowTextsValid = true;
}

void CatalogueFilterModel::setSearchTexts(QHash<QString, QString> texts)
{
    m_texts = std::move(texts);
    rebuildRowTexts(); // now, while the user has not started typing yet
    m_narrowing = false;
    refilter();
}

void CatalogueFilterModel::setSearchTextFor(const QString &id, const QString &text)
{
    m_texts.insert(id, text);
    m_rowTextsValid = false;
}

void CatalogueFilterModel::setSearch(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_narrowing = !m_search.isEmpty() && folded.contains(m_search);
    m_previousSearch = m_search;
    m_search = folded;
    m_matcher.setPattern(folded);
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

void CatalogueFilterModel::setNeedsAttentionOnly(bool only)
{
    m_needsAttention = only;
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
    else if (m_needsAttention && !index.data(CatalogueTableModel::NeedsAttentionRole).toBool())
        accepted = false;
    else if (!m_search.isEmpty()) {
        if (!m_rowTextsValid)
            rebuildRowTexts();
        accepted = m_matcher.indexIn(m_rowTexts.at(sourceRow)) >= 0;
    }
    if (!accepted)
        m_rejectedNow.insert(sourceRow, true);
    return accepted;
}

} // namespace mcs::ui

namespace mcs::ui {

bool CatalogueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Compare the entries themselves: no QVariant round trip per comparison.
    const auto *catalogue = static_cast<const CatalogueTableModel *>(sourceModel());
    const CatalogueEntry &a = catalogue->entries().at(left.row());
    const CatalogueEntry &b = catalogue->entries().at(right.row());
    switch (left.column()) {
    case CatalogueTableModel::ChangedColumn:
        return a.changed < b.changed;
    case CatalogueTableModel::StudyLoadColumn:
        return a.studyLoadHours < b.studyLoadHours;
    case CatalogueTableModel::CompletionColumn:
        return a.completion < b.completion;
    case CatalogueTableModel::LevelColumn:
        return a.eqfLevel.value_or(0) < b.eqfLevel.value_or(0);
    case CatalogueTableModel::StatusColumn:
        return int(a.status) < int(b.status);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace mcs::ui
