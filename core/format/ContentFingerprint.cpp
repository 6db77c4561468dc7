#include "ContentFingerprint.h"

#include "McdesignWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
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
    // Fields that format version 3 added count only once they say something,
    // so a design approved before they existed keeps its printed fingerprint.
    for (const char *added : {"foreignLevel", "learningSetting", "maximumDuration", "partialQualification", "noPriorKnowledge",
                              "noAdmissionRequirements"}) {
        const QJsonValue value = content.value(QLatin1String(added));
        if (value.isNull() || value == QJsonValue(QString()) || value == QJsonValue(false))
            content.remove(QLatin1String(added));
    }
    QJsonArray outcomes = content.value(QStringLiteral("learningOutcomes")).toArray();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QJsonObject outcome = outcomes.at(i).toObject();
        if (outcome.value(QStringLiteral("skills")).toArray().isEmpty())
            outcome.remove(QStringLiteral("skills"));
        outcomes.replace(i, outcome);
    }
    if (content.contains(QStringLiteral("learningOutcomes")))
        content.insert(QStringLiteral("learningOutcomes"), outcomes);
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
