#include "models/members/memberrepository.h"

#include <algorithm>
#include <limits>

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/cases/caserepository.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/db/savepoint.h"
#include "models/events/eventrepository.h"
#include "models/members/membersql.h"
#include "models/members/phonenormalizer.h"
#include "models/text/countries.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

bool isAsciiLetters(const QString &code, int length)
{
    if (code.size() != length)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
}

bool isCountryCode(const QString &code)
{
    return isAsciiLetters(code, 2) && countries::isKnownCode(code);
}

bool isLanguageCode(const QString &code)
{
    return isAsciiLetters(code, 2) && countries::isKnownLanguage(code);
}

// Trims, splits items that hold the list separator, drops empty items and repeats (ignoring case).
QStringList cleanList(const QStringList &items, bool lowerCase)
{
    // Most lists are empty or hold one item: an import cleans four of them for every row.
    if (items.isEmpty())
        return {};
    if (items.size() == 1 && !items.first().contains(QLatin1Char(';'))) {
        const QString value = lowerCase ? items.first().trimmed().toLower() : items.first().simplified();
        return value.isEmpty() ? QStringList() : QStringList{value};
    }
    QStringList clean;
    QSet<QString> seen;
    for (const QString &item : items) {
        for (const QString &part : item.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString value = lowerCase ? part.trimmed().toLower() : part.simplified();
            if (value.isEmpty())
                continue;
            const QString folded = value.toCaseFolded();
            if (seen.contains(folded))
                continue;
            seen.insert(folded);
            clean.append(value);
        }
    }
    return clean;
}

QStringList unionOf(const QStringList &first, const QStringList &second)
{
    QStringList both = first;
    both += second;
    return cleanList(both, false);
}

QString emailProblem(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0)
        return MemberRepository::tr("The e-mail address “%1” has no @.").arg(email);
    if (email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return MemberRepository::tr("The e-mail address “%1” has more than one @.").arg(email);
    if (std::any_of(email.begin(), email.end(), [](QChar c) { return c.isSpace(); }))
        return MemberRepository::tr("The e-mail address “%1” contains a space.").arg(email);
    if (at == 0)
        return MemberRepository::tr("The e-mail address “%1” has nothing before the @.").arg(email);
    const QString domain = email.mid(at + 1);
    if (domain.isEmpty())
        return MemberRepository::tr("The e-mail address “%1” has nothing after the @.").arg(email);
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')) || domain.contains(QStringLiteral("..")))
        return MemberRepository::tr("The e-mail address “%1” has no valid domain after the @ (such as example.org).")
            .arg(email);
    return {};
}

Member trimmedNames(Member member)
{
    member.firstName = member.firstName.simplified();
    member.middleName = member.middleName.simplified();
    member.lastName = member.lastName.simplified();
    return member;
}

bool isErased(const Member &member)
{
    return member.firstName.isEmpty() && member.middleName.isEmpty() && member.lastName.isEmpty() &&
           member.email.isEmpty() && member.phone.isEmpty();
}

QString joinErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char('\n'));
}

// The page cache a bulk writer asks for (KiB); pages are 4 KiB.
constexpr int BulkCacheKib = 32 * 1024;

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

QString DuplicateMatch::explanation() const
{
    const QString name = existing.displayName();
    switch (reason) {
    case Reason::Email:
        return MemberRepository::tr("%1 has the same e-mail address.").arg(name);
    case Reason::Phone:
        return MemberRepository::tr("%1 has the same phone number.").arg(name);
    case Reason::NameAndBirthDate:
        return MemberRepository::tr("%1 has the same name (possibly in another script) and birth date.").arg(name);
    }
    return {};
}

MemberRepository::MemberRepository(Database &database)
    : m_database(database)
{}

