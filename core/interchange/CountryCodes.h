#pragma once

#include <QString>

namespace mcs {

/// Country codes the Europass vocabularies use (ISO 3166-1 alpha-3, in the EU
/// authority table) against the alpha-2 codes a design keeps: the countries of
/// the EU, the EEA, the candidates and neighbours that issue Europass credentials.
class CountryCodes
{
public:
    /// "NLD" for "NL"; empty when unknown.
    static QString alpha3(const QString &alpha2);
    /// "NL" for "NLD"; empty when unknown.
    static QString alpha2(const QString &alpha3);
    /// The English name ("Netherlands"), for a concept's label.
    static QString englishName(const QString &alpha2);
};

} // namespace mcs
