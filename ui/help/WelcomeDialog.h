#pragma once

#include <QDialog>

class QCheckBox;

namespace mcs::ui {

class AppSettings;
class MainWindow;

/// What a first start offers: a new microcredential, the example, a shared
/// catalogue, or the guide. Not modal: the catalogue window stays usable
/// beside it. "Do not show again" is kept in the settings (AppSettings::ShowWelcome),
/// which is also how tests and installations without a person suppress it.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(MainWindow *window, AppSettings &settings, const QString &exampleId);

    /// Opens the welcome page when the settings ask for it; returns it, or null.
    static WelcomeDialog *showIfWanted(MainWindow *window, AppSettings &settings, const QString &exampleId);

private:
    void done(int result) override;

    AppSettings &m_settings;
    QCheckBox *m_dontShow = nullptr;
};

} // namespace mcs::ui
