#include "CatalogueFilterBar.h"

#include "CatalogueFilterModel.h"
#include "DisplayNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace mcs::ui {

CatalogueFilterBar::CatalogueFilterBar(CatalogueFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_sector(new QComboBox(this)),
      m_level(new QComboBox(this))
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_sector);
    layout->addWidget(m_level);
}

void CatalogueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace mcs::ui
