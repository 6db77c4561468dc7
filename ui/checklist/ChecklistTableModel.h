#pragma once

#include "checks/CheckVerdict.h"
#include "frameworks/QualityFramework.h"
#include "model/Checklist.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mcs::ui {

class DesignDocument;

/// The criteria of one quality framework for the design a DesignDocument holds:
/// the automatic verdict next to the person's status, evidence and responsible.
/// Read-only: the checklist is edited in the review's detail pane, through the
/// document, so that every change is undoable and recorded in the history.
class ChecklistTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// How much of a long text (evidence) the table shows.
    static constexpr qsizetype GlimpseLength = 80;

    enum Column {
        NumberColumn,
        CriterionColumn,
        VerdictColumn,
        StatusColumn,
        ResponsibleColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1,
        IsOpenRole,        ///< bool: the status is open, in progress or not met
        StatusRole,        ///< int(CriterionStatus)
        VerdictOutcomeRole ///< int(CheckVerdict::Outcome)
    };

    explicit ChecklistTableModel(DesignDocument *document, QObject *parent = nullptr);

    void setFramework(const QualityFramework &framework);
    const QualityFramework &framework() const { return m_framework; }
    /// "nl" or "en": the language of criterion titles and status names.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// The design's checklist for the framework, or null while nobody worked on it.
    const Checklist *checklist() const;
    const ChecklistItem *item(int row) const;
    /// The verdict of the automatic checks for a row, as of the last refresh.
    CheckVerdict verdict(int row) const;
    int rowOf(const QString &criterionId) const;
    /// How many criteria are still open (see isOpen()).
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static bool isOpen(CriterionStatus status);
    /// The verdict in words, for a criterion (which may have no checks at all).
    static QString verdictText(const QualityCriterion &criterion, const CheckVerdict &verdict);

public Q_SLOTS:
    /// Recomputes the verdicts and tells views that every cell may have changed.
    void refresh();

private:
    /// The start of a long text, on one line, ended by "…".
    static QString glimpse(const QString &text);
    QVariant displayValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    /// The evidence the row shows: inherited from the institution, or the team's own.
    QString shownEvidence(int row) const;
    QString statusName(CriterionStatus status) const;
    void computeVerdicts();

    QPointer<DesignDocument> m_document;
    QualityFramework m_framework;
    QList<CheckVerdict> m_verdicts;
    QString m_language;
};

} // namespace mcs::ui
