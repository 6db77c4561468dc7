#include "InterchangeWriter.h"

#include "format/McdesignWriter.h"

#include "CountryCodes.h"
#include "EducredentialsProfile.h"
#include "EuropassCredentialWriter.h"
#include "InterchangeTexts.h"
#include "NqfConcepts.h"
#include "frameworks/FrameworkLibrary.h"
#include "model/StudyLoad.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mcs {

namespace {

const QString Snb = QStringLiteral("http://data.europa.eu/snb/");

QJsonArray typeList(const char *type)
{
    return QJsonArray{QString::fromLatin1(type)};
}

QJsonObject langString(const LocalizedText &text)
{
    QJsonObject o;
    if (!text.nl.isEmpty())
        o.insert(QStringLiteral("nl"), text.nl);
    if (!text.en.isEmpty())
        o.insert(QStringLiteral("en"), text.en);
    return o;
}

QJsonObject concept(const QString &id, const QString &scheme, const QString &labelEn)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), QStringLiteral("Concept")},
                       {QStringLiteral("inScheme"), QJsonObject{{QStringLiteral("id"), scheme}, {QStringLiteral("type"), QStringLiteral("ConceptScheme")}}},
                       {QStringLiteral("prefLabel"), QJsonObject{{QStringLiteral("en"), labelEn}}}};
}

/// A note with a subject label in both languages; none when the text is empty.
std::optional<QJsonObject> note(const char *subjectEn, const LocalizedText &text)
{
    const QJsonObject literal = langString(text);
    if (literal.isEmpty())
        return std::nullopt;
    QJsonObject n{{QStringLiteral("type"), QStringLiteral("Note")}, {QStringLiteral("noteLiteral"), literal}};
    if (subjectEn) {
        const DocumentTexts nl(QStringLiteral("nl"));
        n.insert(QStringLiteral("subject"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Concept")},
                             {QStringLiteral("prefLabel"), QJsonObject{{QStringLiteral("nl"), nl(subjectEn)},
                                                                       {QStringLiteral("en"), QString::fromLatin1(subjectEn)}}}});
    }
    return n;
}

QString ecText(int hours)
{
    return StudyLoad::ecText(hours, QLocale::c());
}

QJsonValue ecValue(int hours)
{
    const double ec = InterchangeTexts::ecNumber(hours);
    return ec == std::floor(ec) ? QJsonValue(int(ec)) : QJsonValue(ec);
}

/// Both languages of a text the DocumentTexts compose (labels, names).
template<typename F>
LocalizedText both(F compose)
{
    return {compose(DocumentTexts(QStringLiteral("nl"))), compose(DocumentTexts(QStringLiteral("en")))};
}

QString languageCode3(const QString &code, QString *nameEn)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    *nameEn = QLocale::languageToString(language);
    return QLocale::languageToCode(language, QLocale::ISO639Part2T).toUpper();
}

QJsonArray ob3Context()
{
    return {QStringLiteral("https://www.w3.org/ns/credentials/v2"), QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            EducredentialsProfile::contextUrl()};
}

/// The schemas a credential says it follows: 1EdTech's, and the Dutch profile's
/// when the design is within the profile's bounds.
QJsonArray credentialSchemas(const Microcredential &mc)
{
    auto schema = [](const QString &id) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("1EdTechJsonSchemaValidator2019")}};
    };
    QJsonArray schemas{schema(QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json"))};
    if (EducredentialsProfile::withinBounds(mc)) {
        const QString base = QStringLiteral("https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/schemas/");
        schemas.append(schema(base + QStringLiteral("microcredential.json")));
        schemas.append(schema(base + (mc.countsInEc() ? QStringLiteral("microcredential_ects.json") : QStringLiteral("microcredential_sbu.json"))));
    }
    return schemas;
}

} // namespace

QStringList InterchangeWriter::findings(const Microcredential &mc, ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::Ob3Achievement:
    case ExchangeFormat::Ob3Credential:
        return EducredentialsProfile::exportFindings(mc);
    case ExchangeFormat::Mcdesign:
    case ExchangeFormat::Edubadges:
    case ExchangeFormat::Elm:
    case ExchangeFormat::ElmCredential:
    case ExchangeFormat::Csv:
        break;
    }
    return {};
}

