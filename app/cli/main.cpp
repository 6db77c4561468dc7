#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCSTUDIO_VERSION));
    return mcs::cli::CliApplication::run(QCoreApplication::arguments());
}
