#include "CliApplication.h"
#include "util/EnglishPlurals.h"

#include <QGuiApplication>

#include <cstdio>

namespace {

/// A command-line program prints only its own output: Qt's remarks about the
/// environment (such as "XDG_RUNTIME_DIR not set" under cron, on servers and in
/// CI) are not for its users. MCSTUDIO_CLI_DEBUG=1 shows them for diagnosis.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIntValue("MCSTUDIO_CLI_DEBUG") == 1)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQtMessages);
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
