// Renders the screenshots in docs/screenshots/: the main window, every page of
// the new-design wizard, the editor, the checklist review and the print preview.
// Usage (under a display, e.g. xvfb-run): mcstudio-screenshots OUTPUT_DIR [nl|en]

#include "../ui/ScratchSettings.h"
#include "DisplayNames.h"
#include "ImportPreviewDialog.h"
#include "MainWindow.h"
#include "interchange/DesignImporter.h"
#include "interchange/InterchangeWriter.h"
#include "StudioApplication.h"
#include "TestDesigns.h"
#include "checklist/ChecklistReviewDialog.h"
#include "checklist/ChecklistReviewWidget.h"
#include "document/DesignDocument.h"
#include "documents/DescriptionBuilder.h"
#include "documents/PdfRenderer.h"
#include "editor/DesignEditorWindow.h"
#include "example/ExampleDesign.h"
#include "frameworks/FrameworkLibrary.h"
#include "sections/SectionRouter.h"
#include "wizard/NewDesignWizard.h"
#include "workflow/ConflictDialog.h"
#include "workflow/ConnectCatalogueDialog.h"
#include "help/ContextHelp.h"
#include "help/HelpWindow.h"
#include "help/WelcomeDialog.h"
#include "settings/AppSettings.h"
#include "workflow/HistoryDialog.h"
#include "quality/InstitutionsDialog.h"
#include "quality/QualityFrameworksDialog.h"
#include "workflow/WorkflowStepDialog.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QLibraryInfo>
#include <QComboBox>
#include <QListWidget>
#include <QTreeWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace mcs;
using namespace mcs::ui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(30);
    }
}

/// The tool renders what a user would see; a step that fails stops it loudly.
template<typename T>
void require(const Result<T> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error()));
}

/// What this run rendered, written as the manifest at the end.
QStringList &rendered()
{
    static QStringList names;
    return names;
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    settle();
    const bool ok = widget->grab().save(out.filePath(name + QStringLiteral(".png")));
    if (!ok)
        qWarning("could not save %s", qPrintable(name));
    else
        rendered().append(name + QStringLiteral(".png"));
    return ok;
}

