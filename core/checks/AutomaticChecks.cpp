#include "AutomaticChecks.h"

#include "model/StudyLoad.h"

#include <functional>

namespace mcs {

namespace {

using Outcome = CheckVerdict::Outcome;

CheckVerdict verdict(Outcome outcome, const QString &reason, const QString &fieldPath = QString())
{
    return {outcome, reason, fieldPath};
}

/// One element a microcredential must (or should) state, and how to tell it is there.
struct Element
{
    const char *checkId;
    const char *fieldPath;
    QString label;
    std::function<bool(const Microcredential &)> present;
    bool mandatory;
};

bool filled(const LocalizedText &text)
{
    return !text.isEmpty();
}

const QList<Element> &euElements()
{
    static const QList<Element> elements{
        {"eu-title", "title.nl", AutomaticChecks::tr("title"), [](const Microcredential &m) { return filled(m.title); }, true},
        {"eu-country", "institution.country", AutomaticChecks::tr("country or region of the awarding body"),
         [](const Microcredential &m) { return !m.institution.country.isEmpty() || !m.institution.region.isEmpty(); }, true},
        {"eu-awarding-body", "institution.name", AutomaticChecks::tr("awarding body"),
         [](const Microcredential &m) { return !m.institution.name.trimmed().isEmpty(); }, true},
        {"eu-learning-outcomes", "learningOutcomes", AutomaticChecks::tr("learning outcomes"),
         [](const Microcredential &m) { return !m.learningOutcomes.isEmpty(); }, true},
        {"eu-workload", "studyLoadHours", AutomaticChecks::tr("notional workload"),
         [](const Microcredential &m) { return m.studyLoadHours > 0; }, true},
        {"eu-level", "eqfLevel", AutomaticChecks::tr("level (EQF)"),
         [](const Microcredential &m) { return m.eqfLevel.has_value(); }, true},
        {"eu-assessment-type", "assessments", AutomaticChecks::tr("type of assessment"),
         [](const Microcredential &m) { return !m.assessments.isEmpty(); }, true},
        {"eu-participation", "participation", AutomaticChecks::tr("form of participation"),
         [](const Microcredential &m) { return m.participation.has_value(); }, true},
        {"eu-quality-assurance", "qualityAssurance.frameworkId", AutomaticChecks::tr("type of quality assurance"),
         [](const Microcredential &m) {
             return !m.qualityAssurance.frameworkId.isEmpty() || filled(m.qualityAssurance.description);
         }, true},
        {"eu-prerequisites", "admissionRequirements.nl", AutomaticChecks::tr("prerequisites for enrolment"),
         [](const Microcredential &m) { return filled(m.admissionRequirements) || filled(m.priorKnowledge); }, false},
        {"eu-supervision", "assessments", AutomaticChecks::tr("supervision and identity verification"),
         [](const Microcredential &m) {
             if (m.assessments.isEmpty())
                 return false;
             for (const Assessment &a : m.assessments) {
                 if (!a.supervision)
                     return false;
             }
             return true;
         }, false},
        {"eu-grading", "grading.nl", AutomaticChecks::tr("grade achieved"),
         [](const Microcredential &m) { return filled(m.grading); }, false},
        {"eu-stackability", "stackability.kind", AutomaticChecks::tr("integration or stackability"),
         [](const Microcredential &m) { return m.stackability.kind.has_value(); }, false},
        {"eu-further-information", "furtherInformation.nl", AutomaticChecks::tr("further information"),
         [](const Microcredential &m) { return filled(m.furtherInformation) || !m.furtherInformationUrl.isEmpty(); }, false},
    };
    return elements;
}

CheckVerdict elementVerdict(const Element &e, const Microcredential &mc)
{
    if (e.present(mc))
        return verdict(Outcome::Pass, AutomaticChecks::tr("Stated: %1.").arg(e.label), QString::fromLatin1(e.fieldPath));
    if (e.mandatory)
        return verdict(Outcome::Fail, AutomaticChecks::tr("Missing: %1 (required by the EU Recommendation).").arg(e.label),
                       QString::fromLatin1(e.fieldPath));
    return verdict(Outcome::Warning, AutomaticChecks::tr("Not stated: %1 (advised by the EU Recommendation).").arg(e.label),
                   QString::fromLatin1(e.fieldPath));
}

CheckVerdict missingList(const QStringList &missing, const QString &firstPath, const QString &passReason)
{
    if (missing.isEmpty())
        return verdict(Outcome::Pass, passReason);
    return verdict(Outcome::Fail, AutomaticChecks::tr("Missing: %1.").arg(missing.join(QLatin1String(", "))), firstPath);
}

/// mbo criterion 7 and hbo/wo C3, read as they are written: the target group
/// always; prior knowledge only where needed and admission requirements only
/// where there are any ("none" is an answer); and how requirements that exist are tested.
CheckVerdict admission(const Microcredential &mc)
{
    if (mc.targetGroup.isEmpty())
        return verdict(Outcome::Fail, AutomaticChecks::tr("The target group is not described."), QStringLiteral("targetGroup.nl"));
    if (mc.hasAdmissionRequirements() && mc.admissionTesting.isEmpty())
        return verdict(Outcome::Fail, AutomaticChecks::tr("There are admission requirements, but not how they are tested."),
                       QStringLiteral("admissionTesting.nl"));
    if (mc.noAdmissionRequirements && !mc.admissionRequirements.isEmpty())
        return verdict(Outcome::Warning, AutomaticChecks::tr("The design says there are no admission requirements, yet describes some."),
                       QStringLiteral("admissionRequirements.nl"));
    if (mc.noPriorKnowledge && !mc.priorKnowledge.isEmpty())
        return verdict(Outcome::Warning, AutomaticChecks::tr("The design says no prior knowledge is needed, yet describes some."),
                       QStringLiteral("priorKnowledge.nl"));
    const QString prior = !mc.priorKnowledge.isEmpty() ? AutomaticChecks::tr("prior knowledge described")
                          : mc.noPriorKnowledge      ? AutomaticChecks::tr("no prior knowledge needed")
                                                     : AutomaticChecks::tr("prior knowledge not stated (needed only where it applies)");
    const QString requirements = mc.hasAdmissionRequirements() ? AutomaticChecks::tr("admission requirements and their testing described")
                                 : mc.noAdmissionRequirements ? AutomaticChecks::tr("no admission requirements")
                                                              : AutomaticChecks::tr("admission requirements not stated (only any there are)");
    return verdict(Outcome::Pass, AutomaticChecks::tr("Target group described; %1; %2.").arg(prior, requirements));
}

CheckVerdict mboSize(const Microcredential &mc)
{
    if (mc.sector != Sector::Mbo)
        return verdict(Outcome::NotApplicable, AutomaticChecks::tr("Applies to mbo microcredentials."));
    if (mc.studyLoadHours <= 0)
        return verdict(Outcome::Fail, AutomaticChecks::tr("The study load is missing."), QStringLiteral("studyLoadHours"));
    if (mc.studyLoadHours >= 240)
        return verdict(Outcome::Pass, AutomaticChecks::tr("%1 SBU meets the guideline of at least 240 SBU.").arg(mc.studyLoadHours));
    return verdict(Outcome::Warning,
                   AutomaticChecks::tr("%1 SBU is below the guideline: a microcredential in mbo is in principle "
                                       "not smaller than 240 SBU.")
                       .arg(mc.studyLoadHours),
                   QStringLiteral("studyLoadHours"));
}

CheckVerdict hboWoSize(const Microcredential &mc, const QDate &today)
{
    if (mc.sector != Sector::Hbo && mc.sector != Sector::Wo)
        return verdict(Outcome::NotApplicable, AutomaticChecks::tr("Applies to hbo and wo microcredentials."));
    if (mc.studyLoadHours <= 0)
        return verdict(Outcome::Fail, AutomaticChecks::tr("The study load is missing."), QStringLiteral("studyLoadHours"));
    // Universities may experiment with units from 1 EC in this period.
    const bool woExperiment = mc.sector == Sector::Wo && today >= QDate(2025, 5, 1) && today <= QDate(2027, 4, 30);
    const int minimumEc = woExperiment ? 1 : 3;
    const double ec = StudyLoad::ec(mc.studyLoadHours);
    const QString ecText = StudyLoad::ecText(mc.studyLoadHours);
    if (ec >= minimumEc && ec <= 30.0) {
        return verdict(Outcome::Pass, woExperiment && ec < 3
                                          ? AutomaticChecks::tr("%1 EC is allowed for wo in the experiment with units from 1 EC (1 May 2025 to 30 April 2027).").arg(ecText)
                                          : AutomaticChecks::tr("%1 EC is within the guideline of 3 to 30 EC.").arg(ecText));
    }
    // The guideline stays 3 to 30 EC; the experiment only lowers the floor for wo.
    if (woExperiment && ec < minimumEc) {
        return verdict(Outcome::Warning,
                       AutomaticChecks::tr("%1 EC is below 1 EC, the smallest unit of the wo experiment (1 May 2025 to "
                                           "30 April 2027); the guideline is 3 to 30 EC.")
                           .arg(ecText),
                       QStringLiteral("studyLoadHours"));
    }
    return verdict(Outcome::Warning, AutomaticChecks::tr("%1 EC is outside the guideline of 3 to 30 EC.").arg(ecText),
                   QStringLiteral("studyLoadHours"));
}

CheckVerdict alignment(const Microcredential &mc)
{
    if (mc.learningOutcomes.isEmpty() || mc.assessments.isEmpty())
        return verdict(Outcome::Fail, AutomaticChecks::tr("Alignment needs learning outcomes and assessments."),
                       mc.learningOutcomes.isEmpty() ? QStringLiteral("learningOutcomes") : QStringLiteral("assessments"));
    QStringList unassessed;
    QString firstPath;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        bool assessed = false;
        for (const Assessment &a : mc.assessments)
            assessed = assessed || a.learningOutcomeIds.contains(mc.learningOutcomes.at(i).id);
        if (!assessed) {
            unassessed.append(QString::number(i + 1));
            if (firstPath.isEmpty())
                firstPath = QStringLiteral("learningOutcomes[%1]").arg(i);
        }
    }
    QStringList untied;
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        bool tied = false;
        for (const QString &id : mc.assessments.at(i).learningOutcomeIds)
            tied = tied || mc.findOutcome(id);
        if (!tied) {
            untied.append(QString::number(i + 1));
            if (firstPath.isEmpty())
                firstPath = QStringLiteral("assessments[%1].learningOutcomeIds").arg(i);
        }
    }
    QStringList problems;
    if (!unassessed.isEmpty())
        problems.append(AutomaticChecks::tr("learning outcome(s) %1 not assessed").arg(unassessed.join(QLatin1String(", "))));
    if (!untied.isEmpty())
        problems.append(AutomaticChecks::tr("assessment(s) %1 tied to no learning outcome").arg(untied.join(QLatin1String(", "))));
    if (problems.isEmpty())
        return verdict(Outcome::Pass, AutomaticChecks::tr("Every learning outcome is assessed and every assessment is tied to an outcome."));
    return verdict(Outcome::Fail, problems.join(QLatin1String("; ")) + QLatin1Char('.'), firstPath);
}

} // namespace

