#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mcs {

/// The data formats a design travels in (docs/INTERCHANGE.md). Documents for
/// people (PDF, ODT, HTML) are DocumentExporter::Format.
enum class ExchangeFormat {
    Mcdesign,       ///< the program's own design file
    Edubadges,      ///< Open Badges 2.0 BadgeClass with the SURF edubadges extensions
    Ob3Achievement, ///< Open Badges 3.0 Achievement (reading also takes a credential)
    Ob3Credential,  ///< Open Badges 3.0 AchievementCredential template
    Elm,            ///< European Learning Model Qualification (Europass)
    ElmCredential,  ///< a Europass credential (EDC envelope) around it; reading takes any claim
    Csv,            ///< a spreadsheet: learning outcomes in, catalogue rows out
};

/// Codes (as the command line and files name them), display names and file
/// suffixes of the exchange formats.
class ExchangeFormats
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ExchangeFormats)

public:
    /// "mcdesign", "edubadges", "ob3", "ob3-credential", "elm", "elm-credential", "csv".
    static QString code(ExchangeFormat format);
    static std::optional<ExchangeFormat> fromCode(const QString &code);
    /// What users read: "Open Badges 3.0 achievement", say.
    static QString displayName(ExchangeFormat format);
    /// The file name ending without the dot: "mcdesign", "ob3.json", "csv".
    static QString fileSuffix(ExchangeFormat format);
    /// The formats a design is written to by InterchangeWriter.
    static QList<ExchangeFormat> badgeFormats();
};

} // namespace mcs
