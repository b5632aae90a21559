#include "models/events/registrationimporter.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "models/core/timestamps.h"
#include "models/csv/csvreader.h"
#include "models/csv/csvvalues.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/import/importjob.h"
#include "models/members/memberrepository.h"
#include "models/members/phonenormalizer.h"
#include "models/text/namekey.h"

namespace supolka {

namespace {

// One row of the file as read and checked.
struct Incoming
{
    qint64 line = 0;
    QStringList problems;                // the row cannot be a registration
    QList<QPair<int, QString>> warnings; // a field's problem (its column, why); the row is imported all the same
    bool emailUnverified = false;        // kept as typed: never used to find the member
    // The row's registration. name/email/phone hold the person as the row gives them, whether or not they turn
    // out to be a member; guestName/guestEmail/guestPhone are filled only once the row is known to be a guest.
    Registration r;
    QString eventId;
    QDateTime submitted;      // a form's time stamp or an order date: the latest of several submissions wins
    bool listCheckIn = false; // the list says "checked in" without saying when (Eventbrite)
    QString key;              // rows with the same key are one registration
    bool superseded = false;
};

// A date-time as attendee lists write it. With Z or an offset it is that instant; without one it is the
// laptop's local time, which is the organizer's time that pretix, Eventbrite and Google Forms write.
Result<QDateTime> parseListTime(const QString &text, CsvSource source)
{
    using R = Result<QDateTime>;
    const QString value = text.trimmed();
    const auto notReal = [&value] {
        return R::failure(RegistrationImporter::tr("“%1” is not a real date and time.").arg(value));
    };
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    static const QRegularExpression slashed(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$)"));

    QDate date;
    QTime time;
    int offsetSeconds = 0;
    bool hasOffset = false;
    if (const auto match = iso.match(value); match.hasMatch()) {
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        const QString millis = match.captured(7).leftJustified(3, QLatin1Char('0'));
        time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     match.captured(7).isEmpty() ? 0 : millis.toInt());
        const QString offset = match.captured(8);
        if (!offset.isEmpty()) {
            hasOffset = true;
            if (offset != u"Z") {
                QString digits = offset.mid(1);
                digits.remove(QLatin1Char(':'));
                offsetSeconds = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
                if (offset.startsWith(QLatin1Char('-')))
                    offsetSeconds = -offsetSeconds;
            }
        }
    } else if (const auto dot = dotted.match(value); dot.hasMatch()) {
        date = QDate(dot.captured(3).toInt(), dot.captured(2).toInt(), dot.captured(1).toInt());
        time = QTime(dot.captured(4).toInt(), dot.captured(5).toInt(), dot.captured(6).toInt());
    } else if (const auto slash = slashed.match(value);
               slash.hasMatch() && (source == CsvSource::GoogleForms || source == CsvSource::Eventbrite)) {
        int year = slash.captured(3).toInt();
        if (slash.captured(3).size() == 2)
            year += 2000;
        date = QDate(year, slash.captured(1).toInt(), slash.captured(2).toInt());
        int hour = slash.captured(4).toInt();
        const QString half = slash.captured(7).toLower();
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12)
                return notReal();
            hour = hour % 12 + (half == u"pm" ? 12 : 0);
        }
        time = QTime(hour, slash.captured(5).toInt(), slash.captured(6).toInt());
    } else {
        // A date alone (or something else): CsvValues says what is wrong with it.
        const Result<QDate> day = CsvValues::parseDate(value, source);
        if (!day)
            return R::failure(day.error());
        return day.value().startOfDay();
    }
    if (!date.isValid() || !time.isValid())
        return notReal();
    if (hasOffset)
        return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
    return QDateTime(date, time).toUTC();
}

// The registration statuses attendee lists write, as Supolka's two. Empty = not a status Supolka knows.
std::optional<RegistrationStatus> listStatus(const QString &text, bool *checkedIn)
{
    const QString folded = text.simplified().toCaseFolded();
    *checkedIn = false;
    if (const auto own = registrationStatusFromKey(folded))
        return own;
    static const QStringList attending{QStringLiteral("attending"), QStringLiteral("confirmed"), QStringLiteral("paid"),
                                       QStringLiteral("active")};
    static const QStringList cancelled{QStringLiteral("not attending"),
                                       QStringLiteral("refunded"),
                                       QStringLiteral("deleted"),
                                       QStringLiteral("transferred"),
                                       QStringLiteral("cancelled by organizer"),
                                       QStringLiteral("declined")};
    if (folded == u"checked in") {
        *checkedIn = true;
        return RegistrationStatus::Registered;
    }
    if (attending.contains(folded))
        return RegistrationStatus::Registered;
    if (cancelled.contains(folded))
        return RegistrationStatus::Cancelled;
    return std::nullopt;
}

