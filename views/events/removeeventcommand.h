#pragma once

#include <functional>

#include <QUndoCommand>

namespace supolka {

class EventRepository;

// Deletes an event (a tombstone: its registrations stay with it) and brings it back on undo.
class RemoveEventCommand final : public QUndoCommand
{
public:
    // `changed` runs after every redo/undo with the event's pk; `failed` with a message when the repository refused.
    RemoveEventCommand(EventRepository &repository, qint64 pk, const QString &text,
                       std::function<void(qint64 pk)> changed, std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    EventRepository &m_repository;
    qint64 m_pk;
    std::function<void(qint64)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
