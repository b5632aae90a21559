#include "views/events/cancelregistrationscommand.h"

#include "models/events/eventrepository.h"

namespace supolka {

CancelRegistrationsCommand::CancelRegistrationsCommand(EventRepository &repository, QList<qint64> registrationPks,
                                                       const QString &text,
                                                       std::function<void(const QList<qint64> &)> changed,
                                                       std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_pks(std::move(registrationPks))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void CancelRegistrationsCommand::setStatus(qint64 pk, RegistrationStatus status)
{
    std::optional<Registration> stored = m_repository.findRegistration(pk);
    if (!stored) {
        if (m_failed)
            m_failed(EventRepository::tr("This registration no longer exists. Reload the list."));
        return;
    }
    if (stored->status == status)
        return;
    stored->status = status;
    const Result<Registration> saved = m_repository.updateRegistration(*stored);
    if (!saved && m_failed)
        m_failed(saved.error());
}

void CancelRegistrationsCommand::redo()
{
    for (const qint64 pk : std::as_const(m_pks)) {
        if (!m_before.contains(pk)) {
            if (const std::optional<Registration> stored = m_repository.findRegistration(pk))
                m_before.insert(pk, stored->status);
        }
        setStatus(pk, RegistrationStatus::Cancelled);
    }
    if (m_changed)
        m_changed(m_pks);
}

void CancelRegistrationsCommand::undo()
{
    for (const qint64 pk : std::as_const(m_pks))
        setStatus(pk, m_before.value(pk, RegistrationStatus::Registered));
    if (m_changed)
        m_changed(m_pks);
}

} // namespace supolka
