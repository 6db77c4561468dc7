#include "guide/UserGuide.h"
#include "storage/Catalogue.h"
#include "help/ContextHelp.h"
#include "help/FieldHelp.h"
#include "document/DesignDocument.h"
#include "sections/DesignSection.h"
#include "sections/SectionFactory.h"
#include "help/HelpTargets.h"
#include "help/HelpWindow.h"
#include "help/WelcomeDialog.h"
#include "MainWindow.h"
#include "example/ExampleDesign.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include "wizard/NewDesignWizard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

using namespace mcs;
using namespace mcs::ui;

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesHaveTheSameChaptersAndSections()
    {
        const UserGuide &nl = UserGuide::get(QStringLiteral("nl"));
        const UserGuide &en = UserGuide::get(QStringLiteral("en"));
        QVERIFY(nl.chapters().size() >= 11);
        QCOMPARE(nl.chapters().size(), en.chapters().size());
        QSet<QString> ids;
        for (int c = 0; c < nl.chapters().size(); ++c) {
            const GuideChapter &a = nl.chapters().at(c);
            const GuideChapter &b = en.chapters().at(c);
            QCOMPARE(a.fileName, b.fileName);
            QCOMPARE(a.id, b.id);
            QVERIFY2(!a.title.isEmpty() && a.title != b.title, qPrintable(a.fileName)); // translated, not copied
            QCOMPARE(a.sections.size(), b.sections.size());
            for (int s = 0; s < a.sections.size(); ++s) {
                QCOMPARE(a.sections.at(s).id, b.sections.at(s).id);
                QVERIFY2(!ids.contains(a.sections.at(s).id), qPrintable(a.sections.at(s).id)); // ids are unique
                ids.insert(a.sections.at(s).id);
            }
            QVERIFY(!a.markdown.contains(QStringLiteral("{#")));
        }
    }

    void everyHelpTargetResolvesInBothLanguages()
    {
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            for (const QString &target : HelpTargets::all())
                QVERIFY2(UserGuide::get(language).find(target).has_value(), qPrintable(language + QLatin1Char(' ') + target));
        }
    }

    void searchFindsSectionsWithEveryWord()
    {
        const UserGuide &en = UserGuide::get(QStringLiteral("en"));
        const QList<GuidePlace> found = en.search(QStringLiteral("PostgreSQL roles"));
        QVERIFY(!found.isEmpty());
        QVERIFY(en.search(QStringLiteral("xyzzy-not-in-the-guide")).isEmpty());
    }

    void windowGoesBackAndForward()
    {
        HelpWindow window(QStringLiteral("en"));
        QVERIFY(window.open(QStringLiteral("wizard-outcomes")));
        QVERIFY(window.open(QStringLiteral("catalogue-window")));
        QCOMPARE(window.currentSectionId(), QStringLiteral("catalogue-window"));
        window.back();
        QCOMPARE(window.currentSectionId(), QStringLiteral("wizard-outcomes"));
        QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("Learning outcomes"), Qt::CaseInsensitive));
        window.forward();
        QCOMPARE(window.currentSectionId(), QStringLiteral("catalogue-window"));
        QVERIFY(!window.open(QStringLiteral("no-such-section")));
    }

    void welcomeOnFirstStartUntilToldOtherwise()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.showWelcome()); // empty settings: a first start
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("welcome.mcdb"))).value();
        QVERIFY(catalogue->save(ExampleDesign::load()).ok());
        MainWindow window(QStringLiteral("en"), settings);
        window.setCatalogue(catalogue);
        QPointer<WelcomeDialog> welcome = WelcomeDialog::showIfWanted(&window, settings, ExampleDesign::load().id);
        QVERIFY(welcome);
        QVERIFY(!welcome->isModal()); // the catalogue window stays usable
        QCOMPARE(welcome->findChildren<QCommandLinkButton *>().size(), 4);
        // "Read the guide" opens the guide at getting started.
        welcome->findChildren<QCommandLinkButton *>().at(3)->click();
        QVERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
        QCOMPARE(HelpWindow::instance()->currentSectionId(), QStringLiteral("getting-started"));
        HelpWindow::instance()->close();
        QTRY_VERIFY(!welcome); // closed itself (and deleted)
        QVERIFY(settings.showWelcome()); // not told otherwise: it comes again

        welcome = WelcomeDialog::showIfWanted(&window, settings, ExampleDesign::load().id);
        welcome->findChild<QCheckBox *>()->setChecked(true);
        welcome->reject();
        QVERIFY(!settings.showWelcome());
        QVERIFY(!WelcomeDialog::showIfWanted(&window, settings, ExampleDesign::load().id));
    }

    void everyFieldHasHelpNamingItsGuideSection()
    {
        // The table itself: each field's section is in both guides.
        for (const FieldHelp::Entry &entry : FieldHelp::all()) {
            QVERIFY2(!entry.tip.isEmpty() && !entry.explanation.isEmpty(), qPrintable(entry.key));
            for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
                QVERIFY2(UserGuide::get(language).find(entry.guideSection), qPrintable(entry.key + u' ' + language));
        }
        // Every input of every section that takes input has it, itself or through the widget it is part of.
        QTemporaryDir dir;
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("fields.mcdb"))).value();
        const Microcredential example = ExampleDesign::load();
        QVERIFY(catalogue->save(example).ok());
        auto document = std::make_shared<DesignDocument>(example, catalogue, catalogue->rowVersion(example.id).value());
        int inputs = 0;
        for (int s = SectionRouter::Basics; s < SectionRouter::Summary; ++s) {
            std::unique_ptr<DesignSection> section(
                SectionFactory::create(SectionRouter::Section(s), document.get(), nullptr));
            const QList<QWidget *> widgets = section->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget)
                    && !qobject_cast<QComboBox *>(widget) && !qobject_cast<QPlainTextEdit *>(widget)
                    && !qobject_cast<QAbstractItemView *>(widget))
                    continue;
                ++inputs;
                const QWidget *helped = widget;
                while (helped && helped != section.get() && helped->whatsThis().isEmpty())
                    helped = helped->parentWidget();
                const QString name = section->title() + QStringLiteral(": ") + widget->objectName() + u' '
                                     + QString::fromLatin1(widget->metaObject()->className());
                QVERIFY2(helped && helped != section.get(), qPrintable(name));
                QVERIFY2(!helped->toolTip().isEmpty(), qPrintable(name));
                QVERIFY2(helped->whatsThis().contains(QStringLiteral("guide")), qPrintable(name));
                // F1 in the field opens the section its help names.
                QVERIFY2(UserGuide::get(QStringLiteral("en")).find(HelpTargets::of(widget)), qPrintable(name));
            }
        }
        QVERIFY(inputs > 30);
    }

    void shiftF1OnAFieldShowsWhatItIsFor()
    {
        QTemporaryDir dir;
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("whats.mcdb"))).value();
        NewDesignWizard wizard(catalogue, ExampleDesign::load());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);
        auto *title = wizard.findChild<QWidget *>(QStringLiteral("titleTextEdit"));
        QVERIFY(title);
        QWidget *field = title->findChildren<QLineEdit *>().value(0); // the Dutch title
        QVERIFY(field);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_F1, Qt::ShiftModifier);
        // Qt shows the text in a small window of its own beside the field.
        QWidget *shown = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && QString::fromLatin1(top->metaObject()->className()) == QLatin1String("QWhatsThat"))
                shown = top;
        }
        QVERIFY(shown);
        QVERIFY(!HelpWindow::instance() || !HelpWindow::instance()->isVisible()); // Shift+F1 is not F1
        shown->close();
    }

    void guideScreenshotsShowInTheHelpWindow()
    {
        HelpWindow window(QStringLiteral("en"));
        window.open(QStringLiteral("catalogue-window"));
        QTextDocument *document = window.browser()->document();
        int images = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat format = it.fragment().charFormat().toImageFormat();
                if (!format.isValid())
                    continue;
                const QImage image = document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
                QVERIFY2(!image.isNull(), qPrintable(format.name()));
                // Never wider than a column of text: a wide screenshot is scaled down.
                QVERIFY((format.width() > 0 ? format.width() : image.width()) <= 720);
                ++images;
            }
        }
        QVERIFY(images >= 1);
    }

    void f1OnAWizardPageOpensItsSection()
    {
        ContextHelp::install();
        QTemporaryDir dir;
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("help.mcdb"))).value();
        Microcredential start = Microcredential::createNew();
        start.title.nl = QStringLiteral("Hulp");
        NewDesignWizard wizard(catalogue, start);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QApplication::setActiveWindow(&wizard);
        QWidget *focus = wizard.currentPage()->focusWidget() ? wizard.currentPage()->focusWidget() : wizard.currentPage();
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_F1);
        HelpWindow *help = HelpWindow::instance();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentSectionId(), QStringLiteral("wizard-outcomes"));
        help->close();
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
