#include "models/members/memberlist.h"

#include <algorithm>

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/db/rowreader.h"
#include "models/members/membersql.h"
#include "models/text/sortkey.h"

namespace supolka {

namespace {

using Order = MemberListQuery::Order;

// A part of the list read in one pass of an index: its condition and values.
using Segment = sortkey::SqlRange;

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

// The list's parts in the order shown ascending: a name's script decides its place before its key does.
QList<Segment> segments(const MemberListQuery &query)
{
    switch (query.order) {
    case Order::LastName:
    case Order::FirstName:
    case Order::City:
        return sortkey::sqlRanges(orderColumn(query.order), query.language);
    default:
        return {Segment()};
    }
}

} // namespace

Result<std::vector<qint64>> MemberList::order(Database &database, const MemberListQuery &query)
{
    Result<std::vector<qint64>> pks =
        selectOrder(database, QStringLiteral("SELECT pk FROM members WHERE deleted_at IS NULL"), segments(query),
                    orderColumn(query.order), query.descending);
    if (!pks)
        return Result<std::vector<qint64>>::failure(tr("Could not read the members: %1").arg(pks.error()));
    return pks;
}

Result<std::optional<std::vector<bool>>> MemberList::matching(Database &database, const MemberListQuery &query)
{
    using Mask = std::optional<std::vector<bool>>;
    Mask mask;
    // Each filter is one look-up in an index of the members that are not deleted; the masks meet in memory.
    const auto narrow = [&](const QString &condition, const QStringList &values) -> Status {
        std::vector<bool> found(mask ? mask->size() : 0);
        Status status =
            markPks(database, QStringLiteral("SELECT pk FROM members WHERE deleted_at IS NULL AND ") + condition,
                    values, found);
        if (!status)
            return status;
        narrowMask(mask, std::move(found));
        return {};
    };
    // A skill or group filters by the stored lists that hold it (a few hundred distinct lists at most), so that the
    // look-up is a search of the list's index rather than a scan of every member.
    const auto listCondition = [&](Values values, const QStringList &spellings, QStringList &bound) -> Result<QString> {
        const Result<QStringList> lists = distinctValues(database, values);
        if (!lists)
            return Result<QString>::failure(lists.error());
        QStringList marks;
        for (const QString &list : lists.value()) {
            const QStringList items = membersql::splitList(list);
            if (std::any_of(spellings.cbegin(), spellings.cend(),
                            [&items](const QString &spelling) { return items.contains(spelling); })) {
                marks.append(QStringLiteral("?"));
                bound.append(list);
            }
        }
        const QString column = values == Values::Skills ? QStringLiteral("skills") : QStringLiteral("work_groups");
        return marks.isEmpty() ? QStringLiteral("0")
                               : column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    };

    Status status;
    if (query.status && status)
        status = narrow(QStringLiteral("status = ?"), {memberStatusKey(*query.status)});
    if (!query.country.isEmpty() && status)
        status = narrow(QStringLiteral("country = ?"), {query.country});
    for (const auto &[values, spellings] :
         {std::pair{Values::Skills, query.skills}, std::pair{Values::Groups, query.groups}}) {
        if (spellings.isEmpty() || !status)
            continue;
        QStringList bound;
        const Result<QString> condition = listCondition(values, spellings, bound);
        status = condition ? narrow(condition.value(), bound) : Status::failure(condition.error());
    }
    if (query.attentionOnly && status)
        status = narrow(QStringLiteral("attention <> ''"), {});
    if (!status)
        return Result<Mask>::failure(tr("Could not read the members: %1").arg(status.error()));
    if (query.only) {
        std::vector<bool> only(mask ? mask->size() : 0);
        for (const qint64 pk : *query.only) {
            if (pk <= 0)
                continue;
            if (size_t(pk) >= only.size())
                only.resize(size_t(pk) + 1);
            only[size_t(pk)] = !mask || (size_t(pk) < mask->size() && (*mask)[size_t(pk)]);
        }
        mask = std::move(only);
    }
    return mask;
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
        selectRows(database, sql, {}, [&found](auto, auto, const NativeStatement *native, const QSqlQuery *query) {
            Member member = native ? membersql::readMember(*native) : membersql::readMember(*query);
            found.emplace(member.pk, std::move(member));
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
    const Status status = selectRows(database, QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL"),
                                     {}, [&count](auto integer, auto, auto, auto) { count = int(integer(0)); });
    if (!status)
        return Result<int>::failure(tr("Could not count the members: %1").arg(status.error()));
    return count;
}

Status MemberList::forEach(Database &database, const std::function<void(const Member &)> &visit)
{
    const QString sql = QStringLiteral("SELECT ") + membersql::selectColumns() +
                        QStringLiteral(" FROM members WHERE deleted_at IS NULL ORDER BY pk");
    const Status status =
        selectRows(database, sql, {}, [&visit](auto, auto, const NativeStatement *native, const QSqlQuery *query) {
            visit(native ? membersql::readMember(*native) : membersql::readMember(*query));
        });
    if (!status)
        return Status::failure(tr("Could not read the members: %1").arg(status.error()));
    return {};
}

Result<QStringList> MemberList::distinctValues(Database &database, Values values)
{
    const QString column = values == Values::Countries ? QStringLiteral("country")
                           : values == Values::Skills  ? QStringLiteral("skills")
                                                       : QStringLiteral("work_groups");
    // One search of the list's index a value, from one value to the next, instead of a pass over every member.
    const QString sql =
        QStringLiteral("SELECT %1 FROM members WHERE deleted_at IS NULL AND %1 > ? ORDER BY %1 LIMIT 1").arg(column);
    QStringList found;
    QString after = QStringLiteral("");
    for (;;) {
        QString next;
        bool any = false;
        const Status status = selectRows(database, sql, {after}, [&](auto, auto text, auto, auto) {
            next = text(0);
            any = true;
        });
        if (!status)
            return Result<QStringList>::failure(tr("Could not read the members: %1").arg(status.error()));
        if (!any)
            return found;
        found.append(next);
        after = next;
    }
}

Result<QStringList> MemberList::valuesInUse(Database &database, Values values)
{
    Result<QStringList> stored = distinctValues(database, values);
    if (!stored || values == Values::Countries)
        return stored;
    QStringList found;
    for (const QString &list : stored.value())
        found += membersql::splitList(list);
    found.removeDuplicates();
    return found;
}

} // namespace supolka
