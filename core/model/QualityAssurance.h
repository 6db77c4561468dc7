#pragma once

#include "LocalizedText.h"

namespace mcs {

/// The quality assurance that underpins the microcredential.
struct QualityAssurance
{
    QString frameworkId;      ///< e.g. "mbo-2024", "hbo-wo", "eu-2022"
    QString frameworkVersion; ///< the version the design is checked against
    QString examiningBody;    ///< the designated examencommissie or body
    LocalizedText description;

    friend bool operator==(const QualityAssurance &a, const QualityAssurance &b)
    {
        return a.frameworkId == b.frameworkId && a.frameworkVersion == b.frameworkVersion
               && a.examiningBody == b.examiningBody && a.description == b.description;
    }
};

} // namespace mcs
