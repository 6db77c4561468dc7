#include "CatalogueFilterBar.h"

#include "CatalogueFilterModel.h"
#include "CatalogueTableModel.h"
#include "DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace mcs::ui {

CatalogueFilterBar::CatalogueFilterBar(CatalogueFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_sector(new QComboBox(this)),
      m_level(new QComboBox(this)), m_attention(new QCheckBox(this)), m_filter(filter)
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search titles and learning outcomes"));
    m_search->setPlaceholderText(tr("Search titles and learning outcomes"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, filter, &CatalogueFilterModel::setSearch);

    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_status->setAccessibleName(tr("Show status"));
    m_status->addItem(tr("Every status"), QString());
    for (const Status status : EnumCodes<Status>::allValues())
        m_status->addItem(DisplayNames::status(status), toCode(status));
    connect(m_status, &QComboBox::currentIndexChanged, filter,
            [this, filter] { filter->setStatusFilter(m_status->currentData().toString()); });

    m_sector->setObjectName(QStringLiteral("sectorFilterComboBox"));
    m_sector->setAccessibleName(tr("Show sector"));
    m_sector->addItem(tr("Every sector"), QString());
    for (const Sector sector : EnumCodes<Sector>::allValues())
        m_sector->addItem(DisplayNames::sector(sector), toCode(sector));
    connect(m_sector, &QComboBox::currentIndexChanged, filter,
            [this, filter] { filter->setSectorFilter(m_sector->currentData().toString()); });

    m_level->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_level->setAccessibleName(tr("Show EQF level"));
    m_level->addItem(tr("Every level"), 0);
    for (int level = 1; level <= 8; ++level)
        m_level->addItem(tr("EQF %1").arg(level), level);
    connect(m_level, &QComboBox::currentIndexChanged, filter,
            [this, filter] { filter->setLevelFilter(m_level->currentData().toInt()); });

    m_attention->setObjectName(QStringLiteral("needsAttentionCheckBox"));
    m_attention->setToolTip(tr("Only the designs that need a look now: checked against a quality framework outside "
                               "its period. Each shows why in its tooltip."));
    connect(m_attention, &QCheckBox::toggled, filter, &CatalogueFilterModel::setNeedsAttentionOnly);
    // Counted over the whole catalogue (the source rows), when its rows change:
    // typing a search changes only the filter, not the count.
    const auto watch = [this](QAbstractItemModel *source) {
        if (!source)
            return;
        connect(source, &QAbstractItemModel::modelReset, this, &CatalogueFilterBar::updateAttentionCount);
        connect(source, &QAbstractItemModel::rowsInserted, this, &CatalogueFilterBar::updateAttentionCount);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &CatalogueFilterBar::updateAttentionCount);
        connect(source, &QAbstractItemModel::dataChanged, this, &CatalogueFilterBar::updateAttentionCount);
    };
    watch(filter->sourceModel());
    connect(filter, &QAbstractProxyModel::sourceModelChanged, this, [this, watch] {
        watch(m_filter->sourceModel());
        updateAttentionCount();
    });
    updateAttentionCount();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_sector);
    layout->addWidget(m_level);
    layout->addWidget(m_attention);
}

void CatalogueFilterBar::updateAttentionCount()
{
    const QAbstractItemModel *source = m_filter->sourceModel();
    int count = 0;
    for (int row = 0; source && row < source->rowCount(); ++row)
        count += source->index(row, 0).data(CatalogueTableModel::NeedsAttentionRole).toBool() ? 1 : 0;
    m_attention->setText(tr("Needs a&ttention (%n)", nullptr, count));
    m_attention->setAccessibleName(tr("Show only the %n design(s) that need attention", nullptr, count));
}

void CatalogueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace mcs::ui
