#include "views/events/saveeventcommand.h"

#include "models/events/eventrepository.h"

namespace supolka {

SaveEventCommand::SaveEventCommand(EventRepository &repository, std::optional<Event> before, Event after,
                                   const QString &text, std::function<void(qint64)> changed,
                                   std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void SaveEventCommand::report(const Status &status)
{
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed(m_after.pk);
}

void SaveEventCommand::write(const Event &event)
{
    const Result<Event> saved = m_repository.updateEvent(event);
    report(saved ? Status() : Status::failure(saved.error()));
}

void SaveEventCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (m_before)
        write(m_after);
    else
        report(m_repository.restoreEvent(m_after.pk));
}

void SaveEventCommand::undo()
{
    if (m_before)
        write(*m_before);
    else
        report(m_repository.removeEvent(m_after.pk));
}

} // namespace supolka
