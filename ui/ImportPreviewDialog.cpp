#include "ImportPreviewDialog.h"

#include "DisplayNames.h"

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
    auto *layout = new QVBoxLayout(this);
    const Microcredential &mc = imported.design;
    const QString language = DisplayNames::language();
    QString html = QStringLiteral("<h3>%1</h3>").arg(mc.title.preferred(language).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Format: %1. %2 learning outcomes, %3 assessments.")
                                                  .arg(imported.format)
                                                  .arg(mc.learningOutcomes.size())
                                                  .arg(mc.assessments.size())
                                                  .toHtmlEscaped());
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
