#include "TestDesigns.h"
#include "interchange/DesignImporter.h"
#include "interchange/EducredentialsProfile.h"
#include "interchange/InterchangeWriter.h"
#include "interchange/NqfConcepts.h"
#include "util/EnglishPlurals.h"
#include "util/IsoDuration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MCSTUDIO_FIXTURES_DIR "/") + QLatin1String(name);
}

QByteArray bytesOf(const char *name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject objectOf(const char *name)
{
    return QJsonDocument::fromJson(bytesOf(name)).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/// The first claim's specification of a plain credential, to change for a test.
QJsonObject &specification(QJsonObject &credential, QJsonObject &subject, QJsonObject &claim, QJsonObject &spec)
{
    subject = credential.value(QStringLiteral("credentialSubject")).toObject();
    const QJsonValue claims = subject.value(QStringLiteral("hasClaim"));
    claim = claims.isArray() ? claims.toArray().first().toObject() : claims.toObject();
    spec = claim.value(QStringLiteral("specifiedBy")).toObject();
    return spec;
}

QJsonObject withSpecification(QJsonObject credential, QJsonObject subject, QJsonObject claim, const QJsonObject &spec)
{
    claim.insert(QStringLiteral("specifiedBy"), spec);
    subject.insert(QStringLiteral("hasClaim"), QJsonArray{claim});
    credential.insert(QStringLiteral("credentialSubject"), subject);
    return credential;
}

/// The findings of importing the qualification fixture after `change` edits its specification.
QStringList findingsAfter(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject credential = objectOf("edc/qualification.jsonld");
    QJsonObject subject, claim, spec;
    specification(credential, subject, claim, spec);
    change(spec);
    const Result<ImportedDesign> imported = DesignImporter::fromBytes(toBytes(withSpecification(credential, subject, claim, spec)),
                                                                      QStringLiteral("changed.jsonld"));
    return imported.ok() ? imported.value().findings : QStringList{imported.error()};
}

bool anyContains(const QStringList &list, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(text); });
}

} // namespace