QStringList AutomaticChecks::knownIds()
{
    QStringList ids{QStringLiteral("mbo-size"), QStringLiteral("hbo-wo-size"), QStringLiteral("examining-body"),
                    QStringLiteral("admission-present"), QStringLiteral("outcomes-level-size"),
                    QStringLiteral("alignment"), QStringLiteral("eu-mandatory"), QStringLiteral("eu-learner"),
                    QStringLiteral("eu-issue-date")};
    for (const Element &e : euElements())
        ids.append(QString::fromLatin1(e.checkId));
    return ids;
}

bool AutomaticChecks::isKnown(const QString &checkId)
{
    return knownIds().contains(checkId);
}

CheckVerdict AutomaticChecks::run(const QString &checkId, const Microcredential &mc, const QDate &today)
{
    if (checkId == QLatin1String("mbo-size"))
        return mboSize(mc);
    if (checkId == QLatin1String("hbo-wo-size"))
        return hboWoSize(mc, today);
    if (checkId == QLatin1String("examining-body")) {
        return mc.qualityAssurance.examiningBody.trimmed().isEmpty()
                   ? verdict(Outcome::Fail, tr("No examencommissie or other body is designated."), QStringLiteral("qualityAssurance.examiningBody"))
                   : verdict(Outcome::Pass, tr("Designated: %1.").arg(mc.qualityAssurance.examiningBody));
    }
    if (checkId == QLatin1String("admission-present"))
        return admission(mc);
    if (checkId == QLatin1String("outcomes-level-size")) {
        QStringList missing;
        QString first;
        if (mc.learningOutcomes.isEmpty()) {
            missing.append(tr("learning outcomes"));
            first = QStringLiteral("learningOutcomes");
        }
        if (!mc.eqfLevel && !mc.nlqfLevel) {
            missing.append(tr("level"));
            first = first.isEmpty() ? QStringLiteral("eqfLevel") : first;
        }
        if (mc.studyLoadHours <= 0) {
            missing.append(tr("size"));
            first = first.isEmpty() ? QStringLiteral("studyLoadHours") : first;
        }
        return missingList(missing, first, tr("Learning outcomes, level and size are stated."));
    }
    if (checkId == QLatin1String("alignment"))
        return alignment(mc);
    if (checkId == QLatin1String("eu-learner") || checkId == QLatin1String("eu-issue-date"))
        return verdict(Outcome::NotApplicable, tr("Filled in when the credential is issued to a learner."));
    if (checkId == QLatin1String("eu-mandatory")) {
        QStringList missing;
        QString first;
        for (const Element &e : euElements()) {
            if (e.mandatory && !e.present(mc)) {
                missing.append(e.label);
                if (first.isEmpty())
                    first = QString::fromLatin1(e.fieldPath);
            }
        }
        return missingList(missing, first, tr("Every mandatory element of the EU Recommendation is stated."));
    }
    for (const Element &e : euElements()) {
        if (checkId == QLatin1String(e.checkId))
            return elementVerdict(e, mc);
    }
    return verdict(Outcome::NotApplicable, tr("Unknown check %1.").arg(checkId));
}

CheckVerdict AutomaticChecks::runAll(const QStringList &checkIds, const Microcredential &mc, const QDate &today)
{
    QList<CheckVerdict> verdicts;
    CheckVerdict combined;
    for (const QString &id : checkIds) {
        verdicts.append(run(id, mc, today));
        if (CheckVerdict::severityRank(verdicts.last().outcome) > CheckVerdict::severityRank(combined.outcome)) {
            combined.outcome = verdicts.last().outcome;
            combined.fieldPath = verdicts.last().fieldPath;
        }
    }
    // The reasons behind the combined outcome: the failures when it failed, and so on.
    QStringList reasons;
    for (const CheckVerdict &v : std::as_const(verdicts)) {
        if (v.outcome == combined.outcome && !reasons.contains(v.reason))
            reasons.append(v.reason);
    }
    combined.reason = reasons.join(QLatin1Char(' '));
    return combined;
}

} // namespace mcs
