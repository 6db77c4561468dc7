#include "CountryCodes.h"

namespace mcs {

namespace {

struct Country
{
    const char *alpha2;
    const char *alpha3;
    const char *name;
};

constexpr Country countries[] = {
    {"AL", "ALB", "Albania"},        {"AT", "AUT", "Austria"},
    {"BA", "BIH", "Bosnia and Herzegovina"}, {"BE", "BEL", "Belgium"},
    {"BG", "BGR", "Bulgaria"},       {"CH", "CHE", "Switzerland"},
    {"CY", "CYP", "Cyprus"},         {"CZ", "CZE", "Czechia"},
    {"DE", "DEU", "Germany"},        {"DK", "DNK", "Denmark"},
    {"EE", "EST", "Estonia"},        {"ES", "ESP", "Spain"},
    {"FI", "FIN", "Finland"},        {"FR", "FRA", "France"},
    {"GB", "GBR", "United Kingdom"}, {"GR", "GRC", "Greece"},
    {"HR", "HRV", "Croatia"},        {"HU", "HUN", "Hungary"},
    {"IE", "IRL", "Ireland"},        {"IS", "ISL", "Iceland"},
    {"IT", "ITA", "Italy"},          {"LI", "LIE", "Liechtenstein"},
    {"LT", "LTU", "Lithuania"},      {"LU", "LUX", "Luxembourg"},
    {"LV", "LVA", "Latvia"},         {"ME", "MNE", "Montenegro"},
    {"MK", "MKD", "North Macedonia"}, {"MT", "MLT", "Malta"},
    {"NL", "NLD", "Netherlands"},    {"NO", "NOR", "Norway"},
    {"PL", "POL", "Poland"},         {"PT", "PRT", "Portugal"},
    {"RO", "ROU", "Romania"},        {"RS", "SRB", "Serbia"},
    {"SE", "SWE", "Sweden"},         {"SI", "SVN", "Slovenia"},
    {"SK", "SVK", "Slovakia"},       {"TR", "TUR", "Türkiye"},
    {"UA", "UKR", "Ukraine"},        {"XK", "XKX", "Kosovo"},
    {"MD", "MDA", "Moldova"},
};

const Country *find(const QString &code, bool byAlpha3)
{
    for (const Country &c : countries) {
        if (code.compare(QLatin1String(byAlpha3 ? c.alpha3 : c.alpha2), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

} // namespace

QString CountryCodes::alpha3(const QString &alpha2)
{
    const Country *c = find(alpha2, false);
    return c ? QString::fromLatin1(c->alpha3) : QString();
}

QString CountryCodes::alpha2(const QString &alpha3)
{
    const Country *c = find(alpha3, true);
    return c ? QString::fromLatin1(c->alpha2) : QString();
}

QString CountryCodes::englishName(const QString &alpha2)
{
    const Country *c = find(alpha2, false);
    return c ? QString::fromUtf8(c->name) : QString();
}

} // namespace mcs
