#pragma once

#include "model/Microcredential.h"

#include <QDialog>

namespace mcs::ui {

class VersionComparisonView;

/// Someone else saved the design while this user was editing it: shows what
/// differs between their saved version and this user's, and lets the user keep
/// their own, take the other one, or decide later. Nothing is overwritten
/// without this choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { DecideLater, KeepMine, ReloadTheirs };

    ConflictDialog(const Microcredential &theirs, const Microcredential &mine, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    VersionComparisonView *comparisonView() const { return m_comparison; }

private:
    Choice m_choice = Choice::DecideLater;
    VersionComparisonView *m_comparison = nullptr;
};

} // namespace mcs::ui
