#include "ContentFingerprint.h"

#include "McdesignWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mcs {

QString ContentFingerprint::full(const Microcredential &mc)
{
    return full(McdesignWriter::toJsonObject(mc));
}

QString ContentFingerprint::full(QJsonObject content)
{
    for (const char *bookkeeping : {"created", "changed", "status", "checklists"})
        content.remove(QLatin1String(bookkeeping));
    // Compact JSON with sorted keys is canonical: the same content, the same bytes.
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString ContentFingerprint::shortForm(const Microcredential &mc)
{
    return shortForm(full(mc));
}

QString ContentFingerprint::shortForm(const QString &fullFingerprint)
{
    const QString hex = fullFingerprint.left(16);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace mcs
