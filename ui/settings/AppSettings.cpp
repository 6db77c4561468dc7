#include "AppSettings.h"

#include "storage/CatalogueLocation.h"

#include "frameworks/FrameworkLibrary.h"
#include "util/TextLimits.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <algorithm>
#include <utility>

namespace mcs::ui {

namespace {

using Key = AppSettings::Key;

/// The cleaned form of a stored or given value, or an invalid QVariant when it
/// cannot be used (so that the default applies).
using Cleaner = QVariant (*)(const QVariant &value);
/// Computed on each read: some defaults depend on the environment.
using DefaultValue = QVariant (*)();

struct Setting
{
    Key key;
    const char *name;
    DefaultValue defaultValue;
    Cleaner clean;
};

QVariant cleanChoice(const QVariant &value, const QStringList &allowed)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString code = value.toString().trimmed().toLower();
    return allowed.contains(code) ? QVariant(code) : QVariant();
}

/// One line of text; a hand-edited file may hold anything, so bound the length.
QVariant cleanText(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString line = value.toString().simplified();
    return line.size() <= TextLimits::MaxTextLength ? QVariant(line) : QVariant();
}

QVariant cleanNonEmptyText(const QVariant &value)
{
    const QVariant line = cleanText(value);
    return line.toString().isEmpty() ? QVariant() : line;
}

QVariant cleanBytes(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value : QVariant();
}

QString cleanPath(const QString &path)
{
    if (CatalogueLocation::looksLikeServerUrl(path))
        return path; // a shared catalogue's address (never with a password)
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool samePath(const QString &a, const QString &b)
{
#ifdef Q_OS_WIN
    // Windows file names ignore case: C:/Scholen/a.mcdb and c:/scholen/A.MCDB are one file.
    return a.compare(b, Qt::CaseInsensitive) == 0;
#else
    return a == b;
#endif
}

QVariant cleanPathValue(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString || value.toString().size() > TextLimits::MaxTextLength)
        return {};
    return cleanPath(value.toString());
}

QVariant cleanPathList(const QVariant &value)
{
    // An INI file gives a list of one back as a plain string.
    QStringList given;
    if (value.typeId() == QMetaType::QStringList)
        given = value.toStringList();
    else if (value.typeId() == QMetaType::QString)
        given = QStringList{value.toString()};
    else
        return {};
    QStringList paths;
    for (const QString &entry : std::as_const(given)) {
        if (entry.isEmpty() || entry.size() > TextLimits::MaxTextLength)
            continue;
        const QString clean = cleanPath(entry);
        const bool seen = std::any_of(paths.cbegin(), paths.cend(),
                                      [&clean](const QString &p) { return samePath(p, clean); });
        if (!seen)
            paths.append(clean);
        if (paths.size() == AppSettings::MaxRecentCatalogues)
            break;
    }
    return paths;
}

/// "true" or "false" as written by QSettings, or a bool; anything else is not usable.
QVariant cleanBool(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return {};
}

QVariant loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    return name;
}

// The one table of settings: stored name, default, and what counts as a usable value.
const Setting settingsTable[] = {
    {Key::InterfaceLanguage, "interface/language",
     [] { return QVariant(QStringLiteral("system")); },
     [](const QVariant &v) { return cleanChoice(v, AppSettings::interfaceLanguages()); }},
    {Key::UserName, "user/name", loginName, cleanNonEmptyText},
    {Key::UserRole, "user/role", [] { return QVariant(QStringLiteral("editor")); },
     [](const QVariant &v) { return cleanChoice(v, AppSettings::userRoles()); }},
    {Key::DefaultInstitutionName, "defaults/institutionName", [] { return QVariant(QString()); },
     cleanText},
    {Key::DefaultInstitutionIdentifier, "defaults/institutionIdentifier",
     [] { return QVariant(QString()); }, cleanText},
    {Key::DefaultFrameworkId, "defaults/frameworkId",
     [] { return QVariant(QStringLiteral("mbo-2024")); },
     [](const QVariant &v) {
         // Framework ids are case-sensitive data keys: no lower-casing here.
         if (v.typeId() != QMetaType::QString)
             return QVariant();
         const QString id = v.toString().trimmed();
         return FrameworkLibrary::find(id) ? QVariant(id) : QVariant();
     }},
    {Key::MainWindowGeometry, "mainWindow/geometry", [] { return QVariant(QByteArray()); },
     cleanBytes},
    {Key::MainWindowState, "mainWindow/state", [] { return QVariant(QByteArray()); }, cleanBytes},
    {Key::RecentCatalogues, "catalogues/recent", [] { return QVariant(QStringList()); },
     cleanPathList},
    {Key::LastCatalogue, "catalogues/last", [] { return QVariant(QString()); }, cleanPathValue},
    {Key::ShowWelcome, "interface/showWelcome", [] { return QVariant(true); }, cleanBool},
};

