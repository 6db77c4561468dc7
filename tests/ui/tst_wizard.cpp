#include "document/DesignDocument.h"
#include "sections/AssessmentsSection.h"
#include "sections/SectionRouter.h"
#include "widgets/BilingualTextEdit.h"
#include "widgets/FindingsView.h"
#include "wizard/NewDesignWizard.h"
#include "wizard/SectionWizardPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

namespace {

template<typename T>
T *find(QWidget *in, const QString &name)
{
    T *widget = in->findChild<T *>(name);
    if (!widget)
        qWarning() << "no widget" << name;
    return widget;
}

/// Types into both languages of a bilingual field, as a person would.
void typeBilingual(QWidget *page, const QString &fieldKey, const QString &dutch, const QString &english)
{
    auto *edit = find<BilingualTextEdit>(page, fieldKey + QStringLiteral("TextEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit->dutchEditor(), dutch);
    QTest::keyClicks(edit->englishEditor(), english);
}

void typeLine(QWidget *page, const QString &name, const QString &text)
{
    auto *line = find<QLineEdit>(page, name);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
}

/// Chooses an entry of a combo box with the arrow keys.
void choose(QWidget *page, const QString &name, int steps)
{
    auto *combo = find<QComboBox>(page, name);
    QVERIFY(combo);
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<Catalogue> catalogue(const char *name)
    {
        return Catalogue::create(m_dir.filePath(QLatin1String(name))).value();
    }

private Q_SLOTS:
    void everyPageToFinish()
    {
        auto store = catalogue("wizard.mcdb");
        const Microcredential start = Microcredential::createNew();
        NewDesignWizard wizard(store, start);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // Basics: Next waits for a Dutch title.
        QWidget *page = wizard.currentPage();
        QVERIFY(!next->isEnabled());
        typeBilingual(page, QStringLiteral("title"), QStringLiteral("Lassen volgens ISO 9606"), QStringLiteral("Welding to ISO 9606"));
        QVERIFY(next->isEnabled());
        typeBilingual(page, QStringLiteral("summary"), QStringLiteral("Een korte opleiding lassen."), QStringLiteral("A short welding course."));
        choose(page, QStringLiteral("sectorComboBox"), 0); // mbo is the first choice already
        typeLine(page, QStringLiteral("institution.nameLineEdit"), QStringLiteral("ROC Test"));
        typeLine(page, QStringLiteral("institution.identifierLineEdit"), QStringLiteral("25AB"));
        typeLine(page, QStringLiteral("institution.regionLineEdit"), QStringLiteral("Gelderland"));
        typeLine(page, QStringLiteral("authorsLineEdit"), QStringLiteral("An de Boer, Piet Jansen"));
        QTest::mouseClick(next, Qt::LeftButton);

        // Target group and admission.
        page = wizard.currentPage();
        typeBilingual(page, QStringLiteral("targetGroup"), QStringLiteral("Werkenden in de metaal"), QStringLiteral("Metalworkers"));
        typeBilingual(page, QStringLiteral("priorKnowledge"), QStringLiteral("Basis lastechniek"), QStringLiteral("Basic welding"));
        typeBilingual(page, QStringLiteral("admissionRequirements"), QStringLiteral("mbo 2 diploma"), QStringLiteral("mbo 2 diploma"));
        typeBilingual(page, QStringLiteral("admissionTesting"), QStringLiteral("Intakegesprek"), QStringLiteral("Intake interview"));
        QTest::mouseClick(next, Qt::LeftButton);

        // Level and size.
        page = wizard.currentPage();
        choose(page, QStringLiteral("eqfLevelComboBox"), 3);  // EQF 3
        choose(page, QStringLiteral("nlqfLevelComboBox"), 4); // entry, 1, 2, 3 -> NLQF 3
        auto *hours = find<QSpinBox>(page, QStringLiteral("studyLoadHoursSpinBox"));
        hours->setFocus();
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("240"));
        choose(page, QStringLiteral("participationComboBox"), 3); // online, onsite, blended
        typeLine(page, QStringLiteral("instructionLanguagesLineEdit"), QStringLiteral("nl, en"));
        QCOMPARE(wizard.document()->design().studyLoadHours, 240);

        // Back and Next keep what was typed.
        wizard.back();
        wizard.back();
        QCOMPARE(find<BilingualTextEdit>(wizard.currentPage(), QStringLiteral("titleTextEdit"))->text().nl,
                 QStringLiteral("Lassen volgens ISO 9606"));
        wizard.next();
        wizard.next();
        QCOMPARE(find<QSpinBox>(wizard.currentPage(), QStringLiteral("studyLoadHoursSpinBox"))->value(), 240);
        QTest::mouseClick(next, Qt::LeftButton);

        // Learning outcomes: two, with domain and Bloom level.
        page = wizard.currentPage();
        for (int i = 0; i < 2; ++i) {
            QTest::mouseClick(find<QPushButton>(page, QStringLiteral("addOutcomePushButton")), Qt::LeftButton);
            typeBilingual(page, QStringLiteral("outcomeStatement"),
                          QStringLiteral("De deelnemer last een stompe naad volgens de lasmethodebeschrijving %1.").arg(i + 1),
                          QStringLiteral("The participant welds a butt joint according to the welding procedure %1.").arg(i + 1));
            choose(page, QStringLiteral("outcomeDomainComboBox"), 2);
            choose(page, QStringLiteral("outcomeBloomComboBox"), 3);
        }
        QCOMPARE(wizard.document()->design().learningOutcomes.size(), 2);
        QTest::mouseClick(next, Qt::LeftButton);

        // Assessments and the alignment matrix.
        page = wizard.currentPage();
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("addAssessmentPushButton")), Qt::LeftButton);
        choose(page, QStringLiteral("assessmentTypeComboBox"), 8); // practical assessment
        typeBilingual(page, QStringLiteral("assessmentDescription"), QStringLiteral("Praktijkexamen in de werkplaats"),
                      QStringLiteral("Practical exam in the workshop"));
        choose(page, QStringLiteral("assessmentSupervisionComboBox"), 3);
        auto *matrix = find<QTableWidget>(page, QStringLiteral("alignmentTableWidget"));
        QCOMPARE(matrix->rowCount(), 2);
        QCOMPARE(matrix->columnCount(), 1);
        matrix->item(0, 0)->setCheckState(Qt::Checked);
        matrix->item(1, 0)->setCheckState(Qt::Checked);
        QTest::mouseClick(next, Qt::LeftButton);

        // Quality and labour market.
        page = wizard.currentPage();
        choose(page, QStringLiteral("qualityAssurance.frameworkIdComboBox"), 1); // mbo-2024
        typeLine(page, QStringLiteral("qualityAssurance.examiningBodyLineEdit"), QStringLiteral("Examencommissie Techniek"));
        typeBilingual(page, QStringLiteral("qualityAssurance.description"), QStringLiteral("Volgens het kader"), QStringLiteral("Under the framework"));
        typeBilingual(page, QStringLiteral("industry"), QStringLiteral("Metaal"), QStringLiteral("Metal"));
        typeBilingual(page, QStringLiteral("labourMarketValue"), QStringLiteral("Gevraagd"), QStringLiteral("In demand"));
        typeLine(page, QStringLiteral("regionalPartnersLineEdit"), QStringLiteral("Smit BV, Jansen Staal"));
        choose(page, QStringLiteral("stackability.kindComboBox"), 2);
        typeBilingual(page, QStringLiteral("stackability.towards"), QStringLiteral("Certificaat lassen"), QStringLiteral("Welding certificate"));
        typeBilingual(page, QStringLiteral("grading"), QStringLiteral("Voldaan"), QStringLiteral("Pass"));
        auto *validity = find<QSpinBox>(page, QStringLiteral("validityMonthsSpinBox"));
        validity->setFocus();
        validity->selectAll();
        QTest::keyClicks(validity, QStringLiteral("48"));
        typeLine(page, QStringLiteral("programmeCodesLineEdit"), QStringLiteral("CREBO 25123"));
        typeBilingual(page, QStringLiteral("furtherInformation"), QStringLiteral("Zie de website"), QStringLiteral("See the website"));
        typeLine(page, QStringLiteral("furtherInformationUrlLineEdit"), QStringLiteral("https://example.org/lassen"));
        QTest::mouseClick(next, Qt::LeftButton);

        // Summary: completion and findings.
        page = wizard.currentPage();
        auto *completion = find<QProgressBar>(page, QStringLiteral("completionProgressBar"));
        QVERIFY2(completion->value() > 50, qPrintable(QString::number(completion->value())));
        QVERIFY(find<FindingsView>(page, QStringLiteral("findingsTreeWidget"))->topLevelItemCount() > 0);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // Everything reached the catalogue.
        const Microcredential saved = store->load(start.id).value();
        QCOMPARE(saved.title, (LocalizedText{QStringLiteral("Lassen volgens ISO 9606"), QStringLiteral("Welding to ISO 9606")}));
        QCOMPARE(saved.summary.en, QStringLiteral("A short welding course."));
        QCOMPARE(saved.sector, Sector::Mbo);
        QCOMPARE(saved.institution.name, QStringLiteral("ROC Test"));
        QCOMPARE(saved.institution.identifier, QStringLiteral("25AB"));
        QCOMPARE(saved.institution.region, QStringLiteral("Gelderland"));
        QCOMPARE(saved.authors, (QStringList{QStringLiteral("An de Boer"), QStringLiteral("Piet Jansen")}));
        QCOMPARE(saved.admissionTesting.nl, QStringLiteral("Intakegesprek"));
        QCOMPARE(saved.eqfLevel, std::optional<int>(3));
        QCOMPARE(saved.nlqfLevel, std::optional<NlqfLevel>(NlqfLevel::Level3));
        QCOMPARE(saved.studyLoadHours, 240);
        QCOMPARE(saved.participation, std::optional<Participation>(Participation::Blended));
        QCOMPARE(saved.instructionLanguages, (QStringList{QStringLiteral("nl"), QStringLiteral("en")}));
        QCOMPARE(saved.learningOutcomes.size(), 2);
        QCOMPARE(saved.learningOutcomes.at(1).statement.nl,
                 QStringLiteral("De deelnemer last een stompe naad volgens de lasmethodebeschrijving 2."));
        QCOMPARE(saved.learningOutcomes.at(0).domain, std::optional<OutcomeDomain>(OutcomeDomain::Skills));
        QCOMPARE(saved.learningOutcomes.at(0).bloomLevel, std::optional<BloomLevel>(BloomLevel::Apply));
        QCOMPARE(saved.assessments.size(), 1);
        QCOMPARE(saved.assessments.at(0).type, AssessmentType::PracticalAssessment);
        QCOMPARE(saved.assessments.at(0).supervision, std::optional<Supervision>(Supervision::SupervisedWithIdCheck));
        QCOMPARE(saved.assessments.at(0).learningOutcomeIds,
                 (QStringList{saved.learningOutcomes.at(0).id, saved.learningOutcomes.at(1).id}));
        QCOMPARE(saved.qualityAssurance.frameworkId, QStringLiteral("mbo-2024"));
        QCOMPARE(saved.qualityAssurance.frameworkVersion, QStringLiteral("2024-2025"));
        QCOMPARE(saved.qualityAssurance.examiningBody, QStringLiteral("Examencommissie Techniek"));
        QCOMPARE(saved.regionalPartners, (QStringList{QStringLiteral("Smit BV"), QStringLiteral("Jansen Staal")}));
        QCOMPARE(saved.stackability.kind, std::optional<StackabilityKind>(StackabilityKind::Stackable));
        QCOMPARE(saved.stackability.towards.en, QStringLiteral("Welding certificate"));
        QCOMPARE(saved.grading.nl, QStringLiteral("Voldaan"));
        QCOMPARE(saved.validityMonths, std::optional<int>(48));
        QCOMPARE(saved.programmeCodes.size(), 1);
        QCOMPARE(saved.programmeCodes.at(0).code, QStringLiteral("25123"));
        QCOMPARE(saved.furtherInformationUrl, QStringLiteral("https://example.org/lassen"));
    }