QByteArray InterchangeWriter::toBytes(const Microcredential &mc, ExchangeFormat format)
{
    QJsonObject root;
    switch (format) {
    case ExchangeFormat::Edubadges:
        root = edubadges(mc);
        break;
    case ExchangeFormat::Ob3Achievement:
        root = ob3Achievement(mc);
        break;
    case ExchangeFormat::Ob3Credential:
        root = ob3Credential(mc);
        break;
    case ExchangeFormat::Elm:
        root = elmQualification(mc);
        break;
    case ExchangeFormat::ElmCredential:
        root = EuropassCredentialWriter::credential(mc);
        break;
    case ExchangeFormat::Mcdesign:
        return McdesignWriter::toBytes(mc);
    case ExchangeFormat::Csv:
        // A spreadsheet is made of catalogue rows (OverviewCsv), not of one design.
        Q_ASSERT_X(false, "InterchangeWriter::toBytes", "CSV is written by OverviewCsv");
        return {};
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject InterchangeWriter::ob3Achievement(const Microcredential &mc, bool withContext)
{
    const InterchangeTexts texts(mc);
    const DocumentTexts &nl = texts.dutch();
    QJsonArray alignment;
    if (mc.eqfLevel) {
        const QString level = QString::number(*mc.eqfLevel);
        alignment.append(QJsonObject{{QStringLiteral("type"), typeList("Alignment")},
                                     {QStringLiteral("targetType"), QStringLiteral("ext:EQF")},
                                     {QStringLiteral("targetFramework"), QStringLiteral("European Qualifications Framework")},
                                     {QStringLiteral("targetCode"), level},
                                     {QStringLiteral("targetName"), nl("EQF level %1").arg(level)},
                                     {QStringLiteral("targetUrl"), Snb + QStringLiteral("eqf/") + level}});
    }
    for (const LearningOutcome &lo : mc.learningOutcomes) {
        QJsonObject a{{QStringLiteral("type"), typeList("Alignment")},
                      {QStringLiteral("targetType"), QStringLiteral("ext:LearningOutcome")},
                      {QStringLiteral("targetName"), InterchangeTexts::oneLine(lo.statement.preferred(QStringLiteral("nl")))},
                      {QStringLiteral("targetUrl"), QStringLiteral("urn:uuid:") + lo.id}};
        QStringList description;
        if (lo.domain)
            description.append(nl("Domain") + QStringLiteral(": ") + nl.domain(lo.domain));
        if (lo.bloomLevel)
            description.append(nl("Bloom level") + QStringLiteral(": ") + nl.bloom(lo.bloomLevel));
        if (!description.isEmpty())
            a.insert(QStringLiteral("targetDescription"), description.join(QStringLiteral(" · ")));
        alignment.append(a);
    }
    QJsonObject creator{{QStringLiteral("id"), texts.institutionId()},
                        {QStringLiteral("type"), typeList("Profile")},
                        {QStringLiteral("name"), mc.institution.name}};
    if (!mc.institution.identifier.isEmpty()) {
        creator.insert(QStringLiteral("otherIdentifier"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("IdentifierEntry")},
                                              {QStringLiteral("identifier"), mc.institution.identifier},
                                              {QStringLiteral("identifierType"), mc.institution.identifierScheme == InstitutionIdScheme::Brin
                                                                                     ? QStringLiteral("ext:BRIN")
                                                                                     : QStringLiteral("identifier")}}});
    }
    QJsonObject address{{QStringLiteral("type"), typeList("Address")}};
    if (!mc.institution.country.isEmpty())
        address.insert(QStringLiteral("addressCountryCode"), mc.institution.country);
    if (!mc.institution.region.isEmpty())
        address.insert(QStringLiteral("addressRegion"), mc.institution.region);
    if (address.size() > 1)
        creator.insert(QStringLiteral("address"), address);

    QJsonObject achievement;
    if (withContext)
        achievement.insert(QStringLiteral("@context"), ob3Context());
    achievement.insert(QStringLiteral("id"), texts.designUrn());
    achievement.insert(QStringLiteral("type"), typeList("Achievement"));
    achievement.insert(QStringLiteral("achievementType"), QStringLiteral("MicroCredential"));
    achievement.insert(QStringLiteral("name"), mc.title.preferred(QStringLiteral("nl")));
    achievement.insert(QStringLiteral("description"), texts.composedDescription(QStringLiteral("ob3")));
    achievement.insert(QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), texts.outcomesMarkdown()}});
    achievement.insert(QStringLiteral("inLanguage"), QStringLiteral("nl"));
    achievement.insert(QStringLiteral("version"), QString::number(mc.version));
    achievement.insert(QStringLiteral("tag"), QJsonArray{toCode(mc.sector)});
    achievement.insert(QStringLiteral("creator"), creator);
    if (mc.studyLoadHours > 0)
        achievement.insert(QStringLiteral("creditsAvailable"), ecValue(mc.studyLoadHours));
    if (!mc.programmeCodes.isEmpty()) {
        QJsonArray codes;
        for (const ProgrammeCode &code : mc.programmeCodes)
            codes.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("IdentifierEntry")},
                                     {QStringLiteral("identifier"), code.code},
                                     {QStringLiteral("identifierType"), QStringLiteral("ext:") + toCode(code.scheme).toUpper()}});
        achievement.insert(QStringLiteral("otherIdentifier"), codes);
    }
    if (!alignment.isEmpty())
        achievement.insert(QStringLiteral("alignment"), alignment);
    EducredentialsProfile::addTerms(mc, achievement);
    return achievement;
}

