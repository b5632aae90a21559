#pragma once

#include <functional>

#include <QUndoCommand>

namespace supolka {

class EventRepository;

// A guest registered through "Add guest…". The dialog has already stored the registration when the command is
// pushed, so the first redo does nothing; undo deletes it (a tombstone) and redo brings it back with its ticket code.
class AddGuestCommand final : public QUndoCommand
{
public:
    AddGuestCommand(EventRepository &repository, qint64 registrationPk, const QString &text,
                    std::function<void(qint64 registrationPk)> changed, std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    EventRepository &m_repository;
    qint64 m_pk;
    bool m_firstRedo = true;
    std::function<void(qint64)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