    void cancelAsksOnlyWhenSomethingWouldBeLost()
    {
        auto store = catalogue("cancel.mcdb");
        int asked = 0;
        {
            NewDesignWizard untouched(store, Microcredential::createNew());
            untouched.setDiscardConfirmation([&asked] { ++asked; return true; });
            untouched.show();
            untouched.reject();
            QCOMPARE(asked, 0);
            QCOMPARE(untouched.result(), int(QDialog::Rejected));
        }
        NewDesignWizard typed(store, Microcredential::createNew());
        bool allow = false;
        typed.setDiscardConfirmation([&] { ++asked; return allow; });
        typed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&typed));
        QTest::keyClicks(find<BilingualTextEdit>(typed.currentPage(), QStringLiteral("titleTextEdit"))->dutchEditor(), QStringLiteral("Iets"));
        typed.reject();
        QCOMPARE(asked, 1);
        QVERIFY(typed.isVisible()); // the user said no: nothing is lost
        allow = true;
        typed.reject();
        QCOMPARE(asked, 2);
        QVERIFY(!typed.isVisible());
        QCOMPARE(store->list().value().size(), 0);
    }

    void everyPageWorksWithTheKeyboard()
    {
        auto store = catalogue("keyboard.mcdb");
        NewDesignWizard wizard(store, Microcredential::createNew());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Every input on every page takes keyboard focus and has an accessible name.
        for (int i = 0; i < SectionRouter::SectionCount; ++i) {
            SectionWizardPage *page = wizard.sectionPage(i);
            for (QWidget *input : page->findChildren<QWidget *>()) {
                const bool isInput = qobject_cast<QLineEdit *>(input) || qobject_cast<QPlainTextEdit *>(input)
                                     || qobject_cast<QComboBox *>(input) || qobject_cast<QSpinBox *>(input);
                // The line edit inside a spin box or combo box is part of that input.
                const bool internal = qobject_cast<QAbstractSpinBox *>(input->parentWidget())
                                      || qobject_cast<QComboBox *>(input->parentWidget());
                if (!isInput || internal || !input->isEnabledTo(page))
                    continue;
                QVERIFY2(input->focusPolicy() & Qt::TabFocus, qPrintable(input->objectName()));
                QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName() + QStringLiteral(" on page ") + QString::number(i)));
            }
        }
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
