#include "ChecklistJson.h"

#include "util/Timestamp.h"

#include <QJsonDocument>
#include <QSet>

namespace mcs {

namespace {

QJsonValue optionalTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Timestamp::toText(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime readOptionalTime(JsonFieldReader &r, const QJsonObject &o, const QString &key, const QString &path)
{
    return o.value(key).isNull() ? QDateTime() : r.timestamp(o, key, path);
}

ChecklistItem readItem(JsonFieldReader &r, const QJsonObject &o, const QString &path, int formatVersion)
{
    QStringList keys = JsonFieldReader::keyList({"criterionDigest", "criterionId", "evidence", "evidenceLinks", "responsible",
                                                 "reviewedAt", "reviewedBy", "reviewerComment", "status"});
    if (formatVersion >= 4)
        keys.append(QStringLiteral("ownEvidence"));
    r.expectKeys(o, keys, path);
    ChecklistItem item;
    item.criterionId = r.string(o, QStringLiteral("criterionId"), path);
    item.criterionDigest = r.string(o, QStringLiteral("criterionDigest"), path);
    item.status = r.requiredEnum<CriterionStatus>(o, QStringLiteral("status"), path, CriterionStatus::Open);
    item.evidence = r.string(o, QStringLiteral("evidence"), path);
    item.evidenceLinks = r.stringList(o, QStringLiteral("evidenceLinks"), path);
    item.responsible = r.string(o, QStringLiteral("responsible"), path);
    item.reviewerComment = r.string(o, QStringLiteral("reviewerComment"), path);
    item.reviewedBy = r.string(o, QStringLiteral("reviewedBy"), path);
    item.reviewedAt = readOptionalTime(r, o, QStringLiteral("reviewedAt"), path);
    if (formatVersion >= 4)
        item.ownEvidence = r.flag(o, QStringLiteral("ownEvidence"), path);
    return item;
}

ChecklistChange readChange(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    r.expectKeys(o, JsonFieldReader::keyList({"at", "by", "criterionId", "field", "newValue", "oldValue"}), path);
    ChecklistChange change;
    change.at = r.timestamp(o, QStringLiteral("at"), path);
    change.by = r.string(o, QStringLiteral("by"), path);
    change.criterionId = r.string(o, QStringLiteral("criterionId"), path);
    change.field = r.string(o, QStringLiteral("field"), path);
    change.oldValue = r.string(o, QStringLiteral("oldValue"), path);
    change.newValue = r.string(o, QStringLiteral("newValue"), path);
    return change;
}

InstitutionEvidence readEvidence(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    r.expectKeys(o, JsonFieldReader::keyList({"criterionId", "institution", "links", "recordedAt", "recordedBy", "text", "validUntil"}), path);
    InstitutionEvidence evidence;
    evidence.criterionId = r.string(o, QStringLiteral("criterionId"), path);
    evidence.institutionId = r.string(o, QStringLiteral("institution"), path);
    evidence.text = r.string(o, QStringLiteral("text"), path);
    evidence.links = r.stringList(o, QStringLiteral("links"), path);
    evidence.recordedBy = r.string(o, QStringLiteral("recordedBy"), path);
    evidence.recordedAt = readOptionalTime(r, o, QStringLiteral("recordedAt"), path);
    if (!o.value(QStringLiteral("validUntil")).isNull()) {
        const QString day = r.string(o, QStringLiteral("validUntil"), path);
        evidence.validUntil = QDate::fromString(day, Qt::ISODate);
        if (!r.failed() && !evidence.validUntil.isValid())
            r.fail(path + QLatin1String(".validUntil"), ChecklistJson::tr("must be a date written as YYYY-MM-DD"));
    }
    return evidence;
}

} // namespace

QJsonObject ChecklistJson::evidenceToJson(const InstitutionEvidence &evidence)
{
    return QJsonObject{{QStringLiteral("criterionId"), evidence.criterionId},
                       {QStringLiteral("institution"), evidence.institutionId},
                       {QStringLiteral("text"), evidence.text},
                       {QStringLiteral("links"), QJsonArray::fromStringList(evidence.links)},
                       {QStringLiteral("recordedBy"), evidence.recordedBy},
                       {QStringLiteral("recordedAt"), optionalTime(evidence.recordedAt)},
                       {QStringLiteral("validUntil"), evidence.validUntil.isValid()
                                                          ? QJsonValue(evidence.validUntil.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)}};
}

QList<InstitutionEvidence> ChecklistJson::evidenceFromText(const QString &json)
{
    QList<InstitutionEvidence> list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFieldReader r;
        const InstitutionEvidence evidence = readEvidence(r, array.at(i).toObject(), QStringLiteral("[%1]").arg(i));
        if (!r.failed())
            list.append(evidence);
    }
    return list;
}

QJsonArray ChecklistJson::toJson(const QList<Checklist> &checklists)
{
    QJsonArray result;
    for (const Checklist &checklist : checklists) {
        QJsonArray items;
        for (const ChecklistItem &item : checklist.items) {
            QJsonObject itemObject{{QStringLiteral("criterionId"), item.criterionId},
                                     {QStringLiteral("criterionDigest"), item.criterionDigest},
                                     {QStringLiteral("status"), toCode(item.status)},
                                     {QStringLiteral("evidence"), item.evidence},
                                     {QStringLiteral("evidenceLinks"), QJsonArray::fromStringList(item.evidenceLinks)},
                                     {QStringLiteral("responsible"), item.responsible},
                                     {QStringLiteral("reviewerComment"), item.reviewerComment},
                                     {QStringLiteral("reviewedBy"), item.reviewedBy},
                                     {QStringLiteral("reviewedAt"), optionalTime(item.reviewedAt)}};
            itemObject.insert(QStringLiteral("ownEvidence"), item.ownEvidence);
            items.append(itemObject);
        }
        QJsonArray history;
        for (const ChecklistChange &change : checklist.history) {
            history.append(QJsonObject{{QStringLiteral("at"), Timestamp::toText(change.at)},
                                       {QStringLiteral("by"), change.by},
                                       {QStringLiteral("criterionId"), change.criterionId},
                                       {QStringLiteral("field"), change.field},
                                       {QStringLiteral("oldValue"), change.oldValue},
                                       {QStringLiteral("newValue"), change.newValue}});
        }
        QJsonObject object{{QStringLiteral("frameworkId"), checklist.frameworkId},
                           {QStringLiteral("frameworkVersion"), checklist.frameworkVersion},
                           {QStringLiteral("signedOffBy"), checklist.signedOffBy},
                           {QStringLiteral("signedOffAt"), optionalTime(checklist.signedOffAt)},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("history"), history}};
        // Format 4: the institution evidence copied at approval; null before.
        object.insert(QStringLiteral("inheritedEvidence"), QJsonValue(QJsonValue::Null));
        if (checklist.inheritedCopiedAt.isValid()) {
            QJsonArray copied;
            for (const InstitutionEvidence &evidence : checklist.inheritedEvidence)
                copied.append(evidenceToJson(evidence));
            object.insert(QStringLiteral("inheritedEvidence"),
                          QJsonObject{{QStringLiteral("copiedAt"), Timestamp::toText(checklist.inheritedCopiedAt)},
                                      {QStringLiteral("items"), copied}});
        }
        result.append(object);
    }
    return result;
}

