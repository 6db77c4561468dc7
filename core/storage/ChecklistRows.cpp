#include "ChecklistRows.h"

#include "SqlValues.h"
#include "format/ChecklistJson.h"
#include "util/Timestamp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mcs {

namespace {

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(Timestamp::toText(time)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Timestamp::fromText(value.toString());
}

/// The institution evidence a checklist kept at approval, as JSON text ("" before).
QString copiedEvidenceText(const Checklist &checklist)
{
    if (!checklist.inheritedCopiedAt.isValid())
        return QString();
    QJsonArray list;
    for (const InstitutionEvidence &evidence : checklist.inheritedEvidence)
        list.append(ChecklistJson::evidenceToJson(evidence));
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Done> ChecklistRows::erase(const QString &microcredentialId)
{
    QSqlQuery query(m_db);
    for (const char *table : {"checklist_history", "checklist_items", "checklists"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE microcredential_id = ?").arg(QLatin1String(table)));
        query.addBindValue(microcredentialId);
        if (Result<Done> run = SqlValues::exec(query); !run.ok())
            return run;
    }
    return Result<Done>::success({});
}

Result<Done> ChecklistRows::write(const QString &id, const QList<Checklist> &checklists, int rowVersion)
{
    if (Result<Done> erased = erase(id); !erased.ok())
        return erased;
    QSqlQuery list(m_db);
    list.prepare(QStringLiteral("INSERT INTO checklists (microcredential_id, framework_id, position, framework_version,"
                                " signed_off_by, signed_off_at, row_version, inherited_evidence, inherited_copied_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO checklist_items (microcredential_id, framework_id, position, criterion_id,"
                                " criterion_digest, status, evidence, evidence_links, responsible, reviewer_comment,"
                                " reviewed_by, reviewed_at, row_version, own_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery change(m_db);
    change.prepare(QStringLiteral("INSERT INTO checklist_history (microcredential_id, framework_id, position, changed_at,"
                                  " changed_by, criterion_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype c = 0; c < checklists.size(); ++c) {
        const Checklist &checklist = checklists.at(c);
        for (const QVariant &value : {QVariant(id), SqlValues::text(checklist.frameworkId), QVariant(int(c)),
                                      SqlValues::text(checklist.frameworkVersion), SqlValues::text(checklist.signedOffBy),
                                      optionalTime(checklist.signedOffAt), QVariant(rowVersion),
                                      SqlValues::text(copiedEvidenceText(checklist)), optionalTime(checklist.inheritedCopiedAt)})
            list.addBindValue(value);
        if (Result<Done> run = SqlValues::exec(list); !run.ok())
            return run;
        for (qsizetype i = 0; i < checklist.items.size(); ++i) {
            const ChecklistItem &e = checklist.items.at(i);
            const QString links = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.evidenceLinks)).toJson(QJsonDocument::Compact));
            for (const QVariant &value : {QVariant(id), SqlValues::text(checklist.frameworkId), QVariant(int(i)),
                                          SqlValues::text(e.criterionId), SqlValues::text(e.criterionDigest),
                                          QVariant(toCode(e.status)), SqlValues::text(e.evidence), QVariant(links),
                                          SqlValues::text(e.responsible), SqlValues::text(e.reviewerComment),
                                          SqlValues::text(e.reviewedBy), optionalTime(e.reviewedAt), QVariant(rowVersion),
                                          QVariant(e.ownEvidence ? 1 : 0)})
                item.addBindValue(value);
            if (Result<Done> run = SqlValues::exec(item); !run.ok())
                return run;
        }
        for (qsizetype i = 0; i < checklist.history.size(); ++i) {
            const ChecklistChange &h = checklist.history.at(i);
            for (const QVariant &value : {QVariant(id), SqlValues::text(checklist.frameworkId), QVariant(int(i)),
                                          QVariant(Timestamp::toText(h.at)), SqlValues::text(h.by),
                                          SqlValues::text(h.criterionId), SqlValues::text(h.field),
                                          SqlValues::text(h.oldValue), SqlValues::text(h.newValue)})
                change.addBindValue(value);
            if (Result<Done> run = SqlValues::exec(change); !run.ok())
                return run;
        }
    }
    return Result<Done>::success({});
}

Result<QList<Checklist>> ChecklistRows::read(const QString &id)
{
    using R = Result<QList<Checklist>>;
    QList<Checklist> checklists;
    QHash<QString, qsizetype> index;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT framework_id, framework_version, signed_off_by, signed_off_at,"
                                 " inherited_evidence, inherited_copied_at FROM checklists"
                                 " WHERE microcredential_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<Checklist>>();
    while (query.next()) {
        Checklist checklist;
        checklist.frameworkId = query.value(0).toString();
        checklist.frameworkVersion = query.value(1).toString();
        checklist.signedOffBy = query.value(2).toString();
        checklist.signedOffAt = timeFrom(query.value(3));
        checklist.inheritedCopiedAt = timeFrom(query.value(5));
        if (checklist.inheritedCopiedAt.isValid())
            checklist.inheritedEvidence = ChecklistJson::evidenceFromText(query.value(4).toString());
        index.insert(checklist.frameworkId, checklists.size());
        checklists.append(checklist);
    }
    if (checklists.isEmpty())
        return R::success(std::move(checklists));

    query.prepare(QStringLiteral("SELECT framework_id, criterion_id, criterion_digest, status, evidence, evidence_links,"
                                 " responsible, reviewer_comment, reviewed_by, reviewed_at, own_evidence FROM checklist_items"
                                 " WHERE microcredential_id = ? ORDER BY framework_id, position"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<Checklist>>();
    while (query.next()) {
        ChecklistItem e;
        e.criterionId = query.value(1).toString();
        e.criterionDigest = query.value(2).toString();
        e.status = fromCode<CriterionStatus>(query.value(3).toString()).value_or(CriterionStatus::Open);
        e.evidence = query.value(4).toString();
        for (const QJsonValue &link : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            e.evidenceLinks.append(link.toString());
        e.responsible = query.value(6).toString();
        e.reviewerComment = query.value(7).toString();
        e.reviewedBy = query.value(8).toString();
        e.reviewedAt = timeFrom(query.value(9));
        e.ownEvidence = query.value(10).toInt() != 0;
        const auto it = index.constFind(query.value(0).toString());
        if (it != index.constEnd())
            checklists[*it].items.append(e);
    }

    query.prepare(QStringLiteral("SELECT framework_id, changed_at, changed_by, criterion_id, field, old_value, new_value"
                                 " FROM checklist_history WHERE microcredential_id = ? ORDER BY framework_id, position"));
    query.addBindValue(id);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<Checklist>>();
    while (query.next()) {
        const ChecklistChange h{Timestamp::fromText(query.value(1).toString()), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                query.value(6).toString()};
        const auto it = index.constFind(query.value(0).toString());
        if (it != index.constEnd())
            checklists[*it].history.append(h);
    }
    return R::success(std::move(checklists));
}

} // namespace mcs
