#include "TestDesigns.h"
#include "util/Clock.h"
#include "checks/AutomaticChecks.h"
#include "diagnostics/CompletionScore.h"
#include "diagnostics/DesignDiagnostics.h"
#include "diagnostics/NeedsAttention.h"
#include "example/ExampleDesign.h"
#include "frameworks/FrameworkChanges.h"
#include "frameworks/FrameworkLibrary.h"

#include <QFile>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;
using Outcome = CheckVerdict::Outcome;

Q_DECLARE_METATYPE(mcs::CheckVerdict::Outcome)

namespace {

const QDate Today(2026, 11, 23);

Microcredential mbo(int hours)
{
    Microcredential mc = ExampleDesign::load();
    mc.studyLoadHours = hours;
    return mc;
}

Microcredential withSector(Sector sector, int hours)
{
    Microcredential mc = ExampleDesign::load();
    mc.sector = sector;
    mc.studyLoadHours = hours;
    return mc;
}

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFrameworksAreComplete_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("criteria");
        QTest::newRow("mbo") << QStringLiteral("mbo-2024") << 12;
        QTest::newRow("hbo-wo") << QStringLiteral("hbo-wo") << 12;
        QTest::newRow("eu") << QStringLiteral("eu-2022") << 16;
    }

    void shippedFrameworksAreComplete()
    {
        QFETCH(QString, id);
        QFETCH(int, criteria);
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(id);
        QVERIFY(framework);
        QCOMPARE(framework->criteria.size(), criteria);
        QVERIFY(framework->name.isComplete());
        QVERIFY(!framework->version.isEmpty());
        QVERIFY(framework->sourceUrl.startsWith(QStringLiteral("https://")));
        for (const QualityCriterion &c : framework->criteria) {
            QVERIFY2(c.title.isComplete() && c.description.isComplete() && c.evidence.isComplete(), qPrintable(c.id));
            QVERIFY(c.id.startsWith(id + QLatin1Char('.')));
            QCOMPARE(c.digest().size(), 12);
        }
        if (id == QLatin1String("eu-2022")) {
            int mandatory = 0;
            for (const QualityCriterion &c : framework->criteria)
                mandatory += c.kind == QLatin1String("mandatory") ? 1 : 0;
            QCOMPARE(mandatory, 11);
        }
        if (id == QLatin1String("hbo-wo")) {
            int requirements = 0;
            for (const QualityCriterion &c : framework->criteria)
                requirements += c.kind == QLatin1String("requirement") ? 1 : 0;
            QCOMPARE(requirements, 5);
        }
    }

    void malformedFrameworkFileIsReportedByName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << QByteArray("{\"formatVersion\": 1, \"id\": \"x\"") << QStringLiteral("line 1, column");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a quality framework");
        QTest::newRow("missing criteria") << QByteArray("{\"formatVersion\": 1, \"id\": \"x\", \"version\": \"1\", \"name\": {\"nl\": \"a\", \"en\": \"a\"},"
                                                        " \"description\": {\"nl\": \"\", \"en\": \"\"}, \"sectors\": [\"mbo\"], \"sourceUrl\": \"\"}")
                                          << QStringLiteral("criteria: missing field");
        QFile shipped(QStringLiteral(":/mcstudio/frameworks/mbo-2024.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray original = shipped.readAll();
        QByteArray badCheck = original;
        badCheck.replace("\"mbo-size\"", "\"mbo-sise\"");
        QTest::newRow("unknown check") << badCheck << QStringLiteral("unknown automatic check 'mbo-sise'");
        QByteArray badSector = original;
        badSector.replace("\"sectors\": [\n    \"mbo\"", "\"sectors\": [\n    \"vmbo\"");
        badSector.replace("\"sectors\": [\"mbo\"", "\"sectors\": [\"vmbo\"");
        QTest::newRow("unknown sector") << badSector << QStringLiteral("sectors[0]");
        QTest::newRow("invalid utf-8") << QByteArray("{\"id\": \"\xff\"}") << QStringLiteral("not valid UTF-8");
    }

    void malformedFrameworkFileIsReportedByName()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my-framework.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Result<QualityFramework> loaded = FrameworkLibrary::fromFile(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().startsWith(path), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
    }

    void frameworksHaveTheirPeriod()
    {
        // The mbo pilot's framework covers the pilot, 2024 and 2025; the others
        // are open because their sources give no end (the EU's starts with the
        // Recommendation of 16 June 2022).
        const QualityFramework *mboFramework = FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"));
        QCOMPARE(mboFramework->validFrom, QDate(2024, 1, 1));
        QCOMPARE(mboFramework->validUntil, std::optional<QDate>(QDate(2025, 12, 31)));
        QVERIFY(mboFramework->appliesOn(QDate(2025, 12, 31)));
        QVERIFY(!mboFramework->appliesOn(QDate(2026, 1, 1)));
        QVERIFY(!mboFramework->appliesOn(QDate(2023, 12, 31)));
        const QualityFramework *eu = FrameworkLibrary::findBuiltIn(QStringLiteral("eu-2022"));
        QCOMPARE(eu->validFrom, QDate(2022, 6, 16));
        QVERIFY(!eu->validUntil);
        QVERIFY(eu->appliesOn(QDate(2040, 1, 1)));
        const QualityFramework *hboWo = FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo"));
        QVERIFY(!hboWo->validFrom.isValid() && !hboWo->validUntil);
        QCOMPARE(hboWo->version, QStringLiteral("2025")); // it holds the wo experiment of 2025-2027

        // Checked outside its period, a design says so, once, as a warning on the framework.
        const auto periodFindings = [&](const QDate &day) {
            QList<Diagnostic> found;
            const DesignDiagnostics diagnostics(mbo(240), mboFramework, day);
            for (const Diagnostic &d : diagnostics.diagnostics()) {
                if (d.ruleId == QLatin1String("framework.period"))
                    found.append(d);
            }
            return found;
        };
        QVERIFY(periodFindings(QDate(2025, 6, 1)).isEmpty());
        const QList<Diagnostic> late = periodFindings(QDate(2026, 3, 2));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().severity, Diagnostic::Severity::Warning);
        QCOMPARE(late.first().fieldPath, QStringLiteral("qualityAssurance.frameworkId"));
        QVERIFY2(late.first().message.contains(QStringLiteral("2025")), qPrintable(late.first().message));

        // A file's period is read and checked like every other field.
        QFile shipped(QStringLiteral(":/mcstudio/frameworks/mbo-2024.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray original = shipped.readAll();
        QByteArray badDate = original;
        badDate.replace("\"validUntil\": \"2025-12-31\"", "\"validUntil\": \"31-12-2025\"");
        const Result<QualityFramework> wrongDate = FrameworkLibrary::fromBytes(badDate, QStringLiteral("school.json"));
        QVERIFY(!wrongDate.ok());
        QVERIFY2(wrongDate.error().contains(QStringLiteral("validUntil")), qPrintable(wrongDate.error()));
        QByteArray backwards = original;
        backwards.replace("\"validUntil\": \"2025-12-31\"", "\"validUntil\": \"2023-12-31\"");
        const Result<QualityFramework> ends = FrameworkLibrary::fromBytes(backwards, QStringLiteral("school.json"));
        QVERIFY(!ends.ok());
        QVERIFY2(ends.error().contains(QStringLiteral("before")), qPrintable(ends.error()));
        QByteArray open = original;
        open.replace("\"validUntil\": \"2025-12-31\"", "\"validUntil\": null");
        const Result<QualityFramework> openEnded = FrameworkLibrary::fromBytes(open, QStringLiteral("school.json"));
        QVERIFY2(openEnded.ok(), qPrintable(openEnded.error()));
        QVERIFY(openEnded.value().appliesOn(QDate(2030, 1, 1)));
        // A school's file from before the period was part of the format: open at both ends.
        QByteArray older = original;
        older.replace("  \"validFrom\": \"2024-01-01\",\n  \"validUntil\": \"2025-12-31\",\n", "");
        QVERIFY(!older.contains("validFrom"));
        const Result<QualityFramework> withoutPeriod = FrameworkLibrary::fromBytes(older, QStringLiteral("school.json"));
        QVERIFY2(withoutPeriod.ok(), qPrintable(withoutPeriod.error()));
        QVERIFY(!withoutPeriod.value().validFrom.isValid() && !withoutPeriod.value().validUntil);
    }

    void hboWoSizeNamesTheGuidelineAndTheExperiment()
    {
        // The guideline is 3 to 30 EC; the wo experiment (1 May 2025 to 30 April
        // 2027) only lowers the floor to 1 EC, and a warning says which applies.
        const QDate during(2026, 1, 15);
        const CheckVerdict tiny = AutomaticChecks::run(QStringLiteral("hbo-wo-size"), withSector(Sector::Wo, 14), during);
        QCOMPARE(tiny.outcome, Outcome::Warning);
        QVERIFY2(tiny.reason.contains(QStringLiteral("wo experiment")) && tiny.reason.contains(QStringLiteral("3 to 30 EC")),
                 qPrintable(tiny.reason));
        const CheckVerdict large = AutomaticChecks::run(QStringLiteral("hbo-wo-size"), withSector(Sector::Wo, 28 * 31), during);
        QCOMPARE(large.outcome, Outcome::Warning);
        QVERIFY2(large.reason.contains(QStringLiteral("3 to 30 EC")) && !large.reason.contains(QStringLiteral("1 to 30")),
                 qPrintable(large.reason));
        const CheckVerdict hboSmall = AutomaticChecks::run(QStringLiteral("hbo-wo-size"), withSector(Sector::Hbo, 28), during);
        QCOMPARE(hboSmall.outcome, Outcome::Warning);
        QVERIFY2(hboSmall.reason.contains(QStringLiteral("3 to 30 EC")), qPrintable(hboSmall.reason));
    }

    void aUserFrameworkFileLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/mcstudio/frameworks/eu-2022.json"), path));
        const Result<QualityFramework> loaded = FrameworkLibrary::fromFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value().sourceFile, path);
        QVERIFY(FrameworkLibrary::fromFile(dir.path()).error().contains(QStringLiteral("is a folder")));
    }

    void automaticChecks_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<Microcredential>("design");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Outcome>("expected");

        QTest::newRow("mbo 240 SBU") << QStringLiteral("mbo-size") << mbo(240) << Today << Outcome::Pass;
        QTest::newRow("mbo 480 SBU") << QStringLiteral("mbo-size") << mbo(480) << Today << Outcome::Pass;
        QTest::newRow("mbo 160 SBU") << QStringLiteral("mbo-size") << mbo(160) << Today << Outcome::Warning;
        QTest::newRow("mbo no load") << QStringLiteral("mbo-size") << mbo(0) << Today << Outcome::Fail;
        QTest::newRow("mbo check on hbo") << QStringLiteral("mbo-size") << withSector(Sector::Hbo, 84) << Today << Outcome::NotApplicable;

        QTest::newRow("hbo 3 EC") << QStringLiteral("hbo-wo-size") << withSector(Sector::Hbo, 84) << Today << Outcome::Pass;
        QTest::newRow("hbo 30 EC") << QStringLiteral("hbo-wo-size") << withSector(Sector::Hbo, 840) << Today << Outcome::Pass;
        QTest::newRow("hbo 2 EC") << QStringLiteral("hbo-wo-size") << withSector(Sector::Hbo, 56) << Today << Outcome::Warning;
        QTest::newRow("hbo 31 EC") << QStringLiteral("hbo-wo-size") << withSector(Sector::Hbo, 868) << Today << Outcome::Warning;
        QTest::newRow("wo 1 EC in experiment") << QStringLiteral("hbo-wo-size") << withSector(Sector::Wo, 28) << QDate(2025, 5, 1) << Outcome::Pass;
        QTest::newRow("wo 1 EC last day") << QStringLiteral("hbo-wo-size") << withSector(Sector::Wo, 28) << QDate(2027, 4, 30) << Outcome::Pass;
        QTest::newRow("wo 1 EC before") << QStringLiteral("hbo-wo-size") << withSector(Sector::Wo, 28) << QDate(2025, 4, 30) << Outcome::Warning;
        QTest::newRow("wo 1 EC after") << QStringLiteral("hbo-wo-size") << withSector(Sector::Wo, 28) << QDate(2027, 5, 1) << Outcome::Warning;
        QTest::newRow("hbo 1 EC in experiment") << QStringLiteral("hbo-wo-size") << withSector(Sector::Hbo, 28) << Today << Outcome::Warning;
        QTest::newRow("size check on mbo") << QStringLiteral("hbo-wo-size") << mbo(240) << Today << Outcome::NotApplicable;

        Microcredential noBody = ExampleDesign::load();
        noBody.qualityAssurance.examiningBody.clear();
        QTest::newRow("examencommissie") << QStringLiteral("examining-body") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("no examencommissie") << QStringLiteral("examining-body") << noBody << Today << Outcome::Fail;

        Microcredential noAdmission = ExampleDesign::load();
        noAdmission.admissionTesting = {};
        QTest::newRow("admission") << QStringLiteral("admission-present") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("no admission testing") << QStringLiteral("admission-present") << noAdmission << Today << Outcome::Fail;
        // Criterion 7 as written: a target group, and "none" is an answer.
        Microcredential targetOnly = TestDesigns::minimal();
        targetOnly.targetGroup.nl = QStringLiteral("Monteurs in de installatietechniek");
        targetOnly.noAdmissionRequirements = true;
        QTest::newRow("target group and no requirements") << QStringLiteral("admission-present") << targetOnly << Today << Outcome::Pass;
        Microcredential unstated = targetOnly;
        unstated.noAdmissionRequirements = false;
        QTest::newRow("requirements not stated") << QStringLiteral("admission-present") << unstated << Today << Outcome::Pass;
        Microcredential untested = targetOnly;
        untested.noAdmissionRequirements = false;
        untested.admissionRequirements.nl = QStringLiteral("Een mbo-4-diploma techniek");
        QTest::newRow("requirements without testing") << QStringLiteral("admission-present") << untested << Today << Outcome::Fail;
        Microcredential noTarget = ExampleDesign::load();
        noTarget.targetGroup = {};
        QTest::newRow("no target group") << QStringLiteral("admission-present") << noTarget << Today << Outcome::Fail;
        Microcredential contradicts = ExampleDesign::load();
        contradicts.noAdmissionRequirements = true;
        QTest::newRow("none, yet described") << QStringLiteral("admission-present") << contradicts << Today << Outcome::Warning;

        Microcredential noLevel = ExampleDesign::load();
        noLevel.eqfLevel.reset();
        noLevel.nlqfLevel.reset();
        QTest::newRow("outcomes level size") << QStringLiteral("outcomes-level-size") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("no level") << QStringLiteral("outcomes-level-size") << noLevel << Today << Outcome::Fail;

        Microcredential unassessed = ExampleDesign::load();
        unassessed.assessments[0].learningOutcomeIds.clear();
        Microcredential untied = ExampleDesign::load();
        untied.assessments.append({Microcredential::newId(), AssessmentType::OralExam, {}, {}, std::nullopt});
        QTest::newRow("aligned") << QStringLiteral("alignment") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("outcome not assessed") << QStringLiteral("alignment") << unassessed << Today << Outcome::Fail;
        QTest::newRow("assessment tied to nothing") << QStringLiteral("alignment") << untied << Today << Outcome::Fail;
        QTest::newRow("alignment without assessments") << QStringLiteral("alignment") << TestDesigns::minimal() << Today << Outcome::Fail;

        Microcredential noParticipation = ExampleDesign::load();
        noParticipation.participation.reset();
        QTest::newRow("eu all mandatory") << QStringLiteral("eu-mandatory") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("eu participation missing") << QStringLiteral("eu-mandatory") << noParticipation << Today << Outcome::Fail;
        QTest::newRow("eu participation element") << QStringLiteral("eu-participation") << noParticipation << Today << Outcome::Fail;
        QTest::newRow("eu learner at issuing") << QStringLiteral("eu-learner") << ExampleDesign::load() << Today << Outcome::NotApplicable;
        Microcredential noGrading = ExampleDesign::load();
        noGrading.grading = {};
        QTest::newRow("eu optional present") << QStringLiteral("eu-grading") << ExampleDesign::load() << Today << Outcome::Pass;
        QTest::newRow("eu optional missing is advice") << QStringLiteral("eu-grading") << noGrading << Today << Outcome::Warning;
        Microcredential halfSupervised = ExampleDesign::load();
        halfSupervised.assessments[1].supervision.reset();
        QTest::newRow("eu supervision incomplete") << QStringLiteral("eu-supervision") << halfSupervised << Today << Outcome::Warning;
    }

    void automaticChecks()
    {
        QFETCH(QString, check);
        QFETCH(Microcredential, design);
        QFETCH(QDate, today);
        QFETCH(Outcome, expected);
        QVERIFY(AutomaticChecks::isKnown(check));
        const CheckVerdict verdict = AutomaticChecks::run(check, design, today);
        QCOMPARE(CheckVerdict::outcomeCode(verdict.outcome), CheckVerdict::outcomeCode(expected));
        QVERIFY(!verdict.reason.isEmpty());
        if (expected == Outcome::Fail)
            QVERIFY2(!verdict.fieldPath.isEmpty(), qPrintable(verdict.reason));
    }

    void everyCheckPassesAndFails()
    {
        // Each known check: the complete example passes (or is out of scope), and an
        // empty design fails or, for advice, warns.
        Microcredential empty = TestDesigns::minimal();
        empty.title = {};
        for (const QString &check : AutomaticChecks::knownIds()) {
            const CheckVerdict good = AutomaticChecks::run(check, ExampleDesign::load(), Today);
            const CheckVerdict bad = AutomaticChecks::run(check, empty, Today);
            if (check == QLatin1String("eu-learner") || check == QLatin1String("eu-issue-date")) {
                QCOMPARE(good.outcome, Outcome::NotApplicable);
                continue;
            }
            if (check == QLatin1String("hbo-wo-size")) // the example is mbo: tested above
                continue;
            QVERIFY2(good.outcome == Outcome::Pass, qPrintable(check + QStringLiteral(": ") + good.reason));
            QVERIFY2(bad.outcome == Outcome::Fail || bad.outcome == Outcome::Warning,
                     qPrintable(check + QStringLiteral(": ") + bad.reason));
        }
    }

    void combinedChecksTakeTheWorst()
    {
        Microcredential mc = ExampleDesign::load();
        mc.participation.reset();
        const CheckVerdict v = AutomaticChecks::runAll({QStringLiteral("outcomes-level-size"), QStringLiteral("eu-mandatory")}, mc, Today);
        QCOMPARE(v.outcome, Outcome::Fail);
        QVERIFY2(v.reason.contains(QStringLiteral("form of participation")), qPrintable(v.reason));
        QCOMPARE(v.fieldPath, QStringLiteral("participation"));
    }

    void verdictNeverOverwritesTheStatus()
    {
        Microcredential mc = mbo(160);
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"));
        mc.checklistFor(framework->id, framework->version)
            .setStatus(QStringLiteral("mbo-2024.12"), CriterionStatus::Met, QStringLiteral("Team"), Clock::now());
        const DesignDiagnostics result(mc, framework, Today);
        bool found = false;
        for (const DesignDiagnostics::CriterionResult &c : result.criteria()) {
            if (c.criterion->id == QLatin1String("mbo-2024.12")) {
                found = true;
                QCOMPARE(c.status, CriterionStatus::Met);
                QCOMPARE(c.verdict.outcome, Outcome::Warning);
            }
        }
        QVERIFY(found);
        QCOMPARE(mc.checklist(framework->id)->item(QStringLiteral("mbo-2024.12"))->status, CriterionStatus::Met);
    }

    void checklistKeepsHistory()
    {
        Checklist checklist;
        const QDateTime t(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(checklist.setStatus(QStringLiteral("c1"), CriterionStatus::InProgress, QStringLiteral("An"), t));
        QVERIFY(!checklist.setStatus(QStringLiteral("c1"), CriterionStatus::InProgress, QStringLiteral("An"), t));
        QVERIFY(checklist.setStatus(QStringLiteral("c1"), CriterionStatus::Met, QStringLiteral("Bo"), t.addSecs(5)));
        QVERIFY(checklist.setText(QStringLiteral("c1"), QStringLiteral("reviewerComment"), QStringLiteral("Akkoord"), QStringLiteral("Cy"), t.addSecs(9)));
        QVERIFY(!checklist.setText(QStringLiteral("c1"), QStringLiteral("colour"), QStringLiteral("x"), QStringLiteral("Cy"), t));
        checklist.signOff(QStringLiteral("Cy"), t.addSecs(10));
        QCOMPARE(checklist.history.size(), 4);
        QCOMPARE(checklist.history.at(1).oldValue, QStringLiteral("inProgress"));
        QCOMPARE(checklist.history.at(1).newValue, QStringLiteral("met"));
        QCOMPARE(checklist.history.at(1).by, QStringLiteral("Bo"));
        QCOMPARE(checklist.item(QStringLiteral("c1"))->reviewedBy, QStringLiteral("Cy"));
        QCOMPARE(checklist.signedOffAt, t.addSecs(10));
    }

    void newerFrameworkVersionShowsWhatChanged()
    {
        QualityFramework framework = *FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"));
        Checklist checklist;
        checklist.frameworkId = framework.id;
        checklist.frameworkVersion = framework.version;
        for (const QualityCriterion &c : framework.criteria) {
            ChecklistItem item;
            item.criterionId = c.id;
            item.criterionDigest = c.digest();
            checklist.items.append(item);
        }
        QVERIFY(FrameworkChanges(checklist, framework).isEmpty());

        // The next version rewords criterion 4, drops 10 and adds a 13th.
        framework.version = QStringLiteral("2026-2027");
        framework.criteria[3].description.nl += QStringLiteral(" Ook voor vrijstellingen.");
        framework.criteria.removeAt(9);
        QualityCriterion added = framework.criteria.first();
        added.id = QStringLiteral("mbo-2024.13");
        added.number = QStringLiteral("13");
        framework.criteria.append(added);
        const FrameworkChanges changes(checklist, framework);
        QVERIFY(changes.versionChanged());
        QCOMPARE(changes.checkedVersion(), QStringLiteral("2024-2025"));
        QStringList seen;
        for (const FrameworkChanges::Change &c : changes.changes())
            seen.append(FrameworkChanges::kindCode(c.kind) + QLatin1Char(':') + c.criterionId);
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("added:mbo-2024.13"), QStringLiteral("removed:mbo-2024.10"),
                                    QStringLiteral("reworded:mbo-2024.04")}));

        // Moving to the new version after looking: nothing left to report, the work stays.
        checklist.items[0].evidence = QStringLiteral("Kwaliteitshandboek");
        const QDateTime at(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(FrameworkChanges::moveToCurrentVersion(checklist, framework, QStringLiteral("Anna"), at));
        QVERIFY(FrameworkChanges(checklist, framework).isEmpty());
        QCOMPARE(checklist.frameworkVersion, QStringLiteral("2026-2027"));
        QCOMPARE(checklist.items[0].evidence, QStringLiteral("Kwaliteitshandboek"));
        QVERIFY(!checklist.item(QStringLiteral("mbo-2024.10")));
        QCOMPARE(checklist.history.constLast().field, QStringLiteral("frameworkVersion"));
        QCOMPARE(checklist.history.constLast().oldValue, QStringLiteral("2024-2025"));
        QVERIFY(!FrameworkChanges::moveToCurrentVersion(checklist, framework, QStringLiteral("Anna"), at));
    }

    /// Each mbo criterion carries its source point's key terms (the pilot's
    /// framework, ../shared/seeds/004): no point lost its substance in our words.
    void mboCriteriaCarryTheirSourceTerms_data()
    {
        QTest::addColumn<QString>("criterionId");
        QTest::addColumn<QStringList>("terms");
        const auto row = [](const char *id, std::initializer_list<const char *> terms) {
            QStringList list;
            for (const char *term : terms)
                list.append(QString::fromUtf8(term));
            QTest::newRow(id) << QString::fromLatin1(id) << list;
        };
        row("mbo-2024.01", {"onderzoekskader", "inspectie"});
        row("mbo-2024.02", {"LLO", "visie", "bewust", "college van bestuur"});
        row("mbo-2024.03", {"ontwerp", "erkenning", "borging", "kwaliteitszorg"});
        row("mbo-2024.04", {"examencommissie", "eindniveau", "garanderen"});
        row("mbo-2024.05", {"evaluatie", "inspraak", "klachten"});
        row("mbo-2024.06", {"bedrijfstak", "beroepscolleges", "onderwijs van de instelling"});
        row("mbo-2024.07", {"doelgroep", "indien nodig", "voorkennis", "eventuele", "toelatingsvoorwaarden", "getoetst"});
        row("mbo-2024.08", {"onderwijsprogramma", "onderwijsleeromgeving", "docententeam", "leeruitkomsten"});
        row("mbo-2024.09", {"leeruitkomsten", "niveau", "omvang", "Bologna", "Brussel"});
        row("mbo-2024.10", {"erkennen", "vrijstelling", "examencommissie", "ander orgaan", "niet-erkend onderwijs"});
        row("mbo-2024.11", {"leerproces", "valide", "betrouwbaar", "onafhankelijk"});
        row("mbo-2024.12", {"240 SBU", "in beginsel", "richtlijn"});
    }

    void mboCriteriaCarryTheirSourceTerms()
    {
        QFETCH(QString, criterionId);
        QFETCH(QStringList, terms);
        const QualityCriterion *criterion = FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"))->criterion(criterionId);
        QVERIFY(criterion);
        const QString text = criterion->title.nl + QLatin1Char(' ') + criterion->description.nl;
        for (const QString &term : terms)
            QVERIFY2(text.contains(term, Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 lacks “%2”").arg(criterionId, term)));
        // The guidance is ours and kept apart: never part of the criterion's words.
        QVERIFY(!criterion->description.nl.contains(criterion->evidence.nl));
    }

    void criteriaAboutTheInstitutionAreMarked()
    {
        // mbo 1-5 and 10, and their hbo/wo counterparts, concern the institution, not the design.
        QStringList mbo;
        for (const QualityCriterion &c : FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"))->criteria) {
            if (c.concernsInstitution)
                mbo.append(c.number);
        }
        QCOMPARE(mbo, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                   QStringLiteral("5"), QStringLiteral("10")}));
        QStringList hbo;
        for (const QualityCriterion &c : FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo"))->criteria) {
            if (c.concernsInstitution)
                hbo.append(c.number);
        }
        QCOMPARE(hbo, (QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4"),
                                   QStringLiteral("R5"), QStringLiteral("C6")}));
        QVERIFY(!FrameworkLibrary::findBuiltIn(QStringLiteral("eu-2022"))->hasInstitutionCriteria());
        // A file may say so; anything but design or institution is refused, naming the field.
        QFile file(QStringLiteral(":/mcstudio/frameworks/mbo-2024.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("\"concerns\": \"institution\"", "\"concerns\": \"team\"");
        const Result<QualityFramework> refused = FrameworkLibrary::fromBytes(bytes, QStringLiteral("t.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral(".concerns")), qPrintable(refused.error()));
    }

    void needsAttentionWhenTheFrameworkIsOutOfItsPeriod()
    {
        CatalogueEntry entry;
        entry.frameworkId = QStringLiteral("mbo-2024");
        entry.frameworkVersion = QStringLiteral("2024-2025");
        QVERIFY(NeedsAttention::reasons(entry, QDate(2025, 12, 31)).isEmpty());
        const QStringList after = NeedsAttention::reasons(entry, QDate(2026, 1, 1));
        QCOMPARE(after.size(), 1);
        QVERIFY(after.at(0).contains(QStringLiteral("mbo-2024")));
        entry.status = Status::Archived;
        QVERIFY(NeedsAttention::reasons(entry, QDate(2026, 1, 1)).isEmpty());
        entry.status = Status::Draft;
        entry.frameworkId = QStringLiteral("hbo-wo"); // open-ended
        QVERIFY(NeedsAttention::reasons(entry, QDate(2030, 1, 1)).isEmpty());
        entry.frameworkId.clear();
        QVERIFY(NeedsAttention::reasons(entry, QDate(2030, 1, 1)).isEmpty());
    }

    void diagnosticsAndCompletion()
    {
        const QualityFramework *mboFramework = FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"));
        const DesignDiagnostics example(ExampleDesign::load(), mboFramework, Today);
        QCOMPARE(example.count(Diagnostic::Severity::Error), 0);
        QCOMPARE(example.completion().requiredFilled, example.completion().requiredTotal);
        QCOMPARE(example.completion().criteriaMet, 0); // the team has not marked anything yet
        QCOMPARE(example.completion().criteriaTotal, 12);

        Microcredential mc = ExampleDesign::load();
        mc.qualityAssurance.examiningBody.clear();
        mc.learningOutcomes[2].statement.nl = QStringLiteral("De deelnemer kent de regels.");
        Checklist &checklist = mc.checklistFor(mboFramework->id, mboFramework->version);
        for (const QualityCriterion &c : mboFramework->criteria)
            checklist.setStatus(c.id, CriterionStatus::Met, QStringLiteral("Team"), Clock::now());
        const DesignDiagnostics result(mc, mboFramework, Today);
        QCOMPARE(result.completion().criteriaMet, 12);
        QVERIFY(result.completion().percent() < 100);
        QVERIFY(result.completion().missing.contains(QStringLiteral("examining body")));

        // Completion asks only what the EU elements and the framework's criteria ask:
        // "none" answers prior knowledge and admission requirements, and without
        // requirements there is no testing to describe.
        Microcredential open = ExampleDesign::load();
        open.priorKnowledge = {};
        open.admissionRequirements = {};
        open.admissionTesting = {};
        open.summary = {};
        open.instructionLanguages.clear();
        const CompletionScore unanswered = CompletionScore::of(open, mboFramework);
        QVERIFY(unanswered.missing.contains(QStringLiteral("prior knowledge")));
        QVERIFY(unanswered.missing.contains(QStringLiteral("admission requirements")));
        QVERIFY(!unanswered.missing.contains(QStringLiteral("admission testing")));
        QVERIFY(!unanswered.missing.contains(QStringLiteral("summary")));
        open.noPriorKnowledge = true;
        open.noAdmissionRequirements = true;
        const CompletionScore answered = CompletionScore::of(open, mboFramework);
        QCOMPARE(answered.requiredFilled, answered.requiredTotal);
        // Without a framework, only the EU elements count: no target group asked.
        open.targetGroup = {};
        QVERIFY(!CompletionScore::of(open, nullptr).missing.contains(QStringLiteral("target group")));
        QVERIFY(CompletionScore::of(open, mboFramework).missing.contains(QStringLiteral("target group")));
        bool frameworkError = false;
        bool vague = false;
        for (const Diagnostic &d : result.diagnostics()) {
            if (d.ruleId == QLatin1String("framework.mbo-2024.04")) {
                frameworkError = d.severity == Diagnostic::Severity::Error
                                 && d.fieldPath == QLatin1String("qualityAssurance.examiningBody");
            }
            if (d.ruleId == QLatin1String("lo.vague-verb"))
                vague = d.fieldPath == QLatin1String("learningOutcomes[2].statement.nl") && d.spanLength == 4;
        }
        QVERIFY(frameworkError);
        QVERIFY(vague);
    }
};

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
