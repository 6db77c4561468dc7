#include "SectionFactory.h"

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

DesignSection *SectionFactory::create(SectionRouter::Section section, DesignDocument *document, QWidget *parent)
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
    auto *layout = new QVBoxLayout(frame);
    if (showTitle) {
        auto *title = new QLabel(section->title(), frame);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        title->setFont(font);
        auto *subtitle = new QLabel(section->subtitle(), frame);
        subtitle->setWordWrap(true);
        subtitle->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(title);
        layout->addWidget(subtitle);
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
