#include "McdesignReader.h"

#include "ChecklistJson.h"
#include "JsonFieldReader.h"
#include "McdesignWriter.h"
#include "util/FileInput.h"
#include "util/IsoDuration.h"
#include "util/TextLimits.h"
#include "util/Utf8.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace mcs {

namespace {

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

/// Reads and checks an identifier (a UUID in canonical lowercase form).
QString readId(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString id = r.string(o, QStringLiteral("id"), path);
    if (!r.failed()) {
        if (!Microcredential::isValidId(id))
            r.fail(path + QLatin1String(".id"),
                   McdesignReader::tr("must be a lowercase UUID such as "
                                      "3f2b8c1e-5d4a-4e8b-9c7d-1a2b3c4d5e6f"));
    }
    return id;
}

QList<SkillLink> readSkills(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString listPath = path + QLatin1String(".skills");
    const QJsonArray list = r.array(o, QStringLiteral("skills"), path);
    QList<SkillLink> result;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString itemPath = indexed(listPath, i);
        const QJsonObject item = r.element(list, i, listPath);
        r.expectKeys(item, JsonFieldReader::keyList({"label", "uri"}), itemPath);
        SkillLink skill{r.string(item, QStringLiteral("uri"), itemPath), r.string(item, QStringLiteral("label"), itemPath)};
        if (!r.failed() && !QUrl(skill.uri, QUrl::StrictMode).isValid())
            r.fail(itemPath + QLatin1String(".uri"), McdesignReader::tr("must be the address (URI) of a skill"));
        if (!r.failed() && skill.uri.isEmpty())
            r.fail(itemPath + QLatin1String(".uri"), McdesignReader::tr("must be the address (URI) of a skill"));
        result.append(skill);
    }
    return result;
}

QList<LearningOutcome> readOutcomes(JsonFieldReader &r, const QJsonObject &o, const QString &path, int formatVersion)
{
    const QString listPath = path + QLatin1String(".learningOutcomes");
    const QJsonArray list = r.array(o, QStringLiteral("learningOutcomes"), path);
    QList<LearningOutcome> result;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString itemPath = indexed(listPath, i);
        const QJsonObject item = r.element(list, i, listPath);
        QStringList keys = JsonFieldReader::keyList({"bloomLevel", "domain", "id", "statement"});
        if (formatVersion >= 3)
            keys.append(QStringLiteral("skills"));
        r.expectKeys(item, keys, itemPath);
        LearningOutcome outcome;
        outcome.id = readId(r, item, itemPath);
        outcome.statement = r.localized(item, QStringLiteral("statement"), itemPath);
        outcome.domain = r.optionalEnum<OutcomeDomain>(item, QStringLiteral("domain"), itemPath);
        outcome.bloomLevel = r.optionalEnum<BloomLevel>(item, QStringLiteral("bloomLevel"), itemPath);
        if (formatVersion >= 3)
            outcome.skills = readSkills(r, item, itemPath);
        result.append(outcome);
    }
    return result;
}

QList<Assessment> readAssessments(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString listPath = path + QLatin1String(".assessments");
    const QJsonArray list = r.array(o, QStringLiteral("assessments"), path);
    QList<Assessment> result;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString itemPath = indexed(listPath, i);
        const QJsonObject item = r.element(list, i, listPath);
        r.expectKeys(item, JsonFieldReader::keyList({"description", "id", "learningOutcomeIds", "supervision", "type"}),
                     itemPath);
        Assessment assessment;
        assessment.id = readId(r, item, itemPath);
        assessment.type = r.requiredEnum<AssessmentType>(item, QStringLiteral("type"), itemPath,
                                                         AssessmentType::WrittenExam);
        assessment.description = r.localized(item, QStringLiteral("description"), itemPath);
        assessment.learningOutcomeIds = r.stringList(item, QStringLiteral("learningOutcomeIds"),
                                                     itemPath);
        for (qsizetype k = 0; k < assessment.learningOutcomeIds.size() && !r.failed(); ++k) {
            if (!Microcredential::isValidId(assessment.learningOutcomeIds.at(k)))
                r.fail(QStringLiteral("%1.learningOutcomeIds[%2]").arg(itemPath).arg(k),
                       McdesignReader::tr("must be the id of a learning outcome"));
        }
        assessment.supervision = r.optionalEnum<Supervision>(item, QStringLiteral("supervision"),
                                                             itemPath);
        result.append(assessment);
    }
    return result;
}

