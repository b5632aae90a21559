#include "models/events/eventrepository.h"

#include <algorithm>

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/db/tombstone.h"
#include "models/events/registrationsql.h"
#include "models/events/ticketcode.h"
#include "models/members/phonenormalizer.h"
#include "models/search/personindex.h"
#include "models/text/countries.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

const QString EventColumns = QStringLiteral(
    "pk, id, title, kind, starts_at, ends_at, venue, city, country, capacity, notes, work_group, created_at, "
    "updated_at, deleted_at, origin");

// Qt binds a null QString as NULL; columns that are NOT NULL get an empty string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Event readEvent(const QSqlQuery &query)
{
    Event event;
    int i = 0;
    event.pk = query.value(i++).toLongLong();
    event.id = query.value(i++).toString();
    event.title = query.value(i++).toString();
    event.kind = eventKindFromKey(query.value(i++).toString()).value_or(EventKind::Other);
    event.startsAt = parseTimestamp(query.value(i++).toString());
    event.endsAt = parseTimestamp(query.value(i++).toString());
    event.venue = query.value(i++).toString();
    event.city = query.value(i++).toString();
    event.country = query.value(i++).toString();
    event.capacity = query.value(i++).toInt();
    event.notes = query.value(i++).toString();
    event.workGroup = query.value(i++).toString();
    event.createdAt = query.value(i++).toString();
    event.updatedAt = query.value(i++).toString();
    event.deletedAt = query.value(i++).toString();
    event.origin = query.value(i++).toString();
    return event;
}

// What a registrant is found by at the door: a member's keys come from the member's record (read into name, email
// and phone), a guest's from the guest fields.
PersonEntry registrantEntry(const Registration &r)
{
    if (r.memberPk != 0 && r.nameParts.size() == 3)
        return PersonEntry::of(r.nameParts.at(0), r.nameParts.at(1), r.nameParts.at(2), r.email, r.phone);
    if (r.memberPk != 0)
        return PersonEntry::ofWholeName(r.name, r.email, r.phone);
    return PersonEntry::ofWholeName(r.guestName, r.guestEmail, r.guestPhone);
}

bool bindRegistration(QSqlQuery &query, const Registration &r)
{
    query.addBindValue(r.id);
    query.addBindValue(r.eventPk);
    query.addBindValue(r.memberPk != 0 ? QVariant(r.memberPk) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(text(r.memberPk != 0 ? QString() : r.guestName));
    query.addBindValue(text(r.memberPk != 0 ? QString() : r.guestEmail));
    query.addBindValue(text(r.memberPk != 0 ? QString() : r.guestPhone));
    query.addBindValue(registrationStatusKey(r.status));
    query.addBindValue(r.ticketCode);
    query.addBindValue(textOrNull(r.checkedInAt));
    query.addBindValue(text(r.checkedInBy));
    query.addBindValue(r.walkIn ? 1 : 0);
    query.addBindValue(text(r.consent.join(QLatin1Char(';'))));
    query.addBindValue(textOrNull(r.consentAt));
    query.addBindValue(textOrNull(r.externalRef));
    query.addBindValue(r.createdAt);
    query.addBindValue(r.updatedAt);
    query.addBindValue(textOrNull(r.deletedAt));
    query.addBindValue(text(r.origin));
    return true;
}

const QString RegistrationInsert = QStringLiteral(
    "INSERT INTO registrations (id, event_pk, member_pk, guest_name, guest_email, guest_phone, status, ticket_code, "
    "checked_in_at, checked_in_by, walk_in, consent, consent_at, external_ref, created_at, updated_at, deleted_at, "
    "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString RegistrationUpdate = QStringLiteral(
    "UPDATE registrations SET id = ?, event_pk = ?, member_pk = ?, guest_name = ?, guest_email = ?, guest_phone = ?, "
    "status = ?, ticket_code = ?, checked_in_at = ?, checked_in_by = ?, walk_in = ?, consent = ?, consent_at = ?, "
    "external_ref = ?, created_at = ?, updated_at = ?, deleted_at = ?, origin = ? WHERE pk = ?");

// Keeps a registration's door keys and the list's sort keys in step (a PersonKeyWriter and a ListKeyWriter, their
// statements prepared once for many rows).
class KeyWriter final
{
public:
    // Without the list's keys: an upgrade from before schema 13, whose registrations have no columns for them yet.
    enum class ListKeys { Write, Skip };

    explicit KeyWriter(const QSqlDatabase &db, ListKeys listKeys = ListKeys::Write)
        : m_writer(db, PersonIndexTables::registrants())
    {
        if (listKeys == ListKeys::Write)
            m_listKeys.emplace(db);
    }

    bool write(const Registration &r)
    {
        const PersonEntry entry = registrantEntry(r);
        Status written = m_writer.write(r.pk, r.isDeleted() ? nullptr : &entry, r.eventPk);
        if (written && m_listKeys && !r.isDeleted())
            written = m_listKeys->write(r);
        if (!written)
            m_error = written.error();
        return written.ok();
    }

    const QString &error() const { return m_error; }

private:
    PersonKeyWriter m_writer;
    std::optional<registrationsql::ListKeyWriter> m_listKeys;
    QString m_error;
};

bool isUniqueTicketViolation(const QSqlQuery &query)
{
    return query.lastError().text().contains(QStringLiteral("ticket_code"));
}

QString joinErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char('\n'));
}

} // namespace

