// Catalogue: institutions and the evidence they keep once for the criteria
// that concern the institution.
#include "Catalogue.h"

#include "SqlValues.h"
#include "frameworks/FrameworkLibrary.h"
#include "frameworks/InheritedEvidence.h"
#include "util/Clock.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mcs {

namespace {

Institution institutionFrom(const QSqlQuery &query)
{
    Institution institution;
    institution.identifier = query.value(0).toString();
    institution.identifierScheme =
        fromCode<InstitutionIdScheme>(query.value(1).toString()).value_or(InstitutionIdScheme::Other);
    institution.name = query.value(2).toString();
    institution.country = query.value(3).toString();
    institution.region = query.value(4).toString();
    return institution;
}

const QString InstitutionColumns = QStringLiteral("identifier, identifier_scheme, name, country, region");

} // namespace

Result<QList<Institution>> Catalogue::institutions() const
{
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return connected.failureAs<QList<Institution>>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM institutions ORDER BY name, identifier").arg(InstitutionColumns));
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<QList<Institution>>(run);
    QList<Institution> list;
    while (query.next())
        list.append(institutionFrom(query));
    return Result<QList<Institution>>::success(std::move(list));
}

Result<std::optional<Institution>> Catalogue::institution(const QString &identifier) const
{
    using R = Result<std::optional<Institution>>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return connected.failureAs<std::optional<Institution>>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM institutions WHERE identifier = ?").arg(InstitutionColumns));
    query.addBindValue(identifier);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<std::optional<Institution>>(run);
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(institutionFrom(query));
}

Result<Done> Catalogue::saveInstitution(const Institution &institution)
{
    using R = Result<Done>;
    if (institution.identifier.trimmed().isEmpty() || institution.name.trimmed().isEmpty())
        return R::failure(failure(tr("an institution needs an identifier and a name")));
    const Result<std::optional<Institution>> known = this->institution(institution.identifier);
    if (!known.ok())
        return known.failureAs<Done>();
    if (known.value() && *known.value() == institution)
        return R::success({});
    if (known.value()) {
        if (const QString refusal = refusalUnlessApprover(tr("changing an institution")); !refusal.isEmpty())
            return R::failure(failure(refusal), FailureKind::Forbidden);
    }
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<Done>(begun);
    QSqlQuery query(m_db);
    query.prepare(known.value() ? QStringLiteral("UPDATE institutions SET identifier_scheme = ?, name = ?, country = ?,"
                                                 " region = ? WHERE identifier = ?")
                                : QStringLiteral("INSERT INTO institutions (identifier_scheme, name, country, region,"
                                                 " identifier) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(toCode(institution.identifierScheme));
    query.addBindValue(SqlValues::text(institution.name));
    query.addBindValue(SqlValues::text(institution.country));
    query.addBindValue(SqlValues::text(institution.region));
    query.addBindValue(institution.identifier);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<Done>(run);
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<Done>(committed);
    return R::success({});
}

Result<std::optional<Institution>> Catalogue::defaultInstitution() const
{
    using R = Result<std::optional<Institution>>;
    if (const Result<Done> connected = ensureConnected(); !connected.ok())
        return connected.failureAs<std::optional<Institution>>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM institutions WHERE is_default = 1 ORDER BY identifier").arg(InstitutionColumns));
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return failed<std::optional<Institution>>(run);
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(institutionFrom(query));
}

Result<Done> Catalogue::setDefaultInstitution(const QString &identifier)
{
    using R = Result<Done>;
    if (const QString refusal = refusalUnlessApprover(tr("choosing the catalogue's default institution")); !refusal.isEmpty())
        return R::failure(failure(refusal), FailureKind::Forbidden);
    if (!identifier.isEmpty()) {
        const Result<std::optional<Institution>> known = institution(identifier);
        if (!known.ok())
            return known.failureAs<Done>();
        if (!known.value())
            return R::failure(failure(tr("the catalogue has no institution %1").arg(identifier)));
    }
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<Done>(begun);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE institutions SET is_default = CASE WHEN identifier = ? THEN 1 ELSE 0 END"
                                 " WHERE is_default = 1 OR identifier = ?"));
    query.addBindValue(identifier);
    query.addBindValue(identifier);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<Done>(run);
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<Done>(committed);
    return R::success({});
}

