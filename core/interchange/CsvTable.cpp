#include "CsvTable.h"

#include "util/TextLimits.h"
#include "util/Utf8.h"

namespace mcs {

namespace {

constexpr qsizetype MaxRows = 100000;

QString quoted(const QString &cell, QChar separator)
{
    QString value = cell;
    // A cell starting with =, +, - or @ is a formula to a spreadsheet: make it text.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(separator) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &rawData, const QString &sourceName)
{
    using R = Result<CsvTable>;
    if (rawData.size() > TextLimits::MaxDesignFileBytes)
        return R::failure(tr("%1: the file is larger than the limit of %2 MiB").arg(sourceName).arg(TextLimits::MaxDesignFileBytes >> 20));
    const QByteArray data = rawData.startsWith("\xEF\xBB\xBF") ? rawData.mid(3) : rawData;
    const qsizetype invalid = Utf8::firstInvalidOffset(data);
    if (invalid >= 0)
        return R::failure(tr("%1: %2: the file is not valid UTF-8 text; save it from the spreadsheet as “CSV UTF-8”")
                              .arg(sourceName, Utf8::describePosition(data, invalid)));
    const QString text = QString::fromUtf8(data);
    if (text.trimmed().isEmpty())
        return R::failure(tr("%1: the file is empty").arg(sourceName));
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar separator = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                                                     : QLatin1Char(',');
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool inQuotes = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            inQuotes = true;
        } else if (c == separator) {
            record.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(cell);
            cell.clear();
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
            ++line;
            if (records.size() > MaxRows)
                return R::failure(tr("%1: more than %n row(s)", nullptr, int(MaxRows)).arg(sourceName));
        } else {
            cell += c;
        }
        if (cell.size() > TextLimits::MaxTextLength)
            return R::failure(tr("%1: line %2: a cell is longer than %3 characters").arg(sourceName).arg(line).arg(TextLimits::MaxTextLength));
    }
    if (inQuotes)
        return R::failure(tr("%1: line %2: a quoted cell is not closed").arg(sourceName).arg(line));
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    if (records.isEmpty())
        return R::failure(tr("%1: the file is empty").arg(sourceName));
    CsvTable table;
    table.header = records.takeFirst();
    for (QString &name : table.header)
        name = name.trimmed();
    table.rows = records;
    return R::success(std::move(table));
}

QByteArray CsvTable::toCsv(QChar separator) const
{
    QString out;
    auto writeRecord = [&](const QStringList &record) {
        QStringList cells;
        for (const QString &cell : record)
            cells.append(quoted(cell, separator));
        out += cells.join(separator) + QLatin1String("\r\n");
    };
    writeRecord(header);
    for (const QStringList &row : rows)
        writeRecord(row);
    return "\xEF\xBB\xBF" + out.toUtf8();
}

int CsvTable::column(const QStringList &names) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        for (const QString &name : names) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

} // namespace mcs