EventRepository::EventRepository(Database &database)
    : m_database(database)
{}

QList<FieldError> EventRepository::normalizeAndValidate(Event &event)
{
    QList<FieldError> errors;
    event.title = event.title.simplified();
    event.venue = event.venue.simplified();
    event.city = event.city.simplified();
    event.country = event.country.trimmed().toUpper();
    event.workGroup = event.workGroup.simplified();
    event.notes = event.notes.trimmed();
    if (event.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("The event needs a title.")});
    if (!event.startsAt.isValid())
        errors.append({QStringLiteral("starts_at"), tr("The event needs a start date and time.")});
    else
        event.startsAt = event.startsAt.toUTC();
    if (event.endsAt.isValid()) {
        event.endsAt = event.endsAt.toUTC();
        if (event.startsAt.isValid() && event.endsAt < event.startsAt)
            errors.append({QStringLiteral("ends_at"), tr("The event ends before it starts.")});
    }
    if (!event.country.isEmpty() && !countries::isKnownCode(event.country))
        errors.append({QStringLiteral("country"),
                       tr("“%1” is not a country code (ISO 3166, such as PL or LT).").arg(event.country)});
    if (event.capacity < 0)
        errors.append({QStringLiteral("capacity"), tr("The capacity cannot be negative.")});
    return errors;
}

std::optional<Event> EventRepository::findEvent(qint64 pk) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events WHERE pk = ?"));
    query.addBindValue(pk);
    if (query.exec() && query.next())
        return readEvent(query);
    return std::nullopt;
}

std::optional<Event> EventRepository::findEventById(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events WHERE id = ?"));
    query.addBindValue(id.trimmed());
    if (query.exec() && query.next())
        return readEvent(query);
    return std::nullopt;
}

Result<Event> EventRepository::findEventByIdOrTitle(const QString &text) const
{
    if (std::optional<Event> byId = findEventById(text); byId && !byId->isDeleted())
        return *byId;
    const QString wanted = text.simplified().toCaseFolded();
    QList<Event> found;
    for (const Event &event : events()) {
        if (event.title.toCaseFolded() == wanted)
            found.append(event);
    }
    if (found.isEmpty())
        return Result<Event>::failure(tr("There is no event “%1”.").arg(text));
    if (found.size() > 1)
        return Result<Event>::failure(
            tr("%n events are called “%1”; name one by its id.", nullptr, int(found.size())).arg(text));
    return found.first();
}

QList<Event> EventRepository::events(bool includeDeleted) const
{
    QList<Event> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events");
    if (!includeDeleted)
        sql += QStringLiteral(" WHERE deleted_at IS NULL");
    sql += QStringLiteral(" ORDER BY starts_at DESC, pk DESC");
    if (!query.exec(sql))
        return all;
    while (query.next())
        all.append(readEvent(query));
    return all;
}

QList<EventSummary> EventRepository::summaries() const
{
    QList<EventSummary> all;
    QHash<qint64, EventCounts> counted;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT event_pk, sum(status = 'registered'), sum(status = 'cancelled'), "
            "sum(status = 'registered' AND checked_in_at IS NOT NULL), sum(status = 'registered' AND walk_in = 1) "
            "FROM registrations WHERE deleted_at IS NULL GROUP BY event_pk"))) {
        while (query.next()) {
            counted.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt(),
                                                         query.value(3).toInt(), query.value(4).toInt()});
        }
    }
    for (const Event &event : events())
        all.append({event, counted.value(event.pk)});
    return all;
}

