#include "MicrocredentialChildRows.h"

#include "ChecklistRows.h"
#include "SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mcs {

namespace {

/// An outcome's skill links as a JSON array of {uri, label}: a list that is
/// read and written whole, never queried.
QString skillsToText(const QList<SkillLink> &skills)
{
    QJsonArray array;
    for (const SkillLink &skill : skills)
        array.append(QJsonObject{{QStringLiteral("uri"), skill.uri}, {QStringLiteral("label"), skill.label}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SkillLink> skillsFromText(const QString &text)
{
    QList<SkillLink> skills;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        skills.append({o.value(QStringLiteral("uri")).toString(), o.value(QStringLiteral("label")).toString()});
    }
    return skills;
}

} // namespace

Result<Done> MicrocredentialChildRows::erase(const QString &microcredentialId)
{
    if (Result<Done> erased = ChecklistRows(m_db).erase(microcredentialId); !erased.ok())
        return erased;
    // Children first, so that the order does not depend on foreign key support.
    static const char *const tables[] = {"assessment_outcomes", "assessments", "learning_outcomes",
                                         "programme_codes"};
    QSqlQuery query(m_db);
    for (const char *table : tables) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE microcredential_id = ?")
                          .arg(QLatin1String(table)));
        query.addBindValue(microcredentialId);
        if (Result<Done> run = SqlValues::exec(query); !run.ok())
            return run;
    }
    return Result<Done>::success({});
}

