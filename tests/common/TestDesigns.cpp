#include "TestDesigns.h"

namespace mcs::test {

namespace {
LocalizedText text(const char *nl, const char *en)
{
    return {QString::fromUtf8(nl), QString::fromUtf8(en)};
}
} // namespace

Microcredential TestDesigns::full()
{
    Microcredential mc;
    mc.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    mc.title = text("Zorg & welzijn: cliëntgericht rapporteren <b>x</b>", "Care & welfare: client-centred reporting");
    mc.summary = text("Een samenvatting met \"aanhalingstekens\",\nregels en € 125,-.", "A summary with 'quotes'.");
    mc.sector = Sector::Hbo;
    mc.institution = {QStringLiteral("Hogeschool Ëindhoven"), QStringLiteral("30GB"),
                      InstitutionIdScheme::Other, QStringLiteral("NL"), QStringLiteral("Noord-Brabant")};
    mc.targetGroup = text("Doelgroep: verpleegkundigen", "Target group: nurses");
    mc.priorKnowledge = text("Voorkennis: hbo-werk- en denkniveau", "Prior knowledge: bachelor level");
    mc.admissionRequirements = text("Toelating: diploma", "Admission: a diploma");
    mc.admissionTesting = text("Intakegesprek", "Intake interview");
    mc.studyLoadHours = 140;
    mc.eqfLevel = 6;
    mc.nlqfLevel = NlqfLevel::Level6;
    mc.learningOutcomes = {
        {QStringLiteral("11111111-1111-4111-8111-111111111111"),
         text("De student analyseert zorgdossiers volgens de SOAP-methode.", "The student analyses care records using SOAP."),
         OutcomeDomain::Skills, BloomLevel::Analyse,
         {{QStringLiteral("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"), QStringLiteral("Python")}}},
        {QStringLiteral("22222222-2222-4222-8222-222222222222"),
         text("De student beoordeelt rapportages op privacy (AVG).", "The student evaluates reports for privacy (GDPR)."),
         std::nullopt, BloomLevel::Evaluate,
         {{QStringLiteral("https://sfia-online.org/en/sfia-8/skills/information-security"), QStringLiteral("Information security")}}},
        {QStringLiteral("33333333-3333-4333-8333-333333333333"),
         text("De student ontwerpt een rapportageprotocol.", "The student designs a reporting protocol."),
         OutcomeDomain::ResponsibilityAutonomy, std::nullopt, {}},
    };
    mc.assessments = {
        {QStringLiteral("44444444-4444-4444-8444-444444444444"), AssessmentType::Portfolio,
         text("Portfolio met drie rapportages", "Portfolio of three reports"),
         {QStringLiteral("11111111-1111-4111-8111-111111111111"), QStringLiteral("22222222-2222-4222-8222-222222222222")},
         Supervision::SupervisedWithIdCheck},
        {QStringLiteral("55555555-5555-4555-8555-555555555555"), AssessmentType::OralExam,
         text("Criteriumgericht interview", "Criterion-based interview"),
         {QStringLiteral("33333333-3333-4333-8333-333333333333")}, std::nullopt},
    };
    mc.participation = Participation::Blended;
    mc.instructionLanguages = {QStringLiteral("nl"), QStringLiteral("en")};
    mc.learningSetting = LearningSetting::NonFormal;
    mc.maximumDuration = QStringLiteral("P6M");
    mc.partialQualification = false;
    mc.qualityAssurance = {QStringLiteral("hbo-wo"), QStringLiteral("2023"),
                           QStringLiteral("Examencommissie Gezondheidszorg"),
                           text("Borging volgens het kwaliteitskader", "Assured under the framework")};
    mc.industry = text("Zorg", "Healthcare");
    mc.labourMarketValue = text("Gevraagd door ziekenhuizen", "Sought by hospitals");
    mc.regionalPartners = {QStringLiteral("Catharina Ziekenhuis"), QStringLiteral("Zorggroep Ülke")};
    mc.stackability = {StackabilityKind::Stackable, text("Master Advanced Nursing Practice", "Master Advanced Nursing Practice")};
    mc.grading = text("Voldaan / niet voldaan", "Pass / fail");
    mc.validityMonths = 36;
    mc.programmeCodes = {{ProgrammeCodeScheme::Croho, QStringLiteral("34560")},
                         {ProgrammeCodeScheme::Other, QStringLiteral("X-1")}};
    mc.furtherInformation = text("Meer informatie volgt.", "More information follows.");
    mc.furtherInformationUrl = QStringLiteral("https://example.org/mc?a=1&b=2");
    Checklist &checklist = mc.checklistFor(QStringLiteral("hbo-wo"), QStringLiteral("2022"));
    const QDateTime edited(QDate(2026, 2, 10), QTime(10, 0, 0, 500), Qt::UTC);
    checklist.setStatus(QStringLiteral("hbo-wo.C1"), CriterionStatus::Met, QStringLiteral("Anouk de Vries"), edited);
    checklist.setText(QStringLiteral("hbo-wo.C1"), QStringLiteral("evidence"), QStringLiteral("5 EC, zie studiegids § 2"),
                      QStringLiteral("Anouk de Vries"), edited);
    checklist.setEvidenceLinks(QStringLiteral("hbo-wo.C1"), {QStringLiteral("https://example.org/studiegids")},
                               QStringLiteral("Anouk de Vries"), edited);
    checklist.setText(QStringLiteral("hbo-wo.C7"), QStringLiteral("reviewerComment"), QStringLiteral("Toetsmatrix <ok>"),
                      QStringLiteral("Joël Bakker"), edited.addSecs(60));
    checklist.items[0].criterionDigest = QStringLiteral("0123456789ab");
    checklist.signOff(QStringLiteral("Joël Bakker"), edited.addSecs(120));
    mc.status = Status::InReview;
    mc.version = 3;
    mc.authors = {QStringLiteral("Anouk de Vries"), QStringLiteral("Joël Bakker")};
    mc.created = QDateTime(QDate(2026, 1, 5), QTime(8, 30, 0, 125), Qt::UTC);
    mc.changed = QDateTime(QDate(2026, 2, 14), QTime(16, 45, 9, 7), Qt::UTC);
    return mc;
}

Microcredential TestDesigns::minimal()
{
    Microcredential mc;
    mc.id = QStringLiteral("6fa459ea-ee8a-4ca4-894e-db77e160355e");
    mc.title = text("Alleen een titel", "");
    mc.institution.country.clear();
    mc.created = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    mc.changed = mc.created;
    return mc;
}

} // namespace mcs::test
