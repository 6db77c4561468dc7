#pragma once

#include "model/ModelEnums.h"
#include "workflow/WorkflowRole.h"

#include <QObject>

#include <optional>

namespace mcs::ui {

class MainWindow;

/// The Review menu of the main window on the selected design: workflow steps
/// (Change Status, Archive), a new version of an approved design, and its history.
class WorkflowController : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowController(MainWindow &window);

    /// Takes a step for the selected design. Not undoable: the step is part of
    /// the record. With `expectedRowVersion` (what the user looked at), a design
    /// changed by someone else in the meantime is refused as a conflict.
    bool takeStep(Status to, WorkflowRole role, const QString &comment,
                  std::optional<int> expectedRowVersion = std::nullopt);
    /// Asks which step to take (with `preselect` chosen when given), then takes it.
    void showStepDialog(std::optional<Status> preselect = std::nullopt);
    /// Continues the selected approved design as a new version and opens it.
    bool startNewVersion();
    void showHistory();

private:
    MainWindow &m_window;
};

} // namespace mcs::ui
