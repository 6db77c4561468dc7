#pragma once

#include "Assessment.h"
#include "Checklist.h"
#include "Institution.h"
#include "LearningOutcome.h"
#include "LocalizedText.h"
#include "ModelEnums.h"
#include "ProgrammeCode.h"
#include "QualityAssurance.h"
#include "Stackability.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace mcs {

/// A microcredential design: every mandatory and optional element of the EU 2022
/// Recommendation plus what Dutch curriculum teams need.
///
/// A plain value: storage (Catalogue) and file formats (McdesignWriter/Reader)
/// depend on it, never the reverse. Identity is `id`; `rowVersion` is owned by
/// the catalogue and is not part of the design's content.
struct Microcredential
{
    /// Hours in one EC (ECTS credit) in the Netherlands.
    static constexpr int HoursPerEc = 28;

    QString id;
    LocalizedText title;
    LocalizedText summary;
    Sector sector = Sector::Mbo;
    Institution institution;

    LocalizedText targetGroup;
    LocalizedText priorKnowledge;
    LocalizedText admissionRequirements;
    LocalizedText admissionTesting;
    /// An explicit answer that no prior knowledge is needed, or that there are no
    /// admission requirements (format 3): "none" answers the question, where an
    /// empty text leaves it open.
    bool noPriorKnowledge = false;
    bool noAdmissionRequirements = false;

    int studyLoadHours = 0; ///< stored in hours; SBU for mbo, EC = hours / 28 for hbo/wo
    std::optional<int> eqfLevel; ///< 1-8
    std::optional<NlqfLevel> nlqfLevel;
    /// A level in another country's qualifications framework, as its label
    /// names it ("RQF Level 6"); kept from imports, shown as a note (format 3).
    QString foreignLevel;

    QList<LearningOutcome> learningOutcomes;
    QList<Assessment> assessments;

    std::optional<Participation> participation;
    QStringList instructionLanguages; ///< ISO 639-1 codes
    std::optional<LearningSetting> learningSetting; ///< format 3; none: not stated
    /// The longest calendar time the learning may take, an ISO 8601 duration
    /// such as "P6M" (format 3). A duration, never study hours.
    QString maximumDuration;
    /// Whether it is part of a larger qualification (ELM isPartialQualification; format 3).
    std::optional<bool> partialQualification;

    QualityAssurance qualityAssurance;

    LocalizedText industry;
    LocalizedText labourMarketValue;
    QStringList regionalPartners;
    Stackability stackability;
    LocalizedText grading;
    std::optional<int> validityMonths; ///< none: valid without limit
    QList<ProgrammeCode> programmeCodes;
    LocalizedText furtherInformation;
    QString furtherInformationUrl;

    /// One checklist per quality framework the design is checked against.
    QList<Checklist> checklists;
    /// The evidence the design's institution recorded in the catalogue for the
    /// criteria that concern the institution, as the catalogue holds it now
    /// (filled when a design is loaded). Not the design's content: not in its
    /// file, its fingerprint or its comparison; an approval copies it into the
    /// checklists (Checklist::inheritedEvidence).
    QList<InstitutionEvidence> institutionEvidence;

    Status status = Status::Draft;
    int version = 1;
    QStringList authors;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime changed; ///< UTC, millisecond precision

    /// The study load in EC (hours / 28).
    double studyLoadEc() const { return double(studyLoadHours) / HoursPerEc; }
    /// True when the sector counts study load in EC rather than SBU.
    bool countsInEc() const { return sector == Sector::Hbo || sector == Sector::Wo; }
    /// Admission requirements the learner must meet: described, and not answered with "none".
    bool hasAdmissionRequirements() const { return !noAdmissionRequirements && !admissionRequirements.isEmpty(); }

    /// A new, empty draft with a fresh id and timestamps set to now.
    static Microcredential createNew();
    /// A new design with the same content: new ids, a draft at version 1. The
    /// checklist work comes along, marked as copied from this design by `by`.
    Microcredential copyAsNewDesign(const QString &by = QString()) const;
    /// A fresh identifier for a microcredential, outcome or assessment.
    static QString newId();
    /// True for an identifier in the canonical form newId() makes (a lowercase UUID).
    static bool isValidId(const QString &id);

    const LearningOutcome *findOutcome(const QString &outcomeId) const;
    const Checklist *checklist(const QString &frameworkId) const;
    /// The checklist for a framework, created (empty) when the design has none yet.
    Checklist &checklistFor(const QString &frameworkId, const QString &frameworkVersion);

    friend bool operator==(const Microcredential &a, const Microcredential &b);
    friend bool operator!=(const Microcredential &a, const Microcredential &b) { return !(a == b); }
};

} // namespace mcs