class RowReader final
{
public:
    RowReader(const QStringList &header, const ColumnMapping &mapping, const QString &region)
        : m_header(header)
        , m_mapping(mapping)
        , m_region(region)
    {
        for (int column = 0; column < mapping.fields.size(); ++column) {
            if (!mapping.fields.at(column).isEmpty())
                m_columns.insert(mapping.fields.at(column), column);
        }
    }

    Incoming read(const CsvRecord &record) const
    {
        Incoming in;
        in.line = record.line;
        // The job leaves out records it cannot read and those with the wrong cell count.
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            const QString damage = CsvValues::excelDamage(it.key(), record.fields.at(it.value()).trimmed());
            if (!damage.isEmpty())
                warn(in, it.key(), damage);
        }

        Registration &r = in.r;
        r.name = text(record, QStringLiteral("name")).simplified();
        if (r.name.isEmpty()) {
            QStringList parts;
            for (const char *field : {"first_name", "middle_name", "last_name"}) {
                if (const QString part = text(record, QLatin1String(field)).simplified(); !part.isEmpty())
                    parts.append(part);
            }
            r.name = parts.join(QLatin1Char(' '));
        }
        r.email = text(record, QStringLiteral("email")).toLower();
        if (!r.email.isEmpty()) {
            Member probe;
            probe.lastName = QStringLiteral("-");
            probe.email = r.email;
            for (const FieldError &error : MemberRepository::normalizeAndValidate(probe)) {
                if (error.field != u"email")
                    continue;
                in.emailUnverified = true;
                warn(in, QStringLiteral("email"),
                     RegistrationImporter::tr("%1; the address was kept as typed, marked unverified")
                         .arg(asClause(error.message)));
            }
        }
        // A phone that cannot be read as a number is kept as given: it still helps the door find the person.
        r.phone = text(record, QStringLiteral("phone"));
        if (!r.phone.isEmpty()) {
            if (const Result<QString> e164 = PhoneNormalizer::normalize(r.phone, m_region))
                r.phone = e164.value();
        }
        const QString submitted = text(record, QStringLiteral("submitted_at"));
        if (!submitted.isEmpty()) {
            if (const Result<QDateTime> when = parseListTime(submitted, m_mapping.source))
                in.submitted = when.value();
            else
                warn(in, QStringLiteral("submitted_at"), when.error());
        }

        if (m_mapping.source == CsvSource::Canonical)
            readCanonical(record, in);
        else
            readList(record, in);
        if (!in.problems.isEmpty())
            return in;
        if (r.name.isEmpty() && r.email.isEmpty() && r.memberId.isEmpty() && r.id.isEmpty())
            in.problems.append(RegistrationImporter::tr("the row has neither a name nor an e-mail address"));
        in.key = r.id.isEmpty() ? r.externalRef : r.id;
        return in;
    }

