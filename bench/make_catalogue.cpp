// Makes a catalogue of N designs for benchmarks: mcstudio-bench-make-catalogue PATH N

#include "BenchDesigns.h"
#include "example/ExampleDesign.h"
#include "storage/Catalogue.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.value(2).toInt();
    if (args.size() != 3 || count < 1) {
        QTextStream(stderr) << "usage: mcstudio-bench-make-catalogue PATH COUNT\n";
        return 2;
    }
    const mcs::Result<std::shared_ptr<mcs::Catalogue>> catalogue = mcs::Catalogue::create(args.at(1));
    if (!catalogue.ok()) {
        QTextStream(stderr) << catalogue.error() << '\n';
        return 2;
    }
    const mcs::Microcredential base = mcs::ExampleDesign::load();
    QList<mcs::Microcredential> designs;
    for (int i = 0; i < count; ++i)
        designs.append(mcs::bench::BenchDesigns::make(base, i));
    const mcs::Result<int> saved = catalogue.value()->saveAll(designs);
    if (!saved.ok()) {
        QTextStream(stderr) << saved.error() << '\n';
        return 1;
    }
    return 0;
}
