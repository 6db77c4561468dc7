#pragma once

class QWidget;

namespace mcs::ui {

/// Turns the inputs under a widget into a view that can be read, searched and
/// copied from, but not changed: an approved version in the editor.
///
/// Text boxes and spin boxes become read-only, so their text can still be
/// selected with mouse or keyboard and copied; they take the window's colour
/// instead of white, so they no longer look like places to type. Choices and
/// buttons have no read-only state and are disabled; a choice keeps its text
/// in the normal colour so the chosen value stays readable. Lists and tables are left alone: they are how
/// one reaches the second learning outcome, and their owner decides whether
/// their items can be changed.
class ReadOnlyInputs
{
public:
    static void apply(QWidget *root, bool readOnly);
};

} // namespace mcs::ui