QList<ProgrammeCode> readProgrammeCodes(JsonFieldReader &r, const QJsonObject &o,
                                        const QString &path)
{
    const QString listPath = path + QLatin1String(".programmeCodes");
    const QJsonArray list = r.array(o, QStringLiteral("programmeCodes"), path);
    QList<ProgrammeCode> result;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString itemPath = indexed(listPath, i);
        const QJsonObject item = r.element(list, i, listPath);
        r.expectKeys(item, JsonFieldReader::keyList({"code", "scheme"}), itemPath);
        ProgrammeCode code;
        code.scheme = r.requiredEnum<ProgrammeCodeScheme>(item, QStringLiteral("scheme"), itemPath,
                                                          ProgrammeCodeScheme::Other);
        code.code = r.string(item, QStringLiteral("code"), itemPath);
        result.append(code);
    }
    return result;
}

Institution readInstitution(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString objectPath = path + QLatin1String(".institution");
    const QJsonObject item = r.object(o, QStringLiteral("institution"), path);
    r.expectKeys(item, JsonFieldReader::keyList({"country", "identifier", "identifierScheme", "name", "region"}),
                 objectPath);
    Institution institution;
    institution.name = r.string(item, QStringLiteral("name"), objectPath);
    institution.identifier = r.string(item, QStringLiteral("identifier"), objectPath);
    institution.identifierScheme = r.requiredEnum<InstitutionIdScheme>(
        item, QStringLiteral("identifierScheme"), objectPath, InstitutionIdScheme::Other);
    institution.country = r.string(item, QStringLiteral("country"), objectPath);
    institution.region = r.string(item, QStringLiteral("region"), objectPath);
    static const QRegularExpression countryPattern(QStringLiteral("^([A-Z]{2})?$"));
    if (!r.failed() && !countryPattern.match(institution.country).hasMatch())
        r.fail(objectPath + QLatin1String(".country"),
               McdesignReader::tr("must be a two-letter country code such as NL"));
    return institution;
}

QualityAssurance readQualityAssurance(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString objectPath = path + QLatin1String(".qualityAssurance");
    const QJsonObject item = r.object(o, QStringLiteral("qualityAssurance"), path);
    r.expectKeys(item, JsonFieldReader::keyList({"description", "examiningBody", "frameworkId", "frameworkVersion"}),
                 objectPath);
    QualityAssurance qa;
    qa.frameworkId = r.string(item, QStringLiteral("frameworkId"), objectPath);
    qa.frameworkVersion = r.string(item, QStringLiteral("frameworkVersion"), objectPath);
    qa.examiningBody = r.string(item, QStringLiteral("examiningBody"), objectPath);
    qa.description = r.localized(item, QStringLiteral("description"), objectPath);
    return qa;
}

Stackability readStackability(JsonFieldReader &r, const QJsonObject &o, const QString &path)
{
    const QString objectPath = path + QLatin1String(".stackability");
    const QJsonObject item = r.object(o, QStringLiteral("stackability"), path);
    r.expectKeys(item, JsonFieldReader::keyList({"kind", "towards"}), objectPath);
    Stackability stackability;
    stackability.kind = r.optionalEnum<StackabilityKind>(item, QStringLiteral("kind"), objectPath);
    stackability.towards = r.localized(item, QStringLiteral("towards"), objectPath);
    return stackability;
}

void checkLanguages(JsonFieldReader &r, const QStringList &languages, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}$"));
    for (qsizetype i = 0; i < languages.size() && !r.failed(); ++i) {
        if (!pattern.match(languages.at(i)).hasMatch())
            r.fail(indexed(path, i), McdesignReader::tr("must be a two-letter language code such as nl"));
    }
}

void checkUrl(JsonFieldReader &r, const QString &url, const QString &path)
{
    if (r.failed() || url.isEmpty())
        return;
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        r.fail(path, McdesignReader::tr("must be empty or a web address starting with https://"));
}