QList<FieldError> MemberRepository::normalizeAndValidate(Member &member, const QString &defaultRegion)
{
    QList<FieldError> errors;
    member = trimmedNames(std::move(member));
    member.email = member.email.trimmed().toLower();
    member.phone = member.phone.trimmed();
    member.city = member.city.simplified();
    member.country = member.country.trimmed().toUpper();
    member.notes = member.notes.trimmed();
    member.consentAt = member.consentAt.trimmed();
    member.skills = cleanList(member.skills, false);
    member.groups = cleanList(member.groups, false);
    member.consent = cleanList(member.consent, true);
    member.languages = cleanList(member.languages, true);

    if (member.firstName.isEmpty() && member.lastName.isEmpty() && member.email.isEmpty() && member.phone.isEmpty())
        errors.append({QStringLiteral("last_name"), tr("A member needs at least a name, an e-mail address or a "
                                                       "phone number.")});

    if (!member.email.isEmpty()) {
        const QString problem = emailProblem(member.email);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("email"), problem});
    }

    const bool knownCountry = !member.country.isEmpty() && isCountryCode(member.country);
    if (!member.country.isEmpty() && !knownCountry)
        errors.append(
            {QStringLiteral("country"),
             tr("“%1” is not a country code. Use the two-letter ISO code, such as PL, LT or DE.").arg(member.country)});

    if (!member.phone.isEmpty()) {
        const Result<QString> phone =
            PhoneNormalizer::normalize(member.phone, knownCountry ? member.country : defaultRegion);
        if (phone)
            member.phone = phone.value();
        else
            errors.append({QStringLiteral("phone"), phone.error()});
    }

    for (const QString &language : std::as_const(member.languages)) {
        if (!isLanguageCode(language))
            errors.append(
                {QStringLiteral("languages"),
                 tr("“%1” is not a language code. Use the two-letter ISO code, such as be, ru or pl.").arg(language)});
    }

    // UTC needs no time-zone look-up, which would cost more than the whole check on every imported row.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (member.birthDate.isValid() && member.birthDate > today)
        errors.append({QStringLiteral("birth_date"),
                       tr("The birth date %1 is in the future.").arg(member.birthDate.toString(Qt::ISODate))});
    if (member.birthDate.isValid() && member.birthDate.year() < 1900)
        errors.append({QStringLiteral("birth_date"),
                       tr("The birth date %1 is before 1900.").arg(member.birthDate.toString(Qt::ISODate))});
    if (member.joinedOn.isValid() && member.joinedOn > today)
        errors.append({QStringLiteral("joined_on"),
                       tr("The joining date %1 is in the future.").arg(member.joinedOn.toString(Qt::ISODate))});

    if (!member.consentAt.isEmpty()) {
        const QDateTime when = parseTimestamp(member.consentAt);
        if (!when.isValid())
            errors.append(
                {QStringLiteral("consent_at"),
                 tr("“%1” is not a date and time for the consent (use 2024-05-31T18:00:00Z).").arg(member.consentAt)});
        else
            member.consentAt = isoTimestamp(when);
    }
    return errors;
}

std::optional<Member> MemberRepository::find(qint64 pk) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + membersql::selectColumns() +
                  QStringLiteral(" FROM members WHERE pk = ?"));
    query.addBindValue(pk);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return membersql::readMember(query);
}

