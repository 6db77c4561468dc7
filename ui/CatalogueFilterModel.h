#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace mcs::ui {

/// Search as you type over titles and learning outcomes, and filters by status,
/// sector and EQF level, over a CatalogueTableModel.
///
/// Typing one more letter only narrows the result, so rows that did not match
/// the shorter text are not searched again: each keystroke stays fast in large
/// catalogues.
class CatalogueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    /// Per id, the case-folded text to search in (Catalogue::searchTexts()).
    void setSearchTexts(QHash<QString, QString> texts);
    void setSearchTextFor(const QString &id, const QString &text);
    void setSearch(const QString &text);
    /// Empty code: no filter.
    void setStatusFilter(const QString &statusCode);
    void setSectorFilter(const QString &sectorCode);
    void setLevelFilter(int eqfLevel); ///< 0: no filter

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QHash<QString, QString> m_texts;
    QString m_search;
    QString m_previousSearch;
    QString m_status;
    QString m_sector;
    int m_level = 0;
    /// Source rows rejected by the previous search, reused when it only narrows.
    mutable QHash<int, bool> m_rejectedBefore;
    mutable QHash<int, bool> m_rejectedNow;
    bool m_narrowing = false;
};

} // namespace mcs::ui
