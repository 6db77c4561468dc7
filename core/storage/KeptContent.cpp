#include "KeptContent.h"

#include "SqlFailure.h"

#include <QSqlQuery>

namespace mcs {

namespace {

// zlib's default level: on canonical .mcdesign text level 9 saves under 1%
// more and takes longer on every save and import.
constexpr int CompressionLevel = 6;

bool compresses(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

QVariant KeptContent::encode(const QSqlDatabase &db, const QByteArray &canonical)
{
    if (compresses(db))
        return QVariant(qCompress(canonical, CompressionLevel));
    return QVariant(QString::fromUtf8(canonical));
}

std::optional<QByteArray> KeptContent::decode(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString().toUtf8();
    const QByteArray compressed = stored.toByteArray();
    if (compressed.isEmpty())
        return QByteArray();
    QByteArray text = qUncompress(compressed);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

Result<Done> KeptContent::compressAll(QSqlDatabase &db)
{
    // Keys first, then one row at a time: SQLite leaves undefined what a running
    // SELECT sees of rows changed under it, and all contents at once could be
    // hundreds of megabytes.
    QList<QPair<QString, int>> keys;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT microcredential_id, version FROM design_versions"
                                    " WHERE typeof(content) = 'text'")))
        return SqlFailure::of<Done>(select.lastError());
    while (select.next())
        keys.append({select.value(0).toString(), select.value(1).toInt()});
    select.finish();
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT content FROM design_versions WHERE microcredential_id = ? AND version = ?"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE design_versions SET content = ? WHERE microcredential_id = ? AND version = ?"));
    for (const auto &[id, version] : std::as_const(keys)) {
        read.addBindValue(id);
        read.addBindValue(version);
        if (!read.exec() || !read.next())
            return SqlFailure::of<Done>(read.lastError());
        const QByteArray text = read.value(0).toString().toUtf8();
        read.finish();
        update.addBindValue(encode(db, text));
        update.addBindValue(id);
        update.addBindValue(version);
        if (!update.exec())
            return SqlFailure::of<Done>(update.lastError());
    }
    return Result<Done>::success({});
}

} // namespace mcs