class TestEuropass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::installTranslator(new EnglishPlurals(this));
    }

    void qualificationInEveryWrapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isSigned");
        QTest::newRow("plain") << QStringLiteral("edc/qualification.jsonld") << false;
        QTest::newRow("uploadable") << QStringLiteral("edc/qualification-uploadable.json") << false;
        QTest::newRow("signed") << QStringLiteral("edc/qualification-signed.json") << true;
    }

    void qualificationInEveryWrapping()
    {
        QFETCH(QString, file);
        QFETCH(bool, isSigned);
        const QByteArray data = bytesOf(file.toUtf8().constData());
        QCOMPARE(DesignImporter::detect(data), std::optional<ExchangeFormat>(ExchangeFormat::ElmCredential));
        const Result<ImportedDesign> read = DesignImporter::fromBytes(data, file);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const ImportedDesign &imported = read.value();
        const Microcredential &mc = imported.design;
        QCOMPARE(imported.format, ExchangeFormat::ElmCredential);
        QCOMPARE(mc.title.nl, QStringLiteral("Data-analyse met Python en SQL voor de procesindustrie"));
        QCOMPARE(mc.title.en, QStringLiteral("Data analysis with Python and SQL for the process industry"));
        QVERIFY(!mc.summary.nl.isEmpty() && !mc.summary.en.isEmpty());
        QCOMPARE(mc.eqfLevel, std::optional<int>(4));
        QCOMPARE(mc.nlqfLevel, std::optional<NlqfLevel>(NlqfLevel::Level4));
        QVERIFY(mc.foreignLevel.isEmpty());
        // 5 EC at the program's 28 hours per EC; the stated 140 hours agree.
        QCOMPARE(mc.studyLoadHours, 140);
        QCOMPARE(mc.maximumDuration, QStringLiteral("P6M"));
        QCOMPARE(mc.learningSetting, std::optional<LearningSetting>(LearningSetting::NonFormal));
        QCOMPARE(mc.partialQualification, std::optional<bool>(false));
        QCOMPARE(mc.participation, std::optional<Participation>(Participation::Blended));
        QCOMPARE(mc.instructionLanguages, QStringList{QStringLiteral("nl")});
        QVERIFY(!mc.admissionRequirements.nl.isEmpty());
        QCOMPARE(mc.learningOutcomes.size(), 3);
        QCOMPARE(mc.learningOutcomes.at(0).skills.size(), 2);
        QVERIFY(mc.learningOutcomes.at(0).skills.at(0).uri.startsWith(QLatin1String("http://data.europa.eu/esco/skill/")));
        QVERIFY(mc.learningOutcomes.at(0).skills.at(1).uri.startsWith(QLatin1String("https://sfia-online.org/")));
        QCOMPARE(mc.learningOutcomes.at(0).skills.at(1).label, QStringLiteral("Programming/software development"));
        QCOMPARE(mc.learningOutcomes.at(1).skills.size(), 1);
        QVERIFY(mc.learningOutcomes.at(2).skills.isEmpty());
        QCOMPARE(mc.assessments.size(), 1);
        QCOMPARE(mc.assessments.at(0).type, AssessmentType::Portfolio);
        QVERIFY(mc.assessments.at(0).description.nl.contains(QStringLiteral("Portfolio met drie praktijkanalyses")));
        QVERIFY(mc.qualityAssurance.description.nl.contains(QStringLiteral("Inschaling op NLQF-niveau 4")));
        QVERIFY(mc.qualityAssurance.description.en.contains(QStringLiteral("Classification at NLQF level 4")));
        QCOMPARE(mc.institution.name, QStringLiteral("Procesdata Academie B.V."));
        QCOMPARE(mc.institution.country, QStringLiteral("NL"));
        QCOMPARE(mc.sector, Sector::Hbo);
        QCOMPARE(anyContains(imported.remarks, QStringLiteral("not verified")), isSigned);
        QVERIFY2(imported.findings.isEmpty(), qPrintable(imported.findings.join(QLatin1Char('\n'))));
    }

    void severalClaimsAreChosen()
    {
        const QByteArray data = bytesOf("edc/several-claims.jsonld");
        const Result<ImportedDesign> one = DesignImporter::fromBytes(data, QStringLiteral("several.jsonld"));
        QVERIFY(!one.ok());
        QVERIFY2(one.error().contains(QStringLiteral("3 claims")), qPrintable(one.error()));
        QVERIFY(one.error().contains(QStringLiteral("1. Grensoverschrijdende zorglogistiek (Qualification)")));
        QVERIFY(one.error().contains(QStringLiteral("4. Medicatie veilig toedienen in de thuiszorg (Qualification)")));
        QVERIFY(!one.error().contains(QStringLiteral("Webinar")));

        const Result<QList<ImportedDesign>> all = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::all());
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all.value().size(), 3);

        const Result<QList<ImportedDesign>> second = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::claim(2));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const Microcredential &achievement = second.value().first().design;
        QCOMPARE(achievement.title.nl, QStringLiteral("Duits in de zorg: basisgesprekken"));
        QCOMPARE(achievement.studyLoadHours, 60); // volumeOfLearning PT60H, no credits
        QVERIFY(anyContains(second.value().first().remarks, QStringLiteral("Claim 2 of 4")));

        const Result<QList<ImportedDesign>> first = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::claim(1));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const ImportedDesign &foreign = first.value().first();
        QCOMPARE(foreign.design.studyLoadHours, 3 * 28);
        QVERIFY(!foreign.design.nlqfLevel);
        QCOMPARE(foreign.design.foreignLevel, QStringLiteral("DQR Level 5"));

        const Result<QList<ImportedDesign>> fourth = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::claim(4));
        QVERIFY2(fourth.ok(), qPrintable(fourth.error()));
        QCOMPARE(fourth.value().first().design.studyLoadHours, 240);
        QCOMPARE(fourth.value().first().design.maximumDuration, QStringLiteral("P3M"));
        QCOMPARE(fourth.value().first().design.nlqfLevel, std::optional<NlqfLevel>(NlqfLevel::Level3));

        const Result<QList<ImportedDesign>> webinar = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::claim(3));
        QVERIFY(!webinar.ok());
        QVERIFY2(webinar.error().contains(QStringLiteral("LearningActivitySpecification")), qPrintable(webinar.error()));
        const Result<QList<ImportedDesign>> none = DesignImporter::fromBytes(data, QStringLiteral("s"), ClaimSelection::claim(9));
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QStringLiteral("no claim 9")));
    }

    void participationOnlyIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("elm-examples/Sample-CertOfPart-unsigned.jsonld");
        QTest::newRow("uploadable") << QStringLiteral("elm-examples/Sample-CertOfPart-unsigned-uploadable.json");
        QTest::newRow("signed") << QStringLiteral("elm-examples/Sample-CertOfPart-signed.jsonld");
    }

    void participationOnlyIsRefused()
    {
        QFETCH(QString, file);
        const Result<ImportedDesign> read = DesignImporter::fromBytes(bytesOf(file.toUtf8().constData()), file);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("participation only")), qPrintable(read.error()));
        QVERIFY(read.error().contains(QStringLiteral("EDC Updates Webinar")));
        QVERIFY(read.error().contains(QStringLiteral("learning outcomes")));
    }

    void educredentialsFilesArriveWhole()
    {
        const Result<ImportedDesign> mbo = DesignImporter::fromBytes(bytesOf("educredentials/mbob_eo_eov_microcredential_full.json"), QStringLiteral("mbo"));
        QVERIFY2(mbo.ok(), qPrintable(mbo.error()));
        const Microcredential &m = mbo.value().design;
        QCOMPARE(m.title.nl, QStringLiteral("Microcredential Oogcontact maken zonder creepy te kijken"));
        QCOMPARE(m.sector, Sector::Mbo);
        QCOMPARE(m.studyLoadHours, 240);
        QCOMPARE(m.eqfLevel, std::optional<int>(4));
        QCOMPARE(m.participation, std::optional<Participation>(Participation::Onsite));
        QCOMPARE(m.assessments.size(), 1);
        QCOMPARE(m.assessments.at(0).type, AssessmentType::WrittenExam);
        QCOMPARE(m.assessments.at(0).supervision, std::optional<Supervision>(Supervision::SupervisedWithIdCheck));
        QCOMPARE(m.instructionLanguages, QStringList{QStringLiteral("nl")});
        QCOMPARE(m.programmeCodes.size(), 1);
        QCOMPARE(m.programmeCodes.at(0).code, QStringLiteral("20121343"));
        QCOMPARE(m.programmeCodes.at(0).scheme, ProgrammeCodeScheme::Crebo);
        QVERIFY2(m.grading.nl.contains(QStringLiteral("1")) && m.grading.nl.contains(QStringLiteral("10")), qPrintable(m.grading.nl));
        QCOMPARE(m.institution.name, QStringLiteral("MBO Beek"));
        QVERIFY(!m.learningOutcomes.isEmpty());

        const Result<ImportedDesign> wo = DesignImporter::fromBytes(bytesOf("educredentials/uvh_fvhz_microcredential_full.json"), QStringLiteral("wo"));
        QVERIFY2(wo.ok(), qPrintable(wo.error()));
        const Microcredential &w = wo.value().design;
        QCOMPARE(w.studyLoadHours, 126); // 4.5 EC at 28 hours
        QVERIFY(w.countsInEc());
        QCOMPARE(w.eqfLevel, std::optional<int>(4));
        QCOMPARE(w.qualityAssurance.examiningBody, QStringLiteral("M Psychological Assessment"));
        QVERIFY(w.qualityAssurance.description.nl.contains(QStringLiteral("AV-4223")));
        QVERIFY(w.qualityAssurance.description.nl.contains(QStringLiteral("Psychologische Assessment")));
        QCOMPARE(w.programmeCodes.at(0).scheme, ProgrammeCodeScheme::Croho);
        QVERIFY(anyContains(wo.value().notCarried, QStringLiteral("hbo or wo")));
        // Both are whole microcredentials of the profile: nothing missing.
        QVERIFY(!anyContains(mbo.value().findings, QStringLiteral("profile requires")));
        QVERIFY(!anyContains(wo.value().findings, QStringLiteral("profile requires")));
    }

    void profileRoundTripKeepsWhatItCan()
    {
        Microcredential original = TestDesigns::full();
        for (const ExchangeFormat format : {ExchangeFormat::Ob3Achievement, ExchangeFormat::Ob3Credential}) {
            const Result<ImportedDesign> back = DesignImporter::fromBytes(InterchangeWriter::toBytes(original, format), QStringLiteral("ob3"));
            QVERIFY2(back.ok(), qPrintable(back.error()));
            const Microcredential &mc = back.value().design;
            QCOMPARE(mc.eqfLevel, original.eqfLevel);
            QCOMPARE(mc.studyLoadHours, original.studyLoadHours);
            QCOMPARE(mc.qualityAssurance.frameworkId, original.qualityAssurance.frameworkId);
            QCOMPARE(mc.qualityAssurance.examiningBody, original.qualityAssurance.examiningBody);
            QCOMPARE(mc.participation, original.participation);
            QCOMPARE(mc.assessments.at(0).type, original.assessments.at(0).type);
            QCOMPARE(mc.assessments.at(0).supervision, original.assessments.at(0).supervision);
        }
        // Only the profile's terms, as another system would write them: the
        // coarser terms come back as the nearest of ours.
        QJsonObject achievement = InterchangeWriter::ob3Achievement(original);
        achievement.remove(QStringLiteral("description"));
        achievement.insert(QStringLiteral("description"), QStringLiteral("Alleen de termen van het profiel."));
        const Result<ImportedDesign> bare = DesignImporter::fromBytes(toBytes(achievement), QStringLiteral("bare"));
        QVERIFY2(bare.ok(), qPrintable(bare.error()));
        QCOMPARE(bare.value().design.studyLoadHours, original.studyLoadHours);
        QCOMPARE(bare.value().design.eqfLevel, original.eqfLevel);
        QCOMPARE(bare.value().design.participation, std::optional<Participation>(Participation::Onsite)); // blended was "onsite or blended"
        QCOMPARE(bare.value().design.assessments.size(), 1);
        QCOMPARE(bare.value().design.assessments.at(0).type, AssessmentType::Portfolio);
        QCOMPARE(bare.value().design.assessments.at(0).supervision, std::optional<Supervision>(Supervision::SupervisedWithIdCheck));
        QCOMPARE(bare.value().design.qualityAssurance.frameworkId, original.qualityAssurance.frameworkId);
    }

    void olderFilesStillImport()
    {
        // ext:EQFLevel (this program's earlier exports) and the standard creditsAvailable.
        QJsonObject achievement{{QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
                                {QStringLiteral("id"), QStringLiteral("urn:uuid:6e2b9c4f-1d7a-4f3e-8a5c-0b9d2e7f4a61")},
                                {QStringLiteral("name"), QStringLiteral("Oud")},
                                {QStringLiteral("description"), QStringLiteral("Een oudere export.")},
                                {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), QStringLiteral("- kan iets")}}},
                                {QStringLiteral("creditsAvailable"), 5},
                                {QStringLiteral("alignment"), QJsonArray{QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("Alignment")}},
                                                                                    {QStringLiteral("targetType"), QStringLiteral("ext:EQFLevel")},
                                                                                    {QStringLiteral("targetCode"), QStringLiteral("5")},
                                                                                    {QStringLiteral("targetName"), QStringLiteral("EQF 5")},
                                                                                    {QStringLiteral("targetUrl"), QStringLiteral("http://data.europa.eu/snb/eqf/5")}}}}};
        const Result<ImportedDesign> read = DesignImporter::fromBytes(toBytes(achievement), QStringLiteral("old"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().design.eqfLevel, std::optional<int>(5));
        QCOMPARE(read.value().design.studyLoadHours, 140);
        // Not of the profile: no complaint about its terms.
        QVERIFY(!anyContains(read.value().findings, QStringLiteral("profile requires")));
    }

    void exportSaysWhatEdubadgesRefuses()
    {
        Microcredential mc = TestDesigns::full(); // hbo, 140 hours: 5 EC
        QVERIFY(EducredentialsProfile::exportFindings(mc).isEmpty());
        QVERIFY(EducredentialsProfile::withinBounds(mc));
        // Out of bounds, the credential no longer claims the profile's schemas.
        mc.studyLoadHours = 28; // 1 EC
        QVERIFY(!EducredentialsProfile::withinBounds(mc));
        QVERIFY(!InterchangeWriter::toBytes(mc, ExchangeFormat::Ob3Credential).contains("microcredential_ects.json"));
        QVERIFY(anyContains(InterchangeWriter::findings(mc, ExchangeFormat::Ob3Achievement), QStringLiteral("3 to 30 EC")));
        mc.sector = Sector::Mbo;
        mc.studyLoadHours = 200;
        QVERIFY(anyContains(InterchangeWriter::findings(mc, ExchangeFormat::Ob3Credential), QStringLiteral("240 SBU")));
        QVERIFY(InterchangeWriter::findings(mc, ExchangeFormat::Elm).isEmpty());
        // Still exported, with its SBU as they are.
        const QJsonObject achievement = InterchangeWriter::ob3Achievement(mc);
        QCOMPARE(achievement.value(QStringLiteral("SBU")).toInt(), 200);
        QVERIFY(!achievement.contains(QStringLiteral("ECTS")));
    }

    void profileTermsOfAnExport()
    {
        Microcredential mc = TestDesigns::full();
        mc.studyLoadHours = 150; // 5.36 EC: the profile's half steps make 5.5
        const QJsonObject a = InterchangeWriter::ob3Achievement(mc);
        QCOMPARE(a.value(QStringLiteral("type")).toArray(), (QJsonArray{QStringLiteral("Achievement"), QStringLiteral("EducredentialAchievement")}));
        QCOMPARE(a.value(QStringLiteral("ECTS")).toDouble(), 5.5);
        QCOMPARE(a.value(QStringLiteral("participationType")).toString(), QStringLiteral("onsite or blended"));
        // The portfolio assesses two outcomes, the interview one: the portfolio speaks for the design.
        QCOMPARE(a.value(QStringLiteral("assessmentType")).toString(), QStringLiteral("portfolio"));
        QCOMPARE(a.value(QStringLiteral("supervisionType")).toString(), QStringLiteral("onsite with identity verification"));
        QCOMPARE(a.value(QStringLiteral("identityChecked")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("inLanguage")).toString(), QStringLiteral("nl-NL"));
        QCOMPARE(a.value(QStringLiteral("educationProgramIdentifier")).toInteger(), 34560);
        QVERIFY(a.value(QStringLiteral("image")).toObject().value(QStringLiteral("id")).toString().startsWith(QLatin1String("data:image/svg+xml")));
        QStringList types;
        for (const QJsonValue &v : a.value(QStringLiteral("alignment")).toArray())
            types.append(v.toObject().value(QStringLiteral("targetType")).toString());
        QVERIFY(types.contains(QStringLiteral("ext:EQF")));
        QVERIFY(types.contains(QStringLiteral("ext:QualityAssurance")));
        QVERIFY(!types.contains(QStringLiteral("ext:EQFLevel")));
        const QJsonObject result = a.value(QStringLiteral("resultDescription")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("resultType")).toString(), QStringLiteral("Status")); // "Voldaan / niet voldaan"
        mc.grading.nl = QStringLiteral("Cijfer 1-10, voldoende vanaf 5,5");
        const QJsonObject scaled = InterchangeWriter::ob3Achievement(mc).value(QStringLiteral("resultDescription")).toArray().first().toObject();
        QCOMPARE(scaled.value(QStringLiteral("resultType")).toString(), QStringLiteral("ScaledScore"));
        QCOMPARE(scaled.value(QStringLiteral("valueMin")).toString(), QStringLiteral("1"));
        QCOMPARE(scaled.value(QStringLiteral("valueMax")).toString(), QStringLiteral("10"));
        QCOMPARE(scaled.value(QStringLiteral("requiredValue")).toString(), QStringLiteral("5.5"));
        // Sector "other" states its load in hours, as SBU.
        mc.sector = Sector::Other;
        QCOMPARE(InterchangeWriter::ob3Achievement(mc).value(QStringLiteral("SBU")).toInt(), 150);
    }

    void elmCarriesTheNationalLevel()
    {
        Microcredential mc = TestDesigns::full();
        const QJsonObject q = InterchangeWriter::elmQualification(mc);
        const QJsonObject level = q.value(QStringLiteral("nqfLevel")).toArray().first().toObject();
        QCOMPARE(level.value(QStringLiteral("id")).toString(), QStringLiteral("http://data.europa.eu/snb/qdr/c_1711a061"));
        QCOMPARE(level.value(QStringLiteral("prefLabel")).toObject().value(QStringLiteral("en")).toString(), QStringLiteral("NLQF Level 6"));
        QCOMPARE(q.value(QStringLiteral("maximumDuration")).toString(), QStringLiteral("P6M"));
        // Every NLQF level has its concept, and reads back.
        for (const NlqfLevel l : EnumCodes<NlqfLevel>::allValues())
            QCOMPARE(NqfConcepts::nlqfFromUri(NqfConcepts::nlqfUri(l)), std::optional<NlqfLevel>(l));
        // The credential template round-trips the design's content.
        const Result<ImportedDesign> back = DesignImporter::fromBytes(InterchangeWriter::toBytes(mc, ExchangeFormat::ElmCredential), QStringLiteral("t"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().design.nlqfLevel, mc.nlqfLevel);
        QCOMPARE(back.value().design.learningOutcomes, mc.learningOutcomes);
        QCOMPARE(back.value().design.maximumDuration, mc.maximumDuration);
        QCOMPARE(back.value().design.partialQualification, mc.partialQualification);
        QCOMPARE(back.value().design.learningSetting, mc.learningSetting);
        QCOMPARE(back.value().design.sector, mc.sector);
        mc.foreignLevel = QStringLiteral("RQF Level 6");
        QCOMPARE(DesignImporter::fromBytes(InterchangeWriter::toBytes(mc, ExchangeFormat::Elm), QStringLiteral("t")).value().design.foreignLevel,
                 QStringLiteral("RQF Level 6"));
    }

    void plausibilityFindings()
    {
        // Hours per EC outside 25-30.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) { q.insert(QStringLiteral("volumeOfLearning"), QStringLiteral("PT400H")); }),
                            QStringLiteral("80 hours per EC")));
        // SBU outside the sector's range: an mbo-like design in hours.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) {
                                q.remove(QStringLiteral("creditPoint"));
                                q.insert(QStringLiteral("volumeOfLearning"), QStringLiteral("PT100H"));
                            }),
                            QStringLiteral("below the 240 SBU")));
        // Study hours that cannot fit in the maximum duration.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) { q.insert(QStringLiteral("maximumDuration"), QStringLiteral("P2D")); }),
                            QStringLiteral("cannot fit")));
        // A part longer than the whole.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) {
                                q.insert(QStringLiteral("hasPart"), QJsonObject{{QStringLiteral("type"), QStringLiteral("LearningActivitySpecification")},
                                                                              {QStringLiteral("title"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("Stage")}}},
                                                                              {QStringLiteral("volumeOfLearning"), QStringLiteral("P1Y")}});
                            }),
                            QStringLiteral("\"Stage\" lasts P1Y")));
        // A national level of another country's framework than the issuer's.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) {
                                q.insert(QStringLiteral("nqfLevel"), QJsonObject{{QStringLiteral("id"), QStringLiteral("http://data.europa.eu/snb/qdr/c_bd9f8e42")},
                                                                               {QStringLiteral("type"), QStringLiteral("Concept")},
                                                                               {QStringLiteral("prefLabel"), QJsonObject{{QStringLiteral("en"), QStringLiteral("DQR Level 5")}}}});
                            }),
                            QStringLiteral("DE's framework (DQR)")));
        // No quality assurance.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) { q.remove(QStringLiteral("accreditation")); }), QStringLiteral("no quality assurance")));
        // EQF level missing, or out of range.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) { q.remove(QStringLiteral("eqfLevel")); }), QStringLiteral("no EQF level")));
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) {
                                q.insert(QStringLiteral("eqfLevel"), QJsonObject{{QStringLiteral("id"), QStringLiteral("http://data.europa.eu/snb/eqf/9")}});
                            }),
                            QStringLiteral("\"9\" is not one of the levels 1 to 8")));
        // No learning outcomes.
        QVERIFY(anyContains(findingsAfter([](QJsonObject &q) { q.remove(QStringLiteral("learningOutcome")); }), QStringLiteral("no learning outcomes")));
        // The profile's required terms missing.
        QJsonObject achievement = objectOf("educredentials/mbob_eo_eov_microcredential_full.json");
        QJsonObject subject = achievement.value(QStringLiteral("credentialSubject")).toObject();
        QJsonObject a = subject.value(QStringLiteral("achievement")).toObject();
        a.remove(QStringLiteral("supervisionType"));
        a.remove(QStringLiteral("SBU"));
        subject.insert(QStringLiteral("achievement"), a);
        achievement.insert(QStringLiteral("credentialSubject"), subject);
        const Result<ImportedDesign> lacking = DesignImporter::fromBytes(toBytes(achievement), QStringLiteral("lacking"));
        QVERIFY2(lacking.ok(), qPrintable(lacking.error()));
        QVERIFY(anyContains(lacking.value().findings, QStringLiteral("supervisionType, SBU or ECTS")));
    }

    void isoDurations()
    {
        QVERIFY(IsoDuration::parse(QStringLiteral("PT60H"))->isTimeOnly());
        QCOMPARE(IsoDuration::parse(QStringLiteral("PT60H"))->timeHours(), 60.0);
        QVERIFY(!IsoDuration::parse(QStringLiteral("P1M"))->isTimeOnly());
        QCOMPARE(IsoDuration::parse(QStringLiteral("P1Y2M10DT2H30M"))->toText(), QStringLiteral("P1Y2M10DT2H30M"));
        for (const char *bad : {"", "P", "PT", "P1H", "60H", "P1M2Y", "PT1D", "P99999999Y"})
            QVERIFY2(!IsoDuration::parse(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestEuropass)
#include "tst_europass.moc"