QJsonObject InterchangeWriter::ob3Credential(const Microcredential &mc)
{
    const InterchangeTexts texts(mc);
    // A template: the issuing system fills in the learner, the dates and the proof.
    const QString validFrom = QStringLiteral("1970-01-01T00:00:00Z");
    QJsonObject credential{
        {QStringLiteral("@context"), ob3Context()},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000000")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), mc.title.preferred(QStringLiteral("nl"))},
        {QStringLiteral("description"), mc.summary.preferred(QStringLiteral("nl"))},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), texts.institutionId()},
                                               {QStringLiteral("type"), typeList("Profile")},
                                               {QStringLiteral("name"), mc.institution.name}}},
        {QStringLiteral("validFrom"), validFrom},
        {QStringLiteral("credentialSchema"), credentialSchemas(mc)},
        {QStringLiteral("credentialSubject"), QJsonObject{{QStringLiteral("id"), QStringLiteral("did:example:learner")},
                                                          {QStringLiteral("type"), typeList("AchievementSubject")},
                                                          {QStringLiteral("achievement"), ob3Achievement(mc, false)}}}};
    if (mc.validityMonths) {
        const QDateTime until = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).addMonths(*mc.validityMonths);
        credential.insert(QStringLiteral("validUntil"), until.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    }
    return credential;
}

QJsonObject InterchangeWriter::edubadges(const Microcredential &mc)
{
    const InterchangeTexts texts(mc);
    const DocumentTexts &nl = texts.dutch();
    auto extension = [](const char *name, const char *field, const QJsonValue &value) {
        const QString n = QString::fromLatin1(name);
        return QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/extensions/%1/context.json").arg(n)},
                           {QStringLiteral("type"), QJsonArray{QStringLiteral("Extension"), QStringLiteral("extensions:") + n}},
                           {QString::fromLatin1(field), value}};
    };
