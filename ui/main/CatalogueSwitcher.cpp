#include "CatalogueSwitcher.h"

#include "DocumentManager.h"
#include "MainWindow.h"
#include "widgets/PlainMessageBox.h"
#include "workflow/ConnectCatalogueDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace mcs::ui {

CatalogueSwitcher::CatalogueSwitcher(MainWindow &window) : QObject(&window), m_window(window) {}

void CatalogueSwitcher::openFile()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open Catalogue"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Microcredential catalogues (*.mcdb);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path, false);
}

void CatalogueSwitcher::newFile()
{
    QString path = QFileDialog::getSaveFileName(&m_window, tr("New Catalogue"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("Microcredential catalogues (*.mcdb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".mcdb");
    switchTo(path, true);
}

void CatalogueSwitcher::switchTo(const QString &path, bool create)
{
    if (CatalogueLocation::looksLikeServerUrl(path)) {
        // The address is remembered, the password is not: ask for it.
        const Result<CatalogueLocation> location = CatalogueLocation::parse(path);
        connectTo(location.ok() ? location.value() : CatalogueLocation());
        return;
    }
    // The open windows close first (saving into the catalogue they belong to):
    // a user who keeps unsaved changes stays, and no new file is left behind.
    if (!m_window.documents().closeWindows())
        return;
    Result<std::shared_ptr<Catalogue>> opened = create ? Catalogue::create(path) : Catalogue::open(path);
    if (!opened.ok()) {
        PlainMessageBox::warning(&m_window, create ? tr("Cannot create the catalogue") : tr("Cannot open the catalogue"),
                                 opened.error());
        return;
    }
    m_window.setCatalogue(opened.value());
}

void CatalogueSwitcher::connectTo(const CatalogueLocation &known)
{
    ConnectCatalogueDialog dialog(&m_window);
    if (known.isServer())
        dialog.setLocation(known);
    if (dialog.exec() != QDialog::Accepted || !m_window.documents().closeWindows())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::shared_ptr<Catalogue>> opened =
        Catalogue::open(dialog.location(), dialog.setUpEmptyDatabase() ? Catalogue::OpenMode::CreateIfMissing
                                                                       : Catalogue::OpenMode::ExistingOnly);
    QApplication::restoreOverrideCursor();
    if (!opened.ok()) {
        PlainMessageBox::warning(&m_window, tr("Cannot connect to the shared catalogue"), opened.error());
        return;
    }
    m_window.setCatalogue(opened.value());
}

} // namespace mcs::ui
