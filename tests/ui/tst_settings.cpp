#include "MainWindow.h"
#include "frameworks/FrameworkLibrary.h"
#include "settings/AppSettings.h"
#include "settings/RecentCataloguesMenu.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace mcs;
using namespace mcs::ui;

namespace {

QString settingsPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("settings.ini"));
}

/// Settings values as the dialog would produce them, all different from the defaults.
struct Sample
{
    QString language = QStringLiteral("nl");
    QString name = QStringLiteral("Jansen-Çelik, Anneke");
    QString role = QStringLiteral("approver");
    QString institution = QStringLiteral("ROC \"De Brug\" & partners");
    QString identifier = QStringLiteral("25LX");
    QString framework = QStringLiteral("hbo-wo");
};

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_user = qgetenv("USER");
        m_userName = qgetenv("USERNAME");
        qputenv("USER", "jdevries");
        qunsetenv("USERNAME");
    }

    void cleanup()
    {
        restore("USER", m_user);
        restore("USERNAME", m_userName);
    }

    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("system"));
        QCOMPARE(settings.resolvedLanguage(), AppSettings::systemLanguage());
        QVERIFY(settings.resolvedLanguage() == QLatin1String("nl") ||
                settings.resolvedLanguage() == QLatin1String("en"));
        QCOMPARE(settings.userName(), QStringLiteral("jdevries"));
        QCOMPARE(settings.userRole(), QStringLiteral("editor"));
        QCOMPARE(settings.defaultInstitutionName(), QString());
        QCOMPARE(settings.defaultInstitutionIdentifier(), QString());
        QCOMPARE(settings.defaultFrameworkId(), QStringLiteral("mbo-2024"));
        QVERIFY(FrameworkLibrary::builtInIds().contains(settings.defaultFrameworkId()));
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.mainWindowState().isEmpty());
        QVERIFY(settings.recentCatalogues().isEmpty());
        QCOMPARE(settings.lastCatalogue(), QString());
        QCOMPARE(settings.fileName(), settingsPath(dir));

        // The Windows variable when USER is not set.
        qunsetenv("USER");
        qputenv("USERNAME", "pjansen");
        QCOMPARE(settings.userName(), QStringLiteral("pjansen"));
    }

    void explicitLanguageIsResolvedAsIs()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        settings.setInterfaceLanguage(QStringLiteral("nl"));
        QCOMPARE(settings.resolvedLanguage(), QStringLiteral("nl"));
        settings.setInterfaceLanguage(QStringLiteral("EN"));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("en"));
        QCOMPARE(settings.resolvedLanguage(), QStringLiteral("en"));
    }

    void everySettingSurvivesARoundTrip()
    {
        QTemporaryDir dir;
        const Sample s;
        // Binary, with NUL bytes; the length is the literal's (ASan caught a too-long one).
        static const char geometryBytes[] = "\x01\x00\xd9\xd0\xcb\xff geometry";
        static const char stateBytes[] = "\x00\x00\x00\xff state";
        QByteArray geometry(geometryBytes, sizeof geometryBytes - 1);
        const QByteArray state(stateBytes, sizeof stateBytes - 1);
        const QString a = dir.filePath(QStringLiteral("a.mcdb"));
        const QString b = dir.filePath(QStringLiteral("sub dir/b, c.mcdb"));
        const QString single = dir.filePath(QStringLiteral("only.mcdb"));
        {
            AppSettings first(settingsPath(dir));
            QSignalSpy changed(&first, &AppSettings::changed);
            first.setInterfaceLanguage(s.language);
            first.setUserName(s.name);
            first.setUserRole(s.role);
            first.setDefaultInstitutionName(s.institution);
            first.setDefaultInstitutionIdentifier(s.identifier);
            first.setDefaultFrameworkId(s.framework);
            first.setMainWindowGeometry(geometry);
            first.setMainWindowState(state);
            first.addRecentCatalogue(a);
            first.addRecentCatalogue(b);
            first.setLastCatalogue(b);
            QVERIFY(first.sync());
            QCOMPARE(changed.count(), 11);
            QCOMPARE(changed.first().first().toString(),
                     AppSettings::keyName(AppSettings::Key::InterfaceLanguage));
            QCOMPARE(changed.last().first().toString(),
                     AppSettings::keyName(AppSettings::Key::LastCatalogue));

            // Writing the same value again is no change.
            changed.clear();
            first.setUserRole(s.role);
            first.addRecentCatalogue(b);
            QCOMPARE(changed.count(), 0);
        }
        // Really on disk, not only in QSettings' cache shared within the process.
        QFile file(settingsPath(dir));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("role=approver"));
        QVERIFY(onDisk.contains("frameworkId=hbo-wo"));

        AppSettings second(settingsPath(dir));
        QCOMPARE(second.interfaceLanguage(), s.language);
        QCOMPARE(second.resolvedLanguage(), s.language);
        QCOMPARE(second.userName(), s.name);
        QCOMPARE(second.userRole(), s.role);
        QCOMPARE(second.defaultInstitutionName(), s.institution);
        QCOMPARE(second.defaultInstitutionIdentifier(), s.identifier);
        QCOMPARE(second.defaultFrameworkId(), s.framework);
        QCOMPARE(second.mainWindowGeometry(), geometry);
        QCOMPARE(second.mainWindowState(), state);
        QCOMPARE(second.recentCatalogues(), (QStringList{b, a}));
        QCOMPARE(second.lastCatalogue(), b);

        // A list of one and an empty list come back as lists too.
        second.clearRecentCatalogues();
        second.addRecentCatalogue(single);
        QVERIFY(second.sync());
        QCOMPARE(AppSettings(settingsPath(dir)).recentCatalogues(), QStringList{single});
        second.clearRecentCatalogues();
        QVERIFY(second.sync());
        QVERIFY(AppSettings(settingsPath(dir)).recentCatalogues().isEmpty());
    }

    void invalidStoredValuesFallBackToTheDefaults()
    {
        QTemporaryDir dir;
        QStringList tooMany;
        for (int i = 0; i < 12; ++i)
            tooMany.append(dir.filePath(QStringLiteral("c%1.mcdb").arg(i % 10)));
        {
            QSettings raw(settingsPath(dir), QSettings::IniFormat);
            raw.setValue(QStringLiteral("interface/language"), QStringLiteral("fr"));
            raw.setValue(QStringLiteral("user/name"), QStringLiteral("   "));
            raw.setValue(QStringLiteral("user/role"), QStringLiteral("boss"));
            raw.setValue(QStringLiteral("defaults/institutionName"),
                         QStringList{QStringLiteral("a"), QStringLiteral("b")});
            raw.setValue(QStringLiteral("defaults/institutionIdentifier"),
                         QVariantMap{{QStringLiteral("x"), 1}});
            raw.setValue(QStringLiteral("defaults/frameworkId"),
                         QStringLiteral("no-such-framework"));
            raw.setValue(QStringLiteral("mainWindow/geometry"), QStringLiteral("not bytes"));
            raw.setValue(QStringLiteral("mainWindow/state"), 42);
            raw.setValue(QStringLiteral("catalogues/last"), QVariantMap{{QStringLiteral("x"), 1}});
            raw.setValue(QStringLiteral("catalogues/recent"), tooMany);
            raw.sync();
            QCOMPARE(raw.status(), QSettings::NoError);
        }
        AppSettings settings(settingsPath(dir));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("system"));
        QCOMPARE(settings.userName(), QStringLiteral("jdevries"));
        QCOMPARE(settings.userRole(), QStringLiteral("editor"));
        QCOMPARE(settings.defaultInstitutionName(), QString());
        QCOMPARE(settings.defaultInstitutionIdentifier(), QString());
        QCOMPARE(settings.defaultFrameworkId(), QStringLiteral("mbo-2024"));
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.mainWindowState().isEmpty());
        QCOMPARE(settings.lastCatalogue(), QString());
        // Duplicates dropped, at most eight kept, in stored order.
        const QStringList recent = settings.recentCatalogues();
        QCOMPARE(recent.size(), AppSettings::MaxRecentCatalogues);
        QCOMPARE(recent, tooMany.mid(0, AppSettings::MaxRecentCatalogues));

        // Writing an unusable value removes it, so that the default applies again.
        settings.setUserRole(QStringLiteral("reviewer"));
        settings.setUserRole(QStringLiteral("boss"));
        QCOMPARE(settings.userRole(), QStringLiteral("editor"));
        settings.setUserName(QStringLiteral("Anneke"));
        settings.setUserName(QString());
        QCOMPARE(settings.userName(), QStringLiteral("jdevries"));
        settings.setDefaultFrameworkId(QStringLiteral("eu-2022"));
        settings.setDefaultFrameworkId(QStringLiteral("EU-2022"));
        QCOMPARE(settings.defaultFrameworkId(), QStringLiteral("mbo-2024"));
    }

    void recentListIsNewestFirstWithoutDuplicatesAndAtMostEight()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        QSignalSpy changed(&settings, &AppSettings::changed);
        const auto path = [&dir](int i) { return dir.filePath(QStringLiteral("c%1.mcdb").arg(i)); };
        settings.addRecentCatalogue(path(1));
        settings.addRecentCatalogue(path(2));
        settings.addRecentCatalogue(path(3));
        QCOMPARE(settings.recentCatalogues(), (QStringList{path(3), path(2), path(1)}));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().first().toString(),
                 AppSettings::keyName(AppSettings::Key::RecentCatalogues));

        // Reopening moves to the top; an unclean spelling of the same file is the same entry.
        settings.addRecentCatalogue(dir.path() + QStringLiteral("/sub/../c1.mcdb"));
        QCOMPARE(settings.recentCatalogues(), (QStringList{path(1), path(3), path(2)}));

        // A relative path is stored absolute.
        settings.addRecentCatalogue(QStringLiteral("relative/./x.mcdb"));
        QCOMPARE(settings.recentCatalogues().first(),
                 QDir::current().absoluteFilePath(QStringLiteral("relative/x.mcdb")));
        settings.removeRecentCatalogue(QStringLiteral("relative/x.mcdb"));
        QCOMPARE(settings.recentCatalogues(), (QStringList{path(1), path(3), path(2)}));

        for (int i = 4; i <= 12; ++i)
            settings.addRecentCatalogue(path(i));
        QStringList expected;
        for (int i = 12; i > 12 - AppSettings::MaxRecentCatalogues; --i)
            expected.append(path(i));
        QCOMPARE(settings.recentCatalogues(), expected);

        settings.removeRecentCatalogue(path(10));
        expected.removeAll(path(10));
        QCOMPARE(settings.recentCatalogues(), expected);
        changed.clear();
        settings.removeRecentCatalogue(path(10));
        settings.addRecentCatalogue(QString());
        QCOMPARE(changed.count(), 0);

        settings.clearRecentCatalogues();
        QVERIFY(settings.recentCatalogues().isEmpty());
        QCOMPARE(changed.count(), 1);
    }

    void dialogWritesOnOkOnly()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        const Sample s;
        {
            SettingsDialog dialog(settings, QStringLiteral("en"));
            fill(dialog, s);
            dialog.reject();
        }
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("system"));
        QCOMPARE(settings.userName(), QStringLiteral("jdevries"));
        QCOMPARE(settings.userRole(), QStringLiteral("editor"));
        QCOMPARE(settings.defaultInstitutionName(), QString());
        QCOMPARE(settings.defaultFrameworkId(), QStringLiteral("mbo-2024"));
        {
            SettingsDialog dialog(settings, QStringLiteral("en"));
            fill(dialog, s);
            auto *buttons =
                dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsDialogButtonBox"));
            QVERIFY(buttons);
            buttons->button(QDialogButtonBox::Cancel)->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(settings.userRole(), QStringLiteral("editor"));
        {
            SettingsDialog dialog(settings, QStringLiteral("en"));
            fill(dialog, s);
            auto *buttons =
                dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsDialogButtonBox"));
            buttons->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(settings.interfaceLanguage(), s.language);
        QCOMPARE(settings.userName(), s.name);
        QCOMPARE(settings.userRole(), s.role);
        QCOMPARE(settings.defaultInstitutionName(), s.institution);
        QCOMPARE(settings.defaultInstitutionIdentifier(), s.identifier);
        QCOMPARE(settings.defaultFrameworkId(), s.framework);

        // A new dialog shows what is stored; an empty name means the login name.
        SettingsDialog dialog(settings, QStringLiteral("en"));
        QCOMPARE(combo(dialog, "interfaceLanguageComboBox")->currentData().toString(), s.language);
        QCOMPARE(line(dialog, "userNameLineEdit")->text(), s.name);
        QCOMPARE(combo(dialog, "userRoleComboBox")->currentData().toString(), s.role);
        QCOMPARE(line(dialog, "institutionNameLineEdit")->text(), s.institution);
        QCOMPARE(line(dialog, "institutionIdentifierLineEdit")->text(), s.identifier);
        QCOMPARE(combo(dialog, "frameworkComboBox")->currentData().toString(), s.framework);
        line(dialog, "userNameLineEdit")->clear();
        dialog.accept();
        QCOMPARE(settings.userName(), QStringLiteral("jdevries"));
    }

    void dialogIsLabelledForKeyboardAndScreenReaders()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        SettingsDialog dialog(settings, QStringLiteral("nl"));
        QList<QWidget *> inputs;
        for (QComboBox *c : dialog.findChildren<QComboBox *>())
            inputs.append(c);
        for (QLineEdit *l : dialog.findChildren<QLineEdit *>()) {
            if (!qobject_cast<QComboBox *>(l->parentWidget()))
                inputs.append(l);
        }
        QCOMPARE(inputs.size(), 6);
        QSet<QChar> mnemonics;
        for (QWidget *input : std::as_const(inputs)) {
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
            QLabel *label = nullptr;
            for (QLabel *candidate : dialog.findChildren<QLabel *>()) {
                if (candidate->buddy() == input)
                    label = candidate;
            }
            QVERIFY2(label, qPrintable(input->objectName()));
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < label->text().size(), qPrintable(label->text()));
            const QChar key = label->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(label->text()));
            mnemonics.insert(key);
            QVERIFY(input->focusPolicy() & Qt::TabFocus);
        }

        // Framework names in the interface language given.
        QComboBox *frameworks = combo(dialog, "frameworkComboBox");
        QCOMPARE(frameworks->count(), FrameworkLibrary::builtIn().size());
        for (int i = 0; i < frameworks->count(); ++i) {
            const QualityFramework &framework = FrameworkLibrary::builtIn().at(i);
            QCOMPARE(frameworks->itemData(i).toString(), framework.id);
            QCOMPARE(frameworks->itemText(i), framework.name.preferred(QStringLiteral("nl")));
        }
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("restartNoteLabel")));
    }

    void aNewLanguageOffersARestartThatReopensTheCatalogue()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        settings.setInterfaceLanguage(QStringLiteral("en"));
        auto catalogue = Catalogue::create(dir.filePath(QStringLiteral("school.mcdb"))).value();
        MainWindow window(QStringLiteral("en"), settings);
        window.setCatalogue(catalogue);
        window.show();
        QStringList asked;
        bool answer = false;
        QList<QStringList> restarts;
        window.setConfirmation([&](const QString &title, const QString &) {
            asked.append(title);
            return answer;
        });
        window.setRestarter([&](const QStringList &arguments) { restarts.append(arguments); });

        window.offerRestartForLanguage(QStringLiteral("en")); // the language stayed
        QVERIFY(asked.isEmpty());
        settings.setInterfaceLanguage(QStringLiteral("nl"));
        window.offerRestartForLanguage(QStringLiteral("en"));
        QCOMPARE(asked, QStringList{QStringLiteral("Restart now?")});
        QVERIFY(restarts.isEmpty()); // declined: nothing happens
        QVERIFY(window.isVisible());

        answer = true;
        window.offerRestartForLanguage(QStringLiteral("en"));
        QCOMPARE(restarts, QList<QStringList>{QStringList{catalogue->path()}});
        QVERIFY(!window.isVisible());
    }

    void recentMenuListsChoosesAndClears()
    {
        QTemporaryDir dir;
        AppSettings settings(settingsPath(dir));
        const QString first = dir.filePath(QStringLiteral("first.mcdb"));
        const QString second = dir.filePath(QStringLiteral("R&D.mcdb"));
        settings.addRecentCatalogue(first);
        settings.addRecentCatalogue(second);

        RecentCataloguesMenu menu(settings);
        QCOMPARE(menu.title(), QStringLiteral("Open &Recent"));
        QList<QAction *> entries = catalogueActions(menu);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 R&&D.mcdb"));
        QCOMPARE(entries.at(0)->statusTip(), QDir::toNativeSeparators(second));
        QCOMPARE(entries.at(1)->text(), QStringLiteral("&2 first.mcdb"));

        QSignalSpy chosen(&menu, &RecentCataloguesMenu::catalogueChosen);
        entries.at(1)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), first);

        // Opening it moves it to the top, from inside the menu's own signal.
        connect(&menu, &RecentCataloguesMenu::catalogueChosen, &settings,
                &AppSettings::addRecentCatalogue);
        catalogueActions(menu).at(1)->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        entries = catalogueActions(menu);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 first.mcdb"));

        // Changes made elsewhere show up.
        settings.addRecentCatalogue(dir.filePath(QStringLiteral("third.mcdb")));
        QCOMPARE(catalogueActions(menu).size(), 3);

        QAction *clear = menu.findChild<QAction *>(QStringLiteral("clearRecentCataloguesAction"));
        QVERIFY(clear);
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(settings.recentCatalogues().isEmpty());
        QVERIFY(catalogueActions(menu).isEmpty());
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 3); // placeholder, separator, Clear List
        QCOMPARE(actions.at(0)->text(), QStringLiteral("No recent catalogues"));
        QVERIFY(!actions.at(0)->isEnabled());
        QVERIFY(actions.at(1)->isSeparator());
        QCOMPARE(actions.at(2)->text(), QStringLiteral("Clear List"));
        QVERIFY(!actions.at(2)->isEnabled());
    }

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }

    static QComboBox *combo(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QComboBox *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no combo box %s", name);
        return found;
    }

    static QLineEdit *line(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no line edit %s", name);
        return found;
    }

    static void select(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        if (index < 0)
            qFatal("no item %s", qPrintable(data));
        box->setCurrentIndex(index);
    }

    static void fill(QDialog &dialog, const Sample &s)
    {
        select(combo(dialog, "interfaceLanguageComboBox"), s.language);
        line(dialog, "userNameLineEdit")->setText(s.name);
        select(combo(dialog, "userRoleComboBox"), s.role);
        line(dialog, "institutionNameLineEdit")->setText(s.institution);
        line(dialog, "institutionIdentifierLineEdit")->setText(s.identifier);
        select(combo(dialog, "frameworkComboBox"), s.framework);
    }

    /// The menu's entries for catalogues: those with a path as their data.
    static QList<QAction *> catalogueActions(const QMenu &menu)
    {
        QList<QAction *> found;
        for (QAction *action : menu.actions()) {
            if (!action->data().toString().isEmpty())
                found.append(action);
        }
        return found;
    }

    QByteArray m_user;
    QByteArray m_userName;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
