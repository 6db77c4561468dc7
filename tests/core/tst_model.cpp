#include "TestDesigns.h"
#include "levels/LevelFrameworks.h"
#include "model/Microcredential.h"
#include "model/StudyLoad.h"

#include <QtTest>

using namespace mcs;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void dutchLocaleUsesDecimalComma()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QString text = StudyLoad::describe(240, Sector::Mbo);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, QStringLiteral("240 SBU (8,6 EC)"));
    }

    void duplicateKeepsChecklistWorkMarkedAsCopied()
    {
        Microcredential original = mcs::test::TestDesigns::full(); // its hbo-wo checklist is signed off, C7 reviewed
        const Checklist &before = *original.checklist(QStringLiteral("hbo-wo"));
        QVERIFY(!before.signedOffBy.isEmpty());
        const Microcredential copy = original.copyAsNewDesign(QStringLiteral("Fenna Bos"));
        QVERIFY(copy.id != original.id);
        const Checklist *after = copy.checklist(QStringLiteral("hbo-wo"));
        QVERIFY(after);
        // The team's work stays ...
        QCOMPARE(after->item(QStringLiteral("hbo-wo.C1"))->status, CriterionStatus::Met);
        QCOMPARE(after->item(QStringLiteral("hbo-wo.C1"))->evidence, before.item(QStringLiteral("hbo-wo.C1"))->evidence);
        QCOMPARE(after->item(QStringLiteral("hbo-wo.C1"))->evidenceLinks, before.item(QStringLiteral("hbo-wo.C1"))->evidenceLinks);
        // ... the judgement of the original does not ...
        QVERIFY(after->signedOffBy.isEmpty());
        QVERIFY(!after->signedOffAt.isValid());
        QVERIFY(after->item(QStringLiteral("hbo-wo.C7"))->reviewerComment.isEmpty());
        // ... and the copy says where it came from, and who made it.
        const std::optional<ChecklistChange> copied = after->copiedFrom();
        QVERIFY(copied);
        QCOMPARE(copied->oldValue, original.id);
        QCOMPARE(copied->newValue, original.title.nl);
        QCOMPARE(copied->by, QStringLiteral("Fenna Bos"));
        QVERIFY(!original.checklist(QStringLiteral("hbo-wo"))->copiedFrom());
    }

    void enumCodesRoundTrip()
    {
        for (const Status s : EnumCodes<Status>::allValues())
            QCOMPARE(fromCode<Status>(toCode(s)), std::optional<Status>(s));
        for (const NlqfLevel l : EnumCodes<NlqfLevel>::allValues())
            QCOMPARE(fromCode<NlqfLevel>(toCode(l)), std::optional<NlqfLevel>(l));
        for (const AssessmentType t : EnumCodes<AssessmentType>::allValues())
            QCOMPARE(fromCode<AssessmentType>(toCode(t)), std::optional<AssessmentType>(t));
        QCOMPARE(EnumCodes<NlqfLevel>::allCodes().size(), 10);
        QVERIFY(!fromCode<Sector>(QStringLiteral("MBO")).has_value());
        QVERIFY(!fromCode<Sector>(QString()).has_value());
    }

    void studyLoad_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("sector");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mbo 240") << 240 << int(Sector::Mbo) << QStringLiteral("240 SBU (8.6 EC)");
        QTest::newRow("hbo 3 EC") << 84 << int(Sector::Hbo) << QStringLiteral("3 EC (84 hours)");
        QTest::newRow("wo 30 EC") << 840 << int(Sector::Wo) << QStringLiteral("30 EC (840 hours)");
        QTest::newRow("wo half") << 14 << int(Sector::Wo) << QStringLiteral("0.5 EC (14 hours)");
    }

    void studyLoad()
    {
        QFETCH(int, hours);
        QFETCH(int, sector);
        QFETCH(QString, expected);
        QCOMPARE(StudyLoad::describe(hours, Sector(sector)), expected);
    }

    void ecIsHoursOver28()
    {
        Microcredential mc;
        mc.studyLoadHours = 1680;
        QCOMPARE(mc.studyLoadEc(), 60.0);
        mc.sector = Sector::Wo;
        QVERIFY(mc.countsInEc());
        mc.sector = Sector::Mbo;
        QVERIFY(!mc.countsInEc());
    }

    void newDesignHasIdAndTimestamps()
    {
        const Microcredential a = Microcredential::createNew();
        const Microcredential b = Microcredential::createNew();
        QVERIFY(Microcredential::isValidId(a.id));
        QVERIFY(a.id != b.id);
        QCOMPARE(a.created, a.changed);
        QCOMPARE(a.created.timeSpec(), Qt::UTC);
        QCOMPARE(a.status, Status::Draft);
        QVERIFY(!Microcredential::isValidId(QStringLiteral("{") + a.id + QStringLiteral("}")));
        QVERIFY(!Microcredential::isValidId(a.id.toUpper()));
    }

    void localizedTextFallsBack()
    {
        const LocalizedText t{QStringLiteral("Nederlands"), QString()};
        QCOMPARE(t.preferred(QStringLiteral("en")), QStringLiteral("Nederlands"));
        QVERIFY(!t.isComplete());
        QVERIFY(!t.isEmpty());
    }

    void levelFrameworksAreCompleteData()
    {
        const LevelFrameworks &frameworks = LevelFrameworks::builtIn();
        QCOMPARE(frameworks.eqfLevels().size(), 8);
        for (int level = 1; level <= 8; ++level) {
            const LevelDescriptor *d = frameworks.eqf(level);
            QVERIFY2(d, qPrintable(QString::number(level)));
            QVERIFY(d->knowledge.isComplete());
            QVERIFY(d->skills.isComplete());
            QVERIFY(d->responsibilityAutonomy.isComplete());
            QVERIFY(d->title.isComplete());
        }
        for (const NlqfLevel level : EnumCodes<NlqfLevel>::allValues()) {
            const LevelDescriptor *d = frameworks.nlqf(level);
            QVERIFY2(d, qPrintable(toCode(level)));
            QVERIFY(d->context.isComplete());
            QVERIFY(d->knowledge.isComplete());
            QVERIFY(d->skills.isComplete());
            QVERIFY(d->responsibilityAutonomy.isComplete());
        }
        QCOMPARE(frameworks.eqfForNlqf(NlqfLevel::Entry), std::nullopt);
        QCOMPARE(frameworks.eqfForNlqf(NlqfLevel::Level4Plus), std::optional<int>(4));
        QCOMPARE(frameworks.eqfForNlqf(NlqfLevel::Level7), std::optional<int>(7));
        bool bachelorFound = false;
        for (const DutchQualification &q : frameworks.qualifications()) {
            if (q.id == QLatin1String("bachelor")) {
                bachelorFound = true;
                QCOMPARE(q.eqfLevel, 6);
                QCOMPARE(q.nlqfCode, QStringLiteral("6"));
                QCOMPARE(q.qfEheaCycle, QStringLiteral("first"));
            }
        }
        QVERIFY(bachelorFound);
    }

    void malformedLevelFileIsReportedByName()
    {
        QTemporaryDir dir;
        for (const char *name : {"eqf.json", "nlqf.json", "qualifications.json"})
            QVERIFY(QFile::copy(QStringLiteral(":/mcstudio/levels/") + QLatin1String(name), dir.filePath(QLatin1String(name))));
        QFile nlqf(dir.filePath(QStringLiteral("nlqf.json")));
        QVERIFY(nlqf.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(nlqf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        nlqf.write("{\"levels\": [ {\"code\": 1 } ]}");
        nlqf.close();
        const Result<LevelFrameworks> result = LevelFrameworks::fromFolder(dir.path());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("nlqf.json")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("levels[0].code")), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
