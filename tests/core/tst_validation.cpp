#include "TestDesigns.h"
#include "example/ExampleDesign.h"
#include "validation/StructuralValidator.h"

#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

bool hasFinding(const QList<Diagnostic> &list, const QString &rule, const QString &path)
{
    for (const Diagnostic &d : list) {
        if (d.ruleId == rule && d.fieldPath == path)
            return true;
    }
    return false;
}

QString dump(const QList<Diagnostic> &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines.append(QStringLiteral("%1 %2 %3").arg(d.ruleId, d.fieldPath, d.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeDesignsHaveNoErrors()
    {
        const QList<Diagnostic> example = StructuralValidator::validate(ExampleDesign::load());
        QVERIFY2(example.isEmpty(), qPrintable(dump(example)));
        const QList<Diagnostic> full = StructuralValidator::validate(TestDesigns::full());
        QVERIFY2(!StructuralValidator::hasErrors(full), qPrintable(dump(full)));
    }

    void emptyDesignListsWhatIsMissing()
    {
        const QList<Diagnostic> list = StructuralValidator::validate(TestDesigns::minimal());
        QVERIFY(StructuralValidator::hasErrors(list));
        QVERIFY2(hasFinding(list, QStringLiteral("structure.translation"), QStringLiteral("title.en")), qPrintable(dump(list)));
        QVERIFY(hasFinding(list, QStringLiteral("structure.required"), QStringLiteral("institution.name")));
        QVERIFY(hasFinding(list, QStringLiteral("structure.required"), QStringLiteral("studyLoadHours")));
        QVERIFY(hasFinding(list, QStringLiteral("structure.no-level"), QStringLiteral("eqfLevel")));
        QVERIFY(hasFinding(list, QStringLiteral("structure.no-outcomes"), QStringLiteral("learningOutcomes")));
        QVERIFY(hasFinding(list, QStringLiteral("structure.no-assessments"), QStringLiteral("assessments")));
    }

    void referencesAndIdentifiers()
    {
        Microcredential mc = TestDesigns::full();
        mc.assessments[1].learningOutcomeIds.append(QStringLiteral("99999999-9999-4999-8999-999999999999"));
        mc.learningOutcomes[2].id = mc.learningOutcomes[0].id;
        mc.assessments[0].id = QStringLiteral("not-an-id");
        const QList<Diagnostic> list = StructuralValidator::validate(mc);
        QVERIFY2(hasFinding(list, QStringLiteral("structure.outcome-reference"), QStringLiteral("assessments[1].learningOutcomeIds[1]")), qPrintable(dump(list)));
        QVERIFY(hasFinding(list, QStringLiteral("structure.duplicate-id"), QStringLiteral("learningOutcomes[2].id")));
        QVERIFY(hasFinding(list, QStringLiteral("structure.id"), QStringLiteral("assessments[0].id")));
    }

    void levelsMustAgree()
    {
        Microcredential mc = TestDesigns::full();
        mc.nlqfLevel = NlqfLevel::Level4;
        QVERIFY(hasFinding(StructuralValidator::validate(mc), QStringLiteral("structure.level-mismatch"), QStringLiteral("nlqfLevel")));
        mc.nlqfLevel = NlqfLevel::Level6;
        QVERIFY(!hasFinding(StructuralValidator::validate(mc), QStringLiteral("structure.level-mismatch"), QStringLiteral("nlqfLevel")));
        mc.eqfLevel = std::nullopt;
        mc.nlqfLevel = NlqfLevel::Entry;
        QVERIFY(!hasFinding(StructuralValidator::validate(mc), QStringLiteral("structure.no-level"), QStringLiteral("eqfLevel")));
    }

    void missingTranslationIsAWarning()
    {
        Microcredential mc = TestDesigns::full();
        mc.learningOutcomes[1].statement.en.clear();
        const QList<Diagnostic> list = StructuralValidator::validate(mc);
        QVERIFY(hasFinding(list, QStringLiteral("structure.translation"), QStringLiteral("learningOutcomes[1].statement.en")));
        QVERIFY(!StructuralValidator::hasErrors(list));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
