#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/result.h"
#include "models/events/event.h"
#include "models/events/registration.h"

namespace supolka {

class EventRepository;

// A check-in by what someone typed, without a list to choose from (the command line's `checkin EVENT TEXT`): the
// registrant the door's search finds, when it finds one, or the one of several that the text names exactly.
struct TypedCheckIn
{
    Q_DECLARE_TR_FUNCTIONS(supolka::TypedCheckIn)

public:
    enum class Outcome { NotFound, Ambiguous, CheckedIn, AlreadyCheckedIn, Cancelled };

    Outcome outcome = Outcome::NotFound;
    std::optional<Registration> registration; // the one chosen, as it is now
    QList<Registration> candidates;           // when ambiguous: everyone the text found
    QString message;                          // translated: what happened

    // "not_found", "ambiguous", "checked_in", "already_checked_in", "cancelled".
    static QString outcomeKey(Outcome outcome);

    // Searches `event`'s registrants for `text` and checks in the one it finds at `station`. Fails only when the
    // check-in could not be written.
    static Result<TypedCheckIn> run(EventRepository &events, const Event &event, const QString &text,
                                    const QString &station);

    // Of the registrations a search found for `text`, the one it names exactly: the whole name (in any script), the
    // e-mail address or the phone number (read in `region`). nullopt when none or several do.
    static std::optional<Registration> exactMatch(const QList<Registration> &found, const QString &text,
                                                  const QString &region);
};

} // namespace supolka