private:
    void readCanonical(const CsvRecord &record, Incoming &in) const
    {
        Registration &r = in.r;
        r.id = text(record, QStringLiteral("id"));
        if (!r.id.isEmpty() && QUuid::fromString(r.id).isNull())
            in.problems.append(
                problem(QStringLiteral("id"), RegistrationImporter::tr("“%1” is not a registration id").arg(r.id)));
        in.eventId = text(record, QStringLiteral("event_id"));
        r.memberId = text(record, QStringLiteral("member_id"));
        const QString status = text(record, QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (const auto parsed = registrationStatusFromKey(status))
                r.status = *parsed;
            else
                warn(in, QStringLiteral("status"),
                     RegistrationImporter::tr(
                         "“%1” is not a status (registered or cancelled); the row was taken as registered")
                         .arg(status));
        }
        const QString code = text(record, QStringLiteral("ticket_code"));
        if (!code.isEmpty()) {
            r.ticketCode = ticketcode::normalize(code);
            if (r.ticketCode.isEmpty())
                warn(in, QStringLiteral("ticket_code"),
                     RegistrationImporter::tr("“%1” is not a ticket code; the registration gets a new one").arg(code));
        }
        r.checkedInAt = timestamp(record, QStringLiteral("checked_in_at"), in);
        r.checkedInBy = r.checkedInAt.isEmpty() ? QString() : text(record, QStringLiteral("checked_in_by"));
        const QString walkIn = text(record, QStringLiteral("walk_in"));
        if (const Result<bool> parsed = CsvValues::parseBool(walkIn))
            r.walkIn = parsed.value();
        else
            warn(in, QStringLiteral("walk_in"), parsed.error());
        r.consent = text(record, QStringLiteral("consent")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &item : r.consent)
            item = item.trimmed();
        r.consent.removeAll(QString());
        r.consentAt = timestamp(record, QStringLiteral("consent_at"), in);
        r.externalRef = text(record, QStringLiteral("external_ref"));
        r.createdAt = timestamp(record, QStringLiteral("created_at"), in);
        r.updatedAt = timestamp(record, QStringLiteral("updated_at"), in);
        if (r.updatedAt.isEmpty())
            r.updatedAt = r.createdAt;
        r.deletedAt = timestamp(record, QStringLiteral("deleted_at"), in);
        r.origin = text(record, QStringLiteral("origin"));
    }

    void readList(const CsvRecord &record, Incoming &in) const
    {
        Registration &r = in.r;
        const QString status = text(record, QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (const auto parsed = listStatus(status, &in.listCheckIn))
                r.status = *parsed;
            else
                warn(in, QStringLiteral("status"),
                     RegistrationImporter::tr(
                         "“%1” is not an attendee status Supolka knows (such as Attending, Checked In, Refunded or "
                         "Cancelled); the row was taken as registered")
                         .arg(status));
        }
        const QString checkedIn = text(record, QStringLiteral("checked_in_at"));
        if (!checkedIn.isEmpty()) {
            if (const Result<QDateTime> when = parseListTime(checkedIn, m_mapping.source)) {
                r.checkedInAt = isoTimestamp(when.value());
                r.checkedInBy = m_mapping.source == CsvSource::Pretix ? QStringLiteral("pretix") : QString();
            } else {
                warn(in, QStringLiteral("checked_in_at"),
                     RegistrationImporter::tr("%1; the row was taken as not checked in").arg(when.error()));
            }
        }
        const QString order = text(record, QStringLiteral("order_ref"));
        const QString attendee = text(record, QStringLiteral("attendee_ref"));
        switch (m_mapping.source) {
        case CsvSource::Eventbrite:
            if (!attendee.isEmpty())
                r.externalRef = QStringLiteral("eventbrite:") + attendee;
            else if (!order.isEmpty())
                r.externalRef = QStringLiteral("eventbrite:") + order + QLatin1Char(':') + r.name;
            break;
        case CsvSource::Pretix:
            // One order may hold several attendees.
            if (!order.isEmpty())
                r.externalRef = QStringLiteral("pretix:") + order + QLatin1Char(':') + r.name;
            break;
        case CsvSource::GoogleForms:
            // People send a form again to correct it: one person, one e-mail address (or name).
            if (!r.email.isEmpty())
                r.externalRef = QStringLiteral("forms:") + r.email;
            else if (!r.name.isEmpty())
                r.externalRef = QStringLiteral("forms:") + r.name.toCaseFolded();
            break;
        case CsvSource::Unknown:
        case CsvSource::Canonical:
        case CsvSource::CiviCrm:
        case CsvSource::KoboToolbox:
            break;
        }
    }

    QString text(const CsvRecord &record, QLatin1String field) const { return text(record, QString(field)); }

    QString text(const CsvRecord &record, const QString &field) const
    {
        const auto it = m_columns.constFind(field);
        return it == m_columns.cend() ? QString() : restoreFormula(record.fields.at(it.value()).trimmed());
    }

    QString timestamp(const CsvRecord &record, const QString &field, Incoming &in) const
    {
        const QString value = text(record, field);
        if (value.isEmpty())
            return {};
        const QDateTime when = parseTimestamp(value);
        if (when.isValid())
            return isoTimestamp(when);
        warn(in, field,
             RegistrationImporter::tr(
                 "“%1” is not a date and time (such as 2026-03-25T14:05:00.000Z); it was left empty")
                 .arg(value));
        return {};
    }

    QString problem(const QString &field, const QString &message) const
    {
        const int column = m_columns.value(field, -1);
        if (column < 0 || column >= m_header.size())
            return message;
        return RegistrationImporter::tr("%1: %2").arg(m_header.at(column), message);
    }

    void warn(Incoming &in, const QString &field, const QString &message) const
    {
        in.warnings.append({m_columns.value(field, -1), message});
    }

    const QStringList &m_header;
    const ColumnMapping &m_mapping;
    QString m_region;
    QHash<QString, int> m_columns;
};

