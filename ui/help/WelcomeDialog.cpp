#include "WelcomeDialog.h"

#include "HelpTargets.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "main/CatalogueSwitcher.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mcs::ui {

WelcomeDialog::WelcomeDialog(MainWindow *window, AppSettings &settings, const QString &exampleId)
    : QDialog(window), m_settings(settings)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Microcredential Studio"));
    HelpTargets::set(this, QStringLiteral("getting-started"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Design a microcredential with your team, check it against a quality framework and "
                                "prepare it for approval. Where would you like to start?"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto addChoice = [this, layout](const QString &text, const QString &description, auto action) {
        auto *button = new QCommandLinkButton(text, description, this);
        connect(button, &QCommandLinkButton::clicked, this, [this, action] {
            accept(); // first out of the way, then what was chosen
            action();
        });
        layout->addWidget(button);
        return button;
    };
    addChoice(tr("&New microcredential"), tr("The wizard takes you through it step by step."),
              [window] { window->newDesign(); })
        ->setFocus();
    addChoice(tr("Open the &example"), tr("A complete design to look at and learn from."), [window, exampleId] {
        window->selectId(exampleId);
        window->openEditor(exampleId);
    });
    addChoice(tr("Connect to a &shared catalogue"), tr("Your school's catalogue on its PostgreSQL server."),
              [window] { window->switcher()->connectTo(); });
    addChoice(tr("&Read the guide"), tr("What a microcredential needs, and how this program helps."),
              [] { HelpWindow::showSection(QStringLiteral("getting-started")); });

    m_dontShow = new QCheckBox(tr("&Do not show this again"), this);
    layout->addWidget(m_dontShow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough that each choice's description reads on one line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

WelcomeDialog *WelcomeDialog::showIfWanted(MainWindow *window, AppSettings &settings, const QString &exampleId)
{
    if (!settings.showWelcome())
        return nullptr;
    auto *dialog = new WelcomeDialog(window, settings, exampleId);
    dialog->show();
    return dialog;
}

void WelcomeDialog::done(int result)
{
    if (m_dontShow->isChecked())
        m_settings.setShowWelcome(false);
    QDialog::done(result);
}

} // namespace mcs::ui