std::optional<Member> MemberRepository::findById(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + membersql::selectColumns() +
                  QStringLiteral(" FROM members WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return membersql::readMember(query);
}

QList<Member> MemberRepository::all(bool includeDeleted) const
{
    QList<Member> members;
    const QString sql = QStringLiteral("SELECT ") + membersql::selectColumns() + QStringLiteral(" FROM members ") +
                        (includeDeleted ? QString() : QStringLiteral("WHERE deleted_at IS NULL ")) +
                        QStringLiteral("ORDER BY pk");
    // The members page reads everyone at start: straight from SQLite where it can, several times quicker.
    if (sqlite3 *handle = NativeStatement::nativeHandle(m_database.connection())) {
        NativeStatement statement(handle, sql);
        if (statement.isValid()) {
            while (statement.next())
                members.append(membersql::readMember(statement));
            return members;
        }
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return members;
    while (query.next())
        members.append(membersql::readMember(query));
    return members;
}

int MemberRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<Member> MemberRepository::add(Member member)
{
    using R = Result<Member>;
    if (const QList<FieldError> errors = normalizeAndValidate(member); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the member: %1").arg(savepoint.error()));
    MemberBulkWriter writer(m_database);
    member.pk = 0;
    if (Status status = writer.insert(member); !status)
        return R::failure(status.error());
    if (!savepoint.release())
        return R::failure(tr("Could not save the member: %1").arg(savepoint.error()));
    return R(std::move(member));
}

Result<Member> MemberRepository::update(Member member)
{
    using R = Result<Member>;
    const std::optional<Member> stored = find(member.pk);
    if (!stored)
        return R::failure(tr("This member no longer exists; it may have been erased. Reload the list."));
    if (stored->isDeleted() && isErased(*stored))
        return R::failure(tr("This member was erased and can no longer be changed."));
    if (const QList<FieldError> errors = normalizeAndValidate(member); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    // Deleting and restoring have their own calls; an edit keeps the member as it is.
    member.deletedAt = stored->deletedAt;
    if (member.id.isEmpty())
        member.id = stored->id;
    if (member.createdAt.isEmpty())
        member.createdAt = stored->createdAt;
    if (member.origin.isEmpty())
        member.origin = stored->origin;
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the member: %1").arg(savepoint.error()));
    MemberBulkWriter writer(m_database);
    if (Status status = writer.update(member); !status)
        return R::failure(status.error());
    if (Status status = EventRepository(m_database).refreshMemberKeys(member.pk); !status)
        return R::failure(tr("Could not save the member: %1").arg(status.error()));
    if (!savepoint.release())
        return R::failure(tr("Could not save the member: %1").arg(savepoint.error()));
    return R(std::move(member));
}

Status MemberRepository::remove(qint64 pk)
{
    std::optional<Member> stored = find(pk);
    if (!stored)
        return Status::failure(tr("This member no longer exists. Reload the list."));
    if (stored->isDeleted())
        return {};
    stored->deletedAt = nowTimestamp();
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return Status::failure(tr("Could not delete the member: %1").arg(savepoint.error()));
    MemberBulkWriter writer(m_database);
    if (Status status = writer.update(*stored); !status)
        return Status::failure(tr("Could not delete the member: %1").arg(status.error()));
    if (!savepoint.release())
        return Status::failure(tr("Could not delete the member: %1").arg(savepoint.error()));
    return {};
}

Status MemberRepository::restore(qint64 pk)
{
    std::optional<Member> stored = find(pk);
    if (!stored)
        return Status::failure(tr("This member no longer exists. Reload the list."));
    if (!stored->isDeleted())
        return {};
    if (isErased(*stored))
        return Status::failure(tr("This member was erased; there is nothing left to restore."));
    stored->deletedAt.clear();
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return Status::failure(tr("Could not restore the member: %1").arg(savepoint.error()));
    MemberBulkWriter writer(m_database);
    if (Status status = writer.update(*stored); !status)
        return Status::failure(tr("Could not restore the member: %1").arg(status.error()));
    if (!savepoint.release())
        return Status::failure(tr("Could not restore the member: %1").arg(savepoint.error()));
    return {};
}

Status MemberRepository::erase(qint64 pk)
{
    const std::optional<Member> stored = find(pk);
    if (!stored)
        return Status::failure(tr("This member no longer exists. Reload the list."));
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return Status::failure(tr("Could not erase the member: %1").arg(savepoint.error()));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE members SET first_name = '', middle_name = '', last_name = '', birth_date = NULL, email = NULL,"
        " phone = NULL, city = '', country = '', languages = '', skills = '', work_groups = '',"
        " status = 'inactive', joined_on = NULL, consent = '', consent_at = NULL, consent_share = 0, notes = '',"
        " attention = '', name_key = '', sort_last = '', sort_first = '', sort_city = '', deleted_at = "
        "COALESCE(deleted_at, ?), updated_at = ? WHERE pk = ?"));
    const QString now = nowTimestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(pk);
    if (!query.exec())
        return Status::failure(tr("Could not erase the member: %1").arg(sqlError(query)));
    PersonKeyWriter searchIndex(m_database.connection(), PersonIndexTables::members());
    if (Status status = searchIndex.remove(pk); !status)
        return Status::failure(tr("Could not erase the member: %1").arg(status.error()));
    // Nor may a note that they looked like someone else.
    QSqlQuery duplicates(m_database.connection());
    duplicates.prepare(QStringLiteral("DELETE FROM member_duplicates WHERE member_pk = ? OR other_pk = ?"));
    duplicates.addBindValue(pk);
    duplicates.addBindValue(pk);
    if (!duplicates.exec())
        return Status::failure(tr("Could not erase the member: %1").arg(sqlError(duplicates)));
    // Their name and contact must not stay findable at the door either.
    if (Status status = EventRepository(m_database).refreshMemberKeys(pk); !status)
        return Status::failure(tr("Could not erase the member: %1").arg(status.error()));
    // Nor in the cases list.
    if (Status status = CaseRepository::refreshMemberNames(m_database.connection(), pk); !status)
        return Status::failure(tr("Could not erase the member: %1").arg(status.error()));
    if (!savepoint.release())
        return Status::failure(tr("Could not erase the member: %1").arg(savepoint.error()));
    return {};
}

QList<DuplicateMatch> MemberRepository::findDuplicates(const Member &member) const
{
    QList<DuplicateMatch> matches;
    QSet<qint64> seen;
    const auto collect = [&](const QString &condition, const QVariantList &values, DuplicateMatch::Reason reason) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + membersql::selectColumns() +
                      QStringLiteral(" FROM members WHERE deleted_at IS NULL AND pk <> ? AND ") + condition +
                      QStringLiteral(" ORDER BY pk"));
        query.addBindValue(member.pk);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return;
        while (query.next()) {
            Member existing = membersql::readMember(query);
            if (seen.contains(existing.pk))
                continue;
            seen.insert(existing.pk);
            matches.append({std::move(existing), reason});
        }
    };

    // E-mail and phone are search keys: member_search finds the few members that have them.
    const QString byKey = QStringLiteral("pk IN (SELECT member_pk FROM member_search WHERE token = ?) AND ");
    const QString email = member.email.trimmed().toLower();
    if (!email.isEmpty())
        collect(byKey + QStringLiteral("email = ?"), {email, email}, DuplicateMatch::Reason::Email);

    QString phone = member.phone.trimmed();
    if (!phone.isEmpty() && !phone.startsWith(QLatin1Char('+'))) {
        const Result<QString> normalized = PhoneNormalizer::normalize(phone, member.country);
        phone = normalized ? normalized.value() : QString();
    }
    if (!phone.isEmpty())
        collect(byKey + QStringLiteral("phone = ?"), {search::digitsOf(phone), phone}, DuplicateMatch::Reason::Phone);

    const QString nameKey = namekey::personKey(member.firstName, member.middleName, member.lastName);
    if (!nameKey.isEmpty() && member.birthDate.isValid())
        collect(QStringLiteral("name_key = ? AND birth_date = ?"), {nameKey, member.birthDate.toString(Qt::ISODate)},
                DuplicateMatch::Reason::NameAndBirthDate);
    return matches;
}

