#include "DesignSummaryView.h"

#include "DisplayNames.h"
#include "model/StudyLoad.h"

namespace mcs::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    // Label above value: the panel beside the catalogue is narrow, and a label
    // column ("Examencommissie") would leave the values a few words per line.
    return QStringLiteral("<p class='label'>%1</p><p class='value'>%2</p>").arg(label.toHtmlEscaped(), escaped(value));
}

} // namespace

DesignSummaryView::DesignSummaryView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Microcredential summary"));
    document()->setDocumentMargin(12);
    document()->setDefaultStyleSheet(QStringLiteral(
        "p.title { font-size: 13pt; font-weight: bold; margin-bottom: 2px; }"
        ".subtitle { color: #555; margin-top: 0; }"
        "p.label { color: #555; font-size: 8.5pt; margin-top: 6px; margin-bottom: 0; }"
        "p.value { margin-top: 0; margin-bottom: 0; }"
        "p.heading { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"));
}

QVariant DesignSummaryView::loadResource(int, const QUrl &)
{
    return {}; // never load images or style sheets from anywhere
}

void DesignSummaryView::showMessage(const QString &message)
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(message.toHtmlEscaped()));
}

void DesignSummaryView::showDesign(const Microcredential &mc, const QString &language)
{
    QString html = QStringLiteral("<p class='title'>%1</p>").arg(escaped(mc.title.preferred(language)));
    const QString secondTitle = language == QLatin1String("en") ? mc.title.nl : mc.title.en;
    if (!secondTitle.isEmpty() && secondTitle != mc.title.preferred(language))
        html += QStringLiteral("<p class='subtitle'>%1</p>").arg(escaped(secondTitle));
    html += QStringLiteral("<p>%1</p>").arg(escaped(mc.summary.preferred(language)));
    html += row(tr("Institution"), mc.institution.name);
    html += row(tr("Sector"), DisplayNames::sector(mc.sector));
    html += row(tr("Level"), DisplayNames::level(mc.eqfLevel, mc.nlqfLevel));
    html += row(tr("Study load"), StudyLoad::describe(mc.studyLoadHours, mc.sector));
    html += row(tr("Status"), tr("%1, version %2").arg(DisplayNames::status(mc.status)).arg(mc.version));
    html += row(tr("Target group"), mc.targetGroup.preferred(language));
    html += row(tr("Examining body"), mc.qualityAssurance.examiningBody);
    if (!mc.learningOutcomes.isEmpty()) {
        html += QStringLiteral("<p class='heading'>%1</p><ol>").arg(tr("Learning outcomes").toHtmlEscaped());
        for (const LearningOutcome &outcome : mc.learningOutcomes)
            html += QStringLiteral("<li>%1</li>").arg(escaped(outcome.statement.preferred(language)));
        html += QStringLiteral("</ol>");
    }
    setHtml(html);
}

} // namespace mcs::ui
