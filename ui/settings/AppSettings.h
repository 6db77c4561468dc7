#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace mcs::ui {

/// The user's preferences and what the program remembers between runs, with typed
/// access. Every setting is one row of a single table (key, default, check) in
/// AppSettings.cpp; a stored value that is unknown or unusable reads as the default,
/// and writing an unusable value removes it, so that the default applies again.
///
/// Share one instance in the program: changed() is emitted only by the instance
/// that made the change.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        InterfaceLanguage,
        UserName,
        UserRole,
        DefaultInstitutionName,
        DefaultInstitutionIdentifier,
        DefaultFrameworkId,
        MainWindowGeometry,
        MainWindowState,
        RecentCatalogues,
        LastCatalogue,
        ShowWelcome,
    };

    static constexpr int MaxRecentCatalogues = 8;

    /// The user's settings in the platform's usual place (on Linux ~/.config/mcstudio.conf).
    explicit AppSettings(QObject *parent = nullptr);
    /// The settings in an INI file of one's own choosing (tests, portable use).
    explicit AppSettings(const QString &iniFilePath, QObject *parent = nullptr);
    ~AppSettings() override;

    /// The name under which `key` is stored, and which changed() reports.
    static QString keyName(Key key);
    /// The interface language choices: "system", "nl", "en".
    static QStringList interfaceLanguages();
    /// The role choices: "editor", "reviewer", "approver".
    static QStringList userRoles();
    /// "nl" when the system locale is Dutch, otherwise "en".
    static QString systemLanguage();

    QVariant value(Key key) const;
    static QVariant defaultValue(Key key);
    /// Stores `value` after cleaning it; an unusable value removes the key.
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    QString fileName() const;
    /// Writes pending changes to storage; false when that failed.
    bool sync();

    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);
    /// The language to use: "nl" or "en", with "system" resolved through systemLanguage().
    QString resolvedLanguage() const;

    QString userName() const;
    void setUserName(const QString &name);
    QString userRole() const;
    void setUserRole(const QString &role);

    QString defaultInstitutionName() const;
    void setDefaultInstitutionName(const QString &name);
    /// The BRIN code or other identifier given to new microcredentials.
    QString defaultInstitutionIdentifier() const;
    void setDefaultInstitutionIdentifier(const QString &identifier);
    /// One of FrameworkLibrary::offeredIds().
    QString defaultFrameworkId() const;
    void setDefaultFrameworkId(const QString &frameworkId);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /// Absolute, clean paths, most recent first, at most MaxRecentCatalogues.
    QStringList recentCatalogues() const;
    /// Puts `path` first, removing an earlier mention and the oldest beyond the maximum.
    void addRecentCatalogue(const QString &path);
    void removeRecentCatalogue(const QString &path);
    void clearRecentCatalogues();
    /// The catalogue open when the program last closed, or an empty string.
    QString lastCatalogue() const;
    void setLastCatalogue(const QString &path);
    /// Whether the welcome page opens at start (until "do not show again").
    bool showWelcome() const;
    void setShowWelcome(bool show);

Q_SIGNALS:
    /// The value of the setting stored as `key` (see keyName()) changed.
    void changed(const QString &key);

private:
    QSettings *m_settings = nullptr;
};

} // namespace mcs::ui
