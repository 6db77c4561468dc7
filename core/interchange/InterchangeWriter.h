#pragma once

#include "ExchangeFormat.h"
#include "model/Microcredential.h"

#include <QJsonObject>

namespace mcs {

/// Exports a design to the formats that issue and recognise microcredentials
/// (docs/INTERCHANGE.md maps every field):
/// - edubadges: an Open Badges 2.0 BadgeClass with the SURF edubadges extensions;
/// - Open Badges 3.0: an Achievement, or a complete AchievementCredential
///   template with a placeholder learner;
///   Both carry the terms of the Dutch edubadges profile (EducredentialsProfile).
/// - European Learning Model 3.2: a Qualification, bare or in a Europass
///   credential template (EuropassCredentialWriter).
class InterchangeWriter
{
public:
    static QJsonObject edubadges(const Microcredential &mc);
    static QJsonObject ob3Achievement(const Microcredential &mc, bool withContext = true);
    static QJsonObject ob3Credential(const Microcredential &mc);
    static QJsonObject elmQualification(const Microcredential &mc);

    /// The file's bytes in one of ExchangeFormats::badgeFormats(), or as a
    /// .mcdesign file; never CSV (OverviewCsv writes catalogue rows).
    static QByteArray toBytes(const Microcredential &mc, ExchangeFormat format);
    /// What the receiving system will make of the export, to show with it:
    /// edubadges refusing a design outside its profile's bounds, say.
    static QStringList findings(const Microcredential &mc, ExchangeFormat format);
};

} // namespace mcs
