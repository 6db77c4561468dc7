#pragma once

#include "storage/Catalogue.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace mcs::ui {

/// An undoable change of the catalogue itself: deleting, duplicating or
/// importing a microcredential. It keeps the design before and after (none:
/// not in the catalogue), so a slip is one Undo away.
///
/// Undo never silently loses work: every write carries the row version the
/// command expects, so Undo or Redo over a design that changed since (a
/// colleague's save, or the user's own editor) is refused with a message, and
/// the command is made obsolete. A write that fails never moves the stack:
/// push(), undo() and redo() below write first and move the stack only then.
class CatalogueEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::CatalogueEditCommand)

public:
    using Notify = std::function<void(const QString &id, const QString &error)>;

    /// `beforeRowVersion` is the row version of `before` as stored now (0 when
    /// `before` is none: the design is not in the catalogue).
    CatalogueEditCommand(std::shared_ptr<Catalogue> catalogue, const QString &text, std::optional<Microcredential> before,
                         int beforeRowVersion, std::optional<Microcredential> after, Notify notify);

    /// Makes the change and pushes the command only when it was written; false
    /// otherwise (the notify callback has said why, and the command is deleted).
    static bool push(QUndoStack &stack, CatalogueEditCommand *command);
    /// Undo and Redo of the stack, writing before the stack moves: a refused
    /// write (a conflict) removes the command, any other failure leaves the stack as it was.
    static void undo(QUndoStack &stack);
    static void redo(QUndoStack &stack);

    void undo() override;
    void redo() override;

private:
    enum class Direction { Undo, Redo };

    /// Writes the state of `direction`; on success the next undo()/redo() in
    /// that direction only moves the stack.
    bool attempt(Direction direction);

    std::shared_ptr<Catalogue> m_catalogue;
    QString m_id;
    std::optional<Microcredential> m_before;
    std::optional<Microcredential> m_after;
    Notify m_notify;
    /// The row version the catalogue holds for the state last written (0: absent).
    int m_rowVersion = 0;
    std::optional<Direction> m_written;
};

} // namespace mcs::ui
