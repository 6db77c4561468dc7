#include "ExchangeFormat.h"

namespace mcs {

namespace {

struct FormatRow
{
    ExchangeFormat format;
    const char *code;
};

constexpr FormatRow Rows[] = {
    {ExchangeFormat::Mcdesign, "mcdesign"}, {ExchangeFormat::Edubadges, "edubadges"},
    {ExchangeFormat::Ob3Achievement, "ob3"}, {ExchangeFormat::Ob3Credential, "ob3-credential"},
    {ExchangeFormat::Elm, "elm"},           {ExchangeFormat::ElmCredential, "elm-credential"},
    {ExchangeFormat::Csv, "csv"},
};

} // namespace

QString ExchangeFormats::code(ExchangeFormat format)
{
    for (const FormatRow &row : Rows) {
        if (row.format == format)
            return QLatin1String(row.code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ExchangeFormat> ExchangeFormats::fromCode(const QString &code)
{
    for (const FormatRow &row : Rows) {
        if (code == QLatin1String(row.code))
            return row.format;
    }
    return std::nullopt;
}

QString ExchangeFormats::displayName(ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::Mcdesign:
        return tr("Microcredential Studio design file");
    case ExchangeFormat::Edubadges:
        return tr("edubadges (Open Badges 2.0)");
    case ExchangeFormat::Ob3Achievement:
        return tr("Open Badges 3.0 achievement");
    case ExchangeFormat::Ob3Credential:
        return tr("Open Badges 3.0 credential template");
    case ExchangeFormat::Elm:
        return tr("Europass (European Learning Model)");
    case ExchangeFormat::ElmCredential:
        return tr("Europass credential (EDC)");
    case ExchangeFormat::Csv:
        return tr("Spreadsheet (CSV)");
    }
    return code(format);
}

QString ExchangeFormats::fileSuffix(ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::Mcdesign:
    case ExchangeFormat::Csv:
        return code(format);
    case ExchangeFormat::Edubadges:
    case ExchangeFormat::Ob3Achievement:
    case ExchangeFormat::Ob3Credential:
    case ExchangeFormat::Elm:
    case ExchangeFormat::ElmCredential:
        break;
    }
    return code(format) + QStringLiteral(".json");
}

QList<ExchangeFormat> ExchangeFormats::badgeFormats()
{
    return {ExchangeFormat::Edubadges, ExchangeFormat::Ob3Achievement, ExchangeFormat::Ob3Credential,
            ExchangeFormat::Elm, ExchangeFormat::ElmCredential};
}

} // namespace mcs
