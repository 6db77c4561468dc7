#include "TestDesigns.h"
#include "example/ExampleDesign.h"
#include "util/EnglishPlurals.h"
#include "util/TerminalText.h"
#include "util/TextSanitizer.h"
#include "validation/DesignTextCleaner.h"
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
    void sanitizerRemovesWhatCouldDoHarm()
    {
        using Lines = TextSanitizer::Lines;
        const QString hostile = QStringLiteral("a\x1b[31mb\x07\tc\r\nd\u202Ee\u2066f\u0085g") + QChar(0) + QChar(0xFDD0)
                                + QChar(0xD800) + QStringLiteral("h\U0001FFFE\U0001F600");
        const SanitizedText multi = TextSanitizer::clean(hostile, Lines::Multi);
        QCOMPARE(multi.text, QStringLiteral("a[31mb\tc\nde" "fgh\U0001F600"));
        QCOMPARE(multi.controls, 3);      // ESC, BEL, NEL (C1)
        QCOMPARE(multi.directional, 2);   // U+202E, U+2066
        QCOMPARE(multi.nonCharacters, 4); // NUL, U+FDD0, a lone surrogate, U+1FFFE
        const SanitizedText single = TextSanitizer::clean(QStringLiteral(" Titel\nmet\tregels "), Lines::Single);
        QCOMPARE(single.text, QStringLiteral("Titel met regels"));
        QCOMPARE(single.controls, 2);
        // Ordinary text, Windows line ends and accents pass untouched and uncounted.
        const SanitizedText plain = TextSanitizer::clean(QStringLiteral("Café – “ok”\r\nnext"), Lines::Multi);
        QVERIFY(!plain.changed());
        QCOMPARE(plain.text, QStringLiteral("Café – “ok”\nnext"));
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QVERIFY(TextSanitizer::describe(multi).contains(QStringLiteral("3 control characters")));
        QVERIFY(TextSanitizer::describe(single).contains(QStringLiteral("2 control characters")));
        QCOMPARE(TextSanitizer::describe(TextSanitizer::clean(QStringLiteral("\x1b"), Lines::Multi)),
                 QStringLiteral("removed 1 control character"));
        QCoreApplication::removeTranslator(&plurals);
    }

    void terminalTextShowsEveryControlAsAnEscape()
    {
        QCOMPARE(TerminalText::escape(QStringLiteral("T\x1b]0;x\x07\u202E\n\tok é")),
                 QStringLiteral("T\\u001b]0;x\\u0007\\u202e\n\tok é"));
        QCOMPARE(TerminalText::escape(QStringLiteral("\U0001FFFE")), QStringLiteral("\\ud83f\\udffe"));
    }

    void cleanerNamesEveryFieldItChanged()
    {
        Microcredential mc = test::TestDesigns::full();
        mc.title.en = QStringLiteral("Bad\x1b title");
        mc.learningOutcomes[1].statement.nl += QStringLiteral("\u202E");
        mc.checklists[0].items[0].evidence = QStringLiteral("line\nkept\x08");
        const QStringList findings = DesignTextCleaner::clean(mc);
        QCOMPARE(findings.size(), 3);
        QVERIFY(findings.at(0).startsWith(QStringLiteral("title.en: removed")));
        QVERIFY(findings.at(1).startsWith(QStringLiteral("learningOutcomes[1].statement.nl:")));
        QVERIFY(findings.at(2).startsWith(QStringLiteral("checklists[0].items[0].evidence:")));
        QCOMPARE(mc.title.en, QStringLiteral("Bad title"));
        QCOMPARE(mc.checklists[0].items[0].evidence, QStringLiteral("line\nkept"));
        QVERIFY(DesignTextCleaner::clean(mc).isEmpty()); // clean text stays as it is
    }

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
