#include "ModelEnums.h"

#include <array>
#include <utility>

namespace mcs {

namespace {

template<typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, const char *>, N>;

template<typename E, std::size_t N>
QString codeOf(const CodeTable<E, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E, N> &table, const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList codesOf(const CodeTable<E, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const CodeTable<E, N> &table)
{
    QList<E> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

const CodeTable<Sector, 4> sectorCodes{{{Sector::Mbo, "mbo"},
                                        {Sector::Hbo, "hbo"},
                                        {Sector::Wo, "wo"},
                                        {Sector::Other, "other"}}};

const CodeTable<NlqfLevel, 10> nlqfCodes{{{NlqfLevel::Entry, "entry"},
                                          {NlqfLevel::Level1, "1"},
                                          {NlqfLevel::Level2, "2"},
                                          {NlqfLevel::Level3, "3"},
                                          {NlqfLevel::Level4, "4"},
                                          {NlqfLevel::Level4Plus, "4+"},
                                          {NlqfLevel::Level5, "5"},
                                          {NlqfLevel::Level6, "6"},
                                          {NlqfLevel::Level7, "7"},
                                          {NlqfLevel::Level8, "8"}}};

const CodeTable<OutcomeDomain, 3> domainCodes{{{OutcomeDomain::Knowledge, "knowledge"},
                                               {OutcomeDomain::Skills, "skills"},
                                               {OutcomeDomain::ResponsibilityAutonomy,
                                                "responsibilityAutonomy"}}};

const CodeTable<BloomLevel, 6> bloomCodes{{{BloomLevel::Remember, "remember"},
                                           {BloomLevel::Understand, "understand"},
                                           {BloomLevel::Apply, "apply"},
                                           {BloomLevel::Analyse, "analyse"},
                                           {BloomLevel::Evaluate, "evaluate"},
                                           {BloomLevel::Create, "create"}}};

const CodeTable<AssessmentType, 10> assessmentCodes{
    {{AssessmentType::WrittenExam, "writtenExam"},
     {AssessmentType::OralExam, "oralExam"},
     {AssessmentType::ReportPaper, "reportPaper"},
     {AssessmentType::BehaviouralAssessment, "behaviouralAssessment"},
     {AssessmentType::ProfessionalProduct, "professionalProduct"},
     {AssessmentType::DevelopmentReport, "developmentReport"},
     {AssessmentType::Portfolio, "portfolio"},
     {AssessmentType::PersonalizedAssessment, "personalizedAssessment"},
     {AssessmentType::PracticalAssessment, "practicalAssessment"},
     {AssessmentType::ProjectWork, "projectWork"}}};

const CodeTable<Supervision, 3> supervisionCodes{
    {{Supervision::UnsupervisedNoIdCheck, "unsupervisedNoIdCheck"},
     {Supervision::SupervisedNoIdCheck, "supervisedNoIdCheck"},
     {Supervision::SupervisedWithIdCheck, "supervisedWithIdCheck"}}};

const CodeTable<Participation, 4> participationCodes{{{Participation::Online, "online"},
                                                      {Participation::Onsite, "onsite"},
                                                      {Participation::Blended, "blended"},
                                                      {Participation::WorkBased, "workBased"}}};

const CodeTable<LearningSetting, 2> learningSettingCodes{{{LearningSetting::Formal, "formal"},
                                                          {LearningSetting::NonFormal, "nonFormal"}}};

const CodeTable<StackabilityKind, 2> stackabilityCodes{
    {{StackabilityKind::StandAlone, "standAlone"}, {StackabilityKind::Stackable, "stackable"}}};

const CodeTable<Status, 7> statusCodes{{{Status::Draft, "draft"},
                                        {Status::InReview, "inReview"},
                                        {Status::Reviewed, "reviewed"},
                                        {Status::ApprovedByExamCommittee, "approvedByExamCommittee"},
                                        {Status::Approved, "approved"},
                                        {Status::Published, "published"},
                                        {Status::Archived, "archived"}}};

const CodeTable<ProgrammeCodeScheme, 3> programmeSchemeCodes{{{ProgrammeCodeScheme::Crebo, "crebo"},
                                                              {ProgrammeCodeScheme::Croho, "croho"},
                                                              {ProgrammeCodeScheme::Other, "other"}}};

const CodeTable<InstitutionIdScheme, 2> institutionSchemeCodes{
    {{InstitutionIdScheme::Brin, "brin"}, {InstitutionIdScheme::Other, "other"}}};

const CodeTable<CriterionStatus, 5> criterionStatusCodes{{{CriterionStatus::Open, "open"},
                                                          {CriterionStatus::InProgress, "inProgress"},
                                                          {CriterionStatus::Met, "met"},
                                                          {CriterionStatus::NotMet, "notMet"},
                                                          {CriterionStatus::NotApplicable, "notApplicable"}}};

} // namespace

#define MCS_ENUM_CODES(Enum, table)                                                                \
    template<>                                                                                     \
    QString EnumCodes<Enum>::toCode(Enum value)                                                    \
    {                                                                                              \
        return codeOf(table, value);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    std::optional<Enum> EnumCodes<Enum>::fromCode(const QString &code)                             \
    {                                                                                              \
        return valueOf(table, code);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    QStringList EnumCodes<Enum>::allCodes()                                                        \
    {                                                                                              \
        return codesOf(table);                                                                     \
    }                                                                                              \
    template<>                                                                                     \
    QList<Enum> EnumCodes<Enum>::allValues()                                                       \
    {                                                                                              \
        return valuesOf(table);                                                                    \
    }

MCS_ENUM_CODES(Sector, sectorCodes)
MCS_ENUM_CODES(NlqfLevel, nlqfCodes)
MCS_ENUM_CODES(OutcomeDomain, domainCodes)
MCS_ENUM_CODES(BloomLevel, bloomCodes)
MCS_ENUM_CODES(AssessmentType, assessmentCodes)
MCS_ENUM_CODES(Supervision, supervisionCodes)
MCS_ENUM_CODES(Participation, participationCodes)
MCS_ENUM_CODES(LearningSetting, learningSettingCodes)
MCS_ENUM_CODES(StackabilityKind, stackabilityCodes)
MCS_ENUM_CODES(Status, statusCodes)
MCS_ENUM_CODES(ProgrammeCodeScheme, programmeSchemeCodes)
MCS_ENUM_CODES(InstitutionIdScheme, institutionSchemeCodes)
MCS_ENUM_CODES(CriterionStatus, criterionStatusCodes)

#undef MCS_ENUM_CODES

} // namespace mcs
