#pragma once

#include "storage/Catalogue.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace mcs::ui {

/// An undoable change of the catalogue itself: deleting, archiving or
/// duplicating a microcredential. It keeps the design before and after (none:
/// not in the catalogue), so a slip is one Undo away.
class CatalogueEditCommand : public QUndoCommand
{
public:
    using Notify = std::function<void(const QString &id, const QString &error)>;

    CatalogueEditCommand(std::shared_ptr<Catalogue> catalogue, const QString &text, std::optional<Microcredential> before,
                         std::optional<Microcredential> after, Notify notify);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<Microcredential> &state);

    std::shared_ptr<Catalogue> m_catalogue;
    QString m_id;
    std::optional<Microcredential> m_before;
    std::optional<Microcredential> m_after;
    Notify m_notify;
};

} // namespace mcs::ui
