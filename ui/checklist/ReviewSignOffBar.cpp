#include "ReviewSignOffBar.h"

#include "document/DesignDocument.h"
#include "widgets/PlainMessageBox.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace mcs::ui {

ReviewSignOffBar::ReviewSignOffBar(DesignDocument *document, QString reviewerName, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reviewerName(std::move(reviewerName))
{
    m_confirm = [this](const QString &question) {
        return PlainMessageBox::question(this, tr("Sign off review"), question) == QMessageBox::Yes;
    };
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("signOffLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_button = new QPushButton(tr("Si&gn off review…"), this);
    m_button->setObjectName(QStringLiteral("signOffPushButton"));
    m_button->setAutoDefault(false);
    // A sign-off without a name would say nothing about who is accountable.
    if (m_reviewerName.trimmed().isEmpty()) {
        m_button->setEnabled(false);
        m_button->setToolTip(tr("Enter your name in the settings to sign off the review."));
    }
    connect(m_button, &QPushButton::clicked, this, &ReviewSignOffBar::signOff);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
}

void ReviewSignOffBar::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void ReviewSignOffBar::showChecklist(const Checklist *checklist, const QualityFramework &framework,
                                     int openCount, const QString &language)
{
    m_framework = framework;
    m_openCount = openCount;
    m_language = language;
    if (checklist && !checklist->signedOffBy.isEmpty())
        m_label->setText(tr("Signed off by %1 on %2")
                             .arg(checklist->signedOffBy,
                                  QLocale().toString(checklist->signedOffAt.toLocalTime(),
                                                     QLocale::ShortFormat)));
    else
        m_label->setText(tr("Not signed off yet"));
}

void ReviewSignOffBar::signOff()
{
    if (m_reviewerName.trimmed().isEmpty() || m_framework.id.isEmpty())
        return;
    QString question = tr("Sign off the review against %1 as %2?")
                           .arg(m_framework.name.preferred(m_language), m_reviewerName);
    if (m_openCount > 0)
        question += QLatin1Char(' ') + tr("Criteria still open: %1.").arg(m_openCount);
    if (!m_confirm || !m_confirm(question))
        return;
    // Copies: the edit below refreshes this bar, which replaces m_framework.
    const QString frameworkId = m_framework.id;
    const QString version = m_framework.version;
    const QString by = m_reviewerName;
    const QDateTime at = Clock::now();
    m_document->edit(
        QStringLiteral("checklists.%1.signOff").arg(frameworkId), tr("Sign off checklist review"),
        [&](Microcredential &mc) { mc.checklistFor(frameworkId, version).signOff(by, at); });
    Q_EMIT signedOff(frameworkId);
}

} // namespace mcs::ui