Microcredential readMicrocredential(JsonFieldReader &r, const QJsonObject &o, int formatVersion)
{
    const QString path = QStringLiteral("microcredential");
    QStringList expected = JsonFieldReader::keyList({"admissionRequirements", "admissionTesting", "assessments", "authors",
                       "changed", "created", "eqfLevel", "furtherInformation",
                       "furtherInformationUrl", "grading", "id", "industry", "institution",
                       "instructionLanguages", "labourMarketValue", "learningOutcomes",
                       "nlqfLevel", "participation", "priorKnowledge", "programmeCodes",
                       "qualityAssurance", "regionalPartners", "sector", "stackability",
                       "status", "studyLoadHours", "summary", "targetGroup", "title",
                       "validityMonths", "version"});
    if (formatVersion >= 2)
        expected.append(QStringLiteral("checklists"));
    if (formatVersion >= 3)
        expected.append(JsonFieldReader::keyList({"foreignLevel", "learningSetting", "maximumDuration", "noAdmissionRequirements",
                                                  "noPriorKnowledge", "partialQualification"}));
    r.expectKeys(o, expected, path);
    Microcredential mc;
    mc.id = readId(r, o, path);
    mc.title = r.localized(o, QStringLiteral("title"), path);
    mc.summary = r.localized(o, QStringLiteral("summary"), path);
    mc.sector = r.requiredEnum<Sector>(o, QStringLiteral("sector"), path, Sector::Other);
    mc.institution = readInstitution(r, o, path);
    mc.targetGroup = r.localized(o, QStringLiteral("targetGroup"), path);
    mc.priorKnowledge = r.localized(o, QStringLiteral("priorKnowledge"), path);
    mc.admissionRequirements = r.localized(o, QStringLiteral("admissionRequirements"), path);
    mc.admissionTesting = r.localized(o, QStringLiteral("admissionTesting"), path);
    if (formatVersion >= 3) {
        // Older files never said "none": their questions stay open (false).
        mc.noPriorKnowledge = r.flag(o, QStringLiteral("noPriorKnowledge"), path);
        mc.noAdmissionRequirements = r.flag(o, QStringLiteral("noAdmissionRequirements"), path);
    }
    // An upper bound keeps arithmetic safe; 100,000 hours is far beyond any credential.
    mc.studyLoadHours = r.integer(o, QStringLiteral("studyLoadHours"), path, 0, 100000);
    mc.eqfLevel = r.optionalInteger(o, QStringLiteral("eqfLevel"), path, 1, 8);
    mc.nlqfLevel = r.optionalEnum<NlqfLevel>(o, QStringLiteral("nlqfLevel"), path);
    if (formatVersion >= 3)
        mc.foreignLevel = r.string(o, QStringLiteral("foreignLevel"), path);
    mc.learningOutcomes = readOutcomes(r, o, path, formatVersion);
    mc.assessments = readAssessments(r, o, path);
    mc.participation = r.optionalEnum<Participation>(o, QStringLiteral("participation"), path);
    mc.instructionLanguages = r.stringList(o, QStringLiteral("instructionLanguages"), path);
    checkLanguages(r, mc.instructionLanguages, path + QLatin1String(".instructionLanguages"));
    if (formatVersion >= 3) {
        // Older files lack these three: not stated, which is what an empty value means.
        mc.learningSetting = r.optionalEnum<LearningSetting>(o, QStringLiteral("learningSetting"), path);
        mc.maximumDuration = r.string(o, QStringLiteral("maximumDuration"), path);
        if (!r.failed() && !mc.maximumDuration.isEmpty() && !IsoDuration::parse(mc.maximumDuration))
            r.fail(path + QLatin1String(".maximumDuration"),
                   McdesignReader::tr("must be empty or a calendar duration such as P6M (ISO 8601)"));
        const QJsonValue partial = o.value(QStringLiteral("partialQualification"));
        if (!r.failed() && !partial.isNull() && !partial.isBool())
            r.fail(path + QLatin1String(".partialQualification"), McdesignReader::tr("must be true, false or null"));
        if (partial.isBool())
            mc.partialQualification = partial.toBool();
    }
    mc.qualityAssurance = readQualityAssurance(r, o, path);
    mc.industry = r.localized(o, QStringLiteral("industry"), path);
    mc.labourMarketValue = r.localized(o, QStringLiteral("labourMarketValue"), path);
    mc.regionalPartners = r.stringList(o, QStringLiteral("regionalPartners"), path);
    mc.stackability = readStackability(r, o, path);
    mc.grading = r.localized(o, QStringLiteral("grading"), path);
    mc.validityMonths = r.optionalInteger(o, QStringLiteral("validityMonths"), path, 1, 1200);
    mc.programmeCodes = readProgrammeCodes(r, o, path);
    mc.furtherInformation = r.localized(o, QStringLiteral("furtherInformation"), path);
    mc.furtherInformationUrl = r.string(o, QStringLiteral("furtherInformationUrl"), path);
    checkUrl(r, mc.furtherInformationUrl, path + QLatin1String(".furtherInformationUrl"));
    if (formatVersion >= 2)
        mc.checklists = ChecklistJson::read(r, o, path, formatVersion);
    mc.status = r.requiredEnum<Status>(o, QStringLiteral("status"), path, Status::Draft);
    mc.version = r.integer(o, QStringLiteral("version"), path, 1, 1000000);
    mc.authors = r.stringList(o, QStringLiteral("authors"), path);
    mc.created = r.timestamp(o, QStringLiteral("created"), path);
    mc.changed = r.timestamp(o, QStringLiteral("changed"), path);
    return mc;
}

