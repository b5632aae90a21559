#include "views/checkin/walkincommand.h"

#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"

namespace supolka {

WalkInCommand::WalkInCommand(EventRepository &events, MemberRepository &members, Registration registration,
                             qint64 newMemberPk, std::function<void(const Registration &, const QString &)> changed,
                             std::function<void(const QString &)> failed)
    : QUndoCommand(tr("Walk-in %1").arg(registration.name))
    , m_events(events)
    , m_members(members)
    , m_registration(std::move(registration))
    , m_newMemberPk(newMemberPk)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void WalkInCommand::fail(const QString &message)
{
    if (m_failed)
        m_failed(message);
}

void WalkInCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (m_newMemberPk != 0) {
        if (const Status restored = m_members.restore(m_newMemberPk); !restored)
            return fail(restored.error());
    }
    if (const Status restored = m_events.restoreRegistration(m_registration.pk); !restored)
        return fail(restored.error());
    if (m_changed)
        m_changed(m_events.findRegistration(m_registration.pk).value_or(m_registration),
                  tr("%1 is registered and checked in again.").arg(m_registration.name));
}

void WalkInCommand::undo()
{
    if (const Status removed = m_events.removeRegistration(m_registration.pk); !removed)
        return fail(removed.error());
    if (m_newMemberPk != 0) {
        if (const Status removed = m_members.remove(m_newMemberPk); !removed)
            return fail(removed.error());
    }
    const QString message = m_newMemberPk != 0
                                ? tr("The walk-in %1 is taken back: not registered, not checked in, not a member.")
                                : tr("The walk-in %1 is taken back: not registered, not checked in.");
    if (m_changed)
        m_changed(m_events.findRegistration(m_registration.pk).value_or(m_registration),
                  message.arg(m_registration.name));
}

} // namespace supolka
