#include "ImportPreviewDialog.h"

#include "help/HelpTargets.h"

#include "DisplayNames.h"
#include "model/StudyLoad.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcs::ui {

ImportPreviewDialog::ImportPreviewDialog(const ImportedDesign &imported, const QString &fileName, bool alreadyInCatalogue,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import — %1").arg(fileName));
    HelpTargets::set(this, HelpTargets::importDialog());
    auto *layout = new QVBoxLayout(this);
    const Microcredential &mc = imported.design;
    const QString language = DisplayNames::language();
    QString html = QStringLiteral("<h3>%1</h3>").arg(mc.title.preferred(language).toHtmlEscaped());
    html += QStringLiteral("<p>%1 %2 %3</p>")
                .arg(tr("Format: %1.").arg(ExchangeFormats::displayName(imported.format)).toHtmlEscaped(),
                     tr("%n learning outcome(s),", nullptr, int(mc.learningOutcomes.size())).toHtmlEscaped(),
                     tr("%n assessment(s).", nullptr, int(mc.assessments.size())).toHtmlEscaped());
    for (const QString &remark : imported.remarks)
        html += QStringLiteral("<p>%1</p>").arg(remark.toHtmlEscaped());
    QStringList facts;
    if (mc.eqfLevel || mc.nlqfLevel)
        facts.append(DisplayNames::level(mc.eqfLevel, mc.nlqfLevel));
    if (!mc.foreignLevel.isEmpty())
        facts.append(mc.foreignLevel);
    facts.append(mc.studyLoadHours > 0 ? StudyLoad::describe(mc.studyLoadHours, mc.sector) : tr("no study load"));
    if (!mc.maximumDuration.isEmpty())
        facts.append(tr("at most %1").arg(DisplayNames::duration(mc.maximumDuration)));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!imported.findings.isEmpty()) {
        // Shown first among the lists: these are what a reviewer must look at.
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Check before you rely on it (imported as the file says)").toHtmlEscaped());
        for (const QString &finding : imported.findings)
            html += QStringLiteral("<li>%1</li>").arg(finding.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (mc.status != Status::Draft) {
        // A status is reached by steps in this catalogue, never brought along in a file.
        const QString text = alreadyInCatalogue
                                 ? tr("The file says “%1”. Replacing keeps the status the design has in the catalogue "
                                      "(an approved version continues as a new draft version); importing as a copy "
                                      "makes a draft. The history notes the status the file had.")
                                 : tr("The file says “%1”. The design enters the catalogue as a draft; its history "
                                      "notes the status it had.");
        html += QStringLiteral("<p>%1</p>").arg(text.arg(DisplayNames::status(mc.status)).toHtmlEscaped());
    }
    auto listHtml = [](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return QString();
        QString out = QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        for (const QString &item : items)
            out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return out + QStringLiteral("</ul>");
    };
    html += listHtml(tr("Not in this format (left empty)"), imported.notCarried);
    html += listHtml(tr("In the file but not read"), imported.dropped);
    html += listHtml(tr("Removed because it could do harm (control characters, direction overrides)"), imported.cleaned);
    if (alreadyInCatalogue)
        html += QStringLiteral("<p>%1</p>").arg(tr("The catalogue already holds this microcredential.").toHtmlEscaped());
    auto *view = new QTextBrowser(this);
    view->setObjectName(QStringLiteral("importPreviewTextBrowser"));
    view->setAccessibleName(tr("What the import brings in"));
    view->setOpenLinks(false);
    view->setHtml(html);
    layout->addWidget(view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (alreadyInCatalogue) {
        QPushButton *replace = buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
        QPushButton *copy = buttons->addButton(tr("Import as &copy"), QDialogButtonBox::AcceptRole);
        connect(replace, &QPushButton::clicked, this, [this] { m_asCopy = false; });
        connect(copy, &QPushButton::clicked, this, [this] { m_asCopy = true; });
        copy->setDefault(true);
    } else {
        buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace mcs::ui
