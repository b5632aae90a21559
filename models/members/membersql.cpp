#include "models/members/membersql.h"

#include <iterator>
#include <string_view>

#include "models/core/timestamps.h"
#include "models/db/nativestatement.h"
#include "models/text/namekey.h"
#include "models/text/sortkey.h"
#include "models/text/utf8.h"

namespace supolka::membersql {

namespace {

const char *const Columns[] = {
    "pk",         "id",      "first_name", "middle_name",   "last_name", "birth_date",  "email",
    "phone",      "city",    "country",    "languages",     "skills",    "work_groups", "status",
    "joined_on",  "consent", "consent_at", "consent_share", "notes",     "created_at",  "updated_at",
    "deleted_at", "origin",  "attention",  "merged_into",
};

// Written by bindRow(), in this order.
constexpr const char *RowColumns[] = {
    "id",         "first_name", "middle_name",   "last_name",   "birth_date",  "email",      "phone",
    "city",       "country",    "languages",     "skills",      "work_groups", "status",     "joined_on",
    "consent",    "consent_at", "consent_share", "notes",       "name_key",    "created_at", "updated_at",
    "deleted_at", "origin",     "attention",     "merged_into", "sort_last",   "sort_first", "sort_city",
};
static_assert(std::size(RowColumns) == RowValueCount);
// The one value of bindRow() that is not text.
constexpr int ConsentShare = 16;
static_assert(std::string_view(RowColumns[ConsentShare]) == "consent_share");

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString insertInto(bool withPk, int rows = 1)
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
    const QString values = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO members (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
           QStringList(rows, values).join(QStringLiteral(", "));
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
    member.attention = splitList(text(23));
    member.mergedInto = text(24);
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
    query.bindValue(i++, text(joinList(member.attention)));
    query.bindValue(i++, textOrNull(member.mergedInto));
    const SortKeys keys = sortKeys(member);
    query.bindValue(i++, QString::fromUtf8(keys.lastName));
    query.bindValue(i++, QString::fromUtf8(keys.firstName));
    query.bindValue(i++, QString::fromUtf8(keys.city));
}

SortKeys sortKeys(const Member &member)
{
    const QString first =
        member.middleName.isEmpty() ? member.firstName : member.firstName + QLatin1Char(' ') + member.middleName;
    return {sortkey::of(member.lastName), sortkey::of(first), sortkey::of(member.city)};
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

QString insertWithPkStatement(int rows)
{
    return insertInto(true, rows);
}

EncodedRow encodeRow(const Member &member)
{
    return encodeRow(member, namekey::personKey(member.firstName, member.middleName, member.lastName));
}

EncodedRow encodeRow(const Member &member, const QString &nameKey)
{
    EncodedRow row;
    row.consentShare = member.consentShare;
    row.text.reserve(256);
    int i = 0;
    auto add = [&](const QString &value, bool nullWhenEmpty) {
        if (nullWhenEmpty && value.isEmpty()) {
            row.spans[size_t(i++)] = {0, -1};
            return;
        }
        const qsizetype offset = row.text.size();
        utf8::append(row.text, value);
        row.spans[size_t(i++)] = {qint32(offset), qint32(row.text.size() - offset)};
    };
    auto date = [](const QDate &value) {
        return value.isValid() ? isoDate(value) : QString();
    };
    add(member.id, false);
    add(member.firstName, false);
    add(member.middleName, false);
    add(member.lastName, false);
    add(date(member.birthDate), true);
    add(member.email, true);
    add(member.phone, true);
    add(member.city, false);
    add(member.country, false);
    add(joinList(member.languages), false);
    add(joinList(member.skills), false);
    add(joinList(member.groups), false);
    add(memberStatusKey(member.status), false);
    add(date(member.joinedOn), true);
    add(joinList(member.consent), false);
    add(member.consentAt, true);
    Q_ASSERT(i == ConsentShare);
    row.spans[size_t(i++)] = {0, 0};
    add(member.notes, false);
    add(nameKey, false);
    add(member.createdAt, false);
    add(member.updatedAt, false);
    add(member.deletedAt, true);
    add(member.origin, false);
    add(joinList(member.attention), false);
    add(member.mergedInto, true);
    const SortKeys keys = sortKeys(member);
    for (const QByteArray *key : {&keys.lastName, &keys.firstName, &keys.city}) {
        const qsizetype offset = row.text.size();
        row.text.append(*key);
        row.spans[size_t(i++)] = {qint32(offset), qint32(key->size())};
    }
    Q_ASSERT(i == RowValueCount);
    return row;
}

void bindEncodedRow(NativeStatement &statement, qint64 pk, const EncodedRow &row, int position)
{
    statement.bindInt64(position, pk);
    for (int i = 0; i < RowValueCount; ++i) {
        const int at = position + 1 + i;
        const auto [offset, size] = row.spans[size_t(i)];
        if (i == ConsentShare)
            statement.bindInt64(at, row.consentShare ? 1 : 0);
        else if (size < 0)
            statement.bindNull(at);
        else
            statement.bindStaticUtf8(at, row.text.constData() + offset, size);
    }
}

} // namespace supolka::membersql
