#include "DesignEditCommand.h"

#include "DesignDocument.h"

#include <QDateTime>

namespace mcs::ui {

namespace {
/// Typing that pauses longer than this starts a new undo step.
constexpr qint64 MergeWindowMs = 2000;
} // namespace

DesignEditCommand::DesignEditCommand(DesignDocument *document, QString fieldKey, const QString &text,
                                     Microcredential before, Microcredential after)
    : QUndoCommand(text)
    , m_document(document)
    , m_fieldKey(std::move(fieldKey))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_lastEditMs(QDateTime::currentMSecsSinceEpoch())
{}

void DesignEditCommand::undo()
{
    m_document->apply(m_before, m_fieldKey);
}

void DesignEditCommand::redo()
{
    m_document->apply(m_after, m_fieldKey);
}

bool DesignEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DesignEditCommand *>(other);
    if (next->m_fieldKey != m_fieldKey || m_fieldKey.isEmpty() || next->m_lastEditMs - m_lastEditMs > MergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

} // namespace mcs::ui
