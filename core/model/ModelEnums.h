#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mcs {

// The controlled vocabularies of the model. Each value has a stable code used in
// files and the catalogue; codes never change once released (they are data).

enum class Sector { Mbo, Hbo, Wo, Other };
enum class NlqfLevel { Entry, Level1, Level2, Level3, Level4, Level4Plus, Level5, Level6, Level7, Level8 };
enum class OutcomeDomain { Knowledge, Skills, ResponsibilityAutonomy };
enum class BloomLevel { Remember, Understand, Apply, Analyse, Evaluate, Create };
enum class AssessmentType {
    WrittenExam,
    OralExam,
    ReportPaper,
    BehaviouralAssessment,
    ProfessionalProduct,
    DevelopmentReport,
    Portfolio,
    PersonalizedAssessment,
    PracticalAssessment,
    ProjectWork
};
enum class Supervision { UnsupervisedNoIdCheck, SupervisedNoIdCheck, SupervisedWithIdCheck };
enum class Participation { Online, Onsite, Blended, WorkBased };
/// Where the learning takes place, as ELM names it: formal (leading to a
/// recognised qualification) or non-formal (planned learning outside it).
enum class LearningSetting { Formal, NonFormal };
enum class StackabilityKind { StandAlone, Stackable };
/// The approval route: InReview is "submitted for review"; Approved is the
/// board's approval, which follows the examination committee's.
enum class Status { Draft, InReview, Reviewed, ApprovedByExamCommittee, Approved, Published, Archived };
enum class ProgrammeCodeScheme { Crebo, Croho, Other };
enum class InstitutionIdScheme { Brin, Other };
/// The person's judgement of one quality criterion for one design.
enum class CriterionStatus { Open, InProgress, Met, NotMet, NotApplicable };

/// Conversion between enum values and their stable codes.
template<typename E>
struct EnumCodes
{
    static QString toCode(E value);
    static std::optional<E> fromCode(const QString &code);
    /// Every code in declaration order, e.g. for a schema or a combo box.
    static QStringList allCodes();
    static QList<E> allValues();
};

template<typename E>
QString toCode(E value)
{
    return EnumCodes<E>::toCode(value);
}

/// The code of an optional value, or an empty string when it is not set.
template<typename E>
QString toCode(const std::optional<E> &value)
{
    return value ? EnumCodes<E>::toCode(*value) : QString();
}

template<typename E>
std::optional<E> fromCode(const QString &code)
{
    return EnumCodes<E>::fromCode(code);
}

} // namespace mcs
