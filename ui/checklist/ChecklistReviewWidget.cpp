#include "ChecklistReviewWidget.h"

#include "DisplayNames.h"

#include "ChecklistItemEdit.h"
#include "ChecklistItemEditor.h"
#include "ChecklistTableModel.h"
#include "FrameworkChangesNotice.h"
#include "util/Clock.h"
#include "OpenItemsFilterModel.h"
#include "ReviewSignOffBar.h"
#include "document/DesignDocument.h"
#include "frameworks/FrameworkChanges.h"
#include "frameworks/FrameworkLibrary.h"
#include "frameworks/InheritedEvidence.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mcs::ui {

ChecklistReviewWidget::ChecklistReviewWidget(DesignDocument *document, QString reviewerName,
                                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reviewerName(std::move(reviewerName))
{
    m_model = new ChecklistTableModel(document, this);
    m_language = m_model->language();
    m_filter = new OpenItemsFilterModel(this);
    m_filter->setSourceModel(m_model);
    // Created in reading order, which is also the order Tab follows.
    QWidget *frameworkBar = createFrameworkBar();
    m_changesNotice = new FrameworkChangesNotice(this);
    m_periodNotice = new QLabel(this);
    m_periodNotice->setObjectName(QStringLiteral("frameworkPeriodLabel"));
    m_periodNotice->setWordWrap(true);
    m_periodNotice->setTextFormat(Qt::PlainText);
    m_periodNotice->hide();
    m_copiedNotice = new QLabel(this);
    m_copiedNotice->setObjectName(QStringLiteral("checklistCopiedLabel"));
    m_copiedNotice->setWordWrap(true);
    m_copiedNotice->setTextFormat(Qt::PlainText);
    m_copiedNotice->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("criteriaTableView"));
    m_table->setAccessibleName(tr("Criteria"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrow keys move between criteria; Tab moves on to the detail pane.
    m_table->setTabKeyNavigation(false);
    // Criteria are read, not guessed from "Kwaliteitsborging op…": they wrap,
    // and each row is as tall as its text (a framework has a dozen or two).
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ChecklistTableModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistTableModel::StatusColumn, QHeaderView::ResizeToContents);
    // The criterion takes the room there is; the others start wide enough for
    // their heading (Dutch headings are long) and can be widened by hand.
    header->setSectionResizeMode(ChecklistTableModel::CriterionColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair{int(ChecklistTableModel::VerdictColumn), 130},
                                        std::pair{int(ChecklistTableModel::ResponsibleColumn), 100},
                                        std::pair{int(ChecklistTableModel::EvidenceColumn), 130}})
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    header->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistReviewWidget::currentRowChanged);

    m_editor = new ChecklistItemEditor(this);
    connect(m_editor, &ChecklistItemEditor::statusEdited, this, &ChecklistReviewWidget::setStatus);
    connect(m_editor, &ChecklistItemEditor::textEdited, this, &ChecklistReviewWidget::setText);
    connect(m_editor, &ChecklistItemEditor::linksEdited, this, &ChecklistReviewWidget::setLinks);
    connect(m_editor, &ChecklistItemEditor::ownEvidenceEdited, this, &ChecklistReviewWidget::setOwnEvidence);
    connect(m_changesNotice, &FrameworkChangesNotice::moveRequested, this, &ChecklistReviewWidget::moveToCurrentVersion);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    // The fields inside take the focus (and scroll into view); the area is no tab stop.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({650, 350}); // scaled to the real width when first shown

    m_signOffBar = new ReviewSignOffBar(m_document, m_reviewerName, this);
    connect(m_signOffBar, &ReviewSignOffBar::signedOff, this, &ChecklistReviewWidget::signedOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(frameworkBar);
    layout->addWidget(m_changesNotice);
    layout->addWidget(m_periodNotice);
    layout->addWidget(m_copiedNotice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_signOffBar);

    connect(m_document, &DesignDocument::changed, this, &ChecklistReviewWidget::refresh);
    const QString designFramework = m_document->design().qualityAssurance.frameworkId;
    if (!selectFramework(designFramework))
        selectFramework(FrameworkLibrary::offeredIds().value(0));
}