Result<Done> MicrocredentialChildRows::write(const Microcredential &mc, int rowVersion, Scope scope)
{
    if (scope == Scope::ChecklistsOnly)
        return ChecklistRows(m_db).write(mc.id, mc.checklists, rowVersion); // which erases them first
    if (Result<Done> erased = erase(mc.id); !erased.ok())
        return erased;

    QSqlQuery outcome(m_db);
    outcome.prepare(QStringLiteral(
        "INSERT INTO learning_outcomes (microcredential_id, id, position, statement_nl,"
        " statement_en, domain, bloom_level, skills, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &lo = mc.learningOutcomes.at(i);
        outcome.addBindValue(mc.id);
        outcome.addBindValue(SqlValues::text(lo.id));
        outcome.addBindValue(int(i));
        outcome.addBindValue(SqlValues::text(lo.statement.nl));
        outcome.addBindValue(SqlValues::text(lo.statement.en));
        outcome.addBindValue(SqlValues::nullableText(toCode(lo.domain)));
        outcome.addBindValue(SqlValues::nullableText(toCode(lo.bloomLevel)));
        outcome.addBindValue(skillsToText(lo.skills));
        outcome.addBindValue(rowVersion);
        if (Result<Done> run = SqlValues::exec(outcome); !run.ok())
            return run;
    }

    QSqlQuery assessment(m_db);
    assessment.prepare(QStringLiteral(
        "INSERT INTO assessments (microcredential_id, id, position, assessment_type,"
        " description_nl, description_en, supervision, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO assessment_outcomes (microcredential_id, assessment_id,"
                                " position, learning_outcome_id) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        const Assessment &a = mc.assessments.at(i);
        assessment.addBindValue(mc.id);
        assessment.addBindValue(SqlValues::text(a.id));
        assessment.addBindValue(int(i));
        assessment.addBindValue(toCode(a.type));
        assessment.addBindValue(SqlValues::text(a.description.nl));
        assessment.addBindValue(SqlValues::text(a.description.en));
        assessment.addBindValue(SqlValues::nullableText(toCode(a.supervision)));
        assessment.addBindValue(rowVersion);
        if (Result<Done> run = SqlValues::exec(assessment); !run.ok())
            return run;
        for (qsizetype k = 0; k < a.learningOutcomeIds.size(); ++k) {
            link.addBindValue(mc.id);
            link.addBindValue(SqlValues::text(a.id));
            link.addBindValue(int(k));
            link.addBindValue(SqlValues::text(a.learningOutcomeIds.at(k)));
            if (Result<Done> run = SqlValues::exec(link); !run.ok())
                return run;
        }
    }

    QSqlQuery code(m_db);
    code.prepare(QStringLiteral("INSERT INTO programme_codes (microcredential_id, position, scheme,"
                                " code, row_version) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < mc.programmeCodes.size(); ++i) {
        code.addBindValue(mc.id);
        code.addBindValue(int(i));
        code.addBindValue(toCode(mc.programmeCodes.at(i).scheme));
        code.addBindValue(SqlValues::text(mc.programmeCodes.at(i).code));
        code.addBindValue(rowVersion);
        if (Result<Done> run = SqlValues::exec(code); !run.ok())
            return run;
    }
    return ChecklistRows(m_db).write(mc.id, mc.checklists, rowVersion);
}

Result<Done> MicrocredentialChildRows::read(Microcredential &mc)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, statement_nl, statement_en, domain, bloom_level, skills"
                                 " FROM learning_outcomes WHERE microcredential_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(mc.id);
    if (Result<Done> run = SqlValues::exec(query); !run.ok())
        return run;
    mc.learningOutcomes.clear();
    while (query.next()) {
        LearningOutcome lo;
        lo.id = query.value(0).toString();
        lo.statement = {query.value(1).toString(), query.value(2).toString()};
        lo.domain = SqlValues::optionalEnum<OutcomeDomain>(query.value(3));
        lo.bloomLevel = SqlValues::optionalEnum<BloomLevel>(query.value(4));
        lo.skills = skillsFromText(query.value(5).toString());
        mc.learningOutcomes.append(lo);
    }

    query.prepare(QStringLiteral("SELECT id, assessment_type, description_nl, description_en,"
                                 " supervision FROM assessments WHERE microcredential_id = ?"
                                 " ORDER BY position"));
    query.addBindValue(mc.id);
    if (Result<Done> run = SqlValues::exec(query); !run.ok())
        return run;
    mc.assessments.clear();
    QHash<QString, qsizetype> assessmentIndex;
    while (query.next()) {
        Assessment a;
        a.id = query.value(0).toString();
        a.type = fromCode<AssessmentType>(query.value(1).toString()).value_or(AssessmentType::WrittenExam);
        a.description = {query.value(2).toString(), query.value(3).toString()};
        a.supervision = SqlValues::optionalEnum<Supervision>(query.value(4));
        assessmentIndex.insert(a.id, mc.assessments.size());
        mc.assessments.append(a);
    }

    query.prepare(QStringLiteral("SELECT assessment_id, learning_outcome_id FROM assessment_outcomes"
                                 " WHERE microcredential_id = ? ORDER BY assessment_id, position"));
    query.addBindValue(mc.id);
    if (Result<Done> run = SqlValues::exec(query); !run.ok())
        return run;
    while (query.next()) {
        const auto it = assessmentIndex.constFind(query.value(0).toString());
        if (it != assessmentIndex.constEnd())
            mc.assessments[*it].learningOutcomeIds.append(query.value(1).toString());
    }

    query.prepare(QStringLiteral("SELECT scheme, code FROM programme_codes"
                                 " WHERE microcredential_id = ? ORDER BY position"));
    query.addBindValue(mc.id);
    if (Result<Done> run = SqlValues::exec(query); !run.ok())
        return run;
    mc.programmeCodes.clear();
    while (query.next()) {
        mc.programmeCodes.append(
            {fromCode<ProgrammeCodeScheme>(query.value(0).toString()).value_or(ProgrammeCodeScheme::Other),
             query.value(1).toString()});
    }
    Result<QList<Checklist>> checklists = ChecklistRows(m_db).read(mc.id);
    if (!checklists.ok())
        return checklists.failureAs<Done>();
    mc.checklists = std::move(checklists).value();
    return Result<Done>::success({});
}

} // namespace mcs
