#include "CatalogueEditCommand.h"

namespace mcs::ui {

CatalogueEditCommand::CatalogueEditCommand(std::shared_ptr<Catalogue> catalogue, const QString &text,
                                           std::optional<Microcredential> before, std::optional<Microcredential> after,
                                           Notify notify)
    : QUndoCommand(text)
    , m_catalogue(std::move(catalogue))
    , m_id(before ? before->id : (after ? after->id : QString()))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void CatalogueEditCommand::undo()
{
    apply(m_before);
}

void CatalogueEditCommand::redo()
{
    apply(m_after);
}

void CatalogueEditCommand::apply(const std::optional<Microcredential> &state)
{
    QString error;
    if (state) {
        const Result<int> saved = m_catalogue->save(*state);
        if (!saved.ok())
            error = saved.error();
    } else if (m_catalogue->contains(m_id)) {
        const Result<Done> removed = m_catalogue->remove(m_id);
        if (!removed.ok())
            error = removed.error();
    }
    m_notify(m_id, error);
}

} // namespace mcs::ui
