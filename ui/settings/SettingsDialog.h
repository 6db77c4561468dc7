#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace mcs::ui {

class AppSettings;

/// Edits the user's preferences: interface language, name and role, and the
/// institution and quality framework that new microcredentials start with.
/// OK writes them to the AppSettings; Cancel leaves it untouched.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `language` ("nl" or "en") is the language the interface runs in now, for
    /// the framework names; `settings` must outlive the dialog.
    SettingsDialog(AppSettings &settings, const QString &language, QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *addChoice(QFormLayout *form, const QString &label, const QString &objectName);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName);
    void load();
    void save();

    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_institutionName = nullptr;
    QLineEdit *m_institutionIdentifier = nullptr;
    QComboBox *m_framework = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mcs::ui
