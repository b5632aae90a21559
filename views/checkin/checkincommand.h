#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "models/events/registration.h"

namespace supolka {

class EventRepository;

// One check-in at the door. The door has already checked the person in when the command is pushed (it had to know
// the outcome first), so the first redo does nothing; undo takes the check-in back, redo makes it again with the
// same time and station.
class CheckInCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CheckInCommand)

public:
    // `before` is the registration as it was before the check-in, `after` as it is now. `changed` runs after every
    // later undo/redo with what happened, for the door's status panel; `failed` with a message when the repository
    // refused.
    CheckInCommand(EventRepository &repository, Registration before, Registration after,
                   std::function<void(const Registration &now, const QString &message)> changed,
                   std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    EventRepository &m_repository;
    Registration m_before;
    Registration m_after;
    bool m_firstRedo = true;
    std::function<void(const Registration &, const QString &)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
