#include "InterchangeReader.h"

#include "EducredentialsProfile.h"
#include "ElmImport.h"
#include "JsonValues.h"
#include "documents/DocumentTexts.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/TextLimits.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace mcs {

namespace {

const DocumentTexts &dutch()
{
    static const DocumentTexts texts(QStringLiteral("nl"));
    return texts;
}

/// The value of an enum whose Dutch display name (from `name`) equals `label`.
template<typename E, typename Name>
std::optional<E> byName(const QString &label, Name name)
{
    for (const E value : EnumCodes<E>::allValues()) {
        if (name(value).compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

/// "## Heading\n\ntext" sections of a description, by heading; the text before
/// the first heading is the summary.
struct Sections
{
    QString summary;
    QHash<QString, QString> byHeading;
    QString take(const char *label)
    {
        return byHeading.take(dutch()(label));
    }
};

Sections sectionsOf(const QString &description)
{
    Sections s;
    const QStringList parts = (QStringLiteral("\n\n") + description).split(QStringLiteral("\n\n## "));
    s.summary = parts.value(0).trimmed();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype end = parts.at(i).indexOf(QStringLiteral("\n\n"));
        const QString heading = parts.at(i).left(end < 0 ? parts.at(i).size() : end).trimmed();
        s.byHeading.insert(heading, end < 0 ? QString() : parts.at(i).mid(end + 2).trimmed());
    }
    return s;
}

QList<LearningOutcome> outcomesFromMarkdown(const QString &markdown)
{
    QList<LearningOutcome> outcomes;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString statement = line.trimmed().remove(QRegularExpression(QStringLiteral("^[-*]\\s*")));
        if (statement.isEmpty())
            continue;
        LearningOutcome outcome;
        outcome.id = Microcredential::newId();
        outcome.statement.nl = statement;
        outcomes.append(outcome);
    }
    return outcomes;
}

/// "- Type (Supervision): description" lines, as InterchangeTexts writes them.
QList<Assessment> assessmentsFromMarkdown(const QString &markdown)
{
    static const QRegularExpression pattern(QStringLiteral("^-\\s*([^(:]+?)\\s*(?:\\(([^)]*)\\))?\\s*(?::\\s*(.*))?$"));
    QList<Assessment> assessments;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = pattern.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        Assessment a;
        a.id = Microcredential::newId();
        a.type = byName<AssessmentType>(m.captured(1), [](AssessmentType t) { return dutch().assessmentType(t); })
                     .value_or(AssessmentType::WrittenExam);
        a.supervision = byName<Supervision>(m.captured(2), [](Supervision s) { return dutch().supervision(s); });
        a.description.nl = m.captured(3).trimmed();
        assessments.append(a);
    }
    return assessments;
}

/// The elements that OB3 and edubadges carry in their description.
void readSections(Sections &s, Microcredential &mc)
{
    mc.summary.nl = s.summary;
    mc.targetGroup.nl = s.take("Target group");
    mc.priorKnowledge.nl = s.take("Prior knowledge");
    mc.admissionRequirements.nl = s.take("Admission requirements");
    mc.admissionTesting.nl = s.take("How admission is tested");
    mc.grading.nl = s.take("Grading");
    mc.industry.nl = s.take("Industry");
    mc.labourMarketValue.nl = s.take("Labour-market value");
    const QString partners = s.take("Regional partners");
    if (!partners.isEmpty()) {
        mc.regionalPartners = partners.split(QStringLiteral(", "));
    }
    if (const QString assessments = s.take("Assessment"); !assessments.isEmpty())
        mc.assessments = assessmentsFromMarkdown(assessments);
    const QString validity = s.take("Validity");
    static const QRegularExpression months(QStringLiteral("^(\\d+)\\s"));
    if (const QRegularExpressionMatch m = months.match(validity); m.hasMatch())
        mc.validityMonths = m.captured(1).toInt();
    const QString stackability = s.take("Stackability");
    const QString towardsPrefix = dutch()("Stackable towards: %1").section(QStringLiteral("%1"), 0, 0);
    if (stackability == dutch()("Stand-alone")) {
        mc.stackability.kind = StackabilityKind::StandAlone;
    } else if (stackability.startsWith(towardsPrefix) || stackability == dutch()("Stackable")) {
        mc.stackability.kind = StackabilityKind::Stackable;
        mc.stackability.towards.nl = stackability.mid(stackability == dutch()("Stackable") ? stackability.size() : towardsPrefix.size());
    }
    QStringList further = s.take("Further information").split(QStringLiteral("\n\n"));
    if (!further.isEmpty() && further.last().startsWith(QLatin1String("http"))) {
        mc.furtherInformationUrl = further.takeLast();
    }
    mc.furtherInformation.nl = further.join(QStringLiteral("\n\n"));
    QStringList qa = s.take("Quality assurance").split(QStringLiteral("\n\n"));
    const QString bodyPrefix = dutch()("Examining body") + QStringLiteral(": ");
    const QString frameworkPrefix = dutch()("Quality framework") + QStringLiteral(": ");
    QStringList description;
    for (const QString &paragraph : qa) {
        if (paragraph.startsWith(bodyPrefix))
            mc.qualityAssurance.examiningBody = paragraph.mid(bodyPrefix.size());
        else if (!paragraph.startsWith(frameworkPrefix))
            description.append(paragraph);
    }
    mc.qualityAssurance.description.nl = description.join(QStringLiteral("\n\n")).trimmed();
    const QString load = s.take("Study load");
    static const QRegularExpression hours(QStringLiteral("^(\\d+) SBU|\\((\\d+) "));
    if (const QRegularExpressionMatch m = hours.match(load); m.hasMatch())
        mc.studyLoadHours = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
    const QString participation = s.take("Form of participation");
    if (!participation.isEmpty())
        mc.participation = byName<Participation>(participation, [](Participation p) { return dutch().participation(p); });
    const QString level = s.take("Level");
    static const QRegularExpression nlqf(QStringLiteral("NLQF-niveau (\\S+)"));
    if (const QRegularExpressionMatch m = nlqf.match(level); m.hasMatch())
        mc.nlqfLevel = fromCode<NlqfLevel>(m.captured(1));
    else if (level.contains(dutch()("NLQF entry level")))
        mc.nlqfLevel = NlqfLevel::Entry;
    s.take("Languages of instruction"); // also in a field of its own (inLanguage, LanguageExtension)
}

void readInstitution(const QJsonObject &o, Institution &institution)
{
    institution.name = JsonValues::text(o.value(QStringLiteral("name")));
    const QString id = JsonValues::text(o.value(QStringLiteral("id")));
    if (id.startsWith(QLatin1String("urn:brin:"))) {
        institution.identifier = QUrl::fromPercentEncoding(id.mid(9).toUtf8());
        institution.identifierScheme = InstitutionIdScheme::Brin;
    }
    const QJsonObject other = o.value(QStringLiteral("otherIdentifier")).toArray().first().toObject();
    if (!other.isEmpty()) {
        institution.identifier = JsonValues::text(other.value(QStringLiteral("identifier")));
        institution.identifierScheme = JsonValues::text(other.value(QStringLiteral("identifierType"))) == QLatin1String("ext:BRIN")
                                           ? InstitutionIdScheme::Brin
                                           : InstitutionIdScheme::Other;
    }
    const QJsonObject address = o.value(QStringLiteral("address")).toObject();
    institution.country = JsonValues::text(address.value(QStringLiteral("addressCountryCode"))).left(2);
    institution.region = JsonValues::text(address.value(QStringLiteral("addressRegion")));
}

const QualityFramework *frameworkNamed(const QString &name)
{
    for (const QualityFramework &framework : FrameworkLibrary::builtIn()) {
        if (name.startsWith(framework.name.nl) || name.startsWith(framework.name.en))
            return &framework;
    }
    return nullptr;
}

ImportedDesign fromOb3(QJsonObject achievement)
{
    QJsonObject issuer;
    if (achievement.contains(QStringLiteral("credentialSubject"))) {
        issuer = achievement.value(QStringLiteral("issuer")).toObject();
        achievement = achievement.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("achievement")).toObject();
    }
    ImportedDesign imported;
    imported.format = ExchangeFormat::Ob3Achievement;
    Microcredential &mc = imported.design;
    mc = Microcredential::createNew();
    mc.id = JsonValues::idFrom(achievement.value(QStringLiteral("id")));
    mc.title.nl = JsonValues::text(achievement.value(QStringLiteral("name")));
    Sections sections = sectionsOf(JsonValues::text(achievement.value(QStringLiteral("description"))));
    readSections(sections, mc);
    mc.version = std::max(1, JsonValues::text(achievement.value(QStringLiteral("version"))).toInt());
    mc.sector = fromCode<Sector>(JsonValues::text(achievement.value(QStringLiteral("tag")).toArray().first())).value_or(Sector::Other);
    // The achievement's creator, else the credential's issuer.
    readInstitution(achievement.contains(QStringLiteral("creator")) ? achievement.value(QStringLiteral("creator")).toObject() : issuer,
                    mc.institution);
    imported.facts.issuerCountry = mc.institution.country;
    if (mc.studyLoadHours == 0)
        mc.studyLoadHours = int(std::lround(achievement.value(QStringLiteral("creditsAvailable")).toDouble() * Microcredential::HoursPerEc));
    const QString language = JsonValues::text(achievement.value(QStringLiteral("inLanguage")));
    if (language.size() >= 2)
        mc.instructionLanguages = {language.left(2).toLower()};
    for (const QJsonValue &value : JsonValues::list(achievement.value(QStringLiteral("otherIdentifier")))) {
        const QString type = JsonValues::text(value.toObject().value(QStringLiteral("identifierType"))).remove(QStringLiteral("ext:")).toLower();
        mc.programmeCodes.append({fromCode<ProgrammeCodeScheme>(type).value_or(ProgrammeCodeScheme::Other),
                                  JsonValues::text(value.toObject().value(QStringLiteral("identifier")))});
    }
    QList<LearningOutcome> outcomes;
    for (const QJsonValue &value : JsonValues::list(achievement.value(QStringLiteral("alignment")))) {
        const QJsonObject a = value.toObject();
        const QString type = JsonValues::text(a.value(QStringLiteral("targetType")));
        if (type == QLatin1String("ext:LearningOutcome")) {
            LearningOutcome lo;
            lo.id = JsonValues::idFrom(a.value(QStringLiteral("targetUrl")));
            lo.statement.nl = JsonValues::text(a.value(QStringLiteral("targetName")));
            for (const QString &part : JsonValues::text(a.value(QStringLiteral("targetDescription"))).split(QStringLiteral(" · "))) {
                const QString value2 = part.section(QStringLiteral(": "), 1);
                if (part.startsWith(dutch()("Domain")))
                    lo.domain = byName<OutcomeDomain>(value2, [](OutcomeDomain d) { return dutch().domain(d); });
                else if (part.startsWith(dutch()("Bloom level")))
                    lo.bloomLevel = byName<BloomLevel>(value2, [](BloomLevel b) { return dutch().bloom(b); });
            }
            outcomes.append(lo);
        }
    }
    mc.learningOutcomes = outcomes.isEmpty()
                              ? outcomesFromMarkdown(JsonValues::text(achievement.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("narrative"))))
                              : outcomes;
    imported.notCarried = {InterchangeReader::tr("English texts"), InterchangeReader::tr("which assessment assesses which outcome"),
                           InterchangeReader::tr("skills linked to learning outcomes"),
                           InterchangeReader::tr("maximum duration, learning setting and partial qualification"),
                           InterchangeReader::tr("the review checklists"), InterchangeReader::tr("status and authors")};
    imported.dropped = sections.byHeading.keys();
    EducredentialsProfile::readTerms(achievement, imported);
    return imported;
}

