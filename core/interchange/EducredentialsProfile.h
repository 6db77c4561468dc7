#pragma once

#include "ImportedDesign.h"
#include "model/Microcredential.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace mcs {

/// The Dutch Open Badges 3.0 profile of SURF edubadges ("educredentials"):
/// the terms it adds to an Achievement and how a design maps onto them, both
/// ways. Our vocabularies are richer than the profile's; docs/INTERCHANGE.md
/// lists each mapping and what it loses.
class EducredentialsProfile
{
    Q_DECLARE_TR_FUNCTIONS(mcs::EducredentialsProfile)

public:
    /// The JSON-LD context that defines the profile's terms.
    static const QString &contextUrl();
    /// The terms an achievement of the profile must have (microcredential.json),
    /// besides exactly one of SBU and ECTS.
    static QStringList requiredTerms();

    /// Adds the profile's type and terms to an OB 3.0 Achievement of `mc`.
    static void addTerms(const Microcredential &mc, QJsonObject &achievement);
    /// Whether the study load is within the profile's bounds for a
    /// microcredential: at least 240 SBU, or 3 to 30 EC.
    static bool withinBounds(const Microcredential &mc);
    /// What to know about the export: why edubadges will not take it as a
    /// microcredential (out of bounds), and required terms written as the
    /// nearest value because the design leaves them open; empty when none.
    static QStringList exportFindings(const Microcredential &mc);
    /// The assessment whose kind and supervision stand for the whole design in
    /// the profile, which holds one value per achievement: the assessment that
    /// assesses the most learning outcomes, the first of equals. None without assessments.
    static const Assessment *mainAssessment(const Microcredential &mc);
    static qsizetype mainAssessmentIndex(const Microcredential &mc);
    /// ECTS as the profile writes them: EC rounded to the nearest 0.5.
    static double roundedEcts(int hours);

    /// Reads the profile's terms of `achievement` back into `imported` (level,
    /// study load, quality assurance, participation, assessment, supervision,
    /// language, programme, grading).
    static void readTerms(const QJsonObject &achievement, ImportedDesign &imported);
};

} // namespace mcs
