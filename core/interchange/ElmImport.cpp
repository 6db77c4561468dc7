#include "ElmImport.h"

#include "CountryCodes.h"
#include "JsonValues.h"
#include "NqfConcepts.h"
#include "util/IsoDuration.h"
#include "documents/DocumentTexts.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/TextLimits.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace mcs {

namespace {

/// The concept code at the end of a controlled-vocabulary URI.
QString lastSegment(const QJsonValue &concept)
{
    return JsonValues::text(concept.toObject().value(QStringLiteral("id"))).section(QLatin1Char('/'), -1);
}

template<typename E, typename Name>
std::optional<E> byEnglishName(const QString &label, Name name)
{
    const DocumentTexts english(QStringLiteral("en"));
    for (const E value : EnumCodes<E>::allValues()) {
        if (name(english, value) == label)
            return value;
    }
    return std::nullopt;
}

QString subjectOf(const QJsonObject &note)
{
    return JsonValues::text(note.value(QStringLiteral("subject")).toObject().value(QStringLiteral("prefLabel")).toObject().value(QStringLiteral("en")));
}

/// A concept's name: English, Dutch, or whichever language it has.
QString conceptLabel(const QJsonValue &concept)
{
    const QJsonObject label = concept.toObject().value(QStringLiteral("prefLabel")).toObject();
    for (const char *language : {"en", "nl"}) {
        if (const QString text = JsonValues::text(label.value(QLatin1String(language))); !text.isEmpty())
            return text;
    }
    return label.isEmpty() ? QString() : JsonValues::text(label.begin().value());
}

QString joined(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : (b.isEmpty() ? a : a + QStringLiteral("\n\n") + b);
}

AssessmentType assessmentKind(const QString &code)
{
    static const QHash<QString, AssessmentType> kinds{{QStringLiteral("6e6cb2cc78"), AssessmentType::WrittenExam},
                                                      {QStringLiteral("d30284d7df"), AssessmentType::OralExam},
                                                      {QStringLiteral("4f03b91c0e"), AssessmentType::Portfolio},
                                                      {QStringLiteral("6a4db9f11d"), AssessmentType::PracticalAssessment},
                                                      {QStringLiteral("795dac4096"), AssessmentType::ProjectWork}};
    return kinds.value(code, AssessmentType::WrittenExam);
}

/// Study load: from ECTS credits at the program's 28 hours per EC; without
/// credits from volumeOfLearning in hours. A calendar duration is kept as a
/// duration and never turned into hours.
void readStudyLoad(const QJsonObject &q, Microcredential &mc, ImportFacts &facts)
{
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("creditPoint")))) {
        const QJsonObject credit = value.toObject();
        const QJsonValue framework = credit.value(QStringLiteral("framework"));
        const bool ects = lastSegment(framework) == QLatin1String("6fcec5c5af") || conceptLabel(framework).contains(QLatin1String("ECTS"));
        bool ok = false;
        const double points = JsonValues::text(credit.value(QStringLiteral("point"))).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ects && ok && points > 0 && points <= 1000)
            facts.creditsEc = facts.creditsEc.value_or(0) + points;
    }
    const QString volume = JsonValues::text(q.value(QStringLiteral("volumeOfLearning")));
    if (const std::optional<IsoDuration> d = IsoDuration::parse(volume)) {
        if (d->isTimeOnly())
            facts.statedHours = d->timeHours();
        else if (mc.maximumDuration.isEmpty())
            mc.maximumDuration = d->toText(); // the time it takes on the calendar, not study hours
    }
    const QString maximum = JsonValues::text(q.value(QStringLiteral("maximumDuration")));
    if (const std::optional<IsoDuration> d = IsoDuration::parse(maximum)) {
        mc.maximumDuration = d->toText();
        facts.maximumDuration = mc.maximumDuration;
    } else if (!mc.maximumDuration.isEmpty()) {
        facts.maximumDuration = mc.maximumDuration;
    }
    if (facts.creditsEc)
        mc.studyLoadHours = int(std::lround(std::min(*facts.creditsEc, 1000.0) * Microcredential::HoursPerEc));
    else if (facts.statedHours)
        mc.studyLoadHours = int(std::lround(std::min(*facts.statedHours, 100000.0)));
}

