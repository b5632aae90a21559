#include "views/checkin/checkincommand.h"

#include "models/events/eventrepository.h"

namespace supolka {

CheckInCommand::CheckInCommand(EventRepository &repository, Registration before, Registration after,
                               std::function<void(const Registration &, const QString &)> changed,
                               std::function<void(const QString &)> failed)
    : QUndoCommand(tr("Check in %1").arg(after.name))
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void CheckInCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const CheckInResult result = m_repository.checkIn(m_after.pk, m_after.checkedInBy, m_after.checkedInAt);
    if (result.outcome != CheckInOutcome::CheckedIn) {
        if (m_failed)
            m_failed(result.message);
        return;
    }
    if (m_changed)
        m_changed(result.registration, tr("%1 is checked in again.").arg(m_after.name));
}

void CheckInCommand::undo()
{
    const Status undone =
        m_repository.undoCheckIn(m_after.pk, m_before.checkedInAt, m_before.checkedInBy, m_after.checkedInAt);
    if (!undone) {
        if (m_failed)
            m_failed(undone.error());
        return;
    }
    if (m_changed)
        m_changed(m_repository.findRegistration(m_after.pk).value_or(m_before),
                  tr("%1 is no longer checked in.").arg(m_after.name));
}

} // namespace supolka