namespace {

// One person's record with what another record of them adds: the fields it lacks (named in `taken`), the lists
// of both, the earlier joining date, consent given in either, and the notes of both.
Member combined(Member target, const Member &other, QStringList *taken)
{
    const auto takeText = [&](QString &into, const QString &from, const char *field) {
        if (into.trimmed().isEmpty() && !from.trimmed().isEmpty()) {
            into = from;
            if (taken)
                taken->append(QLatin1String(field));
        }
    };
    takeText(target.firstName, other.firstName, "first_name");
    takeText(target.middleName, other.middleName, "middle_name");
    takeText(target.lastName, other.lastName, "last_name");
    takeText(target.email, other.email, "email");
    takeText(target.phone, other.phone, "phone");
    takeText(target.city, other.city, "city");
    takeText(target.country, other.country, "country");
    takeText(target.consentAt, other.consentAt, "consent_at");
    if (!target.birthDate.isValid() && other.birthDate.isValid()) {
        target.birthDate = other.birthDate;
        if (taken)
            taken->append(QStringLiteral("birth_date"));
    }
    if (!target.joinedOn.isValid() || (other.joinedOn.isValid() && other.joinedOn < target.joinedOn))
        target.joinedOn = other.joinedOn;
    target.languages = unionOf(target.languages, other.languages);
    target.skills = unionOf(target.skills, other.skills);
    target.groups = unionOf(target.groups, other.groups);
    target.consent = unionOf(target.consent, other.consent);
    target.consentShare = target.consentShare || other.consentShare;
    // Notes are never lost in a merge: different ones are kept one after the other.
    const QString otherNotes = other.notes.trimmed();
    if (target.notes.trimmed().isEmpty())
        target.notes = otherNotes;
    else if (!otherNotes.isEmpty() && !target.notes.contains(otherNotes))
        target.notes = target.notes.trimmed() + QStringLiteral("\n\n") + otherNotes;
    return target;
}

} // namespace

Result<Member> MemberRepository::merge(qint64 keepPk, qint64 otherPk)
{
    using R = Result<Member>;
    const std::optional<Member> kept = find(keepPk);
    const std::optional<Member> other = find(otherPk);
    if (!kept || !other || kept->isDeleted() || other->isDeleted() || keepPk == otherPk)
        return R::failure(tr("One of the two members no longer exists. Reload the list."));
    QStringList taken; // the fields taken from the other, whose marks come along
    Member merged = combined(*kept, *other, &taken);
    for (const QString &field : other->attention) {
        if (taken.contains(field) && !merged.attention.contains(field))
            merged.attention.append(field);
    }

    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not merge the members: %1").arg(savepoint.error()));
    const QString now = nowTimestamp();
    MemberBulkWriter writer(m_database);
    if (Status status = writer.update(merged); !status)
        return R::failure(tr("Could not merge the members: %1").arg(status.error()));
    if (Status status = EventRepository(m_database).moveMemberRegistrations(otherPk, keepPk, now); !status)
        return R::failure(tr("Could not merge the members: %1").arg(status.error()));
    if (Status status = CaseRepository(m_database).moveMember(otherPk, keepPk, now); !status)
        return R::failure(tr("Could not merge the members: %1").arg(status.error()));
    Member gone = *other;
    gone.deletedAt = now;
    gone.mergedInto = kept->id;
    if (Status status = writer.update(gone); !status)
        return R::failure(tr("Could not merge the members: %1").arg(status.error()));
    QSqlQuery notes(m_database.connection());
    notes.prepare(QStringLiteral("DELETE FROM member_duplicates WHERE member_pk = ? OR other_pk = ?"));
    notes.addBindValue(otherPk);
    notes.addBindValue(otherPk);
    if (!notes.exec())
        return R::failure(tr("Could not merge the members: %1").arg(sqlError(notes)));
    if (!savepoint.release())
        return R::failure(tr("Could not merge the members: %1").arg(savepoint.error()));
    return merged;
}

