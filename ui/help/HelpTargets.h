#pragma once

#include "sections/SectionRouter.h"

#include <QStringList>

class QWidget;

namespace mcs::ui {

/// The places in the program that have a section of the user guide, by the
/// section's id (docs/guide/*/NN-*.md, `{#id}`). A widget carries its target as
/// a property; F1 and the help buttons open the guide at the nearest one.
class HelpTargets
{
public:
    static QString catalogueWindow() { return QStringLiteral("catalogue-window"); }
    static QString wizard() { return QStringLiteral("wizard-start"); }
    static QString editor() { return QStringLiteral("editor"); }
    static QString checklistReview() { return QStringLiteral("checklist-review"); }
    static QString workflowStepDialog() { return QStringLiteral("dialog-workflow-step"); }
    static QString historyDialog() { return QStringLiteral("dialog-history"); }
    static QString conflictDialog() { return QStringLiteral("dialog-conflict"); }
    static QString connectDialog() { return QStringLiteral("dialog-connect"); }
    static QString settingsDialog() { return QStringLiteral("dialog-settings"); }
    static QString exportDialog() { return QStringLiteral("dialog-export"); }
    static QString importDialog() { return QStringLiteral("dialog-import"); }
    /// The page of the wizard and of the editor for a section.
    static QString section(SectionRouter::Section section);

    /// Every target the program uses (tests check each against both guides).
    static QStringList all();

    /// Marks `widget` (and what lies inside it) as explained by guide section `id`.
    static void set(QWidget *widget, const QString &id);
    /// The target of `widget` or the nearest parent that has one; the catalogue window's otherwise.
    static QString of(const QWidget *widget);
};

} // namespace mcs::ui
