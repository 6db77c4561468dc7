#include "AssessmentsSection.h"

#include "DisplayNames.h"
#include "documents/DocumentTexts.h"
#include "widgets/BilingualTextEdit.h"
#include "help/FieldHelp.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {
QString assessmentKey(int index)
{
    return QStringLiteral("assessments[%1]").arg(index);
}
} // namespace

AssessmentsSection::AssessmentsSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    const DocumentTexts names(DisplayNames::language());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    layout->addLayout(top, 1);

    auto *listPane = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Assessments"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("assessmentsListWidget"));
    m_list->setAccessibleName(tr("Assessments"));
    listLabel->setBuddy(m_list);
    FieldHelp::apply(m_list, QStringLiteral("assessments"));
    auto *add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("addAssessmentPushButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeAssessmentPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    listPane->addWidget(listLabel);
    listPane->addWidget(m_list, 1);
    listPane->addLayout(buttons);
    top->addLayout(listPane, 2);
    connect(add, &QPushButton::clicked, this, &AssessmentsSection::addAssessment);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentsSection::removeAssessment);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current) {
            m_current = row;
            refreshEditor();
        }
    });

    m_editor = new QWidget(this);
    auto *form = new QFormLayout(m_editor);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type = new QComboBox(m_editor);
    m_type->setObjectName(QStringLiteral("assessmentTypeComboBox"));
    m_type->setAccessibleName(tr("Type of assessment"));
    for (const AssessmentType type : EnumCodes<AssessmentType>::allValues())
        m_type->addItem(names.assessmentType(type), toCode(type));
    form->addRow(tr("&Type"), m_type);
    FieldHelp::apply(m_type, QStringLiteral("assessments.type"));
    connect(m_type, &QComboBox::activated, this, [this](int i) {
        const int index = m_current;
        const QString code = m_type->itemData(i).toString();
        if (index >= 0)
            document()->edit(assessmentKey(index) + QStringLiteral(".type"), tr("Change type of assessment"), [&](Microcredential &m) {
                m.assessments[index].type = fromCode<AssessmentType>(code).value_or(AssessmentType::WrittenExam);
            });
    });
    m_description = new BilingualTextEdit(tr("Description of the assessment"), BilingualTextEdit::Lines::Multiple, m_editor);
    m_description->setObjectName(QStringLiteral("assessmentDescriptionTextEdit"));
    auto *descriptionLabel = new QLabel(tr("Desc&ription"), m_editor);
    descriptionLabel->setBuddy(m_description->dutchEditor());
    form->addRow(descriptionLabel, m_description);
    FieldHelp::apply(m_description, QStringLiteral("assessments.description"));
    connect(m_description, &BilingualTextEdit::edited, this, [this](const LocalizedText &text) {
        const int index = m_current;
        if (index >= 0)
            document()->edit(assessmentKey(index) + QStringLiteral(".description"), tr("Edit assessment %1").arg(index + 1),
                             [&](Microcredential &m) { m.assessments[index].description = text; });
    });
    m_supervision = new QComboBox(m_editor);
    m_supervision->setObjectName(QStringLiteral("assessmentSupervisionComboBox"));
    m_supervision->setAccessibleName(tr("Supervision and identity verification"));
    m_supervision->addItem(tr("Not set"), QString());
    for (const Supervision supervision : EnumCodes<Supervision>::allValues())
        m_supervision->addItem(names.supervision(supervision), toCode(supervision));
    form->addRow(tr("&Supervision"), m_supervision);
    FieldHelp::apply(m_supervision, QStringLiteral("assessments.supervision"));
    connect(m_supervision, &QComboBox::activated, this, [this](int i) {
        const int index = m_current;
        const QString code = m_supervision->itemData(i).toString();
        if (index >= 0)
            document()->edit(assessmentKey(index) + QStringLiteral(".supervision"), tr("Change supervision"),
                             [&](Microcredential &m) { m.assessments[index].supervision = fromCode<Supervision>(code); });
    });
    top->addWidget(m_editor, 3);

    auto *matrixLabel = new QLabel(tr("A&lignment matrix: check the learning outcomes each assessment assesses"), this);
    m_matrix = new QTableWidget(this);
    m_matrix->setObjectName(QStringLiteral("alignmentTableWidget"));
    m_matrix->setAccessibleName(tr("Alignment of learning outcomes and assessments"));
    m_matrix->horizontalHeader()->setDefaultSectionSize(60);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    matrixLabel->setBuddy(m_matrix);
    FieldHelp::apply(m_matrix, QStringLiteral("assessments.learningOutcomeIds"));
    layout->addWidget(matrixLabel);
    layout->addWidget(m_matrix, 1);
    connect(m_matrix, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updatingMatrix)
            toggleLink(item->row(), item->column(), item->checkState() == Qt::Checked);
    });
    refresh();
    if (!design().assessments.isEmpty())
        selectAssessment(0);
}

void AssessmentsSection::refreshOther()
{
    refreshList();
    refreshEditor();
    refreshMatrix();
}

void AssessmentsSection::refreshList()
{
    const DocumentTexts names(DisplayNames::language());
    const QList<Assessment> &assessments = design().assessments;
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > assessments.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(names.assessmentLabel(i + 1), names.assessmentType(assessments.at(i).type));
        if (i < m_list->count())
            m_list->item(int(i))->setText(text);
        else
            m_list->addItem(text);
    }
    if (m_current >= assessments.size())
        m_current = int(assessments.size()) - 1;
    m_list->setCurrentRow(m_current);
}