Result<Event> EventRepository::addEvent(Event event)
{
    using R = Result<Event>;
    if (const QList<FieldError> errors = normalizeAndValidate(event); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    const QString now = nowTimestamp();
    if (event.id.isEmpty())
        event.id = newRowId();
    if (event.createdAt.isEmpty())
        event.createdAt = now;
    if (event.updatedAt.isEmpty())
        event.updatedAt = event.createdAt;
    if (event.origin.isEmpty())
        event.origin = m_database.chapterCode();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO events (id, title, kind, starts_at, ends_at, venue, city, country, "
                                 "capacity, notes, work_group, created_at, updated_at, deleted_at, origin) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.id);
    query.addBindValue(text(event.title));
    query.addBindValue(eventKindKey(event.kind));
    query.addBindValue(isoTimestamp(event.startsAt));
    query.addBindValue(textOrNull(event.endsAt.isValid() ? isoTimestamp(event.endsAt) : QString()));
    query.addBindValue(text(event.venue));
    query.addBindValue(text(event.city));
    query.addBindValue(text(event.country));
    query.addBindValue(event.capacity);
    query.addBindValue(text(event.notes));
    query.addBindValue(text(event.workGroup));
    query.addBindValue(event.createdAt);
    query.addBindValue(event.updatedAt);
    query.addBindValue(textOrNull(event.deletedAt));
    query.addBindValue(text(event.origin));
    if (!query.exec())
        return R::failure(tr("Could not save the event: %1").arg(query.lastError().text()));
    event.pk = query.lastInsertId().toLongLong();
    return event;
}

Result<Event> EventRepository::updateEvent(Event event)
{
    using R = Result<Event>;
    const std::optional<Event> stored = findEvent(event.pk);
    if (!stored)
        return R::failure(tr("This event no longer exists. Reload the list."));
    if (const QList<FieldError> errors = normalizeAndValidate(event); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    event.id = stored->id;
    event.createdAt = stored->createdAt;
    event.origin = stored->origin;
    event.deletedAt = stored->deletedAt;
    if (event.sameContent(*stored))
        return *stored;
    event.updatedAt = nowTimestamp();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE events SET title = ?, kind = ?, starts_at = ?, ends_at = ?, venue = ?, "
                                 "city = ?, country = ?, capacity = ?, notes = ?, work_group = ?, updated_at = ? "
                                 "WHERE pk = ?"));
    query.addBindValue(text(event.title));
    query.addBindValue(eventKindKey(event.kind));
    query.addBindValue(isoTimestamp(event.startsAt));
    query.addBindValue(textOrNull(event.endsAt.isValid() ? isoTimestamp(event.endsAt) : QString()));
    query.addBindValue(text(event.venue));
    query.addBindValue(text(event.city));
    query.addBindValue(text(event.country));
    query.addBindValue(event.capacity);
    query.addBindValue(text(event.notes));
    query.addBindValue(text(event.workGroup));
    query.addBindValue(event.updatedAt);
    query.addBindValue(event.pk);
    if (!query.exec())
        return R::failure(tr("Could not save the event: %1").arg(query.lastError().text()));
    return event;
}

Status EventRepository::removeEvent(qint64 pk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("events"), pk, true);
        !error.isEmpty())
        return Status::failure(tr("Could not delete the event: %1").arg(error));
    return {};
}

Status EventRepository::restoreEvent(qint64 pk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("events"), pk, false);
        !error.isEmpty())
        return Status::failure(tr("Could not restore the event: %1").arg(error));
    return {};
}

std::optional<Registration> EventRepository::findRegistration(qint64 pk) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.pk = ?"));
    query.addBindValue(pk);
    if (query.exec() && query.next())
        return registrationsql::read(query);
    return std::nullopt;
}

std::optional<Registration> EventRepository::findRegistrationById(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return registrationsql::read(query);
    return std::nullopt;
}

