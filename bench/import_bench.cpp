// Import benchmark: a signed Europass credential of about 150 KB (a
// qualification with many learning outcomes, in the signed wrapping whose
// payload is the credential as a JSON string), imported in-process the way the
// CLI and the UI do: recognised by content, unwrapped, its claim read, cleaned
// and checked for plausibility. Usage: mcstudio-bench-import [RUNS] (default 200).
// Numbers: docs/PERFORMANCE.md.

#include "example/ExampleDesign.h"
#include "interchange/DesignImporter.h"
#include "interchange/InterchangeWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mcs;

namespace {

/// The example design with outcomes added until its signed credential is `bytes` long.
QByteArray signedCredential(qsizetype bytes)
{
    Microcredential mc = ExampleDesign::load();
    const QList<LearningOutcome> base = mc.learningOutcomes;
    QByteArray file;
    for (int round = 0; file.size() < bytes; ++round) {
        for (LearningOutcome outcome : base) {
            outcome.id = Microcredential::newId();
            outcome.statement.nl += QStringLiteral(" (variant %1)").arg(round);
            outcome.skills.append({QStringLiteral("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"),
                                   QStringLiteral("Python")});
            mc.learningOutcomes.append(outcome);
        }
        const QByteArray credential = InterchangeWriter::toBytes(mc, ExchangeFormat::ElmCredential);
        const QJsonObject compact = QJsonDocument::fromJson(credential).object();
        const QJsonObject wrapped{
            {QStringLiteral("payload"), QString::fromUtf8(QJsonDocument(compact).toJson(QJsonDocument::Compact))},
            {QStringLiteral("signatures"), QJsonArray{QJsonObject{{QStringLiteral("protected"), QStringLiteral("eyJhbGciOiJSUzI1NiJ9")},
                                                                  {QStringLiteral("signature"), QString(342, QLatin1Char('A'))}}}}};
        file = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    }
    return file;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    QTextStream out(stdout);
    const QByteArray file = signedCredential(150 * 1000);
    std::vector<double> times;
    qsizetype outcomes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<ImportedDesign> imported = DesignImporter::fromBytes(file, QStringLiteral("signed.json"));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!imported.ok()) {
            out << "import failed: " << imported.error() << Qt::endl;
            return 1;
        }
        outcomes = imported.value().design.learningOutcomes.size();
    }
    out << QStringLiteral("signed credential of %1 KB, %2 learning outcomes: import median %3 ms, slowest %4 ms (%5 runs)")
               .arg(double(file.size()) / 1000, 0, 'f', 1)
               .arg(outcomes)
               .arg(median(times), 0, 'f', 2)
               .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 2)
               .arg(runs)
        << Qt::endl;
    return 0;
}
