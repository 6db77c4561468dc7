#include "ImportPlausibility.h"

#include "NqfConcepts.h"
#include "util/IsoDuration.h"

#include <QLocale>

namespace mcs {

namespace {

// The ECTS users' guide puts one credit at 25 to 30 hours of work.
constexpr double FewestHoursPerEc = 25;
constexpr double MostHoursPerEc = 30;
// The sectors' ranges for a microcredential (docs/QUALITY.md).
constexpr int MboFewestSbu = 240;
constexpr double FewestEc = 3;
constexpr double MostEc = 30;

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

void checkStudyLoad(const ImportedDesign &imported, QStringList &out)
{
    const ImportFacts &f = imported.facts;
    const Microcredential &mc = imported.design;
    if (f.creditsEc && f.statedHours && *f.creditsEc > 0) {
        const double perEc = *f.statedHours / *f.creditsEc;
        if (perEc < FewestHoursPerEc || perEc > MostHoursPerEc)
            out.append(ImportPlausibility::tr("The study load says %1 hours for %2 EC, %3 hours per EC; an EC is 25 to 30 "
                                              "hours. The design takes the credits, at 28 hours per EC (%4 hours).")
                           .arg(number(*f.statedHours), number(*f.creditsEc), number(perEc))
                           .arg(mc.studyLoadHours));
    }
    if (mc.studyLoadHours == 0) {
        out.append(ImportPlausibility::tr("The file states no study load (no credits, no hours)."));
        return;
    }
    if (mc.sector == Sector::Mbo && mc.studyLoadHours < MboFewestSbu)
        out.append(ImportPlausibility::tr("%1 SBU is below the 240 SBU an mbo microcredential has in principle.").arg(mc.studyLoadHours));
    if (mc.countsInEc() && (mc.studyLoadEc() < FewestEc || mc.studyLoadEc() > MostEc))
        out.append(ImportPlausibility::tr("%1 EC is outside the 3 to 30 EC of an hbo/wo microcredential.").arg(number(mc.studyLoadEc())));
}

void checkDurations(const ImportedDesign &imported, QStringList &out)
{
    const ImportFacts &f = imported.facts;
    const std::optional<IsoDuration> maximum = IsoDuration::parse(f.maximumDuration);
    if (!maximum)
        return;
    if (f.statedHours && *f.statedHours > maximum->longestHours())
        out.append(ImportPlausibility::tr("%1 hours of study cannot fit in the maximum duration of %2, which is at most %3 hours "
                                          "on the calendar.")
                       .arg(number(*f.statedHours), f.maximumDuration, number(maximum->longestHours())));
    for (const auto &[name, text] : f.partDurations) {
        const std::optional<IsoDuration> part = IsoDuration::parse(text);
        if (part && part->shortestHours() > maximum->longestHours())
            out.append(ImportPlausibility::tr("\"%1\" lasts %2, longer than the qualification's maximum duration of %3.")
                           .arg(name, text, f.maximumDuration));
    }
}

void checkNationalLevel(const ImportedDesign &imported, QStringList &out)
{
    const ImportFacts &f = imported.facts;
    if (f.nqfLevelLabel.isEmpty() && imported.design.foreignLevel.isEmpty())
        return;
    const QString label = f.nqfLevelLabel.isEmpty() ? imported.design.foreignLevel : f.nqfLevelLabel;
    const QString framework = NqfConcepts::frameworkOf(label);
    const QString country = imported.design.nlqfLevel ? QStringLiteral("NL") : NqfConcepts::countryOfFramework(framework);
    const QString issuer = f.issuerCountry.isEmpty() ? imported.design.institution.country : f.issuerCountry;
    if (!country.isEmpty() && !issuer.isEmpty() && country != issuer)
        out.append(ImportPlausibility::tr("The national level \"%1\" is of %2's framework (%3), but the issuer is in %4.")
                       .arg(label, country, framework, issuer));
}

void checkCompleteness(const ImportedDesign &imported, QStringList &out)
{
    const ImportFacts &f = imported.facts;
    const Microcredential &mc = imported.design;
    const QualityAssurance &qa = mc.qualityAssurance;
    if (qa.frameworkId.isEmpty() && qa.examiningBody.isEmpty() && qa.description.isEmpty())
        out.append(ImportPlausibility::tr("The file names no quality assurance."));
    if (!f.eqfStated.isEmpty())
        out.append(ImportPlausibility::tr("The EQF level \"%1\" is not one of the levels 1 to 8; the design has none.").arg(f.eqfStated));
    else if (!mc.eqfLevel)
        out.append(ImportPlausibility::tr("The file gives no EQF level."));
    if (mc.learningOutcomes.isEmpty())
        out.append(ImportPlausibility::tr("The file has no learning outcomes."));
    if (f.educredentials && !f.missingProfileTerms.isEmpty())
        out.append(ImportPlausibility::tr("The Dutch edubadges profile requires terms this file lacks: %1.")
                       .arg(f.missingProfileTerms.join(QLatin1String(", "))));
}

} // namespace

QStringList ImportPlausibility::findings(const ImportedDesign &imported)
{
    QStringList out;
    checkStudyLoad(imported, out);
    checkDurations(imported, out);
    checkNationalLevel(imported, out);
    checkCompleteness(imported, out);
    return out;
}

} // namespace mcs
