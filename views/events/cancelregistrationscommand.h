#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QUndoCommand>

#include "models/events/registration.h"

namespace supolka {

class EventRepository;

// Marks registrations as cancelled (their tickets are then refused at the door); undo gives each its status back.
// Only the status is touched, so that a check-in made at the door in between stays.
class CancelRegistrationsCommand final : public QUndoCommand
{
public:
    CancelRegistrationsCommand(EventRepository &repository, QList<qint64> registrationPks, const QString &text,
                               std::function<void(const QList<qint64> &registrationPks)> changed,
                               std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    void setStatus(qint64 pk, RegistrationStatus status);

    EventRepository &m_repository;
    QList<qint64> m_pks;
    QHash<qint64, RegistrationStatus> m_before;
    std::function<void(const QList<qint64> &)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
