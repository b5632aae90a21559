#include "views/events/addguestcommand.h"

#include "models/events/eventrepository.h"

namespace supolka {

AddGuestCommand::AddGuestCommand(EventRepository &repository, qint64 registrationPk, const QString &text,
                                 std::function<void(qint64)> changed, std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_pk(registrationPk)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void AddGuestCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const Status status = m_repository.restoreRegistration(m_pk);
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed(m_pk);
}

void AddGuestCommand::undo()
{
    const Status status = m_repository.removeRegistration(m_pk);
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed(m_pk);
}

} // namespace supolka