Status MemberRepository::dismissDuplicate(qint64 memberPk, qint64 otherPk)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE member_duplicates SET dismissed_at = ? WHERE dismissed_at IS NULL"
                                 " AND ((member_pk = ? AND other_pk = ?) OR (member_pk = ? AND other_pk = ?))"));
    query.addBindValue(nowTimestamp());
    query.addBindValue(memberPk);
    query.addBindValue(otherPk);
    query.addBindValue(otherPk);
    query.addBindValue(memberPk);
    if (!query.exec())
        return Status::failure(tr("Could not keep the two apart: %1").arg(sqlError(query)));
    return {};
}

Result<Member> MemberRepository::mergeInto(qint64 targetPk, const Member &incoming)
{
    using R = Result<Member>;
    std::optional<Member> found = find(targetPk);
    if (!found || found->isDeleted())
        return R::failure(tr("The member to merge into no longer exists. Reload the list."));
    return update(combined(*found, incoming, nullptr));
}

QList<qint64> MemberRepository::search(const QString &text, int limit) const
{
    // A failed read shows as no match here; the window's lists take what they can get.
    Result<QList<qint64>> found = PersonSearch(m_database.connection(), PersonIndexTables::members()).find(text, limit);
    return found ? std::move(found).value() : QList<qint64>();
}

QStringList MemberRepository::explainSearch(const QString &text) const
{
    return PersonSearch(m_database.connection(), PersonIndexTables::members()).explain(text);
}

Result<QList<Member>> MemberRepository::searchMembers(const QString &text, int limit) const
{
    const Result<QList<qint64>> found =
        PersonSearch(m_database.connection(), PersonIndexTables::members()).find(text, limit);
    if (!found)
        return Result<QList<Member>>::failure(found.error());
    QList<Member> members;
    for (const qint64 pk : found.value()) {
        if (std::optional<Member> member = find(pk))
            members.append(std::move(*member));
    }
    return members;
}

PersonEntry MemberRepository::searchEntry(const Member &member)
{
    return PersonEntry::of(member.firstName, member.middleName, member.lastName, member.email, member.phone);
}

Status MemberRepository::rewriteSearchKeys(const QSqlDatabase &db)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM member_search")) ||
        !clear.exec(QStringLiteral("DELETE FROM member_keys")))
        return Status::failure(tr("Could not update the search index: %1").arg(sqlError(clear)));
    QSqlQuery members(db);
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT pk, first_name, middle_name, last_name, email, phone FROM members"
                                     " WHERE deleted_at IS NULL")))
        return Status::failure(tr("Could not update the search index: %1").arg(sqlError(members)));
    PersonKeyWriter keys(db, PersonIndexTables::members());
    while (members.next()) {
        const PersonEntry entry =
            PersonEntry::of(members.value(1).toString(), members.value(2).toString(), members.value(3).toString(),
                            members.value(4).toString(), members.value(5).toString());
        if (Status written = keys.write(members.value(0).toLongLong(), &entry); !written)
            return written;
    }
    // The name key that finds a person again on import is made the same way.
    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT pk, first_name, middle_name, last_name FROM members WHERE name_key <> ''")))
        return Status::failure(tr("Could not update the search index: %1").arg(sqlError(names)));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE members SET name_key = ? WHERE pk = ?"));
    while (names.next()) {
        update.bindValue(
            0, namekey::personKey(names.value(1).toString(), names.value(2).toString(), names.value(3).toString()));
        update.bindValue(1, names.value(0).toLongLong());
        if (!update.exec())
            return Status::failure(tr("Could not update the search index: %1").arg(sqlError(update)));
    }
    return {};
}

