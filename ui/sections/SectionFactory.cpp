#include "SectionFactory.h"

#include "help/HelpTargets.h"
#include "help/HelpWindow.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

#include "AdmissionSection.h"
#include "AssessmentsSection.h"
#include "BasicsSection.h"
#include "LevelSizeSection.h"
#include "OutcomesSection.h"
#include "QualitySection.h"
#include "SummarySection.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {
const char *const SectionProperty = "mcstudioSection";
} // namespace

DesignSection *SectionFactory::create(SectionRouter::Section section, DesignDocument *document, QWidget *parent)
{
    DesignSection *made = makeSection(section, document, parent);
    made->setProperty(SectionProperty, int(section)); // framed() finds its guide section by it
    return made;
}

DesignSection *SectionFactory::makeSection(SectionRouter::Section section, DesignDocument *document, QWidget *parent)
{
    switch (section) {
    case SectionRouter::Basics:
        return new BasicsSection(document, parent);
    case SectionRouter::Admission:
        return new AdmissionSection(document, parent);
    case SectionRouter::LevelSize:
        return new LevelSizeSection(document, parent);
    case SectionRouter::Outcomes:
        return new OutcomesSection(document, parent);
    case SectionRouter::Assessments:
        return new AssessmentsSection(document, parent);
    case SectionRouter::Quality:
        return new QualitySection(document, parent);
    case SectionRouter::Summary:
    case SectionRouter::SectionCount:
        break;
    }
    return new SummarySection(document, parent);
}

QWidget *SectionFactory::framed(DesignSection *section, bool showTitle, QWidget *parent)
{
    auto *frame = new QWidget(parent);
    const QString helpTarget = HelpTargets::section(SectionRouter::Section(section->property(SectionProperty).toInt()));
    HelpTargets::set(frame, helpTarget);
    auto *layout = new QVBoxLayout(frame);
    // A small help button to this page's section of the guide (F1 does the same).
    auto *help = new QToolButton(frame);
    help->setObjectName(QStringLiteral("sectionHelpButton"));
    // A plain "?": the styles' help icons differ widely and some have none.
    help->setText(QStringLiteral("?"));
    QFont helpFont = help->font();
    helpFont.setBold(true);
    help->setFont(helpFont);
    help->setToolTip(QCoreApplication::translate("mcs::ui::SectionFactory", "Help on this page (F1)"));
    help->setAccessibleName(QCoreApplication::translate("mcs::ui::SectionFactory", "Help on this page"));
    help->setAutoRaise(true);
    QObject::connect(help, &QToolButton::clicked, frame, [helpTarget] { HelpWindow::showSection(helpTarget); });
    if (showTitle) {
        auto *title = new QLabel(section->title(), frame);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        title->setFont(font);
        auto *subtitle = new QLabel(section->subtitle(), frame);
        subtitle->setWordWrap(true);
        subtitle->setForegroundRole(QPalette::PlaceholderText);
        auto *heading = new QHBoxLayout;
        heading->addWidget(title, 1);
        heading->addWidget(help, 0, Qt::AlignTop);
        layout->addLayout(heading);
        layout->addWidget(subtitle);
    } else {
        auto *heading = new QHBoxLayout;
        heading->addStretch(1);
        heading->addWidget(help);
        layout->addLayout(heading);
    }
    auto *scroll = new QScrollArea(frame);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Room to spare goes below the section, not between its rows.
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(section);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    return frame;
}

} // namespace mcs::ui