QString nameKeyOf(const QString &name)
{
    return namekey::personKey(name, QString(), QString());
}

// The members rows are matched to: by id, e-mail, and name (any script) plus phone.
class MemberIndex final
{
public:
    struct Person
    {
        qint64 pk = 0;
        bool deleted = false;
    };

    bool load(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT pk, id, first_name, middle_name, last_name, email, phone, deleted_at "
                                       "FROM members")))
            return false;
        while (query.next()) {
            const qint64 pk = query.value(0).toLongLong();
            const bool deleted = !query.value(7).isNull() && !query.value(7).toString().isEmpty();
            m_byId.insert(query.value(1).toString(), {pk, deleted});
            if (deleted)
                continue;
            const QString email = query.value(5).toString();
            if (!email.isEmpty() && !m_byEmail.contains(email))
                m_byEmail.insert(email, pk);
            const QString phone = query.value(6).toString();
            if (phone.isEmpty())
                continue;
            const QString first = query.value(2).toString();
            const QString middle = query.value(3).toString();
            const QString last = query.value(4).toString();
            for (const QString &key :
                 {namekey::personKey(first, middle, last), namekey::personKey(first, QString(), last)}) {
                if (!key.isEmpty() && !m_byNameAndPhone.contains(key + u'|' + phone))
                    m_byNameAndPhone.insert(key + u'|' + phone, pk);
            }
        }
        return true;
    }

    std::optional<Person> byId(const QString &id) const
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? std::nullopt : std::optional<Person>(*it);
    }
    qint64 byEmail(const QString &email) const { return email.isEmpty() ? 0 : m_byEmail.value(email); }
    qint64 byNameAndPhone(const QString &name, const QString &phone) const
    {
        const QString key = nameKeyOf(name);
        if (key.isEmpty() || !phone.startsWith(QLatin1Char('+')))
            return 0;
        return m_byNameAndPhone.value(key + u'|' + phone);
    }

private:
    QHash<QString, Person> m_byId;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byNameAndPhone;
};

// The event's registrations as the import goes: the stored ones (changed in memory) and the new ones.
class Ledger final
{
public:
    struct Entry
    {
        Registration r;
        Registration before;
        bool stored = false;
        bool claimed = false; // matched by a row of this file already
    };

    void addStored(const Registration &r)
    {
        m_entries.append({r, r, true, false});
        index(int(m_entries.size()) - 1);
    }
    int addNew(const Registration &r)
    {
        m_entries.append({r, r, false, true});
        index(int(m_entries.size()) - 1);
        return int(m_entries.size()) - 1;
    }
    Entry &at(int i) { return m_entries[i]; }
    const QList<Entry> &entries() const { return m_entries; }

    // Indexes the entry's present keys; lookups check that a key still holds.
    void index(int i)
    {
        const Registration &r = m_entries.at(i).r;
        m_byId.insert(r.id, i);
        if (!r.externalRef.isEmpty())
            m_byRef.insert(r.externalRef, i);
        if (r.memberPk != 0)
            m_byMember.insert(r.memberPk, i);
        if (r.memberPk == 0 && !r.guestEmail.isEmpty())
            m_byGuestEmail.insert(r.guestEmail, i);
        if (r.memberPk == 0)
            m_byGuestName.insert(nameKeyOf(r.guestName), i);
    }

    int byId(const QString &id) const
    {
        if (id.isEmpty())
            return -1;
        const int i = m_byId.value(id, -1);
        return i >= 0 && m_entries.at(i).r.id == id ? i : -1;
    }
    // The first live entry not yet claimed that `holds` says has the key.
    template <typename Map, typename Key, typename Holds>
    int find(const Map &map, const Key &key, Holds holds, bool liveOnly = true) const
    {
        QList<int> candidates = map.values(key);
        std::sort(candidates.begin(), candidates.end());
        for (const int i : std::as_const(candidates)) {
            const Entry &entry = m_entries.at(i);
            if (entry.claimed || (liveOnly && entry.r.isDeleted()) || !holds(entry.r))
                continue;
            return i;
        }
        return -1;
    }
    int byRef(const QString &ref, bool liveOnly) const
    {
        if (ref.isEmpty())
            return -1;
        return find(
            m_byRef, ref, [&ref](const Registration &r) { return r.externalRef == ref; }, liveOnly);
    }
    int byMember(qint64 memberPk) const
    {
        if (memberPk == 0)
            return -1;
        return find(m_byMember, memberPk, [memberPk](const Registration &r) { return r.memberPk == memberPk; });
    }
    // A guest with the row's e-mail, or with its name when the e-mail addresses and phones do not say they are
    // two people.
    int byGuest(const Registration &row) const
    {
        if (!row.email.isEmpty()) {
            const int i = find(m_byGuestEmail, row.email,
                               [&row](const Registration &r) { return r.memberPk == 0 && r.guestEmail == row.email; });
            if (i >= 0)
                return i;
        }
        const QString key = nameKeyOf(row.name);
        if (key.isEmpty())
            return -1;
        return find(m_byGuestName, key, [&](const Registration &r) {
            return r.memberPk == 0 && nameKeyOf(r.guestName) == key &&
                   (r.guestEmail.isEmpty() || row.email.isEmpty() || r.guestEmail == row.email) &&
                   (r.guestPhone.isEmpty() || row.phone.isEmpty() || r.guestPhone == row.phone);
        });
    }

private:
    QList<Entry> m_entries;
    QHash<QString, int> m_byId;
    QMultiHash<QString, int> m_byRef;
    QMultiHash<qint64, int> m_byMember;
    QMultiHash<QString, int> m_byGuestEmail;
    QMultiHash<QString, int> m_byGuestName;
};

