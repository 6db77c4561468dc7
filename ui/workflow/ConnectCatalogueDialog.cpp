#include "ConnectCatalogueDialog.h"

#include "help/HelpTargets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mcs::ui {

ConnectCatalogueDialog::ConnectCatalogueDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectCatalogueDialog"));
    setWindowTitle(tr("Connect to Shared Catalogue"));
    HelpTargets::set(this, HelpTargets::connectDialog());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A shared catalogue lives in a PostgreSQL database on your school's server. "
                                "Ask your application manager for these details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user = new QLineEdit(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")), this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept only while the program runs; never saved."));
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    const QList<QWidget *> fields{m_host, m_port, m_database, m_user, m_password};
    for (QWidget *field : fields)
        field->setAccessibleName(qobject_cast<QLabel *>(form->labelForField(field))->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    layout->addLayout(form);
    m_setUp = new QCheckBox(tr("Set up an &empty database as a new catalogue"), this);
    m_setUp->setObjectName(QStringLiteral("setUpCheckBox"));
    layout->addWidget(m_setUp);
    auto *note = new QLabel(tr("The password is kept only while the program runs. Without one, the server's own "
                               "settings apply (for example a .pgpass file)."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *line : {m_host, m_database, m_user})
        connect(line, &QLineEdit::textChanged, this, &ConnectCatalogueDialog::updateState);
    updateState();
    setMinimumWidth(480);
}

void ConnectCatalogueDialog::setLocation(const CatalogueLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.database());
    m_user->setText(location.user());
    m_password->setFocus();
}

CatalogueLocation ConnectCatalogueDialog::location() const
{
    CatalogueLocation location = CatalogueLocation::server(m_host->text().trimmed(), m_port->value(),
                                                           m_database->text().trimmed(), m_user->text().trimmed());
    location.setPassword(m_password->text());
    return location;
}

bool ConnectCatalogueDialog::setUpEmptyDatabase() const
{
    return m_setUp->isChecked();
}

void ConnectCatalogueDialog::updateState()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty());
}

} // namespace mcs::ui
