#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "models/core/result.h"
#include "models/events/event.h"
#include "models/events/registration.h"
#include "models/members/memberrepository.h"

namespace supolka {

class Database;

// How an event stands at the door.
struct EventCounts
{
    int registered = 0; // not cancelled, walk-ins included
    int cancelled = 0;
    int checkedIn = 0;
    int walkIns = 0;
};

struct EventSummary
{
    Event event;
    EventCounts counts;
};

enum class CheckInOutcome { CheckedIn, AlreadyCheckedIn, Cancelled, NotFound };

struct CheckInResult
{
    CheckInOutcome outcome = CheckInOutcome::NotFound;
    Registration registration; // as it is now (for AlreadyCheckedIn: with the first check-in's time and place)
    QString message;           // translated: what happened, for the door's screen
};

// Someone who is not on the list, registered and checked in at the door.
struct WalkIn
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString country;     // default region of the phone; empty = the event's country
    QStringList consent; // what they agreed to ("contact", "photos", ...)
    bool makeMember = false;
};

// All SQL about events, registrations and check-ins. Writes keep the check-in search (registration_search) in
// step and stamp updated_at.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::EventRepository)

public:
    explicit EventRepository(Database &database);
    Database &database() const { return m_database; }

    // Trims and checks an event: a title, a start, an end not before the start, a known country. Empty = valid.
    static QList<FieldError> normalizeAndValidate(Event &event);

    std::optional<Event> findEvent(qint64 pk) const;
    std::optional<Event> findEventById(const QString &id) const;
    // The event a command line names: its id, or a title that only one (not deleted) event has.
    Result<Event> findEventByIdOrTitle(const QString &text) const;
    // Events not deleted (or all), latest start first.
    QList<Event> events(bool includeDeleted = false) const;
    QList<EventSummary> summaries() const;

    Result<Event> addEvent(Event event);
    Result<Event> updateEvent(Event event);
    Status removeEvent(qint64 pk);
    Status restoreEvent(qint64 pk);

    std::optional<Registration> findRegistration(qint64 pk) const;
    std::optional<Registration> findRegistrationById(const QString &id) const;
    std::optional<Registration> findByTicket(const QString &code) const; // any event; code as typed
    // An event's registrations (not deleted), by name.
    QList<Registration> registrations(qint64 eventPk) const;
    // Every registration of an event, deleted ones too, by pk: for exports and merges, where a delete travels.
    QList<Registration> allRegistrations(qint64 eventPk) const;
    EventCounts counts(qint64 eventPk) const;

    // Stores a new registration: id, ticket code, timestamps and origin unless set. A guest needs a name.
    Result<Registration> addRegistration(Registration registration);
    // Many at once in one transaction (an import, a test's 100,000): all or nothing.
    Status addRegistrations(QList<Registration> &registrations);
    // Writes a registration and stamps updated_at now; with keepUpdatedAt, the updated_at it brings (a merge,
    // where the time of the last real edit must travel unchanged so that the other laptop chooses alike).
    Result<Registration> updateRegistration(Registration registration, bool keepUpdatedAt = false);
    Status removeRegistration(qint64 pk);
    Status restoreRegistration(qint64 pk);

    // Type-ahead at the door over one event's registrants: names in any script, e-mail, phone, ticket code
    // (a whole code finds its registration at once). Cancelled ones are found too, so that the door can say why
    // they are refused. The same search as the members' (PersonSearch), best match first.
    QList<Registration> search(qint64 eventPk, const QString &text, int limit = 20) const;
    // EXPLAIN QUERY PLAN of the first statement search() runs for a name: for tests.
    QStringList explainSearch(qint64 eventPk, const QString &text) const;

    // Checks a registrant in (now, unless `when` is given) at `station` ("operator, laptop"). A second check-in is
    // not written: the result says when and where the first happened. A cancelled registration is refused.
    CheckInResult checkIn(qint64 registrationPk, const QString &station, const QString &when = QString());
    // Takes a check-in back (the undo of the door): the registration is as it was before. With `madeAt`, only
    // while the check-in is still that one (a merge may have brought an earlier one from another laptop since).
    Status undoCheckIn(qint64 registrationPk, const QString &previousAt = QString(),
                       const QString &previousBy = QString(), const QString &madeAt = QString());
    // Registers and checks in someone who was not on the list. With makeMember, or when the e-mail or phone is a
    // member's and the name typed is theirs too (any script), the registration is the member's. A guest already on
    // the list with the same e-mail or phone is checked in instead.
    Result<Registration> walkIn(qint64 eventPk, const WalkIn &person, const QString &station);

    // Rewrites the check-in keys of a member's registrations after their name or contact changed (or was erased).
    Status refreshMemberKeys(qint64 memberPk);
    // Rewrites the check-in keys of one registration after it was written as a whole (a sync bundle).
    Status refreshRegistrationKeys(qint64 registrationPk);
    // Writes every registrant's door keys again (a schema upgrade that changes how keys are made).
    static Status rewriteSearchKeys(const QSqlDatabase &db);
    // Two members found to be one person: `fromPk`'s registrations become `toPk`'s. Where both are registered for
    // one event, `fromPk`'s registration is deleted (a tombstone) and its check-in, when `toPk`'s has none, is
    // kept on the other. The door's search keys follow.
    Status moveMemberRegistrations(qint64 fromPk, qint64 toPk, const QString &now);

    // The laptop's name and the operator, as stored in checked_in_by.
    static QString defaultStation();

private:
    Database &m_database;
};

} // namespace supolka
