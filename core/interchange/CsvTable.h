#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace mcs {

/// A table read from or written to CSV as spreadsheets write it: UTF-8 with or
/// without a byte order mark, comma or semicolon (Dutch Excel) as separator,
/// fields quoted with double quotes when they hold a separator, quote or new line.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CsvTable)

public:
    QStringList header;
    QList<QStringList> rows;

    /// Parses CSV; the separator is the one of ',' and ';' the header line uses most.
    static Result<CsvTable> parse(const QByteArray &data, const QString &sourceName);
    /// Writes CSV with `separator`, a byte order mark (so Excel reads UTF-8) and
    /// CRLF line ends. Cells that a spreadsheet would run as a formula are defused.
    QByteArray toCsv(QChar separator = QLatin1Char(';')) const;

    /// The column whose header matches one of `names` (case-insensitive), or -1.
    int column(const QStringList &names) const;
};

} // namespace mcs
