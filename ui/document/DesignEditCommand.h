#pragma once

#include "model/Microcredential.h"

#include <QUndoCommand>

namespace mcs::ui {

class DesignDocument;

/// One undoable change of a design, kept as the design before and after. Typing in
/// one field produces many of these in a row; they merge into a single step.
class DesignEditCommand : public QUndoCommand
{
public:
    DesignEditCommand(DesignDocument *document, QString fieldKey, const QString &text, Microcredential before,
                      Microcredential after);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_document;
    QString m_fieldKey;
    Microcredential m_before;
    Microcredential m_after;
    qint64 m_lastEditMs;
};

} // namespace mcs::ui
