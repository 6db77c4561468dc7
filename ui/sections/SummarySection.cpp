#include "SummarySection.h"

#include "diagnostics/DesignDiagnostics.h"
#include "frameworks/FrameworkLibrary.h"
#include "widgets/FindingsView.h"
#include "util/Clock.h"

#include <QDate>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mcs::ui {

SummarySection::SummarySection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    auto *layout = new QVBoxLayout(this);
    // The bar counts the quality criteria met too, so that "complete" is not read as "finished".
    auto *completionLabel = new QLabel(tr("Completion: required elements filled in and quality criteria met"), this);
    m_completion = new QProgressBar(this);
    m_completion->setObjectName(QStringLiteral("completionProgressBar"));
    m_completion->setAccessibleName(tr("Completion"));
    m_completion->setRange(0, 100);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    auto *findingsLabel = new QLabel(tr("F&indings (double-click or press Enter to go to the field)"), this);
    m_findings = new FindingsView(this);
    m_findings->setEmptyText(tr("No findings: the design is complete and consistent."));
    findingsLabel->setBuddy(m_findings);
    layout->addWidget(completionLabel);
    layout->addWidget(m_completion);
    layout->addWidget(m_missing);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);
    connect(m_findings, &FindingsView::fieldActivated, this, &SummarySection::fieldActivated);
    refresh();
}

void SummarySection::refreshOther()
{
    const Microcredential &mc = design();
    const DesignDiagnostics diagnostics(mc, FrameworkLibrary::find(mc.qualityAssurance.frameworkId), Clock::today());
    const CompletionScore &score = diagnostics.completion();
    m_completion->setValue(score.percent());
    m_completion->setFormat(tr("%p% complete"));
    m_missing->setText(score.missing.isEmpty()
                           ? tr("Every required element is filled in. %1 of %n criteria are marked as met.", nullptr,
                                score.criteriaTotal)
                                 .arg(score.criteriaMet)
                           : tr("Still to fill in: %1.").arg(score.missing.join(QLatin1String(", "))));
    m_findings->setDiagnostics(diagnostics.diagnostics());
}

QString SummarySection::title() const
{
    return tr("Summary and checks");
}

QString SummarySection::subtitle() const
{
    return tr("How complete the design is, and what the checks found.");
}

} // namespace mcs::ui