std::optional<Registration> EventRepository::findByTicket(const QString &code) const
{
    const QString normalized = ticketcode::normalize(code);
    if (normalized.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.ticket_code = ? AND r.deleted_at IS NULL"));
    query.addBindValue(normalized);
    if (query.exec() && query.next())
        return registrationsql::read(query);
    return std::nullopt;
}

QList<Registration> EventRepository::registrations(qint64 eventPk) const
{
    QList<Registration> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(registrationsql::select() +
                  QStringLiteral("WHERE r.event_pk = ? AND r.deleted_at IS NULL ORDER BY r.pk"));
    query.addBindValue(eventPk);
    if (!query.exec())
        return all;
    while (query.next())
        all.append(registrationsql::read(query));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(all.begin(), all.end(), [&collator](const Registration &a, const Registration &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return all;
}

QList<Registration> EventRepository::allRegistrations(qint64 eventPk) const
{
    QList<Registration> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.event_pk = ? ORDER BY r.pk"));
    query.addBindValue(eventPk);
    if (!query.exec())
        return all;
    while (query.next())
        all.append(registrationsql::read(query));
    return all;
}

EventCounts EventRepository::counts(qint64 eventPk) const
{
    EventCounts counts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT sum(status = 'registered'), sum(status = 'cancelled'), "
        "sum(status = 'registered' AND checked_in_at IS NOT NULL), sum(status = 'registered' AND walk_in = 1) "
        "FROM registrations WHERE event_pk = ? AND deleted_at IS NULL"));
    query.addBindValue(eventPk);
    if (query.exec() && query.next()) {
        counts.registered = query.value(0).toInt();
        counts.cancelled = query.value(1).toInt();
        counts.checkedIn = query.value(2).toInt();
        counts.walkIns = query.value(3).toInt();
    }
    return counts;
}

Result<Registration> EventRepository::addRegistration(Registration registration)
{
    QList<Registration> one{std::move(registration)};
    if (Status status = addRegistrations(one); !status)
        return Result<Registration>::failure(status.error());
    return one.first();
}

Status EventRepository::addRegistrations(QList<Registration> &registrations)
{
    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return Status::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    QSqlQuery insert(db);
    insert.prepare(RegistrationInsert);
    QSqlQuery member(db);
    member.prepare(QStringLiteral("SELECT id, first_name, middle_name, last_name, email, phone FROM members "
                                  "WHERE pk = ?"));
    KeyWriter keys(db);
    const QString now = nowTimestamp();
    const QString origin = m_database.chapterCode();
    for (Registration &r : registrations) {
        r.guestName = r.guestName.simplified();
        r.guestEmail = r.guestEmail.trimmed().toLower();
        r.guestPhone = r.guestPhone.trimmed();
        if (r.memberPk == 0 && r.guestName.isEmpty())
            return Status::failure(tr("A guest needs a name."));
        if (r.eventPk == 0)
            return Status::failure(tr("A registration needs its event."));
        if (r.id.isEmpty())
            r.id = newRowId();
        if (r.createdAt.isEmpty())
            r.createdAt = now;
        if (r.updatedAt.isEmpty())
            r.updatedAt = r.createdAt;
        if (r.origin.isEmpty())
            r.origin = origin;
        if (r.memberPk != 0) {
            member.addBindValue(r.memberPk);
            if (!member.exec() || !member.next())
                return Status::failure(tr("The member of this registration does not exist."));
            r.memberId = member.value(0).toString();
            QStringList parts;
            for (int i = 1; i <= 3; ++i) {
                if (const QString word = member.value(i).toString().trimmed(); !word.isEmpty())
                    parts.append(word);
            }
            r.name = parts.join(QLatin1Char(' '));
            r.email = member.value(4).toString();
            r.phone = member.value(5).toString();
            member.finish();
        } else {
            r.name = r.guestName;
            r.email = r.guestEmail;
            r.phone = r.guestPhone;
        }
        const QString given = ticketcode::normalize(r.ticketCode);
        // A fresh code is drawn again in the (very rare) case that it is taken; a code the row brings must be free.
        for (int attempt = 0;; ++attempt) {
            r.ticketCode = given.isEmpty() ? ticketcode::generate() : given;
            bindRegistration(insert, r);
            if (insert.exec())
                break;
            if (!given.isEmpty() || attempt == 8 || !isUniqueTicketViolation(insert)) {
                if (isUniqueTicketViolation(insert))
                    return Status::failure(
                        tr("The ticket code %1 is already someone else's.").arg(ticketcode::display(given)));
                return Status::failure(tr("Could not save the registration: %1").arg(insert.lastError().text()));
            }
        }
        r.pk = insert.lastInsertId().toLongLong();
        if (!keys.write(r))
            return Status::failure(tr("Could not update the check-in search: %1").arg(keys.error()));
    }
    if (!savepoint.release())
        return Status::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    return {};
}

Result<Registration> EventRepository::updateRegistration(Registration registration, bool keepUpdatedAt)
{
    using R = Result<Registration>;
    const std::optional<Registration> stored = findRegistration(registration.pk);
    if (!stored)
        return R::failure(tr("This registration no longer exists. Reload the list."));
    registration.guestName = registration.guestName.simplified();
    registration.guestEmail = registration.guestEmail.trimmed().toLower();
    if (registration.memberPk == 0 && registration.guestName.isEmpty())
        return R::failure(tr("A guest needs a name."));
    registration.ticketCode = ticketcode::normalize(registration.ticketCode);
    if (registration.ticketCode.isEmpty())
        registration.ticketCode = stored->ticketCode;
    if (registration.id.isEmpty())
        registration.id = stored->id;
    if (registration.createdAt.isEmpty())
        registration.createdAt = stored->createdAt;
    if (registration.origin.isEmpty())
        registration.origin = stored->origin;
    if (!keepUpdatedAt || registration.updatedAt.isEmpty())
        registration.updatedAt = nowTimestamp();
    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    QSqlQuery update(db);
    update.prepare(RegistrationUpdate);
    bindRegistration(update, registration);
    update.addBindValue(registration.pk);
    if (!update.exec()) {
        if (isUniqueTicketViolation(update))
            return R::failure(
                tr("The ticket code %1 is already someone else's.").arg(ticketcode::display(registration.ticketCode)));
        return R::failure(tr("Could not save the registration: %1").arg(update.lastError().text()));
    }
    std::optional<Registration> saved = findRegistration(registration.pk);
    KeyWriter keys(db);
    if (!saved || !keys.write(*saved))
        return R::failure(tr("Could not update the check-in search: %1").arg(keys.error()));
    if (!savepoint.release())
        return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    return *saved;
}

Status EventRepository::removeRegistration(qint64 pk)
{
    std::optional<Registration> stored = findRegistration(pk);
    if (!stored)
        return Status::failure(tr("This registration no longer exists. Reload the list."));
    if (stored->isDeleted())
        return {};
    stored->deletedAt = nowTimestamp();
    if (Result<Registration> saved = updateRegistration(*stored); !saved)
        return Status::failure(saved.error());
    return {};
}

Status EventRepository::restoreRegistration(qint64 pk)
{
    std::optional<Registration> stored = findRegistration(pk);
    if (!stored)
        return Status::failure(tr("This registration no longer exists. Reload the list."));
    stored->deletedAt.clear();
    if (Result<Registration> saved = updateRegistration(*stored); !saved)
        return Status::failure(saved.error());
    return {};
}

QList<Registration> EventRepository::search(qint64 eventPk, const QString &text, int limit) const
{
    QList<Registration> found;
    if (limit <= 0 || text.trimmed().isEmpty())
        return found;
    QSqlDatabase db = m_database.connection();
    QSet<qint64> seen;
    auto take = [&](QSqlQuery &query) {
        QList<Registration> step;
        while (query.next()) {
            Registration r = registrationsql::read(query);
            if (!seen.contains(r.pk)) {
                seen.insert(r.pk);
                step.append(std::move(r));
            }
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(step.begin(), step.end(), [&collator](const Registration &a, const Registration &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        for (Registration &r : step) {
            if (found.size() < limit)
                found.append(std::move(r));
        }
    };

    // A whole ticket code (as a scanner types it) is one registration at once; a code's start with a digit or a
    // dash in it (no name has those) is looked up among the codes.
    const QString code = ticketcode::normalize(text);
    QString cleanedCode = text.trimmed().toUpper();
    cleanedCode.remove(QLatin1Char('-'));
    cleanedCode.remove(QLatin1Char(' '));
    const bool codeLike =
        !code.isEmpty() || (ticketcode::couldBePrefix(text) && cleanedCode.size() >= 3 &&
                            (text.contains(QLatin1Char('-')) ||
                             std::any_of(cleanedCode.begin(), cleanedCode.end(), [](QChar c) { return c.isDigit(); })));
    if (codeLike) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // `+r.event_pk` keeps SQLite on the ticket code's index: by the event's index it would read every
        // registration of the event.
        query.prepare(registrationsql::select() + QStringLiteral("WHERE r.ticket_code >= ? AND r.ticket_code < ? AND "
                                                                 "+r.event_pk = ? AND r.deleted_at IS NULL LIMIT ?"));
        const QString prefix = code.isEmpty() ? cleanedCode : code;
        query.addBindValue(prefix);
        query.addBindValue(search::upperBound(prefix));
        query.addBindValue(eventPk);
        query.addBindValue(limit);
        if (query.exec())
            take(query);
        if (!code.isEmpty() && !found.isEmpty())
            return found;
    }

    const Result<QList<qint64>> pks = PersonSearch(db, PersonIndexTables::registrants()).find(text, limit, eventPk);
    if (!pks || pks->isEmpty())
        return found;
    QStringList marks;
    for (qsizetype i = 0; i < pks->size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.pk IN (") + marks.join(QLatin1Char(',')) +
                  QStringLiteral(") AND r.deleted_at IS NULL"));
    for (const qint64 pk : pks.value())
        query.addBindValue(pk);
    if (!query.exec())
        return found;
    QHash<qint64, Registration> byPk;
    while (query.next()) {
        Registration r = registrationsql::read(query);
        byPk.emplace(r.pk, std::move(r));
    }
    // In the search's order: the name as typed first.
    for (const qint64 pk : pks.value()) {
        if (found.size() >= limit)
            break;
        if (seen.contains(pk) || !byPk.contains(pk))
            continue;
        seen.insert(pk);
        found.append(byPk.take(pk));
    }
    return found;
}

QStringList EventRepository::explainSearch(qint64 eventPk, const QString &text) const
{
    return PersonSearch(m_database.connection(), PersonIndexTables::registrants()).explain(text, eventPk);
}

Status EventRepository::rewriteSearchKeys(const QSqlDatabase &db)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM registration_search")) ||
        !clear.exec(QStringLiteral("DELETE FROM registration_keys")))
        return Status::failure(tr("Could not update the check-in search: %1").arg(clear.lastError().text()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(registrationsql::select() + QStringLiteral("WHERE r.deleted_at IS NULL")))
        return Status::failure(tr("Could not update the check-in search: %1").arg(query.lastError().text()));
    // Schema 9 rewrites the door's keys; the list's come with schema 13 (RegistrationList::rewriteListKeys).
    KeyWriter keys(db, KeyWriter::ListKeys::Skip);
    while (query.next()) {
        if (!keys.write(registrationsql::read(query)))
            return Status::failure(tr("Could not update the check-in search: %1").arg(keys.error()));
    }
    return {};
}

CheckInResult EventRepository::checkIn(qint64 registrationPk, const QString &station, const QString &when)
{
    CheckInResult result;
    std::optional<Registration> stored = findRegistration(registrationPk);
    if (!stored || stored->isDeleted()) {
        result.message = tr("This registration no longer exists.");
        return result;
    }
    result.registration = *stored;
    if (stored->isCancelled()) {
        result.outcome = CheckInOutcome::Cancelled;
        result.message = tr("%1's registration was cancelled: do not let them in on this ticket.").arg(stored->name);
        return result;
    }
    if (stored->isCheckedIn()) {
        result.outcome = CheckInOutcome::AlreadyCheckedIn;
        const QDateTime first = parseTimestamp(stored->checkedInAt).toLocalTime();
        result.message = tr("%1 was already checked in at %2 by %3.")
                             .arg(stored->name, shown::dateTime(first),
                                  stored->checkedInBy.isEmpty() ? tr("another laptop") : stored->checkedInBy);
        return result;
    }
    const QString at = when.isEmpty() ? nowTimestamp() : when;
    QSqlQuery query(m_database.connection());
    // The condition keeps a check-in that another window made in between.
    query.prepare(QStringLiteral("UPDATE registrations SET checked_in_at = ?, checked_in_by = ?, updated_at = ? "
                                 "WHERE pk = ? AND checked_in_at IS NULL AND status = 'registered'"));
    query.addBindValue(at);
    query.addBindValue(text(station));
    query.addBindValue(nowTimestamp());
    query.addBindValue(registrationPk);
    if (!query.exec()) {
        result.outcome = CheckInOutcome::NotFound;
        result.message = tr("Could not save the check-in: %1").arg(query.lastError().text());
        return result;
    }
    if (query.numRowsAffected() != 1)
        return checkIn(registrationPk, station, when);
    result.outcome = CheckInOutcome::CheckedIn;
    result.registration.checkedInAt = at;
    result.registration.checkedInBy = station;
    result.message = tr("%1 is checked in.").arg(stored->name);
    return result;
}

Status EventRepository::undoCheckIn(qint64 registrationPk, const QString &previousAt, const QString &previousBy,
                                    const QString &madeAt)
{
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("UPDATE registrations SET checked_in_at = ?, checked_in_by = ?, updated_at = ? "
                                 "WHERE pk = ?");
    if (!madeAt.isEmpty())
        sql += QStringLiteral(" AND checked_in_at = ?");
    query.prepare(sql);
    query.addBindValue(textOrNull(previousAt));
    query.addBindValue(text(previousBy));
    query.addBindValue(nowTimestamp());
    query.addBindValue(registrationPk);
    if (!madeAt.isEmpty())
        query.addBindValue(madeAt);
    if (!query.exec())
        return Status::failure(tr("Could not take the check-in back: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1) {
        if (!madeAt.isEmpty() && findRegistration(registrationPk))
            return Status::failure(
                tr("This check-in was changed since (another laptop's earlier one was merged in); it stays."));
        return Status::failure(tr("This registration no longer exists."));
    }
    return {};
}

Result<Registration> EventRepository::walkIn(qint64 eventPk, const WalkIn &person, const QString &station)
{
    using R = Result<Registration>;
    const std::optional<Event> event = findEvent(eventPk);
    if (!event || event->isDeleted())
        return R::failure(tr("This event no longer exists."));
    Member member;
    member.firstName = person.firstName;
    member.lastName = person.lastName;
    member.email = person.email;
    member.phone = person.phone;
    member.country = person.country.trimmed().toUpper();
    if (member.firstName.trimmed().isEmpty() && member.lastName.trimmed().isEmpty())
        return R::failure(tr("Type the walk-in's name."));
    const QString region = member.country.isEmpty() ? event->country : member.country;
    if (const QList<FieldError> errors = MemberRepository::normalizeAndValidate(member, region); !errors.isEmpty())
        return R::failure(joinErrors(errors));

    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    MemberRepository members(m_database);
    const QString now = nowTimestamp();
    Registration r;
    r.eventPk = eventPk;
    r.walkIn = true;
    r.checkedInAt = now;
    r.checkedInBy = station;
    r.consent = person.consent;
    r.consentAt = person.consent.isEmpty() ? QString() : now;
    // A walk-in whose e-mail or phone is a member's is that member, when the name typed is theirs too (in any
    // script): a daughter who gives her father's phone is not her father.
    const QString nameKey = namekey::personKey(member.firstName, QString(), member.lastName);
    for (const DuplicateMatch &match : members.findDuplicates(member)) {
        const Member &existing = match.existing;
        if (match.reason != DuplicateMatch::Reason::NameAndBirthDate &&
            (nameKey == namekey::personKey(existing.firstName, existing.middleName, existing.lastName) ||
             nameKey == namekey::personKey(existing.firstName, QString(), existing.lastName))) {
            r.memberPk = existing.pk;
            break;
        }
    }
    if (r.memberPk == 0 && (!member.email.isEmpty() || !member.phone.isEmpty())) {
        // A guest on the list with the same e-mail or phone and the same name (in any script): check that
        // registration in instead. A different name with that contact is somebody else (a daughter with her
        // father's phone), registered on their own.
        QSqlQuery guest(db);
        guest.prepare(QStringLiteral("SELECT pk, guest_name FROM registrations WHERE event_pk = ? AND "
                                     "member_pk IS NULL AND deleted_at IS NULL AND ((guest_email <> '' AND "
                                     "guest_email = ?) OR (guest_phone <> '' AND guest_phone = ?)) ORDER BY pk"));
        guest.addBindValue(eventPk);
        guest.addBindValue(member.email.toLower());
        guest.addBindValue(member.phone);
        qint64 pk = 0;
        if (guest.exec()) {
            while (pk == 0 && guest.next()) {
                if (namekey::personKey(guest.value(1).toString(), QString(), QString()) == nameKey)
                    pk = guest.value(0).toLongLong();
            }
        }
        guest.finish();
        if (pk != 0) {
            const CheckInResult checked = checkIn(pk, station, now);
            if (checked.outcome != CheckInOutcome::CheckedIn)
                return R::failure(checked.message);
            if (!savepoint.release())
                return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
            return checked.registration;
        }
    }
    if (r.memberPk == 0 && person.makeMember) {
        member.status = MemberStatus::Active;
        member.joinedOn = QDate::currentDate();
        member.consent = person.consent;
        member.consentAt = r.consentAt;
        Result<Member> added = members.add(member);
        if (!added)
            return R::failure(added.error());
        r.memberPk = added->pk;
    }
    if (r.memberPk == 0) {
        r.guestName = member.displayName();
        r.guestEmail = member.email;
        r.guestPhone = member.phone;
    } else {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT pk FROM registrations WHERE event_pk = ? AND member_pk = ? AND "
                                        "deleted_at IS NULL"));
        existing.addBindValue(eventPk);
        existing.addBindValue(r.memberPk);
        if (existing.exec() && existing.next()) {
            // Already on the list after all: check that registration in instead of making a second one.
            const qint64 pk = existing.value(0).toLongLong();
            existing.finish();
            const CheckInResult checked = checkIn(pk, station, now);
            if (checked.outcome != CheckInOutcome::CheckedIn)
                return R::failure(checked.message);
            if (!savepoint.release())
                return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
            return checked.registration;
        }
    }
    Result<Registration> added = addRegistration(r);
    if (!added)
        return added;
    if (!savepoint.release())
        return R::failure(tr("Could not save the registration: %1").arg(savepoint.error()));
    return added;
}

Status EventRepository::refreshMemberKeys(qint64 memberPk)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.member_pk = ?"));
    query.addBindValue(memberPk);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    QList<Registration> theirs;
    while (query.next())
        theirs.append(registrationsql::read(query));
    KeyWriter keys(db);
    for (const Registration &r : std::as_const(theirs)) {
        if (!keys.write(r))
            return Status::failure(keys.error());
    }
    return {};
}

Status EventRepository::refreshRegistrationKeys(qint64 registrationPk)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(registrationsql::select() + QStringLiteral("WHERE r.pk = ?"));
    query.addBindValue(registrationPk);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (!query.next())
        return {};
    const Registration registration = registrationsql::read(query);
    query.finish();
    KeyWriter keys(db);
    if (!keys.write(registration))
        return Status::failure(keys.error());
    return {};
}

