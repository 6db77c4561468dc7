#include "ChecklistTableModel.h"

#include "frameworks/InheritedEvidence.h"

#include "checks/AutomaticChecks.h"
#include "document/DesignDocument.h"
#include "documents/DocumentTexts.h"
#include "util/Clock.h"

#include <QDate>
#include <QLocale>

namespace mcs::ui {

ChecklistTableModel::ChecklistTableModel(DesignDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    // The interface speaks Dutch exactly when the application made Dutch the default locale.
    , m_language(QLocale().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                        : QStringLiteral("en"))
{
    if (m_document)
        connect(m_document, &DesignDocument::changed, this, &ChecklistTableModel::refresh);
}

void ChecklistTableModel::setFramework(const QualityFramework &framework)
{
    beginResetModel();
    m_framework = framework;
    computeVerdicts();
    endResetModel();
}

void ChecklistTableModel::setLanguage(const QString &language)
{
    m_language = language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ChecklistTableModel::refresh()
{
    computeVerdicts();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChecklistTableModel::computeVerdicts()
{
    // Verdicts depend on the whole design and are costly enough not to run per cell.
    m_verdicts.clear();
    if (!m_document)
        return;
    const QDate today = Clock::today();
    for (const QualityCriterion &criterion : std::as_const(m_framework.criteria))
        m_verdicts.append(AutomaticChecks::runAll(criterion.checks, m_document->design(), today));
}

const Checklist *ChecklistTableModel::checklist() const
{
    return m_document ? m_document->design().checklist(m_framework.id) : nullptr;
}

const ChecklistItem *ChecklistTableModel::item(int row) const
{
    const Checklist *list = checklist();
    if (!list || row < 0 || row >= m_framework.criteria.size())
        return nullptr;
    return list->item(m_framework.criteria.at(row).id);
}

CheckVerdict ChecklistTableModel::verdict(int row) const
{
    return m_verdicts.value(row);
}

int ChecklistTableModel::rowOf(const QString &criterionId) const
{
    for (int row = 0; row < m_framework.criteria.size(); ++row) {
        if (m_framework.criteria.at(row).id == criterionId)
            return row;
    }
    return -1;
}

int ChecklistTableModel::openCount() const
{
    int open = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const ChecklistItem *entry = item(row);
        open += isOpen(entry ? entry->status : CriterionStatus::Open) ? 1 : 0;
    }
    return open;
}

int ChecklistTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_framework.criteria.size());
}

int ChecklistTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ChecklistTableModel::flags(const QModelIndex &index) const
{
    // Views ask about the root too; only a valid index outside the table is a bug.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ChecklistTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ChecklistItem *entry = item(row);
    const CriterionStatus status = entry ? entry->status : CriterionStatus::Open;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::AccessibleTextRole: // the dash, read out in words
        return index.column() == VerdictColumn ? QVariant(verdictText(m_framework.criteria.at(row), verdict(row))) : QVariant();
    case CriterionIdRole:
        return m_framework.criteria.at(row).id;
    case IsOpenRole:
        return isOpen(status);
    case StatusRole:
        return int(status);
    case VerdictOutcomeRole:
        return int(verdict(row).outcome);
    default:
        return {};
    }
}

QVariant ChecklistTableModel::displayValue(int row, int column) const
{
    const QualityCriterion &criterion = m_framework.criteria.at(row);
    const ChecklistItem *entry = item(row);
    switch (column) {
    case NumberColumn:
        return criterion.number;
    case CriterionColumn:
        return criterion.title.preferred(m_language);
    case VerdictColumn:
        // A dash where the team judges (half a framework): the rows with a check stand out.
        return criterion.checks.isEmpty() ? QStringLiteral("—") : verdictText(criterion, verdict(row));
    case StatusColumn:
        return statusName(entry ? entry->status : CriterionStatus::Open);
    case ResponsibleColumn:
        return entry ? entry->responsible : QString();
    case EvidenceColumn:
        // A glimpse in the table, whose rows wrap; the full text is in the tooltip and the detail pane.
        return glimpse(shownEvidence(row));
    default:
        return {};
    }
}

QString ChecklistTableModel::glimpse(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= GlimpseLength)
        return line;
    qsizetype end = GlimpseLength - 1;
    if (line.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return line.left(end).trimmed() + QChar(0x2026);
}

QString ChecklistTableModel::shownEvidence(int row) const
{
    const QualityCriterion &criterion = m_framework.criteria.at(row);
    if (m_document) {
        // A criterion about the institution shows the evidence the design inherits.
        if (const std::optional<InstitutionEvidence> inherited = InheritedEvidence::of(m_document->design(), m_framework, criterion))
            return tr("Institution: %1").arg(inherited->text);
    }
    const ChecklistItem *entry = item(row);
    return entry ? entry->evidence : QString();
}

QVariant ChecklistTableModel::toolTip(int row, int column) const
{
    const QualityCriterion &criterion = m_framework.criteria.at(row);
    switch (column) {
    case CriterionColumn:
        return criterion.title.preferred(m_language);
    case VerdictColumn:
        return criterion.checks.isEmpty() ? QVariant(verdictText(criterion, verdict(row))) : QVariant(verdict(row).reason);
    case EvidenceColumn:
        return shownEvidence(row).isEmpty() ? QVariant() : QVariant(shownEvidence(row));
    default:
        return {};
    }
}

QVariant ChecklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case CriterionColumn:
        return tr("Criterion");
    case VerdictColumn:
        return tr("Automatic check");
    case StatusColumn:
        return tr("Status");
    case ResponsibleColumn:
        return tr("Responsible");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

bool ChecklistTableModel::isOpen(CriterionStatus status)
{
    return status == CriterionStatus::Open || status == CriterionStatus::InProgress ||
           status == CriterionStatus::NotMet;
}

QString ChecklistTableModel::verdictText(const QualityCriterion &criterion,
                                         const CheckVerdict &verdict)
{
    if (criterion.checks.isEmpty())
        return tr("None: judged by the team");
    switch (verdict.outcome) {
    case CheckVerdict::Outcome::Pass:
        return tr("Meets the check");
    case CheckVerdict::Outcome::Warning:
        return tr("Needs attention");
    case CheckVerdict::Outcome::Fail:
        return tr("Does not meet the check");
    case CheckVerdict::Outcome::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString ChecklistTableModel::statusName(CriterionStatus status) const
{
    return DocumentTexts(m_language).criterionStatus(status);
}

} // namespace mcs::ui
