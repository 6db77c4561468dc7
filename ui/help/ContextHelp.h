#pragma once

#include <QObject>

namespace mcs::ui {

/// F1 anywhere in the program, modal dialogs and the wizard included, opens
/// the user guide at the section for where the user is: the nearest
/// HelpTargets mark of the widget with the focus (or the active window).
class ContextHelp : public QObject
{
    Q_OBJECT

public:
    /// Installs the F1 handling on the application (once).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace mcs::ui