// Everything that is stored of a registration, but pk and updated_at.
bool sameStored(const Registration &a, const Registration &b)
{
    return a.id == b.id && a.memberPk == b.memberPk && a.guestName == b.guestName && a.guestEmail == b.guestEmail &&
           a.guestPhone == b.guestPhone && a.status == b.status && a.ticketCode == b.ticketCode &&
           a.checkedInAt == b.checkedInAt && a.checkedInBy == b.checkedInBy && a.walkIn == b.walkIn &&
           a.consent == b.consent && a.consentAt == b.consentAt && a.externalRef == b.externalRef &&
           a.createdAt == b.createdAt && a.deletedAt == b.deletedAt && a.origin == b.origin;
}

void becomeMember(Registration &r, qint64 memberPk)
{
    r.memberPk = memberPk;
    r.guestName.clear();
    r.guestEmail.clear();
    r.guestPhone.clear();
}

// The earlier check-in of the two stays (the same time: the smaller station name, so that both sides agree).
void takeEarlierCheckIn(Registration &into, const Registration &from)
{
    if (from.checkedInAt.isEmpty())
        return;
    if (into.checkedInAt.isEmpty() || from.checkedInAt < into.checkedInAt ||
        (from.checkedInAt == into.checkedInAt && from.checkedInBy < into.checkedInBy)) {
        into.checkedInAt = from.checkedInAt;
        into.checkedInBy = from.checkedInBy;
    }
}

// Which of two versions of one registration is the later edit: updated_at, and when both say the same time,
// the content, so that both laptops choose alike.
bool laterVersion(const Registration &a, const Registration &b)
{
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    const auto rank = [](const Registration &r) {
        return std::make_tuple(r.isCancelled(), r.deletedAt, r.name, r.email, r.phone, r.externalRef,
                               r.consent.join(QLatin1Char(';')), r.consentAt);
    };
    return rank(a) > rank(b);
}

// A row of a Supolka export merged into the stored registration (see the class comment).
Registration mergeCanonical(const Registration &stored, const Registration &row)
{
    const bool rowWins = laterVersion(row, stored);
    const Registration &winner = rowWins ? row : stored;
    const Registration &other = rowWins ? stored : row;
    Registration merged = stored;
    merged.status = winner.status;
    merged.deletedAt = winner.deletedAt;
    merged.consent = winner.consent;
    merged.consentAt = winner.consentAt;
    merged.externalRef = winner.externalRef.isEmpty() ? other.externalRef : winner.externalRef;
    if (row.memberPk != 0 && stored.memberPk != 0)
        becomeMember(merged, winner.memberPk);
    else if (row.memberPk != 0 || stored.memberPk != 0)
        becomeMember(merged, row.memberPk != 0 ? row.memberPk : stored.memberPk);
    else {
        merged.guestName = winner.guestName.isEmpty() ? other.guestName : winner.guestName;
        merged.guestEmail = winner.guestEmail.isEmpty() ? other.guestEmail : winner.guestEmail;
        merged.guestPhone = winner.guestPhone.isEmpty() ? other.guestPhone : winner.guestPhone;
    }
    takeEarlierCheckIn(merged, row);
    merged.walkIn = stored.walkIn || row.walkIn;
    // One person under two ids: the smaller id, with its ticket code, is kept on both sides.
    if (!row.id.isEmpty() && row.id < stored.id) {
        merged.id = row.id;
        if (!row.ticketCode.isEmpty())
            merged.ticketCode = row.ticketCode;
        if (!row.createdAt.isEmpty())
            merged.createdAt = row.createdAt;
        if (!row.origin.isEmpty())
            merged.origin = row.origin;
    } else if (row.id == stored.id && !row.ticketCode.isEmpty() && row.ticketCode < stored.ticketCode) {
        merged.ticketCode = row.ticketCode;
    }
    // The time of the last real edit of either side: a merge is no edit, and a later one elsewhere must still win.
    merged.updatedAt = std::max(stored.updatedAt, row.updatedAt);
    return merged;
}

