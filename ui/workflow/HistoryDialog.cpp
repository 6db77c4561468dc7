#include "HistoryDialog.h"

#include "help/HelpTargets.h"

#include "DisplayNames.h"
#include "VersionComparisonView.h"
#include "format/ContentFingerprint.h"

#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    // Rows as tall as their text, as in the comparison below (a comment may wrap).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

HistoryDialog::HistoryDialog(std::shared_ptr<Catalogue> catalogue, const QString &id, QWidget *parent)
    : QDialog(parent), m_catalogue(std::move(catalogue)), m_id(id)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History and Versions"));
    HelpTargets::set(this, HelpTargets::historyDialog());
    auto *layout = new QVBoxLayout(this);

    m_versions = makeTable({tr("Version"), tr("Status"), tr("Last saved"), tr("By"), tr("Fingerprint")},
                           QStringLiteral("versionsTable"), this);
    m_versions->setAccessibleName(tr("Kept versions"));
    m_steps = makeTable({tr("When"), tr("Who"), tr("Role"), tr("Version"), tr("Step"), tr("Fingerprint"), tr("Comment")},
                        QStringLiteral("stepsTable"), this);
    m_steps->setAccessibleName(tr("Workflow steps"));

    auto *compareBar = new QHBoxLayout;
    m_before = new QComboBox(this);
    m_after = new QComboBox(this);
    m_before->setAccessibleName(tr("Compare version"));
    m_after->setAccessibleName(tr("With version"));
    auto *beforeLabel = new QLabel(tr("Compare &version"), this);
    beforeLabel->setBuddy(m_before);
    auto *afterLabel = new QLabel(tr("&with version"), this);
    afterLabel->setBuddy(m_after);
    compareBar->addWidget(beforeLabel);
    compareBar->addWidget(m_before);
    compareBar->addWidget(afterLabel);
    compareBar->addWidget(m_after);
    compareBar->addStretch();
    m_comparisonNote = new QLabel(this);
    m_comparisonNote->setTextFormat(Qt::PlainText); // may carry an error naming a design
    m_comparison = new VersionComparisonView(this);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Versions"), top));
    topLayout->addWidget(m_versions);
    topLayout->addWidget(new QLabel(tr("Workflow steps"), top));
    topLayout->addWidget(m_steps);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(compareBar);
    bottomLayout->addWidget(m_comparisonNote);
    bottomLayout->addWidget(m_comparison);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    layout->addWidget(splitter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill();
    connect(m_before, &QComboBox::currentIndexChanged, this, &HistoryDialog::compareChosen);
    connect(m_after, &QComboBox::currentIndexChanged, this, &HistoryDialog::compareChosen);
    compareChosen();
    resize(980, 720);
}

void HistoryDialog::fill()
{
    const Result<QList<DesignVersionRecord>> versions = m_catalogue->versions(m_id);
    const Result<QList<TransitionRecord>> steps = m_catalogue->transitions(m_id);
    if (!versions.ok() || !steps.ok()) {
        m_comparisonNote->setText(versions.ok() ? steps.error() : versions.error());
        return;
    }
    m_versions->setRowCount(int(versions.value().size()));
    int row = 0;
    for (const DesignVersionRecord &v : versions.value()) {
        const QStringList cells{QString::number(v.version), DisplayNames::status(v.status), when(v.savedAt), v.savedBy,
                                ContentFingerprint::shortForm(v.fingerprint)};
        for (int column = 0; column < cells.size(); ++column)
            m_versions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_before->addItem(tr("%1 (%2)").arg(v.version).arg(DisplayNames::status(v.status)), v.version);
        m_after->addItem(tr("%1 (%2)").arg(v.version).arg(DisplayNames::status(v.status)), v.version);
        ++row;
    }
    m_steps->setRowCount(int(steps.value().size()));
    row = 0;
    for (const TransitionRecord &t : steps.value()) {
        const QStringList cells{when(t.at), t.actor, DisplayNames::roleTitle(t.role), QString::number(t.version),
                                tr("%1 → %2").arg(DisplayNames::status(t.from), DisplayNames::status(t.to)),
                                ContentFingerprint::shortForm(t.fingerprint), t.comment};
        for (int column = 0; column < cells.size(); ++column)
            m_steps->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
    }
    // Notes are not steps (nothing moved the status), but the history must show them.
    const Result<QList<HistoryNote>> notes = m_catalogue->notes(m_id);
    if (!notes.ok()) {
        m_comparisonNote->setText(notes.error());
        return;
    }
    m_steps->setRowCount(row + int(notes.value().size()));
    for (const HistoryNote &n : notes.value()) {
        const QString kind = n.kind == HistoryNote::Kind::EnteredAsDraft ? tr("Note: entered as a draft")
                             : n.kind == HistoryNote::Kind::Transferred  ? tr("Note: moved in with its status")
                                                                         : tr("Note: step taken elsewhere");
        const QStringList cells{when(n.at), n.actor, QStringLiteral("—"), QString::number(n.version), kind, QString(),
                                n.text};
        for (int column = 0; column < cells.size(); ++column)
            m_steps->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
    }
    m_versions->resizeColumnsToContents();
    m_steps->resizeColumnsToContents();
    // By default: the version before the latest against the latest.
    m_after->setCurrentIndex(m_after->count() - 1);
    m_before->setCurrentIndex(std::max(0, m_before->count() - 2));
}

void HistoryDialog::compareChosen()
{
    if (m_before->currentIndex() < 0 || m_after->currentIndex() < 0)
        return;
    compare(m_before->currentData().toInt(), m_after->currentData().toInt());
}

void HistoryDialog::compare(int before, int after)
{
    const Result<Microcredential> a = m_catalogue->loadVersion(m_id, before);
    const Result<Microcredential> b = m_catalogue->loadVersion(m_id, after);
    if (!a.ok() || !b.ok()) {
        m_comparisonNote->setText(a.ok() ? b.error() : a.error());
        m_comparison->showDifferences({});
        return;
    }
    const QList<FieldDifference> differences = DesignComparison::compare(a.value(), b.value());
    m_comparison->setHeaders(tr("Version %1").arg(before), tr("Version %1").arg(after));
    m_comparison->showDifferences(differences);
    // Version number and status differ between any two versions: shown, not counted.
    const auto inContent = std::count_if(differences.cbegin(), differences.cend(), [](const FieldDifference &d) {
        return !DesignComparison::isRecordKeeping(d);
    });
    m_comparisonNote->setText(inContent == 0 ? tr("The content is the same.")
                                             : tr("%n field(s) differ in content.", nullptr, int(inContent)));
}

} // namespace mcs::ui