Result<QList<InstitutionEvidence>> Catalogue::institutionEvidence(const QString &identifier) const
{
    using R = Result<QList<InstitutionEvidence>>;
    if (identifier.trimmed().isEmpty())
        return R::success({});
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT criterion_id, evidence, links, recorded_by, recorded_at, valid_until"
                                 " FROM institution_evidence WHERE institution_identifier = ? ORDER BY criterion_id"));
    query.addBindValue(identifier);
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return run.failureAs<QList<InstitutionEvidence>>();
    QList<InstitutionEvidence> list;
    while (query.next()) {
        InstitutionEvidence evidence;
        evidence.institutionId = identifier;
        evidence.criterionId = query.value(0).toString();
        evidence.text = query.value(1).toString();
        for (const QJsonValue &link : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
            evidence.links.append(link.toString());
        evidence.recordedBy = query.value(3).toString();
        evidence.recordedAt = Timestamp::fromText(query.value(4).toString());
        if (!query.value(5).isNull())
            evidence.validUntil = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        list.append(std::move(evidence));
    }
    return R::success(std::move(list));
}

Result<Done> Catalogue::recordEvidence(const InstitutionEvidence &evidence)
{
    using R = Result<Done>;
    if (const QString refusal = refusalUnlessApprover(tr("recording an institution's evidence")); !refusal.isEmpty())
        return R::failure(failure(refusal), FailureKind::Forbidden);
    const Result<std::optional<Institution>> known = institution(evidence.institutionId);
    if (!known.ok())
        return known.failureAs<Done>();
    if (!known.value())
        return R::failure(failure(tr("the catalogue has no institution %1").arg(evidence.institutionId)));
    if (const Result<Done> begun = beginWrite(); !begun.ok())
        return rollBackWith<Done>(begun);
    QSqlQuery query(m_db);
    const bool remove = evidence.text.trimmed().isEmpty() && evidence.links.isEmpty();
    if (remove) {
        query.prepare(QStringLiteral("DELETE FROM institution_evidence WHERE institution_identifier = ? AND criterion_id = ?"));
        query.addBindValue(evidence.institutionId);
        query.addBindValue(evidence.criterionId);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO institution_evidence (institution_identifier, criterion_id, evidence, links, recorded_by,"
            " recorded_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (institution_identifier, criterion_id) DO UPDATE SET evidence = excluded.evidence,"
            " links = excluded.links, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,"
            " valid_until = excluded.valid_until"));
        query.addBindValue(evidence.institutionId);
        query.addBindValue(evidence.criterionId);
        query.addBindValue(SqlValues::text(evidence.text));
        query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(evidence.links)).toJson(QJsonDocument::Compact)));
        query.addBindValue(SqlValues::text(m_actor.name));
        query.addBindValue(Timestamp::toText(Clock::now()));
        query.addBindValue(evidence.validUntil.isValid() ? QVariant(evidence.validUntil.toString(Qt::ISODate))
                                                         : QVariant(QMetaType(QMetaType::QString)));
    }
    if (const Result<Done> run = SqlValues::exec(query); !run.ok())
        return rollBackWith<Done>(run);
    if (const Result<Done> committed = commitWrite(); !committed.ok())
        return rollBackWith<Done>(committed);
    return R::success({});
}

void Catalogue::copyInheritedEvidence(Microcredential &mc)
{
    QStringList frameworkIds;
    for (const Checklist &checklist : mc.checklists)
        frameworkIds.append(checklist.frameworkId);
    if (!mc.qualityAssurance.frameworkId.isEmpty() && !frameworkIds.contains(mc.qualityAssurance.frameworkId))
        frameworkIds.append(mc.qualityAssurance.frameworkId);
    const QDateTime now = Clock::now();
    for (const QString &id : frameworkIds) {
        const QualityFramework *framework = FrameworkLibrary::find(id);
        if (!framework || !framework->hasInstitutionCriteria())
            continue;
        const QList<InstitutionEvidence> copy = InheritedEvidence::toCopy(mc, *framework);
        Checklist &checklist = mc.checklistFor(framework->id, framework->version);
        checklist.inheritedEvidence = copy;
        checklist.inheritedCopiedAt = now;
    }
}

} // namespace mcs
