#pragma once

#include "ExchangeFormat.h"
#include "model/Microcredential.h"

#include <QStringList>

#include <optional>

namespace mcs {

/// What a file said, as it said it, where the design keeps only the result:
/// the plausibility checks (ImportPlausibility) compare these with each other.
struct ImportFacts
{
    std::optional<double> creditsEc;   ///< ECTS credit points as stated
    std::optional<double> statedHours; ///< study hours as stated (volumeOfLearning in hours, SBU)
    QString maximumDuration;           ///< calendar time, ISO 8601, as stated
    /// Parts of the learning with a duration of their own: (name, ISO 8601 duration).
    QList<std::pair<QString, QString>> partDurations;
    QString eqfStated;         ///< the EQF level as the file wrote it, when it was not 1-8
    QString nqfLevelLabel;     ///< "NLQF Level 4", "RQF Level 6": the national level's label
    QString issuerCountry;     ///< ISO 3166-1 alpha-2 of the issuer, when the file says
    bool educredentials = false; ///< an achievement of the Dutch OB 3.0 profile
    QStringList missingProfileTerms; ///< terms the profile requires that the file lacks
};

/// A design read from another format, with what the import could not bring
/// along, so that the user sees it before anything is saved.
struct ImportedDesign
{
    Microcredential design;
    ExchangeFormat format = ExchangeFormat::Mcdesign;
    QStringList notCarried; ///< design fields the format has no place for (left empty)
    QStringList dropped;    ///< fields in the file that the design has no place for
    /// Characters removed because they could do harm (DesignTextCleaner), per field.
    QStringList cleaned;
    /// What looks implausible and should be checked; never silently corrected.
    QStringList findings;
    /// Remarks on the file as a whole: the wrapping, an unverified signature,
    /// which claim of several this design comes from.
    QStringList remarks;
    /// For one claim of several in a Europass credential: "2. Title (Qualification)".
    QString claimLabel;
    ImportFacts facts;
};

} // namespace mcs
