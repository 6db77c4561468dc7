#include "QualityFrameworksDialog.h"

#include "DisplayNames.h"
#include "frameworks/FrameworkLibrary.h"
#include "storage/Catalogue.h"
#include "util/Clock.h"
#include "widgets/PlainMessageBox.h"
#include "workflow/WorkflowNames.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

enum Column { NameColumn, VersionColumn, PeriodColumn, OriginColumn, UsedColumn };

} // namespace

QualityFrameworksDialog::QualityFrameworksDialog(std::shared_ptr<Catalogue> catalogue, QWidget *parent)
    : QDialog(parent), m_catalogue(std::move(catalogue))
{
    setWindowTitle(tr("Quality Frameworks"));
    setObjectName(QStringLiteral("qualityFrameworksDialog"));
    m_mayChange = m_catalogue && m_catalogue->actor().has(WorkflowRole::Approver);

    auto *intro = new QLabel(tr("The frameworks designs are checked against. A school can load the official wording "
                                "of a framework, or its own, into the catalogue: everyone who uses the catalogue then "
                                "checks against the same text."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("frameworksTreeWidget"));
    m_list->setAccessibleName(tr("Quality frameworks"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Framework"), tr("Version"), tr("Applies"), tr("Source"), tr("Used by")});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {VersionColumn, PeriodColumn, OriginColumn, UsedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &QualityFrameworksDialog::showSelected);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("frameworkDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add from File…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addFrameworkButton"));
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeFrameworkButton"));
    if (!m_mayChange) {
        const QString why = tr("Only an approver adds, replaces or removes quality frameworks.");
        m_add->setToolTip(why);
        m_remove->setToolTip(why);
    }
    connect(m_add, &QPushButton::clicked, this, &QualityFrameworksDialog::addFromFile);
    connect(m_remove, &QPushButton::clicked, this, &QualityFrameworksDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(860, 460);
    refresh();
}

void QualityFrameworksDialog::refresh()
{
    const QString keep = selectedId();
    m_list->clear();
    QHash<QString, StoredFramework> stored;
    if (m_catalogue) {
        const Result<QList<StoredFramework>> loaded = m_catalogue->frameworks();
        if (!loaded.ok())
            PlainMessageBox::warning(this, tr("Cannot read the catalogue's quality frameworks"), loaded.error());
        else
            for (const StoredFramework &framework : loaded.value())
                stored.insert(framework.framework.id, framework);
    }
    const QString language = DisplayNames::language();
    const QDate today = Clock::today();
    for (const QualityFramework *framework : FrameworkLibrary::all()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, framework->id);
        item->setText(NameColumn, framework->name.preferred(language));
        item->setToolTip(NameColumn, framework->id);
        item->setText(VersionColumn, framework->version);
        item->setText(PeriodColumn, FrameworkLibrary::periodText(*framework));
        if (!framework->appliesOn(today))
            item->setIcon(PeriodColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        const auto record = stored.constFind(framework->id);
        if (framework->withdrawn)
            item->setText(OriginColumn, tr("Withdrawn"));
        else
            item->setText(OriginColumn, framework->fromCatalogue ? tr("Catalogue") : tr("Built in"));
        item->setText(UsedColumn, record != stored.constEnd() ? tr("%n design(s)", nullptr, record->designsUsing) : QString());
        if (framework->id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

QString QualityFrameworksDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void QualityFrameworksDialog::showSelected()
{
    const QualityFramework *framework = FrameworkLibrary::find(selectedId());
    m_add->setEnabled(m_mayChange && m_catalogue);
    m_remove->setEnabled(m_mayChange && framework && framework->fromCatalogue && !framework->withdrawn);
    if (!framework) {
        m_details->clear();
        return;
    }
    int aboutInstitution = 0;
    for (const QualityCriterion &criterion : framework->criteria)
        aboutInstitution += criterion.concernsInstitution ? 1 : 0;
    QString text = framework->description.preferred(DisplayNames::language());
    text += QStringLiteral("\n") + tr("%n criteria", nullptr, int(framework->criteria.size()));
    if (aboutInstitution > 0)
        text += QStringLiteral(", ") + tr("%n about the institution (evidence kept once, in Institutions)", nullptr, aboutInstitution);
    if (!framework->sourceUrl.isEmpty())
        text += QStringLiteral("\n") + tr("Source: %1").arg(framework->sourceUrl);
    m_details->setText(text);
}

void QualityFrameworksDialog::addFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a Quality Framework"), QString(),
                                                      tr("Quality frameworks (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> read = FrameworkLibrary::readFile(path);
    if (!read.ok()) {
        PlainMessageBox::warning(this, tr("Cannot add the framework"), read.error());
        return;
    }
    const QByteArray &document = read.value();
    // Replacing is adding a file with an id the catalogue has: say so first.
    const Result<QualityFramework> parsed = FrameworkLibrary::fromBytes(document, path);
    if (!parsed.ok()) {
        PlainMessageBox::warning(this, tr("Cannot add the framework"), parsed.error());
        return;
    }
    const QualityFramework *existing = FrameworkLibrary::find(parsed.value().id);
    if (existing && existing->fromCatalogue
        && PlainMessageBox::question(this, tr("Replace the Framework?"),
                                     tr("The catalogue has %1, version %2. Replace it with version %3? Designs checked "
                                        "against it will show what changed.")
                                         .arg(parsed.value().id, existing->version, parsed.value().version))
               != QMessageBox::Yes)
        return;
    const Result<QualityFramework> added = m_catalogue->addFramework(document, path);
    if (!added.ok()) {
        PlainMessageBox::warning(this, tr("Cannot add the framework"), added.error());
        return;
    }
    refresh();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == added.value().id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void QualityFrameworksDialog::removeSelected()
{
    const QualityFramework *framework = FrameworkLibrary::find(selectedId());
    if (!framework || !framework->fromCatalogue)
        return;
    const QString id = framework->id;
    if (PlainMessageBox::question(this, tr("Remove the Framework?"),
                                  tr("Remove %1 from the catalogue? If designs use it, it is withdrawn instead: they keep "
                                     "it, and new checklists no longer offer it.")
                                      .arg(framework->name.preferred(DisplayNames::language())))
        != QMessageBox::Yes)
        return;
    const Result<Catalogue::FrameworkRemoval> removed = m_catalogue->removeFramework(id);
    if (!removed.ok()) {
        PlainMessageBox::warning(this, tr("Cannot remove the framework"), removed.error());
        return;
    }
    refresh();
}

} // namespace mcs::ui
