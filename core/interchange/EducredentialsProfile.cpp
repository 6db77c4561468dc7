#include "EducredentialsProfile.h"

#include "InterchangeTexts.h"
#include "JsonValues.h"
#include "frameworks/FrameworkLibrary.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace mcs {

namespace {

constexpr int FewestSbu = 240;

const DocumentTexts &dutch()
{
    static const DocumentTexts texts(QStringLiteral("nl"));
    return texts;
}
constexpr double FewestEcts = 3;
constexpr double MostEcts = 30;

template<typename E>
struct Term
{
    E value;
    const char *term;
};

// Participation: the profile joins on site and blended, and has no place for
// what we do not have (volunteering, personalised learning activities).
constexpr std::array<Term<Participation>, 4> participationTerms{{
    {Participation::Online, "online"},
    {Participation::Onsite, "onsite or blended"},
    {Participation::Blended, "onsite or blended"},
    {Participation::WorkBased, "work experience"},
}};

// Assessment kinds: the profile has four; ours map by what the learner does.
constexpr std::array<Term<AssessmentType>, 10> assessmentTerms{{
    {AssessmentType::WrittenExam, "testing"},
    {AssessmentType::OralExam, "testing"},
    {AssessmentType::ReportPaper, "testing"},
    {AssessmentType::BehaviouralAssessment, "application of a skill"},
    {AssessmentType::ProfessionalProduct, "application of a skill"},
    {AssessmentType::PracticalAssessment, "application of a skill"},
    {AssessmentType::ProjectWork, "application of a skill"},
    {AssessmentType::PersonalizedAssessment, "application of a skill"},
    {AssessmentType::Portfolio, "portfolio"},
    {AssessmentType::DevelopmentReport, "portfolio"},
}};

template<typename E, std::size_t N>
QString termOf(const std::array<Term<E>, N> &table, E value)
{
    for (const Term<E> &t : table) {
        if (t.value == value)
            return QString::fromLatin1(t.term);
    }
    return {};
}

/// The first of our values with this term: the one the term stands for best.
template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<Term<E>, N> &table, const QString &term)
{
    for (const Term<E> &t : table) {
        if (term == QLatin1String(t.term))
            return t.value;
    }
    return std::nullopt;
}

const QString SupervisionNone = QStringLiteral("unsupervised with no identity verification");
const QString SupervisionNoId = QStringLiteral("supervised with no identity verification");
const QString SupervisionOnline = QStringLiteral("supervised online");
const QString SupervisionOnsiteId = QStringLiteral("onsite with identity verification");

QString supervisionTerm(const Microcredential &mc, std::optional<Supervision> supervision)
{
    if (!supervision || *supervision == Supervision::UnsupervisedNoIdCheck)
        return SupervisionNone;
    if (*supervision == Supervision::SupervisedNoIdCheck)
        return SupervisionNoId;
    // Ours says supervised with an identity check; the profile also says where.
    return mc.participation == Participation::Online ? SupervisionOnline : SupervisionOnsiteId;
}

QString languageTag(const QString &code)
{
    // The profile's own examples write a region after the language: nl-NL, en-EN.
    return code.toLower() + QLatin1Char('-') + (code == QLatin1String("en") ? QStringLiteral("EN") : code.toUpper());
}

/// A scale "1-10" (or "1 tot 10", "1 to 10") in the grading text, and the
/// lowest passing value ("vanaf 5,5", "at least 6", "minimaal 6").
struct Scale
{
    QString min;
    QString max;
    QString required;
};

