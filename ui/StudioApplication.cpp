#include "StudioApplication.h"

#include "help/ContextHelp.h"
#include "help/WelcomeDialog.h"
#include "util/EnglishPlurals.h"

#include "DisplayNames.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "example/ExampleDesign.h"
#include "widgets/PlainMessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace mcs::ui {

QString StudioApplication::defaultCataloguePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("catalogue.mcdb"));
}

QString StudioApplication::installTranslators(QApplication &app, const QString &requested)
{
    const QString language = requested.isEmpty()
                                 ? (QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                                   : QStringLiteral("en"))
                                 : requested;
    // Asked last, after the Dutch: plural messages of English text ("1 assessment").
    QCoreApplication::installTranslator(new EnglishPlurals(&app));
    if (language != QLatin1String("nl"))
        return QStringLiteral("en");
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/mcstudio_nl.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own catalogue, so that standard dialogs and buttons speak Dutch too.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

int StudioApplication::run(QApplication &app)
{
    // The data folder is .../mcstudio (no organisation level); people see the display name.
    QCoreApplication::setApplicationName(QStringLiteral("mcstudio"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Microcredential Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCSTUDIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(MCSTUDIO_APP_ID));
    QIcon icon;
    icon.addFile(QStringLiteral(":/mcstudio/icons/icon-32.png"));
    icon.addFile(QStringLiteral(":/mcstudio/icons/icon-256.png"));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Microcredential Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: nl or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE and quit (for documentation)."),
        QStringLiteral("file"));
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("catalogue"),
                                 QStringLiteral("The catalogue (.mcdb) to open; default: your own."));
    parser.process(app);

    AppSettings settings;
    const QString language = installTranslators(
        app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.resolvedLanguage());
    DisplayNames::setLanguage(language);
    ContextHelp::install(); // F1 in every window and dialog opens the guide where the user is
    MainWindow window(language, settings);

    QString path = parser.positionalArguments().value(0);
    Result<std::shared_ptr<Catalogue>> catalogue = Result<std::shared_ptr<Catalogue>>::failure({});
    // The catalogue last worked in, when it is still there; else the user's own.
    if (path.isEmpty() && !settings.lastCatalogue().isEmpty() && QFileInfo::exists(settings.lastCatalogue()))
        path = settings.lastCatalogue();
    if (path.isEmpty() || path == defaultCataloguePath()) {
        path = defaultCataloguePath();
        const bool firstStart = !QFileInfo::exists(path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        catalogue = Catalogue::open(path, Catalogue::OpenMode::CreateIfMissing);
        if (catalogue.ok() && firstStart) {
            const Result<int> saved = catalogue.value()->save(ExampleDesign::load());
            if (!saved.ok())
                PlainMessageBox::warning(&window, tr("Cannot add the example"), saved.error());
        }
    } else {
        catalogue = Catalogue::open(path);
    }
    if (catalogue.ok())
        window.setCatalogue(catalogue.value());
    else
        window.setCatalogue(nullptr);
    window.show();
    if (!catalogue.ok())
        PlainMessageBox::warning(&window, tr("Cannot open the catalogue"), catalogue.error());
    else if (!parser.isSet(screenshotOption))
        WelcomeDialog::showIfWanted(&window, settings, ExampleDesign::load().id);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace mcs::ui