Status EventRepository::moveMemberRegistrations(qint64 fromPk, qint64 toPk, const QString &now)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery theirs(db);
    theirs.setForwardOnly(true);
    theirs.prepare(QStringLiteral("SELECT pk, event_pk, checked_in_at, checked_in_by FROM registrations"
                                  " WHERE member_pk = ? AND deleted_at IS NULL"));
    theirs.addBindValue(fromPk);
    if (!theirs.exec())
        return Status::failure(theirs.lastError().text());
    struct Moving
    {
        qint64 pk;
        qint64 eventPk;
        QVariant checkedInAt;
        QString checkedInBy;
    };
    QList<Moving> moving;
    while (theirs.next())
        moving.append(
            {theirs.value(0).toLongLong(), theirs.value(1).toLongLong(), theirs.value(2), theirs.value(3).toString()});
    theirs.finish();

    QSqlQuery kept(db);
    kept.prepare(QStringLiteral("SELECT pk, checked_in_at FROM registrations"
                                " WHERE event_pk = ? AND member_pk = ? AND deleted_at IS NULL LIMIT 1"));
    QSqlQuery takeCheckIn(db);
    takeCheckIn.prepare(
        QStringLiteral("UPDATE registrations SET checked_in_at = ?, checked_in_by = ?, updated_at = ? WHERE pk = ?"));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("UPDATE registrations SET deleted_at = ?, updated_at = ? WHERE pk = ?"));
    QSqlQuery move(db);
    move.prepare(QStringLiteral("UPDATE registrations SET member_pk = ?, updated_at = ? WHERE pk = ?"));
    QList<qint64> touched;
    for (const Moving &registration : std::as_const(moving)) {
        kept.addBindValue(registration.eventPk);
        kept.addBindValue(toPk);
        if (!kept.exec())
            return Status::failure(kept.lastError().text());
        const bool both = kept.next();
        const qint64 keptPk = both ? kept.value(0).toLongLong() : 0;
        const bool keptCheckedIn = both && !kept.value(1).isNull();
        kept.finish();
        if (!both) {
            move.addBindValue(toPk);
            move.addBindValue(now);
            move.addBindValue(registration.pk);
            if (!move.exec())
                return Status::failure(move.lastError().text());
            touched.append(registration.pk);
            continue;
        }
        if (!keptCheckedIn && !registration.checkedInAt.isNull()) {
            takeCheckIn.addBindValue(registration.checkedInAt);
            takeCheckIn.addBindValue(registration.checkedInBy);
            takeCheckIn.addBindValue(now);
            takeCheckIn.addBindValue(keptPk);
            if (!takeCheckIn.exec())
                return Status::failure(takeCheckIn.lastError().text());
        }
        drop.addBindValue(now);
        drop.addBindValue(now);
        drop.addBindValue(registration.pk);
        if (!drop.exec())
            return Status::failure(drop.lastError().text());
        touched.append(registration.pk);
    }
    for (const qint64 pk : std::as_const(touched)) {
        if (Status status = refreshRegistrationKeys(pk); !status)
            return status;
    }
    return refreshMemberKeys(toPk);
}

QString EventRepository::defaultStation()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QString host = QSysInfo::machineHostName();
    if (user.isEmpty())
        return host;
    return host.isEmpty() ? user : tr("%1 on %2", "operator on laptop").arg(user, host);
}

} // namespace supolka