Status MemberRepository::rewriteSortKeys(const QSqlDatabase &db)
{
    QSqlQuery members(db);
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT pk, first_name, middle_name, last_name, city FROM members"
                                     " WHERE deleted_at IS NULL")))
        return Status::failure(tr("Could not write the members' sort keys: %1").arg(sqlError(members)));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE members SET sort_last = ?, sort_first = ?, sort_city = ? WHERE pk = ?"));
    while (members.next()) {
        Member member;
        member.firstName = members.value(1).toString();
        member.middleName = members.value(2).toString();
        member.lastName = members.value(3).toString();
        member.city = members.value(4).toString();
        const membersql::SortKeys keys = membersql::sortKeys(member);
        update.bindValue(0, QString::fromUtf8(keys.lastName));
        update.bindValue(1, QString::fromUtf8(keys.firstName));
        update.bindValue(2, QString::fromUtf8(keys.city));
        update.bindValue(3, members.value(0).toLongLong());
        if (!update.exec())
            return Status::failure(tr("Could not write the members' sort keys: %1").arg(sqlError(update)));
    }
    return {};
}

Status MemberRepository::createListIndexes(const QSqlDatabase &db)
{
    // Each order of the members list, and the filters' counts, over the members that are not deleted.
    static const char *const indexes[][2] = {
        {"members_list_last", "sort_last"}, {"members_list_first", "sort_first"},
        {"members_list_city", "sort_city"}, {"members_list_country", "country"},
        {"members_list_status", "status"},  {"members_list_joined", "joined_on"},
        {"members_list_skills", "skills"},  {"members_list_groups", "work_groups"},
        {"members_list_email", "email"},    {"members_list_phone", "phone"},
    };
    QSqlQuery query(db);
    for (const auto &[name, column] : indexes) {
        if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON members (%2) WHERE deleted_at IS NULL")
                            .arg(QLatin1String(name), QLatin1String(column))))
            return Status::failure(tr("Could not index the members list: %1").arg(sqlError(query)));
    }
    return {};
}

Status MemberRepository::notePossibleDuplicates(const QList<DuplicateNote> &notes, const QString &now)
{
    if (notes.isEmpty())
        return {};
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral("INSERT OR IGNORE INTO member_duplicates (member_pk, other_pk, reason, noted_at)"
                                      " VALUES (?, ?, ?, ?)")))
        return Status::failure(tr("Could not note the possible duplicates: %1").arg(sqlError(query)));
    for (const DuplicateNote &note : notes) {
        if (note.memberPk <= 0 || note.otherPk <= 0 || note.memberPk == note.otherPk)
            continue;
        query.bindValue(0, note.memberPk);
        query.bindValue(1, note.otherPk);
        query.bindValue(2, note.basis);
        query.bindValue(3, now);
        if (!query.exec())
            return Status::failure(tr("Could not note the possible duplicates: %1").arg(sqlError(query)));
    }
    return {};
}

QHash<qint64, QString> MemberRepository::idsByPk() const
{
    QHash<qint64, QString> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT pk, id FROM members"))) {
        while (query.next())
            ids.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return ids;
}

QHash<QString, qint64> MemberRepository::pksById() const
{
    QHash<QString, qint64> pks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, pk FROM members WHERE deleted_at IS NULL"))) {
        while (query.next())
            pks.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return pks;
}

Result<QSet<qint64>> MemberRepository::possibleDuplicatePks() const
{
    using R = Result<QSet<qint64>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT d.member_pk, d.other_pk FROM member_duplicates d"
                                   " JOIN members a ON a.pk = d.member_pk AND a.deleted_at IS NULL"
                                   " JOIN members b ON b.pk = d.other_pk AND b.deleted_at IS NULL"
                                   " WHERE d.dismissed_at IS NULL")))
        return R::failure(tr("Could not read the possible duplicates: %1").arg(sqlError(query)));
    QSet<qint64> pks;
    while (query.next()) {
        pks.insert(query.value(0).toLongLong());
        pks.insert(query.value(1).toLongLong());
    }
    return pks;
}

MemberLookup MemberLookup::load(Database &database)
{
    MemberLookup lookup;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pk, id, email, phone, first_name, middle_name, last_name, birth_date, "
                                   "city, deleted_at IS NOT NULL, attention FROM members ORDER BY pk")))
        return lookup;
    while (query.next()) {
        lookup.lastStoredPk = query.value(0).toLongLong();
        if (query.value(9).toBool()) {
            lookup.deletedIds.insert(query.value(1).toString());
            continue;
        }
        Member member;
        member.pk = query.value(0).toLongLong();
        member.id = query.value(1).toString();
        member.email = query.value(2).toString();
        member.phone = query.value(3).toString();
        member.firstName = query.value(4).toString();
        member.middleName = query.value(5).toString();
        member.lastName = query.value(6).toString();
        member.birthDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        member.city = query.value(8).toString();
        member.attention = membersql::splitList(query.value(10).toString());
        lookup.insert(member);
    }
    return lookup;
}