std::optional<Scale> scaleIn(const QString &grading)
{
    static const QRegularExpression range(QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(?:-|–|tot|to|t/m)\\s*(\\d+(?:[.,]\\d+)?)"));
    const QRegularExpressionMatch m = range.match(grading);
    if (!m.hasMatch())
        return std::nullopt;
    Scale scale{m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')), m.captured(2).replace(QLatin1Char(','), QLatin1Char('.')), {}};
    static const QRegularExpression pass(QStringLiteral("(?:vanaf|minimaal|ten minste|tenminste|at least|from|minimum)\\s*(?:een\\s+|a\\s+)?(\\d+(?:[.,]\\d+)?)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch p = pass.match(grading); p.hasMatch())
        scale.required = p.captured(1).replace(QLatin1Char(','), QLatin1Char('.'));
    return scale;
}

QJsonObject resultDescription(const Microcredential &mc)
{
    const QString grading = mc.grading.preferred(QStringLiteral("nl"));
    QJsonObject r{{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#result").arg(mc.id)},
                  {QStringLiteral("type"), QJsonArray{QStringLiteral("ResultDescription")}},
                  {QStringLiteral("name"), grading.isEmpty() ? dutch()(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Result")) : InterchangeTexts::oneLine(grading).left(200)}};
    if (const std::optional<Scale> scale = scaleIn(grading)) {
        r.insert(QStringLiteral("resultType"), QStringLiteral("ScaledScore"));
        r.insert(QStringLiteral("valueMin"), scale->min);
        r.insert(QStringLiteral("valueMax"), scale->max);
        if (!scale->required.isEmpty())
            r.insert(QStringLiteral("requiredValue"), scale->required);
    } else {
        // No scale named: passed or not passed, the way most microcredentials are graded.
        r.insert(QStringLiteral("resultType"), QStringLiteral("Status"));
        r.insert(QStringLiteral("allowedValue"), QJsonArray{QStringLiteral("behaald"), QStringLiteral("niet behaald")});
        r.insert(QStringLiteral("requiredValue"), QStringLiteral("behaald"));
    }
    return r;
}

} // namespace

const QString &EducredentialsProfile::contextUrl()
{
    static const QString url = QStringLiteral("https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json");
    return url;
}

QStringList EducredentialsProfile::requiredTerms()
{
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("image"), QStringLiteral("resultDescription"),
            QStringLiteral("inLanguage"), QStringLiteral("alignment"), QStringLiteral("criteria"), QStringLiteral("assessmentType"),
            QStringLiteral("identityChecked"), QStringLiteral("participationType"), QStringLiteral("supervisionType")};
}

double EducredentialsProfile::roundedEcts(int hours)
{
    return std::round(double(hours) / Microcredential::HoursPerEc * 2) / 2;
}

qsizetype EducredentialsProfile::mainAssessmentIndex(const Microcredential &mc)
{
    qsizetype main = -1;
    for (qsizetype i = 0; i < mc.assessments.size(); ++i) {
        if (main < 0 || mc.assessments.at(i).learningOutcomeIds.size() > mc.assessments.at(main).learningOutcomeIds.size())
            main = i;
    }
    return main;
}

const Assessment *EducredentialsProfile::mainAssessment(const Microcredential &mc)
{
    const qsizetype index = mainAssessmentIndex(mc);
    return index < 0 ? nullptr : &mc.assessments.at(index);
}

void EducredentialsProfile::addTerms(const Microcredential &mc, QJsonObject &achievement)
{
    achievement.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement"), QStringLiteral("EducredentialAchievement")});
    achievement.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), InterchangeTexts::badgeImage()},
                                                             {QStringLiteral("type"), QStringLiteral("Image")}});
    if (mc.countsInEc())
        achievement.insert(QStringLiteral("ECTS"), roundedEcts(mc.studyLoadHours));
    else
        achievement.insert(QStringLiteral("SBU"), mc.studyLoadHours);
    // Required by the profile: without a form of participation, the nearest is on site.
    achievement.insert(QStringLiteral("participationType"), termOf(participationTerms, mc.participation.value_or(Participation::Onsite)));
    const Assessment *main = mainAssessment(mc);
    achievement.insert(QStringLiteral("assessmentType"), termOf(assessmentTerms, main ? main->type : AssessmentType::WrittenExam));
    const std::optional<Supervision> supervision = main ? main->supervision : std::nullopt;
    achievement.insert(QStringLiteral("supervisionType"), supervisionTerm(mc, supervision));
    achievement.insert(QStringLiteral("identityChecked"), supervision == Supervision::SupervisedWithIdCheck);
    achievement.insert(QStringLiteral("inLanguage"), languageTag(mc.instructionLanguages.value(0, QStringLiteral("nl"))));
    for (const ProgrammeCode &code : mc.programmeCodes) {
        bool numeric = false;
        const qint64 value = code.code.toLongLong(&numeric);
        if (numeric && code.scheme != ProgrammeCodeScheme::Other) {
            achievement.insert(QStringLiteral("educationProgramIdentifier"), value);
            break;
        }
    }
    QJsonArray alignment = achievement.value(QStringLiteral("alignment")).toArray();
    const QualityFramework *framework = FrameworkLibrary::find(mc.qualityAssurance.frameworkId);
    const InterchangeTexts texts(mc);
    const QString qaText = texts.qualityAssuranceText(texts.dutch(), false);
    if (framework || !mc.qualityAssurance.examiningBody.isEmpty() || !qaText.isEmpty()) {
        QJsonObject qa{{QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
                       {QStringLiteral("targetType"), QStringLiteral("ext:QualityAssurance")},
                       {QStringLiteral("targetName"), framework ? texts.dutch().pick(framework->name) : mc.qualityAssurance.examiningBody}};
        if (framework)
            qa.insert(QStringLiteral("targetCode"), framework->id + QLatin1Char(' ') + mc.qualityAssurance.frameworkVersion);
        if (!qaText.isEmpty())
            qa.insert(QStringLiteral("targetDescription"), qaText);
        qa.insert(QStringLiteral("targetUrl"), framework && !framework->sourceUrl.isEmpty() ? framework->sourceUrl : texts.designUrn());
        if (qa.value(QStringLiteral("targetName")).toString().isEmpty())
            qa.insert(QStringLiteral("targetName"), tr("Quality assurance"));
        alignment.append(qa);
    }
    achievement.insert(QStringLiteral("alignment"), alignment);
    achievement.insert(QStringLiteral("resultDescription"), QJsonArray{resultDescription(mc)});
}

bool EducredentialsProfile::withinBounds(const Microcredential &mc)
{
    if (!mc.countsInEc())
        return mc.studyLoadHours >= FewestSbu;
    const double ects = roundedEcts(mc.studyLoadHours);
    return ects >= FewestEcts && ects <= MostEcts;
}

QStringList EducredentialsProfile::exportFindings(const Microcredential &mc)
{
    QStringList findings;
    if (!withinBounds(mc) && mc.countsInEc())
        findings.append(tr("edubadges will not take this as a microcredential: its profile asks for 3 to 30 EC, and "
                           "the design has %1 EC.")
                            .arg(roundedEcts(mc.studyLoadHours)));
    else if (!withinBounds(mc))
        findings.append(tr("edubadges will not take this as a microcredential: its profile asks for at least 240 SBU, "
                           "and the design has %1.")
                            .arg(mc.studyLoadHours));
    if (mc.assessments.isEmpty())
        findings.append(tr("The design has no assessment: the profile's assessment type and supervision are written as "
                           "the weakest values (testing, unsupervised)."));
    if (!mc.participation)
        findings.append(tr("The design has no form of participation: the profile requires one, written as \"onsite or blended\"."));
    return findings;
}

void EducredentialsProfile::readTerms(const QJsonObject &a, ImportedDesign &imported)
{
    Microcredential &mc = imported.design;
    ImportFacts &facts = imported.facts;
    const QJsonValue typeValue = a.value(QStringLiteral("type"));
    facts.educredentials = typeValue.toArray().contains(QStringLiteral("EducredentialAchievement"))
                           || typeValue.toString() == QLatin1String("EducredentialAchievement");
    if (facts.educredentials) {
        for (const QString &term : requiredTerms()) {
            if (!a.contains(term))
                facts.missingProfileTerms.append(term);
        }
        if (!a.contains(QStringLiteral("SBU")) && !a.contains(QStringLiteral("ECTS")))
            facts.missingProfileTerms.append(tr("SBU or ECTS"));
    }
    if (const QJsonValue sbu = a.value(QStringLiteral("SBU")); sbu.isDouble() && sbu.toDouble() > 0) {
        mc.studyLoadHours = int(std::lround(std::min(sbu.toDouble(), 100000.0)));
        facts.statedHours = sbu.toDouble();
        if (!a.contains(QStringLiteral("tag")))
            mc.sector = Sector::Mbo;
    } else if (const QJsonValue ects = a.value(QStringLiteral("ECTS")); ects.isDouble() && ects.toDouble() > 0) {
        facts.creditsEc = std::min(ects.toDouble(), 1000.0);
        // The profile rounds to half credits: hours the description states exactly stay.
        if (mc.studyLoadHours == 0 || roundedEcts(mc.studyLoadHours) != *facts.creditsEc)
            mc.studyLoadHours = int(std::lround(*facts.creditsEc * Microcredential::HoursPerEc));
        if (!a.contains(QStringLiteral("tag"))) {
            mc.sector = Sector::Hbo;
            imported.notCarried.append(tr("hbo or wo: ECTS say higher education, not which (set to hbo)"));
        }
    }
    if (const QJsonValue time = a.value(QStringLiteral("timeInvestment")); time.isDouble() && time.toDouble() > 0 && !facts.statedHours)
        facts.statedHours = time.toDouble();
    // Where the description already said more precisely (blended, not "onsite
    // or blended"), the profile's coarser term agrees with it and it stays.
    const QString participation = JsonValues::text(a.value(QStringLiteral("participationType")));
    if (const std::optional<Participation> p = valueOf(participationTerms, participation);
        p && (!mc.participation || termOf(participationTerms, *mc.participation) != participation))
        mc.participation = p;
    const QString assessment = JsonValues::text(a.value(QStringLiteral("assessmentType")));
    const QString supervision = JsonValues::text(a.value(QStringLiteral("supervisionType")));
    const bool identity = a.value(QStringLiteral("identityChecked")).toBool();
    if (!assessment.isEmpty() || !supervision.isEmpty()) {
        std::optional<Supervision> level;
        if (identity || supervision == SupervisionOnsiteId || supervision == SupervisionOnline)
            level = identity ? Supervision::SupervisedWithIdCheck : Supervision::SupervisedNoIdCheck;
        else if (supervision == SupervisionNoId)
            level = Supervision::SupervisedNoIdCheck;
        else if (supervision == SupervisionNone)
            level = Supervision::UnsupervisedNoIdCheck;
        // The profile holds one assessment per achievement: it becomes the main
        // assessment, or the single one of a design that listed none.
        const qsizetype main = mainAssessmentIndex(mc);
        Assessment *target = main < 0 ? nullptr : &mc.assessments[main];
        if (!target) {
            Assessment added;
            added.id = Microcredential::newId();
            for (const LearningOutcome &lo : mc.learningOutcomes)
                added.learningOutcomeIds.append(lo.id);
            mc.assessments.append(added);
            target = &mc.assessments.last();
            if (const std::optional<AssessmentType> type = valueOf(assessmentTerms, assessment))
                target->type = *type;
            else if (assessment == QLatin1String("recognition of prior learning"))
                target->description.nl = dutch()(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Recognition of prior learning"));
        }
        if (level && supervisionTerm(mc, target->supervision) != supervision)
            target->supervision = level;
    }
    const QString language = JsonValues::text(a.value(QStringLiteral("inLanguage")));
    if (language.size() >= 2)
        mc.instructionLanguages = {language.left(2).toLower()};
    if (const QJsonValue program = a.value(QStringLiteral("educationProgramIdentifier")); program.isDouble() && mc.programmeCodes.isEmpty())
        mc.programmeCodes.append({mc.sector == Sector::Mbo ? ProgrammeCodeScheme::Crebo : ProgrammeCodeScheme::Croho,
                                  QString::number(qint64(program.toDouble()))});
    for (const QJsonValue &value : JsonValues::list(a.value(QStringLiteral("alignment")))) {
        const QJsonObject alignment = value.toObject();
        const QString type = JsonValues::text(alignment.value(QStringLiteral("targetType")));
        if (type == QLatin1String("ext:EQF") || type == QLatin1String("ext:EQFLevel")) {
            const QString code = JsonValues::text(alignment.value(QStringLiteral("targetCode")));
            if (const int level = code.toInt(); level >= 1 && level <= 8 && code == QString::number(level))
                mc.eqfLevel = level;
            else
                facts.eqfStated = code;
        } else if (type == QLatin1String("ext:QualityAssurance")) {
            const QString name = JsonValues::text(alignment.value(QStringLiteral("targetName")));
            const QString code = JsonValues::text(alignment.value(QStringLiteral("targetCode")));
            const QString url = JsonValues::text(alignment.value(QStringLiteral("targetUrl")));
            const QualityFramework *framework = FrameworkLibrary::find(code.section(QLatin1Char(' '), 0, 0));
            if (framework) {
                mc.qualityAssurance.frameworkId = framework->id;
                mc.qualityAssurance.frameworkVersion = code.section(QLatin1Char(' '), 1);
            } else {
                QStringList parts{name, code, url.startsWith(QLatin1String("http")) ? url : QString()};
                parts.removeAll(QString());
                if (mc.qualityAssurance.examiningBody.isEmpty())
                    mc.qualityAssurance.examiningBody = name;
                const QString description = JsonValues::text(alignment.value(QStringLiteral("targetDescription")));
                QStringList text{parts.join(QStringLiteral(" · ")), description};
                text.removeAll(QString());
                if (mc.qualityAssurance.description.nl.isEmpty())
                    mc.qualityAssurance.description.nl = text.join(QStringLiteral("\n\n"));
            }
        }
    }
    if (mc.grading.isEmpty()) {
        const QJsonObject result = JsonValues::list(a.value(QStringLiteral("resultDescription"))).first().toObject();
        const QString min = JsonValues::text(result.value(QStringLiteral("valueMin")));
        const QString max = JsonValues::text(result.value(QStringLiteral("valueMax")));
        const QString required = JsonValues::text(result.value(QStringLiteral("requiredValue")));
        const QString name = JsonValues::text(result.value(QStringLiteral("name")));
        if (!min.isEmpty() && !max.isEmpty())
            mc.grading.nl = required.isEmpty() ? dutch()(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1: a grade from %2 to %3")).arg(name, min, max)
                                                : dutch()(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "%1: a grade from %2 to %3, passed from %4")).arg(name, min, max, required);
        else if (!name.isEmpty())
            mc.grading.nl = name;
    }
}

} // namespace mcs