QWidget *ChecklistReviewWidget::createFrameworkBar()
{
    auto *bar = new QWidget(this);
    m_frameworkCombo = new QComboBox(bar);
    m_frameworkCombo->setObjectName(QStringLiteral("frameworkComboBox"));
    m_frameworkCombo->setAccessibleName(tr("Quality framework"));
    // Framework names are long: the combo must not set the window's minimum width.
    m_frameworkCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_frameworkCombo->setMinimumContentsLength(24);
    for (const QualityFramework *framework : FrameworkLibrary::all())
        m_frameworkCombo->addItem(QString(), framework->id);
    fillFrameworkNames();
    connect(m_frameworkCombo, &QComboBox::currentIndexChanged, this,
            &ChecklistReviewWidget::frameworkChosen);
    auto *label = new QLabel(tr("&Quality framework"), bar);
    label->setBuddy(m_frameworkCombo);

    m_openOnlyCheck = new QCheckBox(tr("Show &open items only"), bar);
    m_openOnlyCheck->setObjectName(QStringLiteral("openOnlyCheckBox"));
    m_openOnlyCheck->setAccessibleName(tr("Show open items only"));
    connect(m_openOnlyCheck, &QCheckBox::toggled, m_filter, &OpenItemsFilterModel::setOpenOnly);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("openCountLabel"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_frameworkCombo, 1);
    layout->addSpacing(16);
    layout->addWidget(m_openOnlyCheck);
    layout->addSpacing(16);
    layout->addWidget(m_countLabel);
    return bar;
}

void ChecklistReviewWidget::setConfirmation(Confirmation confirm)
{
    m_signOffBar->setConfirmation(std::move(confirm));
}

void ChecklistReviewWidget::signOff()
{
    m_signOffBar->signOff();
}

void ChecklistReviewWidget::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
    m_language = m_model->language();
    fillFrameworkNames();
    refresh();
}

void ChecklistReviewWidget::fillFrameworkNames()
{
    const QSignalBlocker blocker(m_frameworkCombo);
    for (int i = 0; i < m_frameworkCombo->count(); ++i) {
        const QualityFramework *framework =
            FrameworkLibrary::find(m_frameworkCombo->itemData(i).toString());
        if (framework)
            m_frameworkCombo->setItemText(i, DisplayNames::framework(*framework, m_language));
    }
}

QString ChecklistReviewWidget::frameworkId() const
{
    return m_model->framework().id;
}

bool ChecklistReviewWidget::selectFramework(const QString &frameworkId)
{
    const int index = m_frameworkCombo->findData(frameworkId);
    if (index < 0)
        return false;
    if (index == m_frameworkCombo->currentIndex() && m_model->framework().id == frameworkId)
        return true;
    const QSignalBlocker blocker(m_frameworkCombo);
    m_frameworkCombo->setCurrentIndex(index);
    frameworkChosen(index);
    return true;
}

void ChecklistReviewWidget::frameworkChosen(int index)
{
    const QualityFramework *framework =
        FrameworkLibrary::find(m_frameworkCombo->itemData(index).toString());
    if (!framework)
        return;
    m_model->setFramework(*framework);
    m_currentCriterionId.clear();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    else
        showCurrent();
    refresh();
}

void ChecklistReviewWidget::currentRowChanged(const QModelIndex &current)
{
    if (m_applyingEdit)
        return;
    // A row the filter hides keeps the pane on its criterion: it can still be edited.
    if (!current.isValid() && m_model->rowOf(m_currentCriterionId) >= 0)
        return;
    const QString id = current.data(ChecklistTableModel::CriterionIdRole).toString();
    if (id == m_currentCriterionId)
        return;
    m_currentCriterionId = id;
    showCurrent();
    Q_EMIT currentCriterionChanged(id);
}

