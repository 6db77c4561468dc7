#include "FrameworkChangesNotice.h"

#include "frameworks/FrameworkChanges.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace mcs::ui {

FrameworkChangesNotice::FrameworkChangesNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("frameworkChangesFrame"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    m_heading = new QLabel(tr("The quality framework changed since this checklist was worked on. "
                              "Check these criteria again:"),
                           this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setForegroundRole(QPalette::ToolTipText);

    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("frameworkChangesLabel"));
    // Framework texts come from files: shown literally, never as markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A new framework version can list every criterion: the list scrolls rather
    // than push the checklist off a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 4);

    m_move = new QPushButton(this);
    m_move->setObjectName(QStringLiteral("moveToVersionButton"));
    connect(m_move, &QPushButton::clicked, this, &FrameworkChangesNotice::moveRequested);
    auto *moveRow = new QHBoxLayout;
    moveRow->addStretch(1);
    moveRow->addWidget(m_move);

    auto *text = new QVBoxLayout;
    text->addWidget(m_heading);
    text->addWidget(scroll);
    text->addLayout(moveRow);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addLayout(text, 1);
    hide();
}

void FrameworkChangesNotice::showChanges(const Checklist *checklist,
                                         const QualityFramework &framework)
{
    if (!checklist) {
        hide();
        return;
    }
    const FrameworkChanges changes(*checklist, framework);
    if (changes.isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    if (changes.versionChanged())
        lines.append(tr("Checked against version %1; this list shows version %2.")
                         .arg(changes.checkedVersion(), framework.version));
    for (const FrameworkChanges::Change &change : changes.changes())
        lines.append(QStringLiteral("• ") + change.description);
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_move->setText(tr("&Move to Version %1").arg(framework.version));
    m_move->setToolTip(tr("After checking the criteria above: the checklist follows version %1 from now on, and the "
                          "team's work stays").arg(framework.version));
    show();
}

QString FrameworkChangesNotice::text() const
{
    return m_heading->text() + QLatin1Char('\n') + m_label->text();
}

} // namespace mcs::ui
