#include "CatalogueTableView.h"

#include "CatalogueTableModel.h"
#include "DisplayNames.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace mcs::ui {

CatalogueTableView::CatalogueTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("catalogueTableView"));
    setAccessibleName(tr("Microcredentials in the catalogue"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void CatalogueTableView::sizeColumns()
{
    sortByColumn(CatalogueTableModel::ChangedColumn, Qt::DescendingOrder);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CatalogueTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->resizeSection(CatalogueTableModel::SectorColumn, 60);
    header->resizeSection(CatalogueTableModel::LevelColumn, 115);
    header->resizeSection(CatalogueTableModel::StudyLoadColumn, 130);
    header->resizeSection(CatalogueTableModel::CompletionColumn, 80);
    // Status and time measured in this language and font: "Vastgesteld door het
    // bestuur (v2)" and "9/21/26 9:00 AM" whole; the title gives up the room.
    // The longest status (approved by the examination committee) is left out:
    // it would take the title's room for one row; its tooltip has it whole.
    const QFontMetrics metrics(font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    int statusWidth = 0;
    for (const Status status : {Status::Draft, Status::InReview, Status::Reviewed, Status::Approved, Status::Published,
                                Status::Archived}) {
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(
                                                mcs::ui::CatalogueTableModel::tr("%1 (v%2)").arg(DisplayNames::status(status)).arg(99)));
    }
    header->resizeSection(CatalogueTableModel::StatusColumn, statusWidth + padding);
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58));
    header->resizeSection(CatalogueTableModel::ChangedColumn,
                          std::max(metrics.horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat)),
                                   header->fontMetrics().horizontalAdvance(mcs::ui::CatalogueTableModel::tr("Last changed")))
                              + padding);
}

} // namespace mcs::ui