QJsonObject badge{{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
                      {QStringLiteral("type"), QStringLiteral("BadgeClass")},
                      {QStringLiteral("id"), texts.designUrn()},
                      {QStringLiteral("name"), mc.title.preferred(QStringLiteral("nl"))},
                      {QStringLiteral("description"), texts.composedDescription(QStringLiteral("edubadges"))},
                      {QStringLiteral("image"), InterchangeTexts::badgeImage()},
                      {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), texts.outcomesMarkdown()}}},
                      {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), texts.institutionId()},
                                                             {QStringLiteral("type"), QStringLiteral("Issuer")},
                                                             {QStringLiteral("name"), mc.institution.name}}},
                      {QStringLiteral("tags"), QJsonArray{toCode(mc.sector)}},
                      {QStringLiteral("typeBadgeClass"), QStringLiteral("micro_credential")}};
    if (mc.eqfLevel) {
        const QString level = QString::number(*mc.eqfLevel);
        badge.insert(QStringLiteral("alignment"),
                     QJsonArray{QJsonObject{{QStringLiteral("targetName"), nl("EQF level %1").arg(level)},
                                            {QStringLiteral("targetUrl"), Snb + QStringLiteral("eqf/") + level},
                                            {QStringLiteral("targetFramework"), QStringLiteral("European Qualifications Framework")},
                                            {QStringLiteral("targetCode"), level}}});
        badge.insert(QStringLiteral("extensions:EQFExtension"), extension("EQFExtension", "EQF", *mc.eqfLevel));
    }
    for (const QString &language : mc.instructionLanguages) {
        if (language == QLatin1String("nl") || language == QLatin1String("en")) {
            badge.insert(QStringLiteral("extensions:LanguageExtension"),
                         extension("LanguageExtension", "Language", language == QLatin1String("nl") ? QStringLiteral("nl_NL") : QStringLiteral("en_EN")));
            break;
        }
    }
    if (mc.sector == Sector::Hbo || mc.sector == Sector::Wo)
        badge.insert(QStringLiteral("extensions:ECTSExtension"),
                     extension("ECTSExtension", "ECTS", std::round(StudyLoad::ec(mc.studyLoadHours) * 2.0) / 2.0));
    else if (mc.studyLoadHours > 0)
        badge.insert(QStringLiteral("extensions:StudyLoadExtension"), extension("StudyLoadExtension", "StudyLoad", mc.studyLoadHours));
    if (!mc.learningOutcomes.isEmpty())
        badge.insert(QStringLiteral("extensions:LearningOutcomeExtension"),
                     extension("LearningOutcomeExtension", "LearningOutcome", texts.outcomesMarkdown()));
    QJsonArray codes;
    for (const ProgrammeCode &code : mc.programmeCodes) {
        bool numeric = false;
        const int value = code.code.toInt(&numeric);
        if (numeric && code.scheme != ProgrammeCodeScheme::Other)
            codes.append(value);
    }
    if (!codes.isEmpty())
        badge.insert(QStringLiteral("extensions:EducationProgramIdentifierExtension"),
                     extension("EducationProgramIdentifierExtension", "EducationProgramIdentifier",
                               codes.size() == 1 ? codes.first() : QJsonValue(codes)));
    if (mc.participation) {
        static const QHash<Participation, QString> participation{{Participation::Online, QStringLiteral("online")},
                                                                 {Participation::Onsite, QStringLiteral("onsite")},
                                                                 {Participation::Blended, QStringLiteral("blended")},
                                                                 {Participation::WorkBased, QStringLiteral("work_experience")}};
        badge.insert(QStringLiteral("participation"), participation.value(*mc.participation));
    }
    if (!mc.assessments.isEmpty()) {
        static const QHash<AssessmentType, QString> types{
            {AssessmentType::WrittenExam, QStringLiteral("written_exam")}, {AssessmentType::OralExam, QStringLiteral("oram_exam")},
            {AssessmentType::ReportPaper, QStringLiteral("report_paper")},
            {AssessmentType::BehaviouralAssessment, QStringLiteral("behavioural_assessment")},
            {AssessmentType::ProfessionalProduct, QStringLiteral("professional_product")},
            {AssessmentType::DevelopmentReport, QStringLiteral("development_report")},
            {AssessmentType::Portfolio, QStringLiteral("portfolio_assessment")},
            {AssessmentType::PersonalizedAssessment, QStringLiteral("personalized_assessment")},
            {AssessmentType::PracticalAssessment, QStringLiteral("behavioural_assessment")},
            {AssessmentType::ProjectWork, QStringLiteral("professional_product")}};
        badge.insert(QStringLiteral("assessmentType"), types.value(mc.assessments.first().type));
        bool supervised = true;
        bool verified = true;
        for (const Assessment &a : mc.assessments) {
            supervised = supervised && (a.supervision == Supervision::SupervisedNoIdCheck || a.supervision == Supervision::SupervisedWithIdCheck);
            verified = verified && a.supervision == Supervision::SupervisedWithIdCheck;
        }
        badge.insert(QStringLiteral("assessmentSupervised"), supervised);
        badge.insert(QStringLiteral("assessmentIdVerified"), verified);
    }
    const QualityFramework *framework = FrameworkLibrary::find(mc.qualityAssurance.frameworkId);
    if (!texts.frameworkText(nl).isEmpty())
        badge.insert(QStringLiteral("qualityAssuranceName"), framework ? nl.pick(framework->name) : texts.frameworkText(nl));
    if (framework && !framework->sourceUrl.isEmpty())
        badge.insert(QStringLiteral("qualityAssuranceUrl"), framework->sourceUrl);
    if (!texts.qualityAssuranceText(nl, false).isEmpty())
        badge.insert(QStringLiteral("qualityAssuranceDescription"), texts.qualityAssuranceText(nl, false));
    badge.insert(QStringLiteral("gradeAchievedRequired"), false);
    badge.insert(QStringLiteral("stackable"), mc.stackability.kind == StackabilityKind::Stackable);
    badge.insert(QStringLiteral("eqfNlqfLevelVerified"), false);
    return badge;
}

