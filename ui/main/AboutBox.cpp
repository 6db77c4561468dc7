#include "AboutBox.h"

#include <QMessageBox>

namespace mcs::ui {

QString AboutBox::text(const QString &homepage)
{
    QString text = tr("<h3>Microcredential Studio %1</h3>"
                      "<p>Design, check and document microcredentials.</p>"
                      "<p>Build %2. Built with Qt %3, running on Qt %4.</p>"
                      "<p>Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2). "
                      "Documents are set in DejaVu Sans (Bitstream Vera licence).</p>")
                       .arg(QStringLiteral(MCSTUDIO_VERSION), QStringLiteral(MCSTUDIO_BUILD),
                            QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    // Only a configured, real address: never a placeholder.
    if (!homepage.isEmpty())
        text += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(homepage.toHtmlEscaped());
    return text;
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Microcredential Studio"), text());
}

} // namespace mcs::ui
