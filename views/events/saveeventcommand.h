#pragma once

#include <functional>
#include <optional>

#include <QUndoCommand>

#include "models/core/result.h"
#include "models/events/event.h"

namespace supolka {

class EventRepository;

// An event added or edited through the editor. The editor has already written the change when the command is
// pushed, so the first redo does nothing; undo puts back what was there before (or deletes the added event).
class SaveEventCommand final : public QUndoCommand
{
public:
    // `before` empty = the event was added. `changed` runs with the event's pk after every undo and later redo;
    // `failed` with a message when the repository refused.
    SaveEventCommand(EventRepository &repository, std::optional<Event> before, Event after, const QString &text,
                     std::function<void(qint64 pk)> changed, std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    void write(const Event &event);
    void report(const Status &status);

    EventRepository &m_repository;
    std::optional<Event> m_before;
    Event m_after;
    bool m_firstRedo = true;
    std::function<void(qint64)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
