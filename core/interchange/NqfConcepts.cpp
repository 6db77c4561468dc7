#include "NqfConcepts.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace mcs {

namespace {

const QString Base = QStringLiteral("http://data.europa.eu/snb/qdr/");

constexpr std::array<std::pair<NlqfLevel, const char *>, 10> nlqfConcepts{{
    {NlqfLevel::Entry, "c_b42dd23b"},
    {NlqfLevel::Level1, "c_3e11a3fd"},
    {NlqfLevel::Level2, "c_c749fa23"},
    {NlqfLevel::Level3, "c_f97cdbb5"},
    {NlqfLevel::Level4, "c_ff656b33"},
    {NlqfLevel::Level4Plus, "c_c2700f4e"},
    {NlqfLevel::Level5, "c_18c9e9fe"},
    {NlqfLevel::Level6, "c_1711a061"},
    {NlqfLevel::Level7, "c_478359fc"},
    {NlqfLevel::Level8, "c_2835a50f"},
}};

/// The short names the level labels of elm-nqf-levels.xsd start with, and
/// whose framework each is.
constexpr std::pair<const char *, const char *> frameworkCountries[] = {
    {"NLQF", "NL"},   {"AT: NQF", "AT"}, {"AQF", "AL"},  {"BH NQF", "BA"}, {"BQF", "BG"},
    {"CFC", "BE"},    {"QDG", "BE"},     {"FQF", "BE"},  {"NQF VPET", "CH"}, {"CyQF", "CY"},
    {"NSK", "CZ"},    {"DQR", "DE"},     {"DK NQF", "DK"}, {"EstQF", "EE"}, {"MECU", "ES"},
    {"FiNQF", "FI"},  {"NQF RNCP", "FR"}, {"RQF", "GB"},  {"CQFW", "GB"},   {"SCQF", "GB"},
    {"HQF", "GR"},    {"CROQF", "HR"},   {"HuQF", "HU"}, {"IE NQF", "IE"}, {"ISQF", "IS"},
    {"IT NQF", "IT"}, {"NQFL", "LI"},    {"LTQF", "LT"}, {"CLQ", "LU"},    {"LQF", "LV"},
    {"ME NQF", "ME"}, {"NNMQF", "MK"},   {"MQF", "MT"},  {"NKR", "NO"},    {"PQF", "PL"},
    {"QNQ", "PT"},    {"ROQF", "RO"},    {"NQFS", "RS"}, {"SeQF", "SE"},   {"SQF", "SI"},
    {"SKKR", "SK"},   {"TQF", "TR"},     {"KS NQF", "XK"},
};

} // namespace

const QString &NqfConcepts::schemeUri()
{
    static const QString scheme = Base + QStringLiteral("25831c2");
    return scheme;
}

QString NqfConcepts::nlqfUri(NlqfLevel level)
{
    for (const auto &[value, code] : nlqfConcepts) {
        if (value == level)
            return Base + QLatin1String(code);
    }
    return {};
}

QString NqfConcepts::nlqfLabel(NlqfLevel level)
{
    if (level == NlqfLevel::Entry)
        return QStringLiteral("NLQF Entry Level");
    return QStringLiteral("NLQF Level ") + toCode(level);
}

std::optional<NlqfLevel> NqfConcepts::nlqfFromUri(const QString &uri)
{
    for (const auto &[value, code] : nlqfConcepts) {
        if (uri == Base + QLatin1String(code))
            return value;
    }
    return std::nullopt;
}

QString NqfConcepts::frameworkOf(const QString &label)
{
    static const QRegularExpression level(QStringLiteral("\\s+(Entry\\s+)?Level\\b.*$"), QRegularExpression::CaseInsensitiveOption);
    return QString(label).remove(level).simplified();
}

QString NqfConcepts::countryOfFramework(const QString &framework)
{
    for (const auto &[name, country] : frameworkCountries) {
        if (framework.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(country);
    }
    return {};
}

} // namespace mcs