// A row of an attendee list merged into the stored registration. `sameRecord`: matched by the list's own key.
Registration mergeListed(const Registration &stored, const Registration &row, bool sameRecord)
{
    Registration merged = stored;
    if (merged.memberPk == 0 && row.memberPk != 0)
        becomeMember(merged, row.memberPk);
    if (merged.memberPk == 0) {
        // The list is the source of its own guests' data (a corrected form wins); another list only fills gaps.
        const auto take = [sameRecord](QString &into, const QString &from) {
            if (!from.isEmpty() && (sameRecord || into.isEmpty()))
                into = from;
        };
        take(merged.guestName, row.name);
        take(merged.guestEmail, row.email);
        take(merged.guestPhone, row.phone);
    }
    if (row.isCancelled())
        merged.status = RegistrationStatus::Cancelled;
    takeEarlierCheckIn(merged, row);
    if (merged.externalRef.isEmpty())
        merged.externalRef = row.externalRef;
    return merged;
}

// Rows with one key are one registration: the latest submission (then the last line) stands for them, and the
// others are marked superseded.
void markSuperseded(QList<Incoming> &rows)
{
    QHash<QString, int> latest;
    for (int i = 0; i < rows.size(); ++i) {
        const Incoming &row = rows.at(i);
        if (!row.problems.isEmpty() || row.key.isEmpty())
            continue;
        const auto it = latest.find(row.key);
        if (it == latest.end()) {
            latest.insert(row.key, i);
            continue;
        }
        Incoming &kept = rows[*it];
        const bool newer = !(row.submitted.isValid() && kept.submitted.isValid() && row.submitted < kept.submitted);
        if (newer) {
            kept.superseded = true;
            *it = i;
        } else {
            rows[i].superseded = true;
        }
    }
}

} // namespace

namespace {

// The registrations' part of an import: the rows are kept until the whole file is read, because the latest of
// several submissions by one person wins and the file may name its event.
class RegistrationArea final : public ImportArea
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RegistrationImporter)

