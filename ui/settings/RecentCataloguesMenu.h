#pragma once

#include <QMenu>

namespace mcs::ui {

class AppSettings;

/// "Open Recent": the catalogues in AppSettings::recentCatalogues(), newest first,
/// numbered for the keyboard, with "Clear List" at the bottom. Follows the settings
/// as they change.
class RecentCataloguesMenu : public QMenu
{
    Q_OBJECT

public:
    /// `settings` must outlive the menu.
    explicit RecentCataloguesMenu(AppSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The user chose the catalogue at `path` (absolute, as stored).
    void catalogueChosen(const QString &path);

private:
    void rebuild();

    AppSettings &m_settings;
};

} // namespace mcs::ui
