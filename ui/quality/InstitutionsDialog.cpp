#include "InstitutionsDialog.h"

#include "DisplayNames.h"
#include "checklist/ChecklistItemEditor.h"
#include "frameworks/FrameworkLibrary.h"
#include "storage/Catalogue.h"
#include "util/Clock.h"
#include "widgets/CleanPlainTextEdit.h"
#include "widgets/PlainMessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

enum Column { NumberColumn, TitleColumn, StateColumn };

} // namespace

InstitutionsDialog::InstitutionsDialog(std::shared_ptr<Catalogue> catalogue, QWidget *parent)
    : QDialog(parent), m_catalogue(std::move(catalogue))
{
    setWindowTitle(tr("Institutions"));
    setObjectName(QStringLiteral("institutionsDialog"));
    m_mayChange = m_catalogue && m_catalogue->actor().has(WorkflowRole::Approver);

    auto *intro = new QLabel(tr("Some criteria concern the institution, not one design. Their evidence is recorded "
                                "here once; every design of the institution inherits it, and a team can give its own "
                                "for one design in the checklist review."),
                             this);
    intro->setWordWrap(true);

    m_institutions = new QComboBox(this);
    m_institutions->setObjectName(QStringLiteral("institutionComboBox"));
    m_frameworks = new QComboBox(this);
    m_frameworks->setObjectName(QStringLiteral("frameworkComboBox"));
    m_default = new QCheckBox(tr("&Default for new designs in this catalogue"), this);
    m_default->setObjectName(QStringLiteral("defaultInstitutionCheckBox"));
    m_default->setEnabled(m_mayChange);
    connect(m_default, &QCheckBox::clicked, this, &InstitutionsDialog::chooseDefault);
    auto *choose = new QFormLayout;
    choose->addRow(tr("&Institution"), m_institutions);
    choose->addRow(QString(), m_default);
    choose->addRow(tr("&Quality framework"), m_frameworks);

    m_criteria = new QTreeWidget(this);
    m_criteria->setObjectName(QStringLiteral("institutionCriteriaTreeWidget"));
    m_criteria->setAccessibleName(tr("Criteria about the institution"));
    m_criteria->setRootIsDecorated(false);
    m_criteria->setHeaderLabels({tr("No."), tr("Criterion"), tr("Evidence")});
    m_criteria->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_criteria->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_criteria->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);

    auto *editor = new QWidget(this);
    m_criterionTitle = new QLabel(editor);
    m_criterionTitle->setWordWrap(true);
    m_criterionTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_criterionTitle->font();
    bold.setBold(true);
    m_criterionTitle->setFont(bold);
    m_text = new CleanPlainTextEdit(editor);
    m_text->setObjectName(QStringLiteral("institutionEvidencePlainTextEdit"));
    m_text->setAccessibleName(tr("Evidence"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What shows that the institution meets this criterion"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 7);
    m_links = new CleanPlainTextEdit(editor);
    m_links->setObjectName(QStringLiteral("institutionLinksPlainTextEdit"));
    m_links->setAccessibleName(tr("Evidence links"));
    m_links->setTabChangesFocus(true);
    m_links->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_links->setPlaceholderText(tr("One link per line"));
    m_links->setFixedHeight(m_links->fontMetrics().lineSpacing() * 4);
    m_hasEnd = new QCheckBox(tr("&Valid until"), editor);
    m_hasEnd->setObjectName(QStringLiteral("validUntilCheckBox"));
    m_validUntil = new QDateEdit(editor);
    m_validUntil->setObjectName(QStringLiteral("validUntilDateEdit"));
    m_validUntil->setAccessibleName(tr("Valid until"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_hasEnd, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    m_recorded = new QLabel(editor);
    m_recorded->setTextFormat(Qt::PlainText);
    m_recorded->setWordWrap(true);
    m_recorded->setForegroundRole(QPalette::PlaceholderText);
    m_record = new QPushButton(tr("Re&cord Evidence"), editor);
    m_record->setObjectName(QStringLiteral("recordEvidenceButton"));
    if (!m_mayChange)
        m_record->setToolTip(tr("Only an approver records the institution's evidence."));
    connect(m_record, &QPushButton::clicked, this, &InstitutionsDialog::record);

    auto *form = new QFormLayout(editor);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_criterionTitle);
    form->addRow(tr("&Evidence"), m_text);
    form->addRow(tr("&Links"), m_links);
    form->addRow(m_hasEnd, m_validUntil);
    form->addRow(QString(), m_recorded);
    form->addRow(QString(), m_record);
    for (QWidget *input : std::initializer_list<QWidget *>{m_text, m_links, m_hasEnd, m_validUntil})
        input->setEnabled(m_mayChange);
    if (!m_mayChange) {
        m_text->setReadOnly(true);
        m_links->setReadOnly(true);
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_criteria);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choose);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    const QString language = DisplayNames::language();
    for (const QualityFramework *framework : FrameworkLibrary::offered()) {
        if (framework->hasInstitutionCriteria())
            m_frameworks->addItem(DisplayNames::framework(*framework, language), framework->id);
    }
    connect(m_institutions, &QComboBox::currentIndexChanged, this, &InstitutionsDialog::fillCriteria);
    connect(m_frameworks, &QComboBox::currentIndexChanged, this, &InstitutionsDialog::fillCriteria);
    connect(m_criteria, &QTreeWidget::currentItemChanged, this, &InstitutionsDialog::showCriterion);
    fillInstitutions();
}

QString InstitutionsDialog::institutionId() const
{
    return m_institutions->currentData().toString();
}

const QualityFramework *InstitutionsDialog::framework() const
{
    return FrameworkLibrary::find(m_frameworks->currentData().toString());
}

QString InstitutionsDialog::criterionId() const
{
    const QTreeWidgetItem *item = m_criteria->currentItem();
    return item ? item->data(NumberColumn, Qt::UserRole).toString() : QString();
}

void InstitutionsDialog::fillInstitutions()
{
    m_institutions->clear();
    if (!m_catalogue)
        return;
    const Result<QList<Institution>> institutions = m_catalogue->institutions();
    if (!institutions.ok()) {
        PlainMessageBox::warning(this, tr("Cannot read the institutions"), institutions.error());
        return;
    }
    for (const Institution &institution : institutions.value())
        m_institutions->addItem(tr("%1 (%2)").arg(institution.name, institution.identifier), institution.identifier);
    fillCriteria();
}

void InstitutionsDialog::chooseDefault(bool isDefault)
{
    if (!m_catalogue)
        return;
    const Result<Done> chosen = m_catalogue->setDefaultInstitution(isDefault ? institutionId() : QString());
    if (!chosen.ok())
        PlainMessageBox::warning(this, tr("Cannot change the default institution"), chosen.error());
    fillCriteria();
}

void InstitutionsDialog::fillCriteria()
{
    const QString keep = criterionId();
    if (m_catalogue) {
        const Result<std::optional<Institution>> fallback = m_catalogue->defaultInstitution();
        m_default->setChecked(fallback.ok() && fallback.value() && fallback.value()->identifier == institutionId());
    }
    m_criteria->clear();
    m_evidence.clear();
    const QualityFramework *chosen = framework();
    if (m_catalogue && !institutionId().isEmpty()) {
        const Result<QList<InstitutionEvidence>> evidence = m_catalogue->institutionEvidence(institutionId());
        if (!evidence.ok())
            PlainMessageBox::warning(this, tr("Cannot read the institution's evidence"), evidence.error());
        else
            m_evidence = evidence.value();
    }
    if (chosen && !institutionId().isEmpty()) {
        const QString language = DisplayNames::language();
        for (const QualityCriterion &criterion : chosen->criteria) {
            if (!criterion.concernsInstitution)
                continue;
            auto *item = new QTreeWidgetItem(m_criteria);
            item->setData(NumberColumn, Qt::UserRole, criterion.id);
            item->setText(NumberColumn, criterion.number);
            item->setText(TitleColumn, criterion.title.preferred(language));
            QString state = tr("None recorded");
            for (const InstitutionEvidence &e : std::as_const(m_evidence)) {
                if (e.criterionId != criterion.id)
                    continue;
                state = e.expiredOn(Clock::today()) ? tr("Needs review") : tr("Recorded");
                if (e.expiredOn(Clock::today()))
                    item->setIcon(StateColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
            item->setText(StateColumn, state);
            if (criterion.id == keep)
                m_criteria->setCurrentItem(item);
        }
    }
    if (!m_criteria->currentItem() && m_criteria->topLevelItemCount() > 0)
        m_criteria->setCurrentItem(m_criteria->topLevelItem(0));
    showCriterion();
}

void InstitutionsDialog::showCriterion()
{
    const QualityFramework *chosen = framework();
    const QualityCriterion *criterion = chosen ? chosen->criterion(criterionId()) : nullptr;
    m_record->setEnabled(m_mayChange && criterion);
    m_criterionTitle->setText(criterion ? QStringLiteral("%1 · %2").arg(criterion->number, criterion->title.preferred(DisplayNames::language()))
                                        : tr("This catalogue has no institution yet: it learns one from the first design saved."));
    const InstitutionEvidence *found = nullptr;
    for (const InstitutionEvidence &e : std::as_const(m_evidence)) {
        if (criterion && e.criterionId == criterion->id)
            found = &e;
    }
    m_text->setPlainText(found ? found->text : QString());
    m_links->setPlainText(found ? found->links.join(QLatin1Char('\n')) : QString());
    m_hasEnd->setChecked(found && found->validUntil.isValid());
    m_validUntil->setEnabled(m_mayChange && m_hasEnd->isChecked());
    m_validUntil->setDate(found && found->validUntil.isValid() ? found->validUntil : Clock::today().addYears(1));
    if (!found) {
        m_recorded->setText(criterion ? tr("Nothing recorded yet.") : QString());
        return;
    }
    QString stamp = tr("Recorded by %1 on %2.").arg(found->recordedBy, QLocale().toString(found->recordedAt.toLocalTime(), QLocale::ShortFormat));
    if (found->expiredOn(Clock::today()))
        stamp += QLatin1Char(' ') + tr("Its date has passed: it needs review.");
    m_recorded->setText(stamp);
}

void InstitutionsDialog::record()
{
    if (!m_catalogue || criterionId().isEmpty())
        return;
    InstitutionEvidence evidence;
    evidence.institutionId = institutionId();
    evidence.criterionId = criterionId();
    evidence.text = m_text->toPlainText().trimmed();
    evidence.links = ChecklistItemEditor::parseLinks(m_links->toPlainText());
    if (m_hasEnd->isChecked())
        evidence.validUntil = m_validUntil->date();
    const Result<Done> recorded = m_catalogue->recordEvidence(evidence);
    if (!recorded.ok()) {
        PlainMessageBox::warning(this, tr("Cannot record the evidence"), recorded.error());
        return;
    }
    fillCriteria();
}

} // namespace mcs::ui
