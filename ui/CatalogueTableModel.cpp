#include "CatalogueTableModel.h"

#include "diagnostics/NeedsAttention.h"
#include "util/Clock.h"

#include <QApplication>
#include <QStyle>

#include "DisplayNames.h"
#include "model/StudyLoad.h"

#include <QLocale>

namespace mcs::ui {

CatalogueTableModel::CatalogueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogueTableModel::setEntries(QList<CatalogueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void CatalogueTableModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

int CatalogueTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return int(i);
    }
    return -1;
}

void CatalogueTableModel::updateEntry(const CatalogueEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

void CatalogueTableModel::removeEntry(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int CatalogueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(entry, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != TitleColumn)
            return {};
        const QStringList reasons = NeedsAttention::reasons(entry, Clock::today());
        const QString titles = QStringLiteral("%1\n%2").arg(entry.title.nl, entry.title.en).trimmed();
        return reasons.isEmpty() ? titles : titles + QStringLiteral("\n\n") + tr("Needs attention:") + QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && !NeedsAttention::reasons(entry, Clock::today()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case NeedsAttentionRole:
        return !NeedsAttention::reasons(entry, Clock::today()).isEmpty();
    case SortRole:
        return sortValue(entry, index.column());
    case IdRole:
        return entry.id;
    case StatusRole:
        return toCode(entry.status);
    case SectorRole:
        return toCode(entry.sector);
    case EqfRole:
        return entry.eqfLevel.value_or(0);
    case Qt::TextAlignmentRole:
        return index.column() == StudyLoadColumn || index.column() == CompletionColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant CatalogueTableModel::displayValue(const CatalogueEntry &entry, int column) const
{
    switch (column) {
    case TitleColumn:
        return entry.title.preferred(m_language);
    case SectorColumn:
        return DisplayNames::sector(entry.sector);
    case LevelColumn:
        return DisplayNames::level(entry.eqfLevel, entry.nlqfLevel);
    case StudyLoadColumn:
        return StudyLoad::describe(entry.studyLoadHours, entry.sector);
    case StatusColumn:
        return tr("%1 (v%2)").arg(DisplayNames::status(entry.status)).arg(entry.version);
    case CompletionColumn:
        return entry.completion < 0 ? QString() : tr("%1%").arg(entry.completion);
    case ChangedColumn:
        return QLocale().toString(entry.changed.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CatalogueTableModel::sortValue(const CatalogueEntry &entry, int column) const
{
    switch (column) {
    case LevelColumn:
        return entry.eqfLevel.value_or(0);
    case StudyLoadColumn:
        return entry.studyLoadHours;
    case StatusColumn:
        return int(entry.status);
    case CompletionColumn:
        return entry.completion;
    case ChangedColumn:
        return entry.changed;
    default:
        return displayValue(entry, column);
    }
}

QVariant CatalogueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SectorColumn:
        return tr("Sector");
    case LevelColumn:
        return tr("Level");
    case StudyLoadColumn:
        return tr("Study load");
    case StatusColumn:
        return tr("Status");
    case CompletionColumn:
        return tr("Complete");
    case ChangedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

} // namespace mcs::ui
