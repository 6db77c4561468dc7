#include "CatalogueEditCommand.h"

#include <QUndoStack>

namespace mcs::ui {

CatalogueEditCommand::CatalogueEditCommand(std::shared_ptr<Catalogue> catalogue, const QString &text,
                                           std::optional<Microcredential> before, int beforeRowVersion,
                                           std::optional<Microcredential> after, Notify notify)
    : QUndoCommand(text)
    , m_catalogue(std::move(catalogue))
    , m_id(before ? before->id : (after ? after->id : QString()))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
    , m_rowVersion(beforeRowVersion)
{}

bool CatalogueEditCommand::push(QUndoStack &stack, CatalogueEditCommand *command)
{
    if (!command->attempt(Direction::Redo)) {
        delete command;
        return false;
    }
    stack.push(command); // its redo() now only confirms what attempt() wrote
    return true;
}

void CatalogueEditCommand::undo(QUndoStack &stack)
{
    auto *command = dynamic_cast<CatalogueEditCommand *>(const_cast<QUndoCommand *>(stack.command(stack.index() - 1)));
    if (command && !command->attempt(Direction::Undo) && !command->isObsolete())
        return; // not written: the stack stays where it is
    stack.undo(); // an obsolete command is taken off the stack here
}

void CatalogueEditCommand::redo(QUndoStack &stack)
{
    auto *command = dynamic_cast<CatalogueEditCommand *>(const_cast<QUndoCommand *>(stack.command(stack.index())));
    if (command && !command->attempt(Direction::Redo) && !command->isObsolete())
        return;
    stack.redo();
}

void CatalogueEditCommand::undo()
{
    if (m_written != Direction::Undo && !attempt(Direction::Undo))
        setObsolete(true); // called by the stack directly: a refused write must not stay undoable
    m_written.reset();
}

void CatalogueEditCommand::redo()
{
    if (m_written != Direction::Redo && !attempt(Direction::Redo))
        setObsolete(true);
    m_written.reset();
}

bool CatalogueEditCommand::attempt(Direction direction)
{
    const std::optional<Microcredential> &state = direction == Direction::Undo ? m_before : m_after;
    QString error;
    FailureKind kind = FailureKind::General;
    if (state) {
        // As an import: a design that comes back never carries a status it could not reach here by steps.
        const Result<SavedDesign> saved = m_catalogue->store(
            *state, {m_rowVersion, Catalogue::WriteIntent::Import, tr("Undo of “%1”").arg(text())});
        if (saved.ok())
            m_rowVersion = saved.value().rowVersion;
        else
            error = saved.error(), kind = saved.failureKind();
    } else if (m_rowVersion != 0) {
        const Result<Done> removed = m_catalogue->remove(m_id, m_rowVersion);
        if (removed.ok())
            m_rowVersion = 0;
        else
            error = removed.error(), kind = removed.failureKind();
    }
    if (error.isEmpty()) {
        m_written = direction;
        m_notify(m_id, QString());
        return true;
    }
    if (kind == FailureKind::Conflict) {
        // The design changed since this command: undoing it now would lose that change.
        error = tr("“%1” cannot be undone or redone: %2. It was taken off the undo list.")
                    .arg(text(), error);
        setObsolete(true);
    }
    m_notify(m_id, error);
    return false;
}

} // namespace mcs::ui