/// The manifest: one line per screenshot this tool rendered, so that docs and
/// the guide can be checked to use only rendered images.
bool writeManifest(const QDir &out)
{
    QFile manifest(out.filePath(QStringLiteral("manifest.txt")));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QStringList names = rendered();
    names.sort();
    manifest.write(names.join(QLatin1Char('\n')).toUtf8() + '\n');
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: mcstudio-screenshots OUTPUT_DIR [nl|en]");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString language = args.value(2, QStringLiteral("nl"));
    StudioApplication::installTranslators(app, language);
    DisplayNames::setLanguage(language);

    QTemporaryDir dir;
    auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("scholen.mcdb"))).value();
    Microcredential example = ExampleDesign::load();
    const QualityFramework *mbo = FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024"));
    Checklist &checklist = example.checklistFor(mbo->id, mbo->version);
    const QDateTime when = Clock::now();
    checklist.setStatus(QStringLiteral("mbo-2024.04"), CriterionStatus::Met, QStringLiteral("Sanne de Vries"), when);
    checklist.setText(QStringLiteral("mbo-2024.04"), QStringLiteral("evidence"),
                      QStringLiteral("Besluit CvB 12 maart 2026: Examencommissie Techniek aangewezen."), QStringLiteral("Sanne de Vries"), when);
    checklist.setStatus(QStringLiteral("mbo-2024.12"), CriterionStatus::Met, QStringLiteral("Sanne de Vries"), when);
    checklist.setStatus(QStringLiteral("mbo-2024.07"), CriterionStatus::InProgress, QStringLiteral("Sanne de Vries"), when);
    require(catalogue->save(example));
    require(catalogue->save(test::TestDesigns::full()));
    Microcredential second = ExampleDesign::load();
    second.id = Microcredential::newId();
    second.title = {QStringLiteral("Digitale vaardigheden voor zorgmedewerkers"), QStringLiteral("Digital skills for care workers")};
    second.sector = Sector::Mbo;
    second.eqfLevel = 3;
    second.nlqfLevel = NlqfLevel::Level3;
    second.status = Status::Approved;
    second.version = 2;
    second.changed = second.changed.addDays(20);
    require(catalogue->save(second));

    test::ScratchSettings scratch;

    MainWindow window(language, scratch);
    window.setCatalogue(catalogue);
    window.resize(1280, 720);
    window.show();
    window.selectId(example.id);
    save(&window, out, QStringLiteral("main-window"));

    NewDesignWizard wizard(catalogue, ExampleDesign::load());
    wizard.resize(1100, 700);
    wizard.show();
    const QStringList pages{QStringLiteral("basics"), QStringLiteral("admission"), QStringLiteral("level"),
                            QStringLiteral("outcomes"), QStringLiteral("assessments"), QStringLiteral("quality"),
                            QStringLiteral("summary")};
    for (int i = 0; i < pages.size(); ++i) {
        save(&wizard, out, QStringLiteral("wizard-%1-%2").arg(i + 1).arg(pages.at(i)));
        wizard.next();
    }
    wizard.hide();

    DesignEditorWindow *editor = window.openEditor(example.id);
    editor->resize(1200, 720);
    editor->showSection(SectionRouter::Outcomes);
    save(editor, out, QStringLiteral("editor-outcomes"));
    editor->showSection(SectionRouter::LevelSize);
    save(editor, out, QStringLiteral("editor-level"));
    editor->close();

    // A Europass credential from elsewhere: what the preview shows, and what to check.
    {
        Microcredential foreign = test::TestDesigns::full();
        foreign.id = Microcredential::newId();
        foreign.nlqfLevel.reset();
        foreign.foreignLevel = QStringLiteral("DQR Level 6");
        foreign.qualityAssurance = {};
        const Result<ImportedDesign> imported =
            DesignImporter::fromBytes(InterchangeWriter::toBytes(foreign, ExchangeFormat::ElmCredential), QStringLiteral("zorgrapportage.jsonld"));
        require(imported);
        ImportPreviewDialog preview(imported.value(), QStringLiteral("zorgrapportage.jsonld"), false, &window);
        preview.resize(640, 560);
        preview.show();
        save(&preview, out, QStringLiteral("import-europass"));
        preview.hide();
    }

    auto document = window.documentFor(example.id);
    ChecklistReviewDialog review(document.get(), QStringLiteral("Sanne de Vries"));
    review.resize(1200, 720);
    review.show();
    save(&review, out, QStringLiteral("checklist-review"));
    review.hide();

    // The workflow: a design taken through review to the examination committee,
    // continued as a new version and changed; then its history.
    catalogue->setActor({QStringLiteral("Sanne de Vries"),
                         {WorkflowRole::Editor, WorkflowRole::Reviewer, WorkflowRole::Approver}});
    Microcredential routed = ExampleDesign::load();
    routed.id = Microcredential::newId();
    routed.status = Status::Draft;
    routed.title.nl = QStringLiteral("Warmtepompen onderhouden");
    require(catalogue->save(routed));
    require(catalogue->transition(routed.id, Status::InReview, WorkflowRole::Editor, QString()));
    require(catalogue->transition(routed.id, Status::Draft, WorkflowRole::Reviewer,
                          QStringLiteral("Leeruitkomst 3 is nog niet toetsbaar geformuleerd.")));
    require(catalogue->transition(routed.id, Status::InReview, WorkflowRole::Editor, QStringLiteral("LU3 herschreven.")));
    require(catalogue->transition(routed.id, Status::Reviewed, WorkflowRole::Reviewer, QString()));
    require(catalogue->transition(routed.id, Status::ApprovedByExamCommittee, WorkflowRole::Approver,
                          QStringLiteral("Akkoord examencommissie Techniek, vergadering 14 oktober.")));
    const Microcredential approved = catalogue->load(routed.id).value();
    {
        auto frozen = std::make_shared<DesignDocument>(approved, catalogue, catalogue->rowVersion(routed.id));
        DesignEditorWindow frozenEditor(frozen);
        frozenEditor.setAttribute(Qt::WA_DeleteOnClose, false);
        frozenEditor.resize(1200, 720);
        frozenEditor.show();
        save(&frozenEditor, out, QStringLiteral("editor-approved-version"));
        // Every outcome of an approved version can be read; its text selected.
        frozenEditor.showSection(SectionRouter::Outcomes);
        if (auto *outcomes = frozenEditor.findChild<QListWidget *>(QStringLiteral("outcomesListWidget")))
            outcomes->setCurrentRow(1);
        save(&frozenEditor, out, QStringLiteral("editor-approved-outcomes"));
        frozenEditor.hide();
    }
    Microcredential next = catalogue->startNewVersion(routed.id).value();
    next.title.nl = QStringLiteral("Warmtepompen onderhouden en storingen verhelpen");
    next.studyLoadHours = 280;
    next.learningOutcomes[0].statement.nl = QStringLiteral("De deelnemer stelt een warmtepompinstallatie in bedrijf en controleert de werking.");
    require(catalogue->save(next, catalogue->rowVersion(routed.id)));

    WorkflowStepDialog step(catalogue->load(example.id).value(), catalogue->actor());
    step.show();
    save(&step, out, QStringLiteral("workflow-change-status"));
    step.hide();

    HistoryDialog history(catalogue, routed.id);
    history.resize(1200, 760);
    history.show();
    save(&history, out, QStringLiteral("workflow-history"));
    history.hide();

    // Quality frameworks: the shipped ones and a school's own, loaded into the catalogue;
    // the institution's evidence, recorded once and inherited by every design.
    {
        QFile own(QStringLiteral(MCSTUDIO_DOCS_DIR "/examples/quality-framework-example.json"));
        if (own.open(QIODevice::ReadOnly))
            require(catalogue->addFramework(own.readAll(), own.fileName()));
        QualityFrameworksDialog frameworks(catalogue, &window);
        frameworks.resize(900, 440);
        frameworks.show();
        save(&frameworks, out, QStringLiteral("quality-frameworks"));
        frameworks.hide();

        const Microcredential designed = ExampleDesign::load();
        const auto evidence = [&](const char *criterion, const QString &text, const QStringList &links, const QDate &until) {
            InstitutionEvidence e;
            e.institutionId = designed.institution.identifier;
            e.criterionId = QString::fromLatin1(criterion);
            e.text = text;
            e.links = links;
            e.validUntil = until;
            require(catalogue->recordEvidence(e));
        };
        evidence("mbo-2024.01", QStringLiteral("Kwaliteitshandboek 2026, hoofdstuk 7 (microcredentials), met verwijzing naar de "
                                               "standaarden van het onderzoekskader; zelfevaluatie november 2025."),
                 {QStringLiteral("https://intranet.example/kwaliteit/handboek-2026.pdf")}, QDate(2026, 12, 31));
        evidence("mbo-2024.02", QStringLiteral("Visie op leven lang ontwikkelen 2025-2030, vastgesteld door het college van "
                                               "bestuur op 12 maart 2025; het aanbod microcredentials staat in bijlage 2."),
                 {QStringLiteral("https://intranet.example/bestuur/llo-visie-2025.pdf")}, QDate(2026, 6, 30));
        evidence("mbo-2024.04", QStringLiteral("Aanwijzingsbesluit examencommissie Techniek, 3 september 2025."), {}, QDate());
        InstitutionsDialog institutions(catalogue, &window);
        auto *school = institutions.findChild<QComboBox *>(QStringLiteral("institutionComboBox"));
        school->setCurrentIndex(std::max(0, school->findData(designed.institution.identifier)));
        auto *chosen = institutions.findChild<QComboBox *>(QStringLiteral("frameworkComboBox"));
        chosen->setCurrentIndex(std::max(0, chosen->findData(QStringLiteral("mbo-2024"))));
        auto *criteria = institutions.findChild<QTreeWidget *>(QStringLiteral("institutionCriteriaTreeWidget"));
        criteria->setCurrentItem(criteria->topLevelItem(1));
        institutions.resize(860, 660);
        institutions.show();
        save(&institutions, out, QStringLiteral("institutions"));
        institutions.hide();

        auto inheriting = std::make_shared<DesignDocument>(catalogue->load(example.id).value(), catalogue,
                                                           catalogue->rowVersion(example.id));
        ChecklistReviewDialog inherited(inheriting.get(), QStringLiteral("Sanne de Vries"));
        inherited.resize(1200, 760);
        inherited.show();
        inherited.findChild<ChecklistReviewWidget *>()->selectCriterion(QStringLiteral("mbo-2024.02"));
        save(&inherited, out, QStringLiteral("checklist-institution-evidence"));
        inherited.hide();
        FrameworkLibrary::useCatalogueFrameworks({});
    }

    Microcredential theirs = next;
    theirs.title.nl = QStringLiteral("Warmtepompen: onderhoud en storingen");
    ConflictDialog conflict(theirs, next);
    conflict.show();
    save(&conflict, out, QStringLiteral("workflow-conflict"));
    conflict.hide();

    {
        QTemporaryDir settingsDir; // a first start: empty settings
        AppSettings fresh(settingsDir.filePath(QStringLiteral("settings.ini")));
        auto *welcome = new WelcomeDialog(&window, fresh, example.id);
        welcome->show();
        save(welcome, out, QStringLiteral("welcome"));
        welcome->close();
    }

    {
        // F1 on a wizard page, as a user presses it: the guide opens at that page's section.
        ContextHelp::install();
        NewDesignWizard helped(catalogue, ExampleDesign::load());
        helped.resize(1100, 700);
        helped.show();
        for (int i = 0; i < 3; ++i)
            helped.next();
        QApplication::setActiveWindow(&helped);
        QWidget *focus = helped.currentPage()->focusWidget() ? helped.currentPage()->focusWidget() : helped.currentPage();
        focus->setFocus();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_F1, Qt::NoModifier);
        QCoreApplication::sendEvent(focus, &press);
        HelpWindow *help = HelpWindow::instance();
        if (!help || help->currentSectionId() != QStringLiteral("wizard-outcomes"))
            qFatal("F1 on the outcomes page did not open its section of the guide");
        save(help, out, QStringLiteral("help-guide")); // at the size it opens with
        help->close();
        helped.hide();
    }

    ConnectCatalogueDialog connectDialog;
    connectDialog.setLocation(CatalogueLocation::server(QStringLiteral("db.rocmidden.nl"), 5432,
                                                        QStringLiteral("microcredentials"), QStringLiteral("svries")));
    connectDialog.show();
    save(&connectDialog, out, QStringLiteral("workflow-connect"));
    connectDialog.hide();

    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer);
    const DocumentContent content = DescriptionBuilder::build(example, mbo, language, Clock::today());
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [&content](QPrinter *target) { require(PdfRenderer::paint(content, target)); });
    preview.resize(1200, 720);
    QTimer::singleShot(0, &preview, [&] {
        save(&preview, out, QStringLiteral("print-preview"));
        preview.close();
    });
    preview.exec();
    return writeManifest(out) ? 0 : 1;
}
