#include "ElmImport.h"

#include "JsonValues.h"
#include "documents/DocumentTexts.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/TextLimits.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

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

} // namespace

ImportedDesign ElmImport::read(const QJsonObject &q)
{
    ImportedDesign imported;
    imported.format = ExchangeFormat::Elm;
    Microcredential &mc = imported.design;
    mc = Microcredential::createNew();
    mc.id = JsonValues::idFrom(q.value(QStringLiteral("id")));
    mc.title = JsonValues::langString(q.value(QStringLiteral("title")));
    mc.summary = JsonValues::langString(q.value(QStringLiteral("description")));
    if (const int eqf = lastSegment(q.value(QStringLiteral("eqfLevel"))).toInt(); eqf >= 1 && eqf <= 8)
        mc.eqfLevel = eqf;
    static const QRegularExpression hours(QStringLiteral("^PT(\\d+)H$"));
    if (const QRegularExpressionMatch m = hours.match(JsonValues::text(q.value(QStringLiteral("volumeOfLearning")))); m.hasMatch())
        mc.studyLoadHours = std::min(100000, m.captured(1).toInt());
    static const QHash<QString, Participation> modes{{QStringLiteral("920fbb3cbe"), Participation::Online},
                                                     {QStringLiteral("e92d221e4d"), Participation::Blended},
                                                     {QStringLiteral("9191af2ed9"), Participation::Onsite},
                                                     {QStringLiteral("729f3bed4b"), Participation::WorkBased}};
    for (const QJsonValue &mode : JsonValues::list(q.value(QStringLiteral("mode")))) {
        if (modes.contains(lastSegment(mode)))
            mc.participation = modes.value(lastSegment(mode));
    }
    for (const QJsonValue &language : JsonValues::list(q.value(QStringLiteral("language")))) {
        const QLocale::Language l = QLocale::codeToLanguage(lastSegment(language).toLower(), QLocale::ISO639Part2T);
        const QString code = QLocale::languageToCode(l, QLocale::ISO639Part1);
        if (l != QLocale::AnyLanguage && code.size() == 2)
            mc.instructionLanguages.append(code);
    }
    mc.admissionRequirements = JsonValues::langString(q.value(QStringLiteral("entryRequirement")).toObject().value(QStringLiteral("noteLiteral")));

    QHash<int, QString> outcomeIds;
    for (const QJsonValue &value : JsonValues::list(q.value(QStringLiteral("learningOutcome")))) {
        const QJsonObject o = value.toObject();
        LearningOutcome lo;
        lo.id = JsonValues::idFrom(o.value(QStringLiteral("id")));
        lo.statement = JsonValues::langString(o.value(QStringLiteral("title")));
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
        a.type = byEnglishName<AssessmentType>(JsonValues::langString(s.value(QStringLiteral("title"))).en,
                                               [](const DocumentTexts &t, AssessmentType type) { return t.assessmentType(type); })
                     .value_or(AssessmentType::WrittenExam);
        a.description = JsonValues::langString(s.value(QStringLiteral("description")));
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

    const QJsonObject body = JsonValues::list(JsonValues::list(q.value(QStringLiteral("awardingOpportunity"))).first().toObject().value(QStringLiteral("awardingBody"))).first().toObject();
    mc.institution.name = JsonValues::langString(body.value(QStringLiteral("legalName"))).preferred(QStringLiteral("nl"));
    const QJsonObject identifier = JsonValues::list(body.value(QStringLiteral("identifier"))).first().toObject();
    mc.institution.identifier = JsonValues::text(identifier.value(QStringLiteral("notation")));
    mc.institution.identifierScheme = JsonValues::text(identifier.value(QStringLiteral("schemeName"))) == QLatin1String("BRIN") ? InstitutionIdScheme::Brin
                                                                                                                     : InstitutionIdScheme::Other;
    const QJsonObject location = JsonValues::list(body.value(QStringLiteral("location"))).first().toObject();
    mc.institution.region = JsonValues::langString(location.value(QStringLiteral("description"))).preferred(QStringLiteral("nl"));
    const QString alpha3 = lastSegment(JsonValues::list(location.value(QStringLiteral("address"))).first().toObject().value(QStringLiteral("countryCode")));
    static const QHash<QString, QString> countries{{QStringLiteral("NLD"), QStringLiteral("NL")}, {QStringLiteral("BEL"), QStringLiteral("BE")},
                                                   {QStringLiteral("DEU"), QStringLiteral("DE")}, {QStringLiteral("FRA"), QStringLiteral("FR")},
                                                   {QStringLiteral("LUX"), QStringLiteral("LU")}, {QStringLiteral("GBR"), QStringLiteral("GB")}};
    mc.institution.country = countries.value(alpha3);
    mc.furtherInformationUrl = JsonValues::text(JsonValues::list(q.value(QStringLiteral("homepage"))).first().toObject().value(QStringLiteral("contentURL")));
    if (!mc.furtherInformationUrl.startsWith(QLatin1String("http")))
        mc.furtherInformationUrl.clear();
    const QDateTime changed = Timestamp::fromText(JsonValues::text(q.value(QStringLiteral("dateModified"))));
    if (changed.isValid())
        mc.changed = changed;

    const DocumentTexts nl(QStringLiteral("nl"));
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
        else if (subject == QLatin1String("Sector"))
            mc.sector = byEnglishName<Sector>(note.en, [](const DocumentTexts &t, Sector s) { return t.sector(s); }).value_or(Sector::Other);
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
    return imported;
}

} // namespace mcs
