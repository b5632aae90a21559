#include "views/events/removeeventcommand.h"

#include "models/events/eventrepository.h"

namespace supolka {

RemoveEventCommand::RemoveEventCommand(EventRepository &repository, qint64 pk, const QString &text,
                                       std::function<void(qint64)> changed, std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_pk(pk)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void RemoveEventCommand::redo()
{
    const Status status = m_repository.removeEvent(m_pk);
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed(m_pk);
}

void RemoveEventCommand::undo()
{
    const Status status = m_repository.restoreEvent(m_pk);
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed(m_pk);
}

} // namespace supolka