QString MemberLookup::nameAndBirthKey(const Member &member)
{
    if (!member.birthDate.isValid())
        return {};
    const QString key = namekey::personKey(member.firstName, member.middleName, member.lastName);
    if (key.isEmpty())
        return {};
    return key + QLatin1Char('|') + isoDate(member.birthDate);
}

namespace {

QString withBirthDate(const QString &personKey, const Member &member)
{
    if (personKey.isEmpty() || !member.birthDate.isValid())
        return {};
    return personKey + QLatin1Char('|') + isoDate(member.birthDate);
}

QString withCity(const QString &personKey, const Member &member)
{
    if (personKey.isEmpty())
        return {};
    return personKey + QLatin1Char('|') + member.city.trimmed().toCaseFolded();
}

} // namespace

MemberLookup::Keys MemberLookup::keysOf(const Member &member)
{
    const QString personKey = namekey::personKey(member.firstName, member.middleName, member.lastName);
    const QString email = member.needsAttention(QStringLiteral("email")) ? QString() : member.email.trimmed().toLower();
    const QString phone = member.needsAttention(QStringLiteral("phone")) ? QString() : member.phone;
    return {withBirthDate(personKey, member), withCity(personKey, member), email, phone, personKey};
}

MemberLookup::Candidates MemberLookup::candidates(const Member &member) const
{
    return candidates(member, keysOf(member));
}

void MemberLookup::insert(const Member &member)
{
    insert(member, keysOf(member));
}

void MemberLookup::reserve(qsizetype size)
{
    // Only the facts, which every member has: a key that the file's rows lack (phones, ids) would hold room for a
    // million entries for nothing, so the maps of keys grow as keys come.
    facts.reserve(size_t(lastStoredPk) + size_t(size) + 1);
}

MemberLookup::Facts MemberLookup::factsOf(qint64 pk) const
{
    return pk > 0 && size_t(pk) < facts.size() ? facts[size_t(pk)] : Facts();
}

MemberLookup::Candidates MemberLookup::candidates(const Member &member, const Keys &keys) const
{
    Candidates found;
    auto find = [](const QHash<KeyHash, qint64> &byKey, const QString &key) -> qint64 {
        return key.isEmpty() ? 0 : byKey.value(hashOf(key));
    };
    found.byId = find(byId, member.id);
    found.byEmail = find(byEmail, keys.email);
    found.byNameAndBirth = find(byNameAndBirth, keys.nameAndBirth);
    found.byPhone = find(byPhone, keys.phone);
    found.byNameAndCity = find(byNameAndCity, keys.nameAndCity);
    return found;
}

MemberLookup::KeyHash MemberLookup::hashOf(QStringView key)
{
    // A fixed seed: the same key hashes alike in every look-up of a run, whatever QHash's own seed is.
    constexpr size_t Seed = 0x5375706f6c6b61;
    return KeyHash(qHash(key, Seed));
}

MemberLookup::Facts MemberLookup::factsOf(const Member &member, const Keys &keys)
{
    Facts facts;
    if (!keys.email.isEmpty())
        facts.email = quint32(qHash(keys.email)) | 1; // never 0
    if (member.birthDate.isValid())
        facts.birthDay = qint32(member.birthDate.toJulianDay());
    return facts;
}

bool MemberLookup::disagree(const Facts &stored, const Facts &incoming)
{
    return (stored.email != 0 && incoming.email != 0 && stored.email != incoming.email) ||
           (stored.birthDay != 0 && incoming.birthDay != 0 && stored.birthDay != incoming.birthDay);
}

void MemberLookup::insert(const Member &member, const Keys &keys)
{
    if (member.pk == 0)
        return;
    if (member.pk > 0) {
        if (size_t(member.pk) >= facts.size())
            facts.resize(size_t(member.pk) + 1);
        facts[size_t(member.pk)] = factsOf(member, keys);
    }
    if (!member.id.isEmpty())
        byId.insert(hashOf(member.id), member.pk);
    // The first member of a key keeps it; one look-up each (a pk is never 0).
    auto keep = [&member](QHash<KeyHash, qint64> &byKey, const QString &key) {
        if (key.isEmpty())
            return;
        qint64 &slot = byKey[hashOf(key)];
        if (slot == 0)
            slot = member.pk;
    };
    keep(byEmail, keys.email);
    keep(byPhone, keys.phone);
    keep(byNameAndBirth, keys.nameAndBirth);
    keep(byNameAndCity, keys.nameAndCity);
}

