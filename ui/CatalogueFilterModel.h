#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace mcs::ui {

/// Search as you type over titles and learning outcomes, and filters by status,
/// sector and EQF level, over a CatalogueTableModel.
///
/// Typing one more letter only narrows the result, so rows that did not match
/// the shorter text are not searched again: each keystroke stays fast in large
/// catalogues.
class CatalogueTableModel;

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
    /// Only the designs that need attention (NeedsAttention).
    void setNeedsAttentionOnly(bool only);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    /// The search text per source row, rebuilt when the rows change: a keystroke
    /// then needs no lookups, only the text search itself.
    void rebuildRowTexts() const;

    QHash<QString, QString> m_texts;
    QString m_search;
    QString m_previousSearch;
    QString m_status;
    QString m_sector;
    int m_level = 0;
    bool m_needsAttention = false;
    /// Source rows rejected by the previous search, reused when it only narrows.
    mutable QHash<int, bool> m_rejectedBefore;
    mutable QHash<int, bool> m_rejectedNow;
    mutable QList<QString> m_rowTexts;
    mutable bool m_rowTextsValid = false;
    QStringMatcher m_matcher;
    bool m_narrowing = false;
};

} // namespace mcs::ui