QString tooLarge(const QString &source, qint64 size)
{
    return McdesignReader::tr("%1: the file is %2 MiB, larger than the limit of %3 MiB for a design")
        .arg(source)
        .arg(double(size) / (1 << 20), 0, 'f', 1)
        .arg(TextLimits::MaxDesignFileBytes >> 20);
}

} // namespace

Result<Microcredential> McdesignReader::fromBytes(const QByteArray &rawData,
                                                  const QString &sourceName)
{
    using R = Result<Microcredential>;
    if (rawData.size() > TextLimits::MaxDesignFileBytes) {
        return R::failure(tooLarge(sourceName, rawData.size()));
    }
    // Spreadsheet and Windows tools like to start UTF-8 files with a byte order mark.
    const QByteArray data = rawData.startsWith("\xEF\xBB\xBF") ? rawData.mid(3) : rawData;
    if (data.trimmed().isEmpty())
        return R::failure(tr("%1: the file is empty").arg(sourceName));
    const qsizetype invalidAt = Utf8::firstInvalidOffset(data);
    if (invalidAt >= 0) {
        return R::failure(tr("%1: %2: the file is not valid UTF-8 text")
                              .arg(sourceName, Utf8::describePosition(data, invalidAt)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return R::failure(tr("%1: %2: not valid JSON (%3)")
                              .arg(sourceName, Utf8::describePosition(data, parseError.offset),
                                   parseError.errorString()));
    }
    if (!document.isObject())
        return R::failure(tr("%1: not a microcredential design (expected a JSON object)").arg(sourceName));

    const QJsonObject root = document.object();
    const QJsonValue formatVersion = root.value(QStringLiteral("formatVersion"));
    if (!root.contains(QStringLiteral("microcredential")) || !formatVersion.isDouble()) {
        return R::failure(tr("%1: not a microcredential design (no formatVersion and "
                             "microcredential fields)")
                              .arg(sourceName));
    }
    const double version = formatVersion.toDouble();
    if (version != std::floor(version) || version < 1 || version > McdesignWriter::FormatVersion) {
        const QString versionText = QString::number(version, 'g', 12);
        if (version > McdesignWriter::FormatVersion) {
            return R::failure(tr("%1: format version %2 is newer than this program reads "
                                 "(version %3); please update Microcredential Studio")
                                  .arg(sourceName, versionText)
                                  .arg(McdesignWriter::FormatVersion));
        }
        return R::failure(tr("%1: unknown format version %2").arg(sourceName, versionText));
    }

    JsonFieldReader reader;
    reader.expectKeys(root, JsonFieldReader::keyList({"formatVersion", "microcredential"}), QString());
    const QJsonObject object = reader.object(root, QStringLiteral("microcredential"), QString());
    Microcredential mc = readMicrocredential(reader, object, int(version));
    if (reader.failed())
        return R::failure(tr("%1: %2").arg(sourceName, reader.error()));
    return R::success(std::move(mc));
}

Result<Microcredential> McdesignReader::readFile(const QString &path)
{
    const Result<QByteArray> data = FileInput::read(path, TextLimits::MaxDesignFileBytes);
    if (!data.ok())
        return Result<Microcredential>::failure(data.error());
    return fromBytes(data.value(), path);
}

} // namespace mcs
