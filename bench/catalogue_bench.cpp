// Catalogue benchmark: builds a catalogue of N microcredentials (8 learning
// outcomes each) and measures import, open-and-list, load one and save one edit.
// Usage: mcstudio-bench-catalogue [COUNT] (default 10000). Numbers: docs/PERFORMANCE.md.

#include "BenchDesigns.h"
#include "example/ExampleDesign.h"
#include "format/McdesignReader.h"
#include "format/McdesignWriter.h"
#include "storage/Catalogue.h"
#include "storage/KeptContent.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mcs;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct CatalogueSize
{
    qint64 fileBytes = 0;
    qint64 keptVersions = 0;
    qint64 keptStoredBytes = 0;
    qint64 keptTextBytes = 0;
};

/// The catalogue's size on disk (write-ahead log folded in) and what its kept
/// versions take, stored and as the canonical text they hold.
CatalogueSize measureSize(const QString &path)
{
    CatalogueSize size;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT length(CAST(content AS BLOB)), content FROM design_versions"));
            while (query.next()) {
                ++size.keptVersions;
                size.keptStoredBytes += query.value(0).toLongLong();
                size.keptTextBytes += KeptContent::decode(query.value(1)).value_or(QByteArray()).size();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("size"));
    size.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return size;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    if (count < 1) {
        out << "usage: mcstudio-bench-catalogue [COUNT]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.mcdb"));
    const Microcredential base = ExampleDesign::load();

    // The designs arrive as .mcdesign files, as teams exchange them.
    QDir().mkpath(dir.filePath(QStringLiteral("files")));
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString file = dir.filePath(QStringLiteral("files/%1.mcdesign").arg(i));
        if (!McdesignWriter::writeFile(bench::BenchDesigns::make(base, i), file).ok())
            return 1;
        files.append(file);
    }

    QElapsedTimer timer;
    timer.start();
    {
        auto catalogue = Catalogue::create(path).value();
        QList<Microcredential> designs;
        designs.reserve(count);
        for (const QString &file : std::as_const(files))
            designs.append(McdesignReader::readFile(file).value());
        if (!catalogue->saveAll(designs).ok())
            return 1;
    }
    const double importMs = msSince(timer);

    std::vector<double> openList;
    QStringList ids;
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        auto catalogue = Catalogue::open(path).value();
        const QList<CatalogueEntry> entries = catalogue->list().value();
        openList.push_back(msSince(timer));
        if (entries.size() != count)
            return 1;
        if (ids.isEmpty()) {
            for (const CatalogueEntry &entry : entries)
                ids.append(entry.id);
        }
    }

    auto catalogue = Catalogue::open(path).value();
    std::vector<double> loads;
    std::vector<double> saves;
    for (int run = 0; run < 200; ++run) {
        const QString id = ids.at(int(QRandomGenerator::global()->bounded(qsizetype(ids.size()))));
        timer.restart();
        Microcredential mc = catalogue->load(id).value();
        loads.push_back(msSince(timer));
        mc.title.nl += QLatin1Char('!');
        mc.changed = Clock::now();
        const int rowVersion = catalogue->rowVersion(id).value();
        timer.restart();
        if (!catalogue->save(mc, rowVersion).ok())
            return 1;
        saves.push_back(msSince(timer));
    }

    catalogue.reset();
    const CatalogueSize size = measureSize(path);

    out << QStringLiteral("microcredentials:        %1 (8 learning outcomes each)\n").arg(count);
    out << QStringLiteral("import all (read files + one transaction): %1 ms\n").arg(importMs, 0, 'f', 0);
    out << QStringLiteral("open and list all (median of 7):          %1 ms\n").arg(median(openList), 0, 'f', 1);
    out << QStringLiteral("load one (median of 200):                 %1 ms\n").arg(median(loads), 0, 'f', 2);
    out << QStringLiteral("save one edit (median of 200):            %1 ms\n").arg(median(saves), 0, 'f', 2);
    out << QStringLiteral("catalogue file size:                      %1 MB\n").arg(double(size.fileBytes) / 1e6, 0, 'f', 1);
    out << QStringLiteral("kept versions: %1, stored size on average: %2 KB (canonical text %3 KB)\n")
               .arg(size.keptVersions)
               .arg(double(size.keptStoredBytes) / 1e3 / double(qMax<qint64>(1, size.keptVersions)), 0, 'f', 2)
               .arg(double(size.keptTextBytes) / 1e3 / double(qMax<qint64>(1, size.keptVersions)), 0, 'f', 2);
    return 0;
}