const Setting &setting(Key key)
{
    for (const Setting &s : settingsTable) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    // With an empty organisation QSettings would use "Unknown Organization" and
    // report an access error; an organisation without an application gives one
    // file with no organisation level (~/.config/mcstudio.conf), like the data
    // folder. The system-wide file (/etc/xdg/mcstudio.conf) is read as a fallback,
    // so that a school's IT department can preset the institution.
    , m_settings(new QSettings(QSettings::NativeFormat, QSettings::UserScope,
                               QStringLiteral("mcstudio"), QString(), this))
{}

AppSettings::AppSettings(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(iniFilePath, QSettings::IniFormat, this))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(setting(key).name);
}

QStringList AppSettings::interfaceLanguages()
{
    return {QStringLiteral("system"), QStringLiteral("nl"), QStringLiteral("en")};
}

QStringList AppSettings::userRoles()
{
    return {QStringLiteral("editor"), QStringLiteral("reviewer"), QStringLiteral("approver")};
}

QString AppSettings::systemLanguage()
{
    // The same rule as StudioApplication::installTranslators.
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

QVariant AppSettings::value(Key key) const
{
    const Setting &s = setting(key);
    const QVariant stored = m_settings->value(QString::fromLatin1(s.name));
    if (!stored.isValid())
        return s.defaultValue();
    const QVariant clean = s.clean(stored);
    return clean.isValid() ? clean : s.defaultValue();
}

QVariant AppSettings::defaultValue(Key key)
{
    return setting(key).defaultValue();
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const Setting &s = setting(key);
    const QVariant before = this->value(key);
    const QVariant clean = s.clean(value);
    if (clean.isValid())
        m_settings->setValue(QString::fromLatin1(s.name), clean);
    else
        m_settings->remove(QString::fromLatin1(s.name));
    if (this->value(key) != before)
        Q_EMIT changed(keyName(key));
}

void AppSettings::reset(Key key)
{
    setValue(key, QVariant());
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString AppSettings::interfaceLanguage() const
{
    return value(Key::InterfaceLanguage).toString();
}

void AppSettings::setInterfaceLanguage(const QString &language)
{
    setValue(Key::InterfaceLanguage, language);
}

QString AppSettings::resolvedLanguage() const
{
    const QString language = interfaceLanguage();
    return language == QLatin1String("system") ? systemLanguage() : language;
}

QString AppSettings::userName() const
{
    return value(Key::UserName).toString();
}

void AppSettings::setUserName(const QString &name)
{
    setValue(Key::UserName, name);
}

QString AppSettings::userRole() const
{
    return value(Key::UserRole).toString();
}

void AppSettings::setUserRole(const QString &role)
{
    setValue(Key::UserRole, role);
}

QString AppSettings::defaultInstitutionName() const
{
    return value(Key::DefaultInstitutionName).toString();
}

void AppSettings::setDefaultInstitutionName(const QString &name)
{
    setValue(Key::DefaultInstitutionName, name);
}

QString AppSettings::defaultInstitutionIdentifier() const
{
    return value(Key::DefaultInstitutionIdentifier).toString();
}

void AppSettings::setDefaultInstitutionIdentifier(const QString &identifier)
{
    setValue(Key::DefaultInstitutionIdentifier, identifier);
}

QString AppSettings::defaultFrameworkId() const
{
    return value(Key::DefaultFrameworkId).toString();
}

void AppSettings::setDefaultFrameworkId(const QString &frameworkId)
{
    setValue(Key::DefaultFrameworkId, frameworkId);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

QStringList AppSettings::recentCatalogues() const
{
    return value(Key::RecentCatalogues).toStringList();
}

void AppSettings::addRecentCatalogue(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList paths = recentCatalogues();
    // Put it first; the cleaning drops the older mention and anything beyond the maximum.
    paths.prepend(path);
    setValue(Key::RecentCatalogues, paths);
}

void AppSettings::removeRecentCatalogue(const QString &path)
{
    const QString clean = cleanPath(path);
    QStringList paths = recentCatalogues();
    paths.removeIf([&clean](const QString &p) { return samePath(p, clean); });
    setValue(Key::RecentCatalogues, paths);
}

void AppSettings::clearRecentCatalogues()
{
    setValue(Key::RecentCatalogues, QStringList());
}

QString AppSettings::lastCatalogue() const
{
    return value(Key::LastCatalogue).toString();
}

void AppSettings::setLastCatalogue(const QString &path)
{
    setValue(Key::LastCatalogue, path);
}

bool AppSettings::showWelcome() const
{
    return value(Key::ShowWelcome).toBool();
}

void AppSettings::setShowWelcome(bool show)
{
    setValue(Key::ShowWelcome, show);
}

} // namespace mcs::ui