QJsonObject InterchangeWriter::elmQualification(const Microcredential &mc)
{
    const InterchangeTexts texts(mc);
    QJsonObject q{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                                                          QStringLiteral("http://data.europa.eu/snb/model/context/edc-ap")}},
                  {QStringLiteral("id"), texts.designUrn()},
                  {QStringLiteral("type"), QStringLiteral("Qualification")},
                  {QStringLiteral("title"), langString(mc.title)}};
    if (!langString(mc.summary).isEmpty())
        q.insert(QStringLiteral("description"), langString(mc.summary));
    if (mc.eqfLevel) {
        const QString level = QString::number(*mc.eqfLevel);
        q.insert(QStringLiteral("eqfLevel"), concept(Snb + QStringLiteral("eqf/") + level, Snb + QStringLiteral("eqf/25831c2"),
                                                     QStringLiteral("EQF level ") + level));
    }
    if (mc.nlqfLevel)
        q.insert(QStringLiteral("nqfLevel"), QJsonArray{concept(NqfConcepts::nlqfUri(*mc.nlqfLevel), NqfConcepts::schemeUri(),
                                                                 NqfConcepts::nlqfLabel(*mc.nlqfLevel))});
    if (!mc.maximumDuration.isEmpty())
        q.insert(QStringLiteral("maximumDuration"), mc.maximumDuration);
    if (mc.partialQualification)
        q.insert(QStringLiteral("isPartialQualification"), *mc.partialQualification);
    if (mc.studyLoadHours > 0) {
        q.insert(QStringLiteral("volumeOfLearning"), QStringLiteral("PT%1H").arg(mc.studyLoadHours));
        q.insert(QStringLiteral("creditPoint"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("CreditPoint")},
                                        {QStringLiteral("framework"), concept(Snb + QStringLiteral("education-credit/6fcec5c5af"),
                                                                              Snb + QStringLiteral("education-credit/25831c2"),
                                                                              QStringLiteral("European Credit Transfer and Accumulation System (ECTS)"))},
                                        {QStringLiteral("point"), ecText(mc.studyLoadHours)}}});
    }
    if (mc.participation) {
        static const QHash<Participation, std::pair<const char *, const char *>> modes{
            {Participation::Online, {"920fbb3cbe", "Online"}}, {Participation::Blended, {"e92d221e4d", "Blended"}},
            {Participation::Onsite, {"9191af2ed9", "On site"}}, {Participation::WorkBased, {"729f3bed4b", "Work-based"}}};
        const auto mode = modes.value(*mc.participation);
        q.insert(QStringLiteral("mode"), QJsonArray{concept(Snb + QStringLiteral("learning-assessment/") + QString::fromLatin1(mode.first),
                                                            Snb + QStringLiteral("learning-assessment/25831c2"), QString::fromLatin1(mode.second))});
    }
    // Microcredentials are non-formal learning unless the design says otherwise.
    const bool formal = mc.learningSetting == LearningSetting::Formal;
    q.insert(QStringLiteral("learningSetting"), concept(Snb + (formal ? QStringLiteral("learning-setting/6fd4685715") : QStringLiteral("learning-setting/e207a81fc7")),
                                                        Snb + QStringLiteral("learning-setting/25831c2"),
                                                        formal ? QStringLiteral("Formal learning") : QStringLiteral("Non-formal learning")));
    QJsonArray languages;
    for (const QString &code : mc.instructionLanguages) {
        QString name;
        const QString code3 = languageCode3(code, &name);
        if (!code3.isEmpty())
            languages.append(concept(QStringLiteral("http://publications.europa.eu/resource/authority/language/") + code3,
                                     QStringLiteral("http://publications.europa.eu/resource/authority/language"), name));
    }
    if (!languages.isEmpty())
        q.insert(QStringLiteral("language"), languages);
    if (!langString(mc.admissionRequirements).isEmpty())
        q.insert(QStringLiteral("entryRequirement"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Note")},
                                                                 {QStringLiteral("noteLiteral"), langString(mc.admissionRequirements)}});
    QJsonArray outcomes;
    QHash<QString, int> outcomeNumber;
    for (qsizetype i = 0; i < mc.learningOutcomes.size(); ++i) {
        const LearningOutcome &lo = mc.learningOutcomes.at(i);
        outcomeNumber.insert(lo.id, int(i) + 1);
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("urn:uuid:") + lo.id},
                      {QStringLiteral("type"), QStringLiteral("LearningOutcome")},
                      {QStringLiteral("title"), langString(lo.statement)}};
        QJsonArray esco;
        QJsonArray other;
        for (const SkillLink &skill : lo.skills) {
            QJsonObject c{{QStringLiteral("id"), skill.uri}, {QStringLiteral("type"), QStringLiteral("Concept")}};
            if (!skill.label.isEmpty())
                c.insert(QStringLiteral("prefLabel"), QJsonObject{{QStringLiteral("en"), skill.label}});
            (skill.uri.startsWith(QLatin1String("http://data.europa.eu/esco/")) ? esco : other).append(c);
        }
        if (!esco.isEmpty())
            o.insert(QStringLiteral("relatedESCOSkill"), esco);
        if (!other.isEmpty())
            o.insert(QStringLiteral("relatedSkill"), other);
        QJsonArray notes;
        if (lo.domain)
            notes.append(*note("Domain", both([&](const DocumentTexts &t) { return t.domain(lo.domain); })));
        if (lo.bloomLevel)
            notes.append(*note("Bloom level", both([&](const DocumentTexts &t) { return t.bloom(lo.bloomLevel); })));
        if (!notes.isEmpty())
            o.insert(QStringLiteral("additionalNote"), notes);
        outcomes.append(o);
    }
    if (!outcomes.isEmpty())
        q.insert(QStringLiteral("learningOutcome"), outcomes);
    QJsonArray proven;
    for (const Assessment &a : mc.assessments) {
        static const QHash<AssessmentType, std::pair<const char *, const char *>> kinds{
            {AssessmentType::WrittenExam, {"6e6cb2cc78", "Written exam"}}, {AssessmentType::ReportPaper, {"6e6cb2cc78", "Written exam"}},
            {AssessmentType::OralExam, {"d30284d7df", "Oral exam"}}, {AssessmentType::Portfolio, {"4f03b91c0e", "Portfolio"}},
            {AssessmentType::DevelopmentReport, {"4f03b91c0e", "Portfolio"}},
            {AssessmentType::BehaviouralAssessment, {"6a4db9f11d", "Practical assessment"}},
            {AssessmentType::PersonalizedAssessment, {"6a4db9f11d", "Practical assessment"}},
            {AssessmentType::PracticalAssessment, {"6a4db9f11d", "Practical assessment"}},
            {AssessmentType::ProfessionalProduct, {"795dac4096", "Project work"}}, {AssessmentType::ProjectWork, {"795dac4096", "Project work"}}};
        const auto kind = kinds.value(a.type);
        QJsonObject s{{QStringLiteral("id"), QStringLiteral("urn:uuid:") + a.id},
                      {QStringLiteral("type"), QStringLiteral("LearningAssessmentSpecification")},
                      {QStringLiteral("title"), langString(both([&](const DocumentTexts &t) { return t.assessmentType(a.type); }))},
                      {QStringLiteral("dcType"), concept(Snb + QStringLiteral("assessment/") + QString::fromLatin1(kind.first),
                                                         Snb + QStringLiteral("assessment/25831c2"), QString::fromLatin1(kind.second))}};
        if (!langString(a.description).isEmpty())
            s.insert(QStringLiteral("description"), langString(a.description));
        QJsonArray notes;
        if (a.supervision)
            notes.append(*note("Supervision", both([&](const DocumentTexts &t) { return t.supervision(a.supervision); })));
        QStringList numbers;
        for (const QString &id : a.learningOutcomeIds) {
            if (outcomeNumber.contains(id))
                numbers.append(QString::number(outcomeNumber.value(id)));
        }
        if (!numbers.isEmpty())
            notes.append(*note("Outcomes", {numbers.join(QLatin1String(", ")), numbers.join(QLatin1String(", "))}));
        if (!notes.isEmpty())
            s.insert(QStringLiteral("additionalNote"), notes);
        proven.append(s);
    }
    if (!proven.isEmpty())
        q.insert(QStringLiteral("provenBy"), proven);

    QJsonObject organisation{{QStringLiteral("id"), texts.institutionId()},
                             {QStringLiteral("type"), QStringLiteral("Organisation")},
                             {QStringLiteral("legalName"), QJsonObject{{QStringLiteral("nl"), mc.institution.name}}}};
    if (!mc.institution.identifier.isEmpty())
        organisation.insert(QStringLiteral("identifier"),
                            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Identifier")},
                                                   {QStringLiteral("notation"), mc.institution.identifier},
                                                   {QStringLiteral("schemeName"), mc.institution.identifierScheme == InstitutionIdScheme::Brin
                                                                                      ? QStringLiteral("BRIN") : QStringLiteral("other")}}});
    const QString country = mc.institution.country.isEmpty() ? QStringLiteral("NL") : mc.institution.country;
    const QString alpha3 = CountryCodes::alpha3(country);
    const QString countryName = CountryCodes::englishName(country);
    QJsonObject location{{QStringLiteral("type"), QStringLiteral("Location")}};
    if (!alpha3.isEmpty())
        location.insert(QStringLiteral("address"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Address")},
                                               {QStringLiteral("countryCode"), concept(QStringLiteral("http://publications.europa.eu/resource/authority/country/") + alpha3,
                                                                                       QStringLiteral("http://publications.europa.eu/resource/authority/country"), countryName)}}});
    if (!mc.institution.region.isEmpty())
        location.insert(QStringLiteral("description"), QJsonObject{{QStringLiteral("nl"), mc.institution.region}, {QStringLiteral("en"), mc.institution.region}});
    organisation.insert(QStringLiteral("location"), QJsonArray{location});
    q.insert(QStringLiteral("awardingOpportunity"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("AwardingOpportunity")},
                                                                          {QStringLiteral("awardingBody"), QJsonArray{organisation}}}});
    if (!mc.furtherInformationUrl.isEmpty())
        q.insert(QStringLiteral("homepage"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("WebResource")},
                                                                   {QStringLiteral("contentURL"), mc.furtherInformationUrl}}});
    q.insert(QStringLiteral("dateModified"), Timestamp::toText(mc.changed));

    // What ELM has no property for travels as notes, in both languages.
    QStringList codes;
    for (const ProgrammeCode &code : mc.programmeCodes)
        codes.append(QStringLiteral("%1 %2").arg(toCode(code.scheme).toUpper(), code.code));
    const QList<std::pair<const char *, LocalizedText>> notes{
        {"Level", mc.nlqfLevel ? both([&](const DocumentTexts &t) { return t.level(std::nullopt, mc.nlqfLevel); }) : LocalizedText()},
        {"Level in another framework", {mc.foreignLevel, mc.foreignLevel}},
        {"Sector", both([&](const DocumentTexts &t) { return t.sector(mc.sector); })},
        {"Target group", mc.targetGroup},
        {"Prior knowledge", mc.priorKnowledge},
        {"How admission is tested", mc.admissionTesting},
        {"Grading", mc.grading},
        {"Industry", mc.industry},
        {"Labour-market value", mc.labourMarketValue},
        {"Regional partners", {mc.regionalPartners.join(QLatin1String(", ")), mc.regionalPartners.join(QLatin1String(", "))}},
        {"Quality assurance", both([&](const DocumentTexts &t) { return texts.qualityAssuranceText(t, true); })},
        {"Stackability", both([&](const DocumentTexts &t) { return texts.stackabilityText(t); })},
        {"Validity", both([&](const DocumentTexts &t) { return texts.validityText(t); })},
        {"Programme codes", {codes.join(QLatin1String(", ")), codes.join(QLatin1String(", "))}},
        {"Further information", mc.furtherInformation},
    };
    QJsonArray additional;
    for (const auto &[subject, text] : notes) {
        if (const std::optional<QJsonObject> n = note(subject, text))
            additional.append(*n);
    }
    if (!additional.isEmpty())
        q.insert(QStringLiteral("additionalNote"), additional);
    return q;
}

} // namespace mcs