/// Accreditations (the quality assurance of the qualification) as text: what,
/// by whom, and where to read it.
void readAccreditation(const QJsonObject &q, Microcredential &mc)
{
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("accreditation")))) {
        const QJsonObject a = value.toObject();
        const LocalizedText title = JsonValues::langString(a.value(QStringLiteral("title")));
        const LocalizedText agent = JsonValues::langString(JsonValues::list(a.value(QStringLiteral("accreditingAgent"))).first().toObject().value(QStringLiteral("legalName")));
        const QString type = conceptLabel(a.value(QStringLiteral("dcType")));
        const QString url = JsonValues::text(JsonValues::list(a.value(QStringLiteral("homepage"))).first().toObject().value(QStringLiteral("contentURL")));
        auto describe = [&](const QString &t, const QString &by) {
            QStringList parts{t.isEmpty() ? type : t};
            if (!by.isEmpty())
                parts.append(QStringLiteral("(") + by + QStringLiteral(")"));
            if (!url.isEmpty())
                parts.append(url);
            parts.removeAll(QString());
            return parts.join(QLatin1Char(' '));
        };
        mc.qualityAssurance.description.nl = joined(mc.qualityAssurance.description.nl, describe(title.nl.isEmpty() ? title.en : title.nl, agent.preferred(QStringLiteral("nl"))));
        mc.qualityAssurance.description.en = joined(mc.qualityAssurance.description.en, describe(title.en.isEmpty() ? title.nl : title.en, agent.preferred(QStringLiteral("en"))));
        if (mc.qualityAssurance.examiningBody.isEmpty())
            mc.qualityAssurance.examiningBody = agent.preferred(QStringLiteral("nl"));
    }
}

/// Durations of the parts of the learning (activities, sub-specifications),
/// for the check that they fit in the whole.
void readPartDurations(const QJsonObject &q, ImportFacts &facts)
{
    for (const char *relation : {"hasPart", "influencedBy", "specialisationOf"}) {
        for (const QJsonValue &value : JsonValues::list(q.value(QLatin1String(relation)))) {
            const QJsonObject part = value.toObject();
            const QString name = JsonValues::langString(part.value(QStringLiteral("title"))).preferred(QStringLiteral("nl"));
            for (const char *property : {"volumeOfLearning", "maximumDuration", "workload"}) {
                const QString duration = JsonValues::text(part.value(QLatin1String(property)));
                if (IsoDuration::parse(duration))
                    facts.partDurations.append({name.isEmpty() ? JsonValues::text(part.value(QStringLiteral("id"))) : name, duration});
            }
        }
    }
}

} // namespace