QList<Checklist> ChecklistJson::read(JsonFieldReader &r, const QJsonObject &object, const QString &path, int formatVersion)
{
    const QString listPath = path + QLatin1String(".checklists");
    const QJsonArray list = r.array(object, QStringLiteral("checklists"), path);
    QList<Checklist> result;
    QSet<QString> frameworks;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(listPath).arg(i);
        const QJsonObject o = r.element(list, i, listPath);
        QStringList keys = JsonFieldReader::keyList({"frameworkId", "frameworkVersion", "history", "items", "signedOffAt", "signedOffBy"});
        if (formatVersion >= 4)
            keys.append(QStringLiteral("inheritedEvidence"));
        r.expectKeys(o, keys, itemPath);
        Checklist checklist;
        checklist.frameworkId = r.string(o, QStringLiteral("frameworkId"), itemPath);
        checklist.frameworkVersion = r.string(o, QStringLiteral("frameworkVersion"), itemPath);
        checklist.signedOffBy = r.string(o, QStringLiteral("signedOffBy"), itemPath);
        checklist.signedOffAt = readOptionalTime(r, o, QStringLiteral("signedOffAt"), itemPath);
        if (!r.failed() && frameworks.contains(checklist.frameworkId))
            r.fail(itemPath + QLatin1String(".frameworkId"), tr("a design has one checklist per framework"));
        frameworks.insert(checklist.frameworkId);
        const QString itemsPath = itemPath + QLatin1String(".items");
        const QJsonArray items = r.array(o, QStringLiteral("items"), itemPath);
        for (qsizetype k = 0; k < items.size() && !r.failed(); ++k)
            checklist.items.append(readItem(r, r.element(items, k, itemsPath), QStringLiteral("%1[%2]").arg(itemsPath).arg(k), formatVersion));
        const QString historyPath = itemPath + QLatin1String(".history");
        const QJsonArray history = r.array(o, QStringLiteral("history"), itemPath, TextLimits::MaxHistoryLength);
        for (qsizetype k = 0; k < history.size() && !r.failed(); ++k)
            checklist.history.append(readChange(r, r.element(history, k, historyPath), QStringLiteral("%1[%2]").arg(historyPath).arg(k)));
        if (formatVersion >= 4 && !o.value(QStringLiteral("inheritedEvidence")).isNull() && !r.failed()) {
            const QString copyPath = itemPath + QLatin1String(".inheritedEvidence");
            const QJsonObject copy = r.object(o, QStringLiteral("inheritedEvidence"), itemPath);
            r.expectKeys(copy, JsonFieldReader::keyList({"copiedAt", "items"}), copyPath);
            checklist.inheritedCopiedAt = r.timestamp(copy, QStringLiteral("copiedAt"), copyPath);
            const QString copiedPath = copyPath + QLatin1String(".items");
            const QJsonArray copied = r.array(copy, QStringLiteral("items"), copyPath);
            for (qsizetype k = 0; k < copied.size() && !r.failed(); ++k)
                checklist.inheritedEvidence.append(
                    readEvidence(r, r.element(copied, k, copiedPath), QStringLiteral("%1[%2]").arg(copiedPath).arg(k)));
        }
        result.append(checklist);
    }
    return result;
}

} // namespace mcs