class MemberBulkWriter::Private
{
public:
    explicit Private(Database &database)
        : insertMember(database.connection())
        , updateMember(database.connection())
        , selectMember(database.connection())
        , searchIndex(database.connection(), PersonIndexTables::members())
        , connection(database.connection())
        , origin(database.chapterCode())
    {
        const bool prepared = insertMember.prepare(membersql::insertStatement()) &&
                              updateMember.prepare(membersql::updateStatement()) &&
                              selectMember.prepare(QStringLiteral("SELECT ") + membersql::selectColumns() +
                                                   QStringLiteral(" FROM members WHERE pk = ?"));
        if (!prepared)
            error = MemberRepository::tr("Could not prepare the members table for writing: %1")
                        .arg(database.connection().lastError().text());
        else if (!searchIndex.error().isEmpty())
            error = searchIndex.error();
    }

    QSqlQuery insertMember;
    QSqlQuery updateMember;
    QSqlQuery selectMember;
    PersonKeyWriter searchIndex;
    QSqlDatabase connection;
    QString origin;
    QString error;
    std::optional<int> restoreCacheSize;
};

MemberBulkWriter::MemberBulkWriter(Database &database)
    : d(new Private(database))
{
    // An import touches the members table, its indexes and the search keys all over: with SQLite's small default
    // cache the pages would spill to the journal and be read back. Give the connection room while writing.
    QSqlQuery pragma(database.connection());
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()) {
        const int size = pragma.value(0).toInt();
        pragma.finish();
        const int wanted = -BulkCacheKib;
        const bool smaller = size >= 0 ? size * 4 < BulkCacheKib : -size < BulkCacheKib;
        if (smaller && pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(wanted)))
            d->restoreCacheSize = size;
    }
}

MemberBulkWriter::~MemberBulkWriter()
{
    if (d->restoreCacheSize) {
        QSqlQuery pragma(d->connection);
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*d->restoreCacheSize));
    }
    delete d;
}

Status MemberBulkWriter::insert(Member &member)
{
    if (!d->error.isEmpty())
        return Status::failure(d->error);
    const QString now = nowTimestamp();
    if (member.id.isEmpty())
        member.id = newRowId();
    if (member.createdAt.isEmpty())
        member.createdAt = now;
    if (member.updatedAt.isEmpty())
        member.updatedAt = member.createdAt;
    if (member.origin.isEmpty())
        member.origin = d->origin;
    membersql::bindRow(d->insertMember, member);
    if (!d->insertMember.exec())
        return Status::failure(
            MemberRepository::tr("Could not save the member: %1").arg(d->insertMember.lastError().text()));
    member.pk = d->insertMember.lastInsertId().toLongLong();
    const PersonEntry entry = MemberRepository::searchEntry(member);
    return d->searchIndex.write(member.pk, member.isDeleted() ? nullptr : &entry);
}

Status MemberBulkWriter::update(Member &member)
{
    if (!d->error.isEmpty())
        return Status::failure(d->error);
    if (member.pk <= 0 || member.id.isEmpty())
        return Status::failure(MemberRepository::tr("Could not save the member: it was never stored."));
    member.updatedAt = nowTimestamp();
    if (member.createdAt.isEmpty())
        member.createdAt = member.updatedAt;
    if (member.origin.isEmpty())
        member.origin = d->origin;
    membersql::bindRow(d->updateMember, member);
    d->updateMember.bindValue(membersql::RowValueCount, member.pk);
    if (!d->updateMember.exec())
        return Status::failure(
            MemberRepository::tr("Could not save the member: %1").arg(d->updateMember.lastError().text()));
    if (d->updateMember.numRowsAffected() == 0)
        return Status::failure(MemberRepository::tr("This member no longer exists; it may have been erased."));
    const PersonEntry entry = MemberRepository::searchEntry(member);
    if (Status status = d->searchIndex.write(member.pk, member.isDeleted() ? nullptr : &entry); !status)
        return status;
    // The cases list sorts and finds a case by the names of its person and volunteer.
    return CaseRepository::refreshMemberNames(d->connection, member.pk);
}

std::optional<Member> MemberBulkWriter::find(qint64 pk)
{
    if (!d->error.isEmpty())
        return std::nullopt;
    d->selectMember.bindValue(0, pk);
    if (!d->selectMember.exec() || !d->selectMember.next())
        return std::nullopt;
    Member member = membersql::readMember(d->selectMember);
    d->selectMember.finish();
    return member;
}

qint64 MemberBulkWriter::pkOfId(const QString &id)
{
    QSqlQuery query(d->connection);
    query.prepare(QStringLiteral("SELECT pk FROM members WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace supolka