public:
    explicit RegistrationArea(Event &event)
        : m_event(event)
        , m_creating(event.pk == 0)
    {}

    Status checkHeader(ImportReport &report, const ImportOptions &options) override
    {
        if (!options.mapping)
            report.mapping = mapRegistrationHeader(report.header);
        const ColumnMapping &mapping = report.mapping;
        m_canonical = mapping.source == CsvSource::Canonical;
        const bool hasPerson =
            mapping.has(QStringLiteral("name")) || mapping.has(QStringLiteral("first_name")) ||
            mapping.has(QStringLiteral("last_name")) || mapping.has(QStringLiteral("email")) ||
            (m_canonical && (mapping.has(QStringLiteral("id")) || mapping.has(QStringLiteral("member_id"))));
        if (!hasPerson)
            return Status::failure(tr("No column of %1 holds a name or an e-mail address. Check the header line or "
                                      "choose the columns by hand.")
                                       .arg(report.source));
        return {};
    }

    Status begin(ImportRun &run) override
    {
        const QString region = m_event.country.isEmpty() ? run.options().defaultRegion : m_event.country;
        m_reader.emplace(run.report().header, run.report().mapping, region);
        return {};
    }

    Status addRows(QList<CsvRecord> rows, ImportRun &) override
    {
        for (CsvRecord &source : rows) {
            m_rows.append(m_reader->read(source));
            m_records.append(std::move(source));
        }
        return {};
    }

    Status finish(ImportRun &run) override
    {
        markSuperseded(m_rows);

        Database &database = run.database();
        QSqlDatabase db = database.connection();
        EventRepository events(database);
        ImportReport &report = run.report();
        Event &event = m_event;
        const bool canonical = m_canonical;
        QList<Incoming> &rows = m_rows;
        const QList<CsvRecord> &records = m_records;
        QSet<QString> eventIds;
        for (const Incoming &row : std::as_const(rows)) {
            if (!row.eventId.isEmpty())
                eventIds.insert(row.eventId);
        }
        if (Status status = settleEvent(events, eventIds); !status)
            return status;

        MemberIndex members;
        if (!members.load(db))
            return Status::failure(tr("Could not read the members: %1").arg(db.lastError().text()));
        Ledger ledger;
        for (const Registration &r : events.allRegistrations(event.pk))
            ledger.addStored(r);
        QSqlQuery idElsewhere(db);
        idElsewhere.prepare(QStringLiteral("SELECT event_pk FROM registrations WHERE id = ?"));
        QSqlQuery codeElsewhere(db);
        codeElsewhere.prepare(QStringLiteral("SELECT id FROM registrations WHERE ticket_code = ?"));
        QSet<QString> codesTaken; // codes rows of this file bring
        QSet<qint64> membersClaimed;
        const QString now = nowTimestamp();

        auto reject = [&](int i, const QString &message) {
            run.reject(records.at(i), message);
        };
        const bool oneEventFile = eventIds.size() <= 1;

        for (int i = 0; i < rows.size(); ++i) {
            Incoming &in = rows[i];
            if ((i & 255) == 0 && !run.progress(i, rows.size()))
                return Status::failure(tr("The import was cancelled; nothing was changed."));
            if (!in.problems.isEmpty()) {
                reject(i, in.problems.join(QStringLiteral("; ")));
                continue;
            }
            for (const auto &[column, message] : std::as_const(in.warnings))
                run.warn(records.at(i), column, message);
            if (in.superseded) {
                ++report.unchanged;
                continue;
            }
            Registration row = in.r;
            row.eventPk = event.pk;
            if (!oneEventFile && in.eventId != event.id) {
                reject(i, tr("the row belongs to another event (%1)").arg(in.eventId));
                continue;
            }
            if (in.listCheckIn && row.checkedInAt.isEmpty()) {
                // Eventbrite says "Checked In" but not when: the event's start stands for it.
                const QDateTime start = event.startsAt.isValid() && event.startsAt < QDateTime::currentDateTimeUtc()
                                            ? event.startsAt
                                            : QDateTime::currentDateTimeUtc();
                row.checkedInAt = isoTimestamp(start);
                row.checkedInBy = QStringLiteral("eventbrite");
            }

            // Whose registration: a member of this database, or a guest.
            qint64 memberPk = 0;
            qint64 goneMemberPk = 0; // a member deleted or erased here
            if (!row.memberId.isEmpty()) {
                if (const auto person = members.byId(row.memberId))
                    (person->deleted ? goneMemberPk : memberPk) = person->pk;
            }
            if (memberPk == 0 && goneMemberPk == 0 && !in.emailUnverified)
                memberPk = members.byEmail(row.email);
            if (memberPk == 0 && goneMemberPk == 0)
                memberPk = members.byNameAndPhone(row.name, row.phone);
            if (memberPk != 0 && membersClaimed.contains(memberPk))
                memberPk = 0; // another row of the file is this member already (one e-mail for a family, say)

            // Which registration of the event.
            int match = -1;
            bool sameRecord = false;
            if (canonical && !row.id.isEmpty()) {
                match = ledger.byId(row.id);
                if (match >= 0 && ledger.at(match).claimed)
                    match = -1;
                if (match < 0) {
                    idElsewhere.addBindValue(row.id);
                    const bool elsewhere =
                        idElsewhere.exec() && idElsewhere.next() && idElsewhere.value(0).toLongLong() != event.pk;
                    idElsewhere.finish();
                    if (elsewhere) {
                        reject(i, tr("a registration with this id belongs to another event in this database"));
                        continue;
                    }
                }
            }
            if (goneMemberPk != 0) {
                // Their registration stays theirs, but the row must bring nothing of the person back.
                if (match < 0 || ledger.at(match).r.memberPk != goneMemberPk) {
                    reject(i,
                           tr("this person was deleted or erased in this database; the row would bring them back, so "
                              "it was left out"));
                    continue;
                }
                memberPk = goneMemberPk;
            }
            // A deleted row is about that registration alone: it never deletes another one that is the same person.
            const bool byIdOnly = row.isDeleted();
            if (match < 0 && !byIdOnly && !row.externalRef.isEmpty()) {
                match = ledger.byRef(row.externalRef, true);
                if (match < 0 && !canonical && ledger.byRef(row.externalRef, false) >= 0) {
                    reject(i, tr("this registration was deleted in this database; the row would bring it back, so it "
                                 "was left out"));
                    continue;
                }
                sameRecord = match >= 0;
            }
            if (match < 0 && !byIdOnly)
                match = ledger.byMember(memberPk);
            if (match < 0 && !byIdOnly)
                match = ledger.byGuest(row);

            if (canonical && !row.ticketCode.isEmpty()) {
                const QString ownId = match >= 0 ? ledger.at(match).r.id : QString();
                codeElsewhere.addBindValue(row.ticketCode);
                const QString holder =
                    codeElsewhere.exec() && codeElsewhere.next() ? codeElsewhere.value(0).toString() : QString();
                codeElsewhere.finish();
                if ((!holder.isEmpty() && holder != ownId && holder != row.id) || codesTaken.contains(row.ticketCode)) {
                    reject(i, tr("the ticket code %1 is already someone else's in this database")
                                  .arg(ticketcode::display(row.ticketCode)));
                    continue;
                }
            }

            if (memberPk != 0) {
                becomeMember(row, memberPk);
            } else {
                row.memberPk = 0;
                row.guestName = row.name;
                row.guestEmail = row.email;
                row.guestPhone = row.phone;
            }

            if (match < 0) {
                if (row.isDeleted()) {
                    ++report.unchanged; // a delete of someone this laptop never had
                    continue;
                }
                if (row.memberPk == 0 && row.guestName.isEmpty()) {
                    reject(i, tr("the row has no name, and no member has its e-mail address"));
                    continue;
                }
                if (!canonical) {
                    row.createdAt = now;
                    row.updatedAt = now;
                }
                ledger.addNew(row);
                if (!row.ticketCode.isEmpty())
                    codesTaken.insert(row.ticketCode);
                if (row.memberPk != 0)
                    membersClaimed.insert(row.memberPk);
                ++report.imported;
                continue;
            }

            Ledger::Entry &entry = ledger.at(match);
            const Registration merged =
                canonical ? mergeCanonical(entry.r, row) : mergeListed(entry.r, row, sameRecord);
            entry.claimed = true;
            if (merged.memberPk != 0)
                membersClaimed.insert(merged.memberPk);
            if (!merged.ticketCode.isEmpty())
                codesTaken.insert(merged.ticketCode);
            if (sameStored(merged, entry.r)) {
                ++report.unchanged;
                continue;
            }
            entry.r = merged;
            ledger.index(match);
            ++report.updated;
        }

        return write(events, ledger);
    }

