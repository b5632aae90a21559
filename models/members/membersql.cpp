#include "models/members/membersql.h"

#include <iterator>

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

} // namespace

QString selectColumns(const QString &alias)
{
    QStringList names;
    for (const char *column : Columns)
        names.append(alias.isEmpty() ? QString(QLatin1String(column))
                                     : QString(alias + QLatin1Char('.') + QLatin1String(column)));
    return names.join(QStringLiteral(", "));
}

Member readMember(const QSqlQuery &query)
{
    Member member;
    member.pk = query.value(0).toLongLong();
    member.id = query.value(1).toString();
    member.firstName = query.value(2).toString();
    member.middleName = query.value(3).toString();
    member.lastName = query.value(4).toString();
    member.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    member.email = query.value(6).toString();
    member.phone = query.value(7).toString();
    member.city = query.value(8).toString();
    member.country = query.value(9).toString();
    member.languages = splitList(query.value(10).toString());
    member.skills = splitList(query.value(11).toString());
    member.groups = splitList(query.value(12).toString());
    member.status = memberStatusFromKey(query.value(13).toString()).value_or(MemberStatus::Active);
    member.joinedOn = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    member.consent = splitList(query.value(15).toString());
    member.consentAt = query.value(16).toString();
    member.consentShare = query.value(17).toInt() != 0;
    member.notes = query.value(18).toString();
    member.createdAt = query.value(19).toString();
    member.updatedAt = query.value(20).toString();
    member.deletedAt = query.value(21).toString();
    member.origin = query.value(22).toString();
    return member;
}

QString insertStatement()
{
    QStringList names;
    QStringList marks;
    for (const char *column : RowColumns) {
        names.append(QLatin1String(column));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO members (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QLatin1Char(')');
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

} // namespace supolka::membersql

#include "models/core/timestamps.h"
#include "models/db/nativestatement.h"

namespace supolka::membersql {

QString insertWithPkStatement()
{
    QStringList names{QStringLiteral("pk")};
    QStringList marks{QStringLiteral("?")};
    for (const char *column : RowColumns) {
        names.append(QLatin1String(column));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO members (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void bindRowNative(NativeStatement &statement, const Member &member, QStringList &keepAlive)
{
    keepAlive.clear();
    auto kept = [&keepAlive](QString value) -> const QString & {
        keepAlive.append(std::move(value));
        return keepAlive.last();
    };
    auto date = [&kept](const QDate &value) { return value.isValid() ? kept(isoDate(value)) : QString(); };
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
