// Catalogue window benchmark: from process start to the main window showing a
// catalogue of N microcredentials, and the time each keystroke in the search
// field takes to filter it.
// Usage: mcstudio-bench-ui CATALOGUE (make one with mcstudio-bench-make-catalogue).
// Linux only (reads the process start time from /proc). Numbers: docs/PERFORMANCE.md.

#include "CatalogueFilterModel.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace {

/// Milliseconds since this process was started by the kernel.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statText = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from after the command name.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startSeconds = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startSeconds) * 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = QCoreApplication::arguments().value(1);
    const mcs::Result<std::shared_ptr<mcs::Catalogue>> catalogue = mcs::Catalogue::open(path);
    if (!catalogue.ok()) {
        out << "usage: mcstudio-bench-ui CATALOGUE\n" << catalogue.error() << '\n';
        return 2;
    }
    QTemporaryDir settingsDir; // the benchmark never touches the user's settings
    mcs::ui::AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    mcs::ui::MainWindow window(QStringLiteral("en"), settings);
    window.setCatalogue(catalogue.value());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double shown = msSinceProcessStart();
    const int rows = window.filterModel()->rowCount();

    QCoreApplication::processEvents(); // the search texts load right after the window shows
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    std::vector<double> keystrokes;
    QElapsedTimer timer;
    for (const QString &query : {QStringLiteral("warmtepomp"), QStringLiteral("storingen")}) {
        search->clear();
        for (const QChar c : query) {
            timer.start();
            QTest::keyClick(search, c.toLatin1());
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    out << "rows shown:                              " << rows << '\n';
    out << "process start to populated window:       " << QString::number(shown, 'f', 0) << " ms\n";
    out << "search keystroke, median of " << keystrokes.size() << ":           "
        << QString::number(keystrokes.at(keystrokes.size() / 2), 'f', 2) << " ms\n";
    out << "search keystroke, slowest:               " << QString::number(keystrokes.back(), 'f', 2) << " ms\n";
    return 0;
}
