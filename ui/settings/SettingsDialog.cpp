#include "SettingsDialog.h"

#include "help/HelpTargets.h"

#include "AppSettings.h"
#include "frameworks/FrameworkLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

/// Each language is named in itself, so that someone who cannot read the current
/// interface language still finds their own.
QString languageName(const QString &code)
{
    return code == QLatin1String("nl") ? QStringLiteral("Nederlands") : QStringLiteral("English");
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    HelpTargets::set(this, HelpTargets::settingsDialog());
    setObjectName(QStringLiteral("settingsDialog"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language =
        addChoice(form, tr("Interface &language"), QStringLiteral("interfaceLanguageComboBox"));
    m_language->addItem(tr("System default (%1)").arg(languageName(AppSettings::systemLanguage())),
                        QStringLiteral("system"));
    m_language->addItem(languageName(QStringLiteral("nl")), QStringLiteral("nl"));
    m_language->addItem(languageName(QStringLiteral("en")), QStringLiteral("en"));
    // The translators are installed once at start-up; switching them in a running
    // window would leave half of it in the old language.
    auto *restartNote =
        new QLabel(tr("A change of language takes effect when the program starts again; it offers to restart when you press OK."), this);
    restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    restartNote->setWordWrap(true);
    m_language->setAccessibleDescription(restartNote->text());
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, restartNote);

    m_userName = addLine(form, tr("Your &name"), QStringLiteral("userNameLineEdit"));
    m_userName->setPlaceholderText(
        AppSettings::defaultValue(AppSettings::Key::UserName).toString());
    m_role = addChoice(form, tr("&Role"), QStringLiteral("userRoleComboBox"));
    m_role->addItem(tr("Editor"), QStringLiteral("editor"));
    m_role->addItem(tr("Reviewer"), QStringLiteral("reviewer"));
    m_role->addItem(tr("Approver"), QStringLiteral("approver"));

    m_institutionName =
        addLine(form, tr("Default &institution"), QStringLiteral("institutionNameLineEdit"));
    m_institutionIdentifier = addLine(form, tr("BRIN or other i&dentifier"),
                                      QStringLiteral("institutionIdentifierLineEdit"));
    m_framework =
        addChoice(form, tr("Default quality &framework"), QStringLiteral("frameworkComboBox"));
    for (const QualityFramework *framework : FrameworkLibrary::offered())
        m_framework->addItem(framework->name.preferred(language), framework->id);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsDialogButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    load();
    m_language->setFocus(Qt::OtherFocusReason);
}

QComboBox *SettingsDialog::addChoice(QFormLayout *form, const QString &label,
                                     const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(label, combo); // the row's label gets the combo box as its buddy
    return combo;
}

QLineEdit *SettingsDialog::addLine(QFormLayout *form, const QString &label,
                                   const QString &objectName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(label, line);
    return line;
}

void SettingsDialog::load()
{
    selectData(m_language, m_settings.interfaceLanguage());
    m_userName->setText(m_settings.userName());
    selectData(m_role, m_settings.userRole());
    m_institutionName->setText(m_settings.defaultInstitutionName());
    m_institutionIdentifier->setText(m_settings.defaultInstitutionIdentifier());
    selectData(m_framework, m_settings.defaultFrameworkId());
}

void SettingsDialog::save()
{
    m_settings.setInterfaceLanguage(m_language->currentData().toString());
    // An empty name goes back to the login name (AppSettings treats it as unset).
    m_settings.setUserName(m_userName->text());
    m_settings.setUserRole(m_role->currentData().toString());
    m_settings.setDefaultInstitutionName(m_institutionName->text());
    m_settings.setDefaultInstitutionIdentifier(m_institutionIdentifier->text());
    m_settings.setDefaultFrameworkId(m_framework->currentData().toString());
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace mcs::ui