void ChecklistReviewWidget::selectCriterion(const QString &criterionId)
{
    if (m_model->rowOf(criterionId) < 0) {
        for (const QualityFramework *framework : FrameworkLibrary::all()) {
            if (framework->criterion(criterionId)) {
                selectFramework(framework->id);
                break;
            }
        }
    }
    const int row = m_model->rowOf(criterionId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_openOnlyCheck->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ChecklistReviewWidget::showCurrent()
{
    const int row = m_model->rowOf(m_currentCriterionId);
    if (row < 0) {
        m_editor->showNothing();
        return;
    }
    const QualityFramework &framework = m_model->framework();
    const QualityCriterion &criterion = framework.criteria.at(row);
    const Microcredential &design = m_document->design();
    m_editor->showCriterion(criterion, m_model->item(row), m_model->verdict(row), m_language,
                            InheritedEvidence::recorded(design, framework, criterion),
                            InheritedEvidence::isCopy(design, framework));
}

void ChecklistReviewWidget::refresh()
{
    showCurrent();
    m_changesNotice->showChanges(m_model->checklist(), m_model->framework());
    const QualityFramework &framework = m_model->framework();
    const bool outside = !framework.appliesOn(Clock::today());
    m_periodNotice->setVisible(outside);
    if (outside) {
        m_periodNotice->setText(tr("This version of the framework applies %1; today is outside that period. Check "
                                   "whether a newer version or another framework applies.")
                                    .arg(FrameworkLibrary::periodText(framework)));
    }
    const Checklist *checklist = m_model->checklist();
    const std::optional<ChecklistChange> copied = checklist ? checklist->copiedFrom() : std::nullopt;
    m_copiedNotice->setVisible(copied.has_value());
    if (copied) {
        m_copiedNotice->setText(tr("This checklist work was copied from “%1” on %2. Check that it holds for this design; "
                                   "the original's review and sign-off did not come along.")
                                    .arg(copied->newValue, QLocale().toString(copied->at.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_signOffBar->showChecklist(m_model->checklist(), m_model->framework(), m_model->openCount(),
                                m_language);
    m_countLabel->setText(
        tr("%1 of %n criteria open", nullptr, m_model->rowCount()).arg(m_model->openCount()));
}

void ChecklistReviewWidget::editItem(const QString &field, const QString &description,
                                     bool mergesTyping, const ChecklistItemEdit::Change &change)
{
    const QualityFramework &framework = m_model->framework();
    const QualityCriterion *criterion = framework.criterion(m_currentCriterionId);
    if (!criterion)
        return;
    m_applyingEdit = true;
    ChecklistItemEdit::apply(m_document, framework, *criterion, field,
                             description.arg(criterion->number), m_reviewerName, mergesTyping,
                             change);
    m_applyingEdit = false;

    // The edited criterion may now be hidden by the filter: the pane stays with it,
    // and no other row looks selected.
    const int row = m_model->rowOf(m_currentCriterionId);
    const QModelIndex visible =
        row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!visible.isValid()) {
        m_applyingEdit = true;
        m_table->selectionModel()->clear();
        m_applyingEdit = false;
    }
}

void ChecklistReviewWidget::setStatus(CriterionStatus status)
{
    editItem(QStringLiteral("status"), tr("Change the status of criterion %1"), false,
             [status](Checklist &checklist, const QString &id, const QString &by,
                      const QDateTime &at) { return checklist.setStatus(id, status, by, at); });
}

void ChecklistReviewWidget::setText(const QString &field, const QString &value)
{
    QString description;
    if (field == QLatin1String("evidence"))
        description = tr("Edit the evidence for criterion %1");
    else if (field == QLatin1String("responsible"))
        description = tr("Edit who is responsible for criterion %1");
    else
        description = tr("Edit the reviewer's comment on criterion %1");
    editItem(field, description, true,
             [field, value](Checklist &checklist, const QString &id, const QString &by,
                            const QDateTime &at) {
                 return checklist.setText(id, field, value, by, at);
             });
}

void ChecklistReviewWidget::setLinks(const QStringList &links)
{
    editItem(
        QStringLiteral("evidenceLinks"), tr("Edit the evidence links for criterion %1"), true,
        [links](Checklist &checklist, const QString &id, const QString &by, const QDateTime &at) {
            return checklist.setEvidenceLinks(id, links, by, at);
        });
}

void ChecklistReviewWidget::setOwnEvidence(bool own)
{
    editItem(QStringLiteral("ownEvidence"),
             own ? tr("Give this design's own evidence for criterion %1") : tr("Inherit the institution's evidence for criterion %1"),
             false, [own](Checklist &checklist, const QString &id, const QString &by, const QDateTime &at) {
                 return checklist.setOwnEvidence(id, own, by, at);
             });
}

void ChecklistReviewWidget::moveToCurrentVersion()
{
    const QualityFramework framework = m_model->framework();
    const QString by = m_reviewerName;
    m_document->edit(QStringLiteral("checklists.%1.frameworkVersion").arg(framework.id),
                     tr("Move the checklist to version %1").arg(framework.version), [&](Microcredential &mc) {
                         for (Checklist &checklist : mc.checklists) {
                             if (checklist.frameworkId == framework.id)
                                 FrameworkChanges::moveToCurrentVersion(checklist, framework, by, Clock::now());
                         }
                     });
}

} // namespace mcs::ui