ImportedDesign fromEdubadges(const QJsonObject &badge)
{
    ImportedDesign imported = fromOb3(QJsonObject{{QStringLiteral("id"), badge.value(QStringLiteral("id"))},
                                                  {QStringLiteral("name"), badge.value(QStringLiteral("name"))},
                                                  {QStringLiteral("description"), badge.value(QStringLiteral("description"))},
                                                  {QStringLiteral("tag"), badge.value(QStringLiteral("tags"))},
                                                  {QStringLiteral("criteria"), badge.value(QStringLiteral("criteria"))}});
    imported.format = ExchangeFormat::Edubadges;
    Microcredential &mc = imported.design;
    readInstitution(badge.value(QStringLiteral("issuer")).toObject(), mc.institution);
    const auto extension = [&badge](const char *name, const char *field) {
        return badge.value(QStringLiteral("extensions:") + QString::fromLatin1(name)).toObject().value(QString::fromLatin1(field));
    };
    if (const int eqf = extension("EQFExtension", "EQF").toInt(); eqf >= 1 && eqf <= 8)
        mc.eqfLevel = eqf;
    if (const int load = extension("StudyLoadExtension", "StudyLoad").toInt(); load > 0)
        mc.studyLoadHours = load;
    else if (const double ects = extension("ECTSExtension", "ECTS").toDouble(); ects > 0)
        mc.studyLoadHours = int(std::lround(ects * Microcredential::HoursPerEc));
    const QString language = JsonValues::text(extension("LanguageExtension", "Language"));
    if (language.size() >= 2)
        mc.instructionLanguages = {language.left(2).toLower()};
    for (const QJsonValue &code : JsonValues::list(extension("EducationProgramIdentifierExtension", "EducationProgramIdentifier")).isEmpty()
                                      ? QJsonArray{extension("EducationProgramIdentifierExtension", "EducationProgramIdentifier")}
                                      : JsonValues::list(extension("EducationProgramIdentifierExtension", "EducationProgramIdentifier"))) {
        if (code.isDouble())
            mc.programmeCodes.append({mc.sector == Sector::Mbo ? ProgrammeCodeScheme::Crebo : ProgrammeCodeScheme::Croho,
                                      QString::number(qint64(code.toDouble()))});
    }
    static const QHash<QString, Participation> participation{{QStringLiteral("online"), Participation::Online},
                                                             {QStringLiteral("onsite"), Participation::Onsite},
                                                             {QStringLiteral("blended"), Participation::Blended},
                                                             {QStringLiteral("work_experience"), Participation::WorkBased}};
    const QString mode = JsonValues::text(badge.value(QStringLiteral("participation")));
    if (participation.contains(mode))
        mc.participation = participation.value(mode);
    if (const QualityFramework *framework = frameworkNamed(JsonValues::text(badge.value(QStringLiteral("qualityAssuranceName"))))) {
        mc.qualityAssurance.frameworkId = framework->id;
        mc.qualityAssurance.frameworkVersion = framework->version;
    }
    QStringList qa = JsonValues::text(badge.value(QStringLiteral("qualityAssuranceDescription"))).split(QStringLiteral("\n\n"));
    const QString bodyPrefix = dutch()("Examining body") + QStringLiteral(": ");
    if (!qa.isEmpty() && qa.last().startsWith(bodyPrefix))
        mc.qualityAssurance.examiningBody = qa.takeLast().mid(bodyPrefix.size());
    mc.qualityAssurance.description.nl = qa.join(QStringLiteral("\n\n")).trimmed();
    if (badge.value(QStringLiteral("stackable")).toBool() && !mc.stackability.kind)
        mc.stackability.kind = StackabilityKind::Stackable;
    imported.notCarried.append(InterchangeReader::tr("identifiers of learning outcomes and assessments"));
    return imported;
}

} // namespace

Result<ImportedDesign> InterchangeReader::read(ExchangeFormat format, const QJsonObject &root, const QString &sourceName)
{
    ImportedDesign imported;
    switch (format) {
    case ExchangeFormat::Edubadges:
        imported = fromEdubadges(root);
        break;
    case ExchangeFormat::Ob3Achievement:
    case ExchangeFormat::Ob3Credential:
        imported = fromOb3(root);
        break;
    case ExchangeFormat::Elm:
        imported = ElmImport::read(root);
        break;
    case ExchangeFormat::Mcdesign:
    case ExchangeFormat::ElmCredential: // EuropassImport: a credential may hold several designs
    case ExchangeFormat::Csv:
        return Result<ImportedDesign>::failure(tr("%1: unknown format").arg(sourceName));
    }
    if (imported.design.title.isEmpty())
        return Result<ImportedDesign>::failure(tr("%1: the %2 file has no title: not a microcredential").arg(sourceName, ExchangeFormats::displayName(format)));
    return Result<ImportedDesign>::success(std::move(imported));
}

} // namespace mcs
