#include "models/members/membersql.h"

#include <iterator>

#include "models/core/timestamps.h"
#include "models/db/nativestatement.h"
#include "models/text/namekey.h"

namespace supolka::membersql {

namespace {

const char *const Columns[] = {
    "pk",          "id",         "first_name", "middle_name", "last_name",  "birth_date",
    "email",       "phone",      "city",       "country",     "languages",  "skills",
    "work_groups", "status",     "joined_on",  "consent",     "consent_at", "consent_share",
    "notes",       "created_at", "updated_at", "deleted_at",  "origin",
};

// Written by bindRow(), in this order.
const char *const RowColumns[] = {
    "id",       "first_name", "middle_name", "last_name",  "birth_date",    "email",
    "phone",    "city",       "country",     "languages",  "skills",        "work_groups",
    "status",   "joined_on",  "consent",     "consent_at", "consent_share", "notes",
    "name_key", "created_at", "updated_at",  "deleted_at", "origin",
};
static_assert(std::size(RowColumns) == RowValueCount);

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString insertInto(bool withPk)
{
    QStringList names;
    QStringList marks;
    if (withPk) {
        names.append(QStringLiteral("pk"));
        marks.append(QStringLiteral("?"));
    }
    for (const char *column : RowColumns) {
        names.append(QLatin1String(column));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO members (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

QString selectColumns(const QString &alias)
{
    QStringList names;
    for (const char *column : Columns)
        names.append(alias.isEmpty() ? QString(QLatin1String(column))
                                     : QString(alias + QLatin1Char('.') + QLatin1String(column)));
    return names.join(QStringLiteral(", "));
}

namespace {

// Fills a member from a row in selectColumns() order; `text(i)` and `integer(i)` read column i.
template <typename Text, typename Integer> Member memberFromRow(Text text, Integer integer)
{
    Member member;
    member.pk = integer(0);
    member.id = text(1);
    member.firstName = text(2);
    member.middleName = text(3);
    member.lastName = text(4);
    member.birthDate = QDate::fromString(text(5), Qt::ISODate);
    member.email = text(6);
    member.phone = text(7);
    member.city = text(8);
    member.country = text(9);
    member.languages = splitList(text(10));
    member.skills = splitList(text(11));
    member.groups = splitList(text(12));
    member.status = memberStatusFromKey(text(13)).value_or(MemberStatus::Active);
    member.joinedOn = QDate::fromString(text(14), Qt::ISODate);
    member.consent = splitList(text(15));
    member.consentAt = text(16);
    member.consentShare = integer(17) != 0;
    member.notes = text(18);
    member.createdAt = text(19);
    member.updatedAt = text(20);
    member.deletedAt = text(21);
    member.origin = text(22);
    return member;
}

} // namespace

Member readMember(const QSqlQuery &query)
{
    return memberFromRow([&query](int i) { return query.value(i).toString(); },
                         [&query](int i) { return query.value(i).toLongLong(); });
}

Member readMember(const NativeStatement &statement)
{
    return memberFromRow([&statement](int i) { return statement.text(i); },
                         [&statement](int i) { return statement.int64(i); });
}

QString insertStatement()
{
    return insertInto(false);
}

QString updateStatement()
{
    QStringList sets;
    for (const char *column : RowColumns)
        sets.append(QString(QLatin1String(column) + QStringLiteral(" = ?")));
    return QStringLiteral("UPDATE members SET ") + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE pk = ?");
}

void bindRow(QSqlQuery &query, const Member &member)
{
    int i = 0;
    query.bindValue(i++, text(member.id));
    query.bindValue(i++, text(member.firstName));
    query.bindValue(i++, text(member.middleName));
    query.bindValue(i++, text(member.lastName));
    query.bindValue(i++, dateOrNull(member.birthDate));
    query.bindValue(i++, textOrNull(member.email));
    query.bindValue(i++, textOrNull(member.phone));
    query.bindValue(i++, text(member.city));
    query.bindValue(i++, text(member.country));
    query.bindValue(i++, text(joinList(member.languages)));
    query.bindValue(i++, text(joinList(member.skills)));
    query.bindValue(i++, text(joinList(member.groups)));
    query.bindValue(i++, memberStatusKey(member.status));
    query.bindValue(i++, dateOrNull(member.joinedOn));
    query.bindValue(i++, text(joinList(member.consent)));
    query.bindValue(i++, textOrNull(member.consentAt));
    query.bindValue(i++, member.consentShare ? 1 : 0);
    query.bindValue(i++, text(member.notes));
    query.bindValue(i++, text(namekey::personKey(member.firstName, member.middleName, member.lastName)));
    query.bindValue(i++, text(member.createdAt));
    query.bindValue(i++, text(member.updatedAt));
    query.bindValue(i++, textOrNull(member.deletedAt));
    query.bindValue(i++, text(member.origin));
}

QString sortKey(const Member &member)
{
    return member.lastName.toCaseFolded() + QChar(0x1) + member.firstName.toCaseFolded() + QChar(0x1) +
           member.middleName.toCaseFolded();
}

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char(';'));
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString insertWithPkStatement()
{
    return insertInto(true);
}

void bindRowNative(NativeStatement &statement, const Member &member, QStringList &keepAlive)
{
    keepAlive.clear();
    auto kept = [&keepAlive](QString value) -> const QString & {
        keepAlive.append(std::move(value));
        return keepAlive.last();
    };
    auto date = [&kept](const QDate &value) {
        return value.isValid() ? kept(isoDate(value)) : QString();
    };
    keepAlive.reserve(12);
    int i = 1;
    statement.bindInt64(i++, member.pk);
    statement.bindText(i++, member.id);
    statement.bindText(i++, member.firstName);
    statement.bindText(i++, member.middleName);
    statement.bindText(i++, member.lastName);
    statement.bindTextOrNull(i++, date(member.birthDate));
    statement.bindTextOrNull(i++, member.email);
    statement.bindTextOrNull(i++, member.phone);
    statement.bindText(i++, member.city);
    statement.bindText(i++, member.country);
    statement.bindText(i++, kept(joinList(member.languages)));
    statement.bindText(i++, kept(joinList(member.skills)));
    statement.bindText(i++, kept(joinList(member.groups)));
    statement.bindText(i++, kept(memberStatusKey(member.status)));
    statement.bindTextOrNull(i++, date(member.joinedOn));
    statement.bindText(i++, kept(joinList(member.consent)));
    statement.bindTextOrNull(i++, member.consentAt);
    statement.bindInt64(i++, member.consentShare ? 1 : 0);
    statement.bindText(i++, member.notes);
    statement.bindText(i++, kept(namekey::personKey(member.firstName, member.middleName, member.lastName)));
    statement.bindText(i++, member.createdAt);
    statement.bindText(i++, member.updatedAt);
    statement.bindTextOrNull(i++, member.deletedAt);
    statement.bindText(i++, member.origin);
}

} // namespace supolka::membersql
