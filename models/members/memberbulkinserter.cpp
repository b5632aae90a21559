#include "models/members/memberbulkinserter.h"

#include <algorithm>

#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/members/memberrepository.h"
#include "models/members/membersql.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

// One row of member_search, in UTF-8 as SQLite stores it (and sorts it: byte order).
struct SearchRow
{
    QByteArray token;
    qint64 pk;
    QByteArray sortKey;
    QByteArray allKeys;
};

struct IndexDefinition
{
    QString name;
    QString table;
    QString sql;
};

// The indexes of the members tables that are written as CREATE INDEX (not those of a PRIMARY KEY).
QList<IndexDefinition> memberIndexes(QSqlDatabase &db)
{
    QList<IndexDefinition> indexes;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND sql IS NOT NULL AND tbl_name IN ('members', 'member_search') ORDER BY name"))) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return indexes;
}

} // namespace

bool MemberBulkInserter::canInsertFresh(Database &database)
{
    QSqlDatabase db = database.connection();
    if (!NativeStatement::nativeHandle(db))
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM members)")) && query.next() &&
           query.value(0).toInt() == 0;
}

class MemberBulkInserter::Private
{
public:
    Private(Database &database)
        : db(database.connection())
        , handle(NativeStatement::nativeHandle(db))
        , insertMember(handle, membersql::insertWithPkStatement())
        , deleteMember(handle, QStringLiteral("DELETE FROM members WHERE pk = ?"))
    {}

    QSqlDatabase db;
    sqlite3 *handle;
    NativeStatement insertMember;
    NativeStatement deleteMember;
    QList<IndexDefinition> indexes;
    QStringList keepAlive;
};

MemberBulkInserter::MemberBulkInserter(Database &database)
    : d(std::make_unique<Private>(database))
{}

MemberBulkInserter::~MemberBulkInserter() = default;

bool MemberBulkInserter::isAvailable() const
{
    return d->handle && d->insertMember.isValid() && d->deleteMember.isValid();
}

Status MemberBulkInserter::begin()
{
    if (!isAvailable())
        return Status::failure(tr("SQLite cannot be reached directly for a bulk import."));
    d->indexes = memberIndexes(d->db);
    QSqlQuery ddl(d->db);
    for (const IndexDefinition &index : std::as_const(d->indexes)) {
        if (!ddl.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name)))
            return Status::failure(tr("Could not prepare the bulk import: %1").arg(ddl.lastError().text()));
    }
    return {};
}

Status MemberBulkInserter::insert(const Member &member)
{
    membersql::bindRowNative(d->insertMember, member, d->keepAlive);
    if (!d->insertMember.execute())
        return Status::failure(tr("Could not save the member: %1").arg(d->insertMember.errorText()));
    return {};
}

Status MemberBulkInserter::replace(const Member &member)
{
    d->deleteMember.bindInt64(1, member.pk);
    if (!d->deleteMember.execute())
        return Status::failure(tr("Could not save the member: %1").arg(d->deleteMember.errorText()));
    return insert(member);
}

Status MemberBulkInserter::finish(const QList<Member> &members)
{
    // The keys are worked out and sorted on another core while this one builds the members' indexes.
    QFuture<QList<SearchRow>> keysInOrder = QtConcurrent::run([&members] {
        QList<SearchRow> rows;
        rows.reserve(members.size() * 4);
        for (const Member &member : members) {
            if (member.isDeleted())
                continue;
            const QByteArray sortKey = membersql::sortKey(member).toUtf8();
            const QStringList keys = MemberRepository::searchKeys(member);
            const QByteArray allKeys = search::allKeysText(keys).toUtf8();
            for (const QString &key : keys)
                rows.append({key.toUtf8(), member.pk, sortKey, allKeys});
        }
        // In key order the search table's B-tree is only ever appended to.
        std::sort(rows.begin(), rows.end(), [](const SearchRow &a, const SearchRow &b) {
            const int order = a.token.compare(b.token);
            return order != 0 ? order < 0 : a.pk < b.pk;
        });
        return rows;
    });
    QSqlQuery ddl(d->db);
    auto buildIndexes = [&](const QString &table) -> Status {
        for (const IndexDefinition &index : std::as_const(d->indexes)) {
            if (index.table == table && !ddl.exec(index.sql))
                return Status::failure(tr("Could not build the index %1: %2").arg(index.name, ddl.lastError().text()));
        }
        return {};
    };
    const Status membersIndexed = buildIndexes(QStringLiteral("members"));
    const QList<SearchRow> searchRows = keysInOrder.result();
    if (!membersIndexed)
        return membersIndexed;

    NativeStatement insertKey(d->handle,
                              QStringLiteral("INSERT OR IGNORE INTO member_search (token, member_pk, sort_key, "
                                             "all_keys) VALUES (?, ?, ?, ?)"));
    if (!insertKey.isValid())
        return Status::failure(tr("Could not prepare the bulk import: %1").arg(insertKey.errorText()));
    for (const SearchRow &row : std::as_const(searchRows)) {
        insertKey.bindUtf8(1, row.token);
        insertKey.bindInt64(2, row.pk);
        insertKey.bindUtf8(3, row.sortKey);
        insertKey.bindUtf8(4, row.allKeys);
        if (!insertKey.execute())
            return Status::failure(tr("Could not update the search index: %1").arg(insertKey.errorText()));
    }

    if (Status status = buildIndexes(QStringLiteral("member_search")); !status)
        return status;
    d->indexes.clear();
    return {};
}

} // namespace supolka
