#include "HelpTargets.h"

#include <QVariant>
#include <QWidget>

namespace mcs::ui {

namespace {
const char *const Property = "mcstudioHelpTarget";
} // namespace

QString HelpTargets::section(SectionRouter::Section section)
{
    switch (section) {
    case SectionRouter::Basics:
        return QStringLiteral("wizard-basics");
    case SectionRouter::Admission:
        return QStringLiteral("wizard-admission");
    case SectionRouter::LevelSize:
        return QStringLiteral("wizard-level");
    case SectionRouter::Outcomes:
        return QStringLiteral("wizard-outcomes");
    case SectionRouter::Assessments:
        return QStringLiteral("wizard-assessments");
    case SectionRouter::Quality:
        return QStringLiteral("wizard-quality");
    case SectionRouter::Summary:
    case SectionRouter::SectionCount:
        break;
    }
    return QStringLiteral("wizard-summary");
}

QStringList HelpTargets::all()
{
    QStringList targets{catalogueWindow(), wizard(),        editor(),         checklistReview(),
                        workflowStepDialog(), historyDialog(), conflictDialog(), connectDialog(),
                        settingsDialog(),  exportDialog(),  importDialog()};
    for (int s = 0; s < SectionRouter::SectionCount; ++s)
        targets.append(section(SectionRouter::Section(s)));
    return targets;
}

void HelpTargets::set(QWidget *widget, const QString &id)
{
    widget->setProperty(Property, id);
}

QString HelpTargets::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString id = w->property(Property).toString();
        if (!id.isEmpty())
            return id;
    }
    return catalogueWindow();
}

} // namespace mcs::ui
