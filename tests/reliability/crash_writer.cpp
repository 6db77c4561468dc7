// Saves one design over and over, each edit its own transaction, and prints
// "ack N" only after the catalogue has acknowledged edit N. tst_crash kills it
// (SIGKILL) at a random moment and checks that no acknowledged edit is lost.
// Usage: mcstudio-crash-writer CATALOGUE ID EDITS

#include "storage/Catalogue.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    auto catalogue = mcs::Catalogue::open(args.at(1));
    if (!catalogue.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(catalogue.error()));
        return 2;
    }
    const QString id = args.at(2);
    const int edits = args.at(3).toInt();
    mcs::Microcredential mc = catalogue.value()->load(id).value();
    for (int edit = mc.studyLoadHours + 1; edit <= mc.studyLoadHours + edits; ++edit) {
        mcs::Microcredential next = mc;
        next.studyLoadHours = edit; // the edit counter (the version number belongs to the workflow)
        next.title.nl = QStringLiteral("edit %1").arg(edit);
        next.learningOutcomes.first().statement.nl = QStringLiteral("De deelnemer voert bewerking %1 uit.").arg(edit);
        if (!catalogue.value()->save(next).ok())
            return 1;
        mc = next;
        std::printf("ack %d\n", edit);
        std::fflush(stdout);
    }
    return 0;
}
