#pragma once

#include "model/ModelEnums.h"

#include <QString>

#include <optional>

namespace mcs {

/// National qualification levels as ELM names them: concepts of the scheme
/// http://data.europa.eu/snb/qdr/25831c2, each labelled with its framework
/// ("NLQF Level 4", "RQF Level 6"; tests/vendor/schemas/elm-nqf-levels.xsd).
class NqfConcepts
{
public:
    static const QString &schemeUri();
    /// The concept of an NLQF level.
    static QString nlqfUri(NlqfLevel level);
    /// "NLQF Level 4", "NLQF Level 4+", "NLQF Entry Level".
    static QString nlqfLabel(NlqfLevel level);
    /// The NLQF level of a concept, or none when it belongs to another framework.
    static std::optional<NlqfLevel> nlqfFromUri(const QString &uri);
    /// The framework a level label names: "RQF" for "RQF Level 6".
    static QString frameworkOf(const QString &label);
    /// The country (ISO 3166-1 alpha-2) whose framework that is; empty when the
    /// program does not know it. England's and Wales' frameworks count as GB.
    static QString countryOfFramework(const QString &framework);
};

} // namespace mcs
