#pragma once

#include "storage/CatalogueEntry.h"

#include <QAbstractTableModel>

namespace mcs::ui {

/// The catalogue listing as a table. Display text follows the interface language;
/// SortRole gives raw values (hours, timestamps) so that sorting is by value.
class CatalogueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SectorColumn, LevelColumn, StudyLoadColumn, StatusColumn, CompletionColumn, ChangedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StatusRole, SectorRole, EqfRole, NeedsAttentionRole };

    explicit CatalogueTableModel(QObject *parent = nullptr);

    void setEntries(QList<CatalogueEntry> entries);
    const QList<CatalogueEntry> &entries() const { return m_entries; }
    /// Replaces the row of `entry.id`, or adds it.
    void updateEntry(const CatalogueEntry &entry);
    void removeEntry(const QString &id);
    int rowOf(const QString &id) const;
    /// "nl" or "en": which title to show first.
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const CatalogueEntry &entry, int column) const;
    QVariant sortValue(const CatalogueEntry &entry, int column) const;

    QList<CatalogueEntry> m_entries;
    QString m_language = QStringLiteral("nl");
};

} // namespace mcs::ui
