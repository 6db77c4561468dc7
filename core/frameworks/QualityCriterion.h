#pragma once

#include "model/LocalizedText.h"

#include <QStringList>

namespace mcs {

/// One criterion of a quality framework: a stable id, how people cite it, its
/// wording in Dutch and English, guidance on evidence, and the automatic checks
/// that apply to it (see AutomaticChecks).
struct QualityCriterion
{
    QString id;     ///< stable across versions, e.g. "mbo-2024.04"
    QString number; ///< as people cite it, e.g. "4", "C3", "O2"
    QString kind;   ///< criterion, guideline, requirement, condition, mandatory, optional
    LocalizedText title;
    LocalizedText description;
    LocalizedText evidence;
    QStringList checks;
    /// A criterion about the institution rather than the design (the framework's
    /// "concerns": "institution"): its evidence is kept once per institution and
    /// every design of that institution inherits it.
    bool concernsInstitution = false;

    /// Advice only: a criterion whose kind is "optional" or "guideline".
    bool isAdvisory() const
    {
        return kind == QLatin1String("optional") || kind == QLatin1String("guideline");
    }
    /// A short fingerprint of the wording (title and description, both languages).
    QString digest() const;
};

} // namespace mcs