void AssessmentsSection::refreshEditor()
{
    const bool valid = m_current >= 0 && m_current < design().assessments.size();
    m_editor->setEnabled(valid);
    m_remove->setEnabled(valid && !isReadOnly());
    if (!valid) {
        m_description->setText({});
        return;
    }
    const Assessment &a = design().assessments.at(m_current);
    m_type->setCurrentIndex(std::max(0, m_type->findData(toCode(a.type))));
    m_description->setText(a.description);
    m_supervision->setCurrentIndex(std::max(0, m_supervision->findData(toCode(a.supervision))));
}

void AssessmentsSection::refreshMatrix()
{
    const Microcredential &mc = design();
    const DocumentTexts names(DisplayNames::language());
    m_updatingMatrix = true;
    m_matrix->setRowCount(int(mc.learningOutcomes.size()));
    m_matrix->setColumnCount(int(mc.assessments.size()));
    QStringList columns;
    for (qsizetype k = 0; k < mc.assessments.size(); ++k)
        columns.append(names.assessmentLabel(k + 1));
    m_matrix->setHorizontalHeaderLabels(columns);
    QStringList rows;
    QStringList fullRows;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        QString statement = mc.learningOutcomes.at(i).statement.preferred(DisplayNames::language()).simplified();
        fullRows.append(QStringLiteral("%1. %2").arg(i + 1).arg(statement));
        if (statement.size() > 110)
            statement = statement.left(108) + QStringLiteral("…");
        rows.append(QStringLiteral("%1. %2").arg(i + 1).arg(statement));
        for (qsizetype k = 0; k < mc.assessments.size(); ++k) {
            QTableWidgetItem *item = m_matrix->item(int(i), int(k));
            if (!item) {
                item = new QTableWidgetItem;
                m_matrix->setItem(int(i), int(k), item);
            }
            // An approved version shows its links without letting a click change them.
            item->setFlags(isReadOnly() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                        : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool linked = mc.assessments.at(k).learningOutcomeIds.contains(mc.learningOutcomes.at(i).id);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::AccessibleTextRole, tr("Outcome %1, assessment %2: %3")
                                                      .arg(i + 1)
                                                      .arg(names.assessmentLabel(k + 1))
                                                      .arg(linked ? tr("assessed") : tr("not assessed")));
        }
    }
    m_matrix->setVerticalHeaderLabels(rows);
    // Shortened on screen; whole in the tooltip, with the kind of each assessment above its column.
    for (int i = 0; i < fullRows.size(); ++i)
        m_matrix->verticalHeaderItem(i)->setToolTip(fullRows.at(i));
    for (int k = 0; k < mc.assessments.size(); ++k)
        m_matrix->horizontalHeaderItem(k)->setToolTip(names.assessmentType(mc.assessments.at(k).type));
    m_updatingMatrix = false;
}

void AssessmentsSection::toggleLink(int outcome, int assessment, bool linked)
{
    document()->edit(QString(), linked ? tr("Link outcome to assessment") : tr("Unlink outcome from assessment"),
                     [outcome, assessment, linked](Microcredential &m) {
                         if (outcome >= m.learningOutcomes.size() || assessment >= m.assessments.size())
                             return;
                         const QString id = m.learningOutcomes.at(outcome).id;
                         QStringList &ids = m.assessments[assessment].learningOutcomeIds;
                         ids.removeAll(id);
                         if (linked) {
                             // Keep the links in the order of the outcomes.
                             QStringList ordered;
                             for (const LearningOutcome &lo : m.learningOutcomes) {
                                 if (lo.id == id || ids.contains(lo.id))
                                     ordered.append(lo.id);
                             }
                             ids = ordered;
                         }
                     });
}

void AssessmentsSection::selectAssessment(int index)
{
    m_current = index;
    refreshList();
    refreshEditor();
}

void AssessmentsSection::addAssessment()
{
    const int index = int(design().assessments.size());
    document()->edit(QString(), tr("Add assessment"), [](Microcredential &m) {
        Assessment assessment;
        assessment.id = Microcredential::newId();
        m.assessments.append(assessment);
    });
    selectAssessment(index);
    m_type->setFocus(Qt::OtherFocusReason);
}

void AssessmentsSection::removeAssessment()
{
    const int index = m_current;
    if (index < 0)
        return;
    document()->edit(QString(), tr("Remove assessment %1").arg(DocumentTexts(DisplayNames::language()).assessmentLabel(index + 1)), [index](Microcredential &m) { m.assessments.removeAt(index); });
    selectAssessment(std::min(index, int(design().assessments.size()) - 1));
}

bool AssessmentsSection::focusField(const QString &fieldPath)
{
    static const QRegularExpression pattern(QStringLiteral("^assessments\\[(\\d+)\\](?:\\.(\\w+)(?:\\.(nl|en))?)?"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch()) {
        if (fieldPath.startsWith(QLatin1String("assessments"))) {
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }
    const int index = match.captured(1).toInt();
    if (index >= design().assessments.size())
        return false;
    selectAssessment(index);
    const QString field = match.captured(2);
    if (field == QLatin1String("type"))
        m_type->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("supervision"))
        m_supervision->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("learningOutcomeIds"))
        m_matrix->setFocus(Qt::OtherFocusReason);
    else
        m_description->focusLanguage(match.captured(3).isEmpty() ? QStringLiteral("nl") : match.captured(3));
    return true;
}

QString AssessmentsSection::title() const
{
    return tr("Assessment");
}

QString AssessmentsSection::subtitle() const
{
    return tr("How the learning outcomes are assessed; every outcome needs at least one assessment.");
}

} // namespace mcs::ui
