#include "models/members/memberlist.h"

#include <algorithm>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/members/membersql.h"
#include "models/text/sortkey.h"

namespace supolka {

namespace {

using Order = MemberListQuery::Order;

// A part of the list read in one pass of an index: its condition and values.
struct Segment
{
    QString condition;
    QStringList values;
};

QString orderColumn(Order order)
{
    switch (order) {
    case Order::LastName:
        return QStringLiteral("sort_last");
    case Order::FirstName:
        return QStringLiteral("sort_first");
    case Order::Email:
        return QStringLiteral("email");
    case Order::Phone:
        return QStringLiteral("phone");
    case Order::City:
        return QStringLiteral("sort_city");
    case Order::Country:
        return QStringLiteral("country");
    case Order::Skills:
        return QStringLiteral("skills");
    case Order::Groups:
        return QStringLiteral("work_groups");
    case Order::Status:
        return QStringLiteral("status");
    case Order::JoinedOn:
        return QStringLiteral("joined_on");
    }
    return QStringLiteral("sort_last");
}

// Where a list of one of the ;-joined columns holds `value` in any of its spellings.
void addListFilter(const QString &column, const QStringList &spellings, QStringList &conditions, QStringList &values)
{
    if (spellings.isEmpty())
        return;
    QStringList any;
    for (const QString &spelling : spellings) {
        any.append(QStringLiteral("instr(';' || %1 || ';', ?) > 0").arg(column));
        values.append(QLatin1Char(';') + spelling + QLatin1Char(';'));
    }
    conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

// The list's parts in the order shown ascending: a name's script decides its place before its key does.
QList<Segment> segments(const MemberListQuery &query)
{
    switch (query.order) {
    case Order::LastName:
    case Order::FirstName:
    case Order::City: {
        const QString column = orderColumn(query.order);
        QList<Segment> parts;
        for (const sortkey::Range &range : sortkey::orderFor(query.language)) {
            Segment part;
            QStringList bounds;
            if (!range.from.isEmpty()) {
                bounds.append(column + QStringLiteral(" >= ?"));
                part.values.append(QString::fromLatin1(range.from));
            }
            if (!range.to.isEmpty()) {
                bounds.append(column + QStringLiteral(" < ?"));
                part.values.append(QString::fromLatin1(range.to));
            }
            part.condition = bounds.join(QStringLiteral(" AND "));
            parts.append(part);
        }
        return parts;
    }
    default:
        return {Segment()};
    }
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Runs `sql` with text `values` and calls `row` for each row, natively where it can.
template <typename Row> Status select(Database &database, const QString &sql, const QStringList &values, Row row)
{
    QSqlDatabase db = database.connection();
    if (sqlite3 *handle = NativeStatement::nativeHandle(db)) {
        NativeStatement statement(handle, sql);
        if (!statement.isValid())
            return Status::failure(statement.errorText());
        for (int i = 0; i < values.size(); ++i)
            statement.bindText(i + 1, values.at(i));
        while (statement.next())
            row([&statement](int column) { return statement.int64(column); },
                [&statement](int column) { return statement.text(column); }, &statement, nullptr);
        if (statement.failed())
            return Status::failure(statement.errorText());
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Status::failure(sqlError(query));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Status::failure(sqlError(query));
    while (query.next())
        row([&query](int column) { return query.value(column).toLongLong(); },
            [&query](int column) { return query.value(column).toString(); }, nullptr, &query);
    if (query.lastError().isValid())
        return Status::failure(sqlError(query));
    return {};
}

} // namespace

Result<std::vector<qint64>> MemberList::order(Database &database, const MemberListQuery &query)
{
    QStringList conditions{QStringLiteral("deleted_at IS NULL")};
    QStringList values;
    if (query.status) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(memberStatusKey(*query.status));
    }
    if (query.attentionOnly)
        conditions.append(QStringLiteral("attention <> ''"));
    if (!query.country.isEmpty()) {
        conditions.append(QStringLiteral("country = ?"));
        values.append(query.country);
    }
    addListFilter(QStringLiteral("skills"), query.skills, conditions, values);
    addListFilter(QStringLiteral("work_groups"), query.groups, conditions, values);
    if (query.only) {
        QStringList pks;
        pks.reserve(query.only->size());
        for (const qint64 pk : *query.only)
            pks.append(QString::number(pk));
        conditions.append(QStringLiteral("pk IN (SELECT value FROM json_each(?))"));
        values.append(QLatin1Char('[') + pks.join(QLatin1Char(',')) + QLatin1Char(']'));
    }

    QList<Segment> parts = segments(query);
    if (query.descending)
        std::reverse(parts.begin(), parts.end());
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString orderBy =
        QStringLiteral(" ORDER BY ") + orderColumn(query.order) + direction + QStringLiteral(", pk") + direction;

    std::vector<qint64> pks;
    for (const Segment &part : std::as_const(parts)) {
        QStringList where = conditions;
        if (!part.condition.isEmpty())
            where.append(part.condition);
        const QString sql =
            QStringLiteral("SELECT pk FROM members WHERE ") + where.join(QStringLiteral(" AND ")) + orderBy;
        const Status status = select(database, sql, values + part.values,
                                     [&pks](auto integer, auto, auto, auto) { pks.push_back(integer(0)); });
        if (!status)
            return Result<std::vector<qint64>>::failure(tr("Could not read the members: %1").arg(status.error()));
    }
    return pks;
}

Result<QList<Member>> MemberList::read(Database &database, const std::vector<qint64> &pks)
{
    if (pks.empty())
        return QList<Member>();
    QStringList list;
    list.reserve(qsizetype(pks.size()));
    for (const qint64 pk : pks)
        list.append(QString::number(pk));
    const QString sql = QStringLiteral("SELECT ") + membersql::selectColumns() +
                        QStringLiteral(" FROM members WHERE deleted_at IS NULL AND pk IN (") +
                        list.join(QLatin1Char(',')) + QLatin1Char(')');
    QHash<qint64, Member> found;
    found.reserve(qsizetype(pks.size()));
    const Status status =
        select(database, sql, {}, [&found](auto, auto, const NativeStatement *native, const QSqlQuery *query) {
            Member member = native ? membersql::readMember(*native) : membersql::readMember(*query);
            found.insert(member.pk, std::move(member));
        });
    if (!status)
        return Result<QList<Member>>::failure(tr("Could not read the members: %1").arg(status.error()));
    QList<Member> members;
    members.reserve(found.size());
    for (const qint64 pk : pks) {
        if (auto it = found.find(pk); it != found.end())
            members.append(std::move(it.value()));
    }
    return members;
}

Result<int> MemberList::count(Database &database)
{
    int count = 0;
    const Status status = select(database, QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL"), {},
                                 [&count](auto integer, auto, auto, auto) { count = int(integer(0)); });
    if (!status)
        return Result<int>::failure(tr("Could not count the members: %1").arg(status.error()));
    return count;
}

Status MemberList::forEach(Database &database, const std::function<void(const Member &)> &visit)
{
    const QString sql = QStringLiteral("SELECT ") + membersql::selectColumns() +
                        QStringLiteral(" FROM members WHERE deleted_at IS NULL ORDER BY pk");
    const Status status =
        select(database, sql, {}, [&visit](auto, auto, const NativeStatement *native, const QSqlQuery *query) {
            visit(native ? membersql::readMember(*native) : membersql::readMember(*query));
        });
    if (!status)
        return Status::failure(tr("Could not read the members: %1").arg(status.error()));
    return {};
}

Result<QStringList> MemberList::valuesInUse(Database &database, Values values)
{
    const QString column = values == Values::Countries ? QStringLiteral("country")
                           : values == Values::Skills  ? QStringLiteral("skills")
                                                       : QStringLiteral("work_groups");
    // Read from the list's index on the column: one pass over small entries, whatever the number of members.
    const QString sql =
        QStringLiteral("SELECT DISTINCT %1 FROM members WHERE deleted_at IS NULL AND %1 <> ''").arg(column);
    QStringList found;
    const Status status = select(database, sql, {}, [&](auto, auto text, auto, auto) {
        if (values == Values::Countries)
            found.append(text(0));
        else
            found += membersql::splitList(text(0));
    });
    if (!status)
        return Result<QStringList>::failure(tr("Could not read the members: %1").arg(status.error()));
    found.removeDuplicates();
    return found;
}

} // namespace supolka