ImportedDesign ElmImport::read(const QJsonObject &q, const QJsonObject &issuer)
{
    ImportedDesign imported;
    imported.format = ExchangeFormat::Elm;
    ImportFacts &facts = imported.facts;
    Microcredential &mc = imported.design;
    mc = Microcredential::createNew();
    mc.id = JsonValues::idFrom(q.value(QStringLiteral("id")));
    mc.title = JsonValues::langString(q.value(QStringLiteral("title")));
    mc.summary = JsonValues::langString(q.value(QStringLiteral("description")));
    if (q.contains(QStringLiteral("eqfLevel"))) {
        const QString eqf = lastSegment(q.value(QStringLiteral("eqfLevel")));
        if (const int level = eqf.toInt(); level >= 1 && level <= 8 && eqf == QString::number(level))
            mc.eqfLevel = level;
        else
            facts.eqfStated = eqf.isEmpty() ? JsonValues::text(q.value(QStringLiteral("eqfLevel"))) : eqf;
    }
    for (const QJsonValue &level : JsonValues::list(q.value(QStringLiteral("nqfLevel")))) {
        const QString uri = JsonValues::text(level.toObject().value(QStringLiteral("id")));
        const QString label = conceptLabel(level);
        facts.nqfLevelLabel = label;
        if (const std::optional<NlqfLevel> nlqf = NqfConcepts::nlqfFromUri(uri))
            mc.nlqfLevel = nlqf;
        else if (!label.isEmpty() || !uri.isEmpty())
            mc.foreignLevel = label.isEmpty() ? uri : label;
    }
    readStudyLoad(q, mc, facts);
    static const QHash<QString, Participation> modes{{QStringLiteral("920fbb3cbe"), Participation::Online},
                                                     {QStringLiteral("e92d221e4d"), Participation::Blended},
                                                     {QStringLiteral("9191af2ed9"), Participation::Onsite},
                                                     {QStringLiteral("729f3bed4b"), Participation::WorkBased}};
    for (const QJsonValue &mode : JsonValues::list(q.value(QStringLiteral("mode")))) {
        if (modes.contains(lastSegment(mode)))
            mc.participation = modes.value(lastSegment(mode));
    }
    const QString setting = lastSegment(q.value(QStringLiteral("learningSetting")));
    if (setting == QLatin1String("6fd4685715"))
        mc.learningSetting = LearningSetting::Formal;
    else if (setting == QLatin1String("e207a81fc7"))
        mc.learningSetting = LearningSetting::NonFormal;
    if (const QJsonValue partial = q.value(QStringLiteral("isPartialQualification")); partial.isBool())
        mc.partialQualification = partial.toBool();
    for (const QJsonValue &language : JsonValues::list(q.value(QStringLiteral("language")))) {
        const QLocale::Language l = QLocale::codeToLanguage(lastSegment(language).toLower(), QLocale::ISO639Part2T);
        const QString code = QLocale::languageToCode(l, QLocale::ISO639Part1);
        if (l != QLocale::AnyLanguage && code.size() == 2 && !mc.instructionLanguages.contains(code))
            mc.instructionLanguages.append(code);
    }
    for (const QJsonValue &requirement : JsonValues::list(q.value(QStringLiteral("entryRequirement")))) {
        const LocalizedText text = JsonValues::langString(requirement.toObject().value(QStringLiteral("noteLiteral")));
        mc.admissionRequirements.nl = joined(mc.admissionRequirements.nl, text.nl);
        mc.admissionRequirements.en = joined(mc.admissionRequirements.en, text.en);
    }
    readAccreditation(q, mc);
    readPartDurations(q, facts);

    QHash<int, QString> outcomeIds;
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("learningOutcome")))) {
        const QJsonObject o = value.toObject();
        LearningOutcome lo;
        lo.id = JsonValues::idFrom(o.value(QStringLiteral("id")));
        lo.statement = JsonValues::langString(o.value(QStringLiteral("title")));
        for (const char *property : {"relatedESCOSkill", "relatedSkill"}) {
            for (const QJsonValue &skill : JsonValues::list(o.value(QLatin1String(property)))) {
                const QString uri = JsonValues::text(skill.toObject().value(QStringLiteral("id")));
                if (!uri.isEmpty() && lo.skills.size() < TextLimits::MaxListLength)
                    lo.skills.append({uri, conceptLabel(skill)});
            }
        }
        for (const QJsonValue &n : JsonValues::list(o.value(QStringLiteral("additionalNote")))) {
            const QString value2 = JsonValues::langString(n.toObject().value(QStringLiteral("noteLiteral"))).en;
            if (subjectOf(n.toObject()) == QLatin1String("Domain"))
                lo.domain = byEnglishName<OutcomeDomain>(value2, [](const DocumentTexts &t, OutcomeDomain d) { return t.domain(d); });
            else if (subjectOf(n.toObject()) == QLatin1String("Bloom level"))
                lo.bloomLevel = byEnglishName<BloomLevel>(value2, [](const DocumentTexts &t, BloomLevel b) { return t.bloom(b); });
        }
        outcomeIds.insert(int(mc.learningOutcomes.size()) + 1, lo.id);
        mc.learningOutcomes.append(lo);
    }
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("provenBy")))) {
        const QJsonObject s = value.toObject();
        Assessment a;
        a.id = JsonValues::idFrom(s.value(QStringLiteral("id")));
        const LocalizedText title = JsonValues::langString(s.value(QStringLiteral("title")));
        const std::optional<AssessmentType> named = byEnglishName<AssessmentType>(
            title.en, [](const DocumentTexts &t, AssessmentType type) { return t.assessmentType(type); });
        a.type = named.value_or(assessmentKind(lastSegment(s.value(QStringLiteral("dcType")))));
        a.description = JsonValues::langString(s.value(QStringLiteral("description")));
        if (!named) {
            // Another issuer's own name for the assessment says more than our kind.
            a.description.nl = joined(title.nl, a.description.nl);
            a.description.en = joined(title.en, a.description.en);
        }
        for (const QJsonValue &n : JsonValues::list(s.value(QStringLiteral("additionalNote")))) {
            const QString value2 = JsonValues::langString(n.toObject().value(QStringLiteral("noteLiteral"))).en;
            if (subjectOf(n.toObject()) == QLatin1String("Supervision"))
                a.supervision = byEnglishName<Supervision>(value2, [](const DocumentTexts &t, Supervision v) { return t.supervision(v); });
            else if (subjectOf(n.toObject()) == QLatin1String("Outcomes")) {
                for (const QString &number : value2.split(QStringLiteral(", "))) {
                    if (outcomeIds.contains(number.toInt()))
                        a.learningOutcomeIds.append(outcomeIds.value(number.toInt()));
                }
            }
        }
        mc.assessments.append(a);
    }

    QJsonObject body = JsonValues::list(JsonValues::list(q.value(QStringLiteral("awardingOpportunity"))).first().toObject().value(QStringLiteral("awardingBody"))).first().toObject();
    if (!body.contains(QStringLiteral("legalName")))
        body = issuer;
    mc.institution.name = JsonValues::langString(body.value(QStringLiteral("legalName"))).preferred(QStringLiteral("nl"));
    const QJsonObject identifier = JsonValues::list(body.value(QStringLiteral("identifier"))).first().toObject();
    mc.institution.identifier = JsonValues::text(identifier.value(QStringLiteral("notation")));
    if (mc.institution.identifier.isEmpty())
        mc.institution.identifier = JsonValues::text(identifier.value(QStringLiteral("id")));
    mc.institution.identifierScheme = JsonValues::text(identifier.value(QStringLiteral("schemeName"))) == QLatin1String("BRIN") ? InstitutionIdScheme::Brin
                                                                                                                     : InstitutionIdScheme::Other;
    const QJsonObject location = JsonValues::list(body.value(QStringLiteral("location"))).first().toObject();
    mc.institution.region = JsonValues::langString(location.value(QStringLiteral("description"))).preferred(QStringLiteral("nl"));
    const QString alpha3 = lastSegment(JsonValues::list(location.value(QStringLiteral("address"))).first().toObject().value(QStringLiteral("countryCode")));
    mc.institution.country = CountryCodes::alpha2(alpha3);
    facts.issuerCountry = mc.institution.country;
    mc.furtherInformationUrl = JsonValues::text(JsonValues::list(q.value(QStringLiteral("homepage"))).first().toObject().value(QStringLiteral("contentURL")));
    if (!mc.furtherInformationUrl.startsWith(QLatin1String("http")))
        mc.furtherInformationUrl.clear();
    const QDateTime changed = Timestamp::fromText(JsonValues::text(q.value(QStringLiteral("dateModified"))));
    if (changed.isValid())
        mc.changed = changed;

    const DocumentTexts nl(QStringLiteral("nl"));
    bool sectorStated = false;
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("additionalNote")))) {
        const QString subject = subjectOf(value.toObject());
        const LocalizedText note = JsonValues::langString(value.toObject().value(QStringLiteral("noteLiteral")));
        if (subject == QLatin1String("Target group"))
            mc.targetGroup = note;
        else if (subject == QLatin1String("Prior knowledge"))
            mc.priorKnowledge = note;
        else if (subject == QLatin1String("How admission is tested"))
            mc.admissionTesting = note;
        else if (subject == QLatin1String("Grading"))
            mc.grading = note;
        else if (subject == QLatin1String("Industry"))
            mc.industry = note;
        else if (subject == QLatin1String("Labour-market value"))
            mc.labourMarketValue = note;
        else if (subject == QLatin1String("Further information"))
            mc.furtherInformation = note;
        else if (subject == QLatin1String("Regional partners"))
            mc.regionalPartners = note.nl.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        else if (subject == QLatin1String("Sector")) {
            mc.sector = byEnglishName<Sector>(note.en, [](const DocumentTexts &t, Sector s) { return t.sector(s); }).value_or(Sector::Other);
            sectorStated = true;
        }
        else if (subject == QLatin1String("Level in another framework"))
            mc.foreignLevel = note.en.isEmpty() ? note.nl : note.en;
        else if (subject == QLatin1String("Level") && note.en.startsWith(QLatin1String("NLQF")))
            mc.nlqfLevel = note.en.contains(QLatin1String("entry")) ? std::optional<NlqfLevel>(NlqfLevel::Entry)
                                                                     : fromCode<NlqfLevel>(note.en.section(QLatin1Char(' '), -1));
        else if (subject == QLatin1String("Validity")) {
            const int months = note.en.section(QLatin1Char(' '), 0, 0).toInt();
            mc.validityMonths = months > 0 ? std::optional<int>(months) : std::nullopt;
        } else if (subject == QLatin1String("Stackability")) {
            if (note.en == QLatin1String("Stand-alone")) {
                mc.stackability.kind = StackabilityKind::StandAlone;
            } else {
                mc.stackability.kind = StackabilityKind::Stackable;
                const QString prefix = QStringLiteral("Stackable towards: ");
                const QString prefixNl = nl("Stackable towards: %1").section(QStringLiteral("%1"), 0, 0);
                mc.stackability.towards = {note.nl.startsWith(prefixNl) ? note.nl.mid(prefixNl.size()) : QString(),
                                           note.en.startsWith(prefix) ? note.en.mid(prefix.size()) : QString()};
            }
        } else if (subject == QLatin1String("Programme codes")) {
            for (const QString &code : note.en.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                mc.programmeCodes.append({fromCode<ProgrammeCodeScheme>(code.section(QLatin1Char(' '), 0, 0).toLower()).value_or(ProgrammeCodeScheme::Other),
                                          code.section(QLatin1Char(' '), 1)});
        } else if (subject == QLatin1String("Quality assurance")) {
            QStringList nlParts;
            QStringList enParts;
            const QString framework = QStringLiteral("Quality framework: ");
            const QString bodyPrefix = QStringLiteral("Examining body: ");
            for (const QString &p : note.en.split(QStringLiteral("\n\n"))) {
                if (p.startsWith(bodyPrefix))
                    mc.qualityAssurance.examiningBody = p.mid(bodyPrefix.size());
                else if (p.startsWith(framework)) {
                    // "Name (version)": the version the design was checked against.
                    static const QRegularExpression version(QStringLiteral("\\(([^)]*)\\)$"));
                    const QRegularExpressionMatch m = version.match(p);
                    for (const QualityFramework &f : FrameworkLibrary::builtIn()) {
                        if (p.mid(framework.size()).startsWith(f.name.en)) {
                            mc.qualityAssurance.frameworkId = f.id;
                            mc.qualityAssurance.frameworkVersion = m.hasMatch() ? m.captured(1) : f.version;
                        }
                    }
                } else {
                    enParts.append(p);
                }
            }
            for (const QString &p : note.nl.split(QStringLiteral("\n\n"))) {
                if (!p.startsWith(nl("Examining body")) && !p.startsWith(nl("Quality framework")))
                    nlParts.append(p);
            }
            mc.qualityAssurance.description = {nlParts.join(QStringLiteral("\n\n")), enParts.join(QStringLiteral("\n\n"))};
        } else if (!subject.isEmpty()) {
            imported.dropped.append(subject);
        }
    }
    imported.notCarried = {tr("the review checklists"), tr("status, version and authors")};
    if (!sectorStated) {
        // ELM has no sector: another country's credential is "other"; a Dutch
        // one in credits is higher education, one in hours mbo.
        if (!mc.institution.country.isEmpty() && mc.institution.country != QLatin1String("NL"))
            mc.sector = Sector::Other;
        else if (facts.creditsEc)
            mc.sector = Sector::Hbo;
        else
            mc.sector = Sector::Mbo;
        imported.notCarried.append(tr("the sector (set to %1 from the issuer's country and the study load's unit)")
                                       .arg(toCode(mc.sector)));
    }
    return imported;
}

} // namespace mcs
