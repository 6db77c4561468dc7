#include "CliApplication.h"
#include "util/EnglishPlurals.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Documents need fonts, and fonts need a QGuiApplication; the command line
    // never shows a window, so it runs on the offscreen platform everywhere.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCSTUDIO_VERSION));
    mcs::EnglishPlurals plurals; // the command line speaks English: "1 assessment", "2 assessments"
    QCoreApplication::installTranslator(&plurals);
    return mcs::cli::CliApplication::run(QCoreApplication::arguments());
}