private:
    // The event the rows go into. A Supolka export of one event this database does not have yet gives the new
    // event its id, so that the laptops of one door share it; one this database has under another title sends
    // the rows there, not into a new, empty event.
    Status settleEvent(EventRepository &events, const QSet<QString> &eventIds)
    {
        Event &event = m_event;
        if (m_creating && event.id.isEmpty() && eventIds.size() == 1) {
            if (const std::optional<Event> known = events.findEventById(*eventIds.cbegin())) {
                if (known->isDeleted())
                    return Status::failure(tr("This file holds the registrations of “%1”, which was deleted here; "
                                              "restore that event first.")
                                               .arg(known->title));
                event = *known;
            } else {
                event.id = *eventIds.cbegin();
            }
        }
        if (m_creating && event.pk == 0) {
            Result<Event> added = events.addEvent(event);
            if (!added)
                return Status::failure(added.error());
            event = added.value();
        }
        return {};
    }

    // Written at the end: changed registrations first (an id or a ticket code they give up may be a new one's).
    Status write(EventRepository &events, const Ledger &ledger)
    {
        QList<Registration> added;
        for (const Ledger::Entry &entry : ledger.entries()) {
            if (!entry.stored) {
                added.append(entry.r);
                continue;
            }
            if (sameStored(entry.r, entry.before))
                continue;
            if (Result<Registration> saved = events.updateRegistration(entry.r, m_canonical); !saved)
                return Status::failure(saved.error());
        }
        return events.addRegistrations(added);
    }

    Event &m_event;
    bool m_creating;
    bool m_canonical = false;
    std::optional<RowReader> m_reader;
    QList<Incoming> m_rows;
    QList<CsvRecord> m_records;
};

} // namespace

Result<ImportReport> RegistrationImporter::importFile(Database &database, Event &event, const QString &path,
                                                      const ImportOptions &options)
{
    const bool creating = event.pk == 0;
    RegistrationArea area(event);
    Result<ImportReport> report = ImportJob::run(database, path, QStringLiteral("registrations"), area, options);
    // The event made for the import went with the transaction.
    if (creating && (!report || options.dryRun))
        event.pk = 0;
    return report;
}

} // namespace supolka
