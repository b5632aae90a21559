#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "models/events/registration.h"

namespace supolka {

class EventRepository;
class MemberRepository;

// A walk-in registered and checked in at the door. The walk-in dialog has already stored them when the command is
// pushed, so the first redo does nothing; undo takes the registration back (and the member record, when the walk-in
// made one), redo brings them back.
class WalkInCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::WalkInCommand)

public:
    // `newMemberPk` is the member the walk-in made, 0 when none. `changed` runs after every later undo/redo with the
    // registration as it now is and what happened; `failed` with a message when a repository refused.
    WalkInCommand(EventRepository &events, MemberRepository &members, Registration registration, qint64 newMemberPk,
                  std::function<void(const Registration &now, const QString &message)> changed,
                  std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    void fail(const QString &message);

    EventRepository &m_events;
    MemberRepository &m_members;
    Registration m_registration;
    qint64 m_newMemberPk = 0;
    bool m_firstRedo = true;
    std::function<void(const Registration &, const QString &)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
