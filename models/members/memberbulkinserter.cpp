#include "models/members/memberbulkinserter.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/members/memberrepository.h"
#include "models/members/membersql.h"

namespace supolka {

namespace {

struct SearchRow
{
    QString token;
    qint64 pk;
    QString sortKey;
    QString allKeys;
};

struct IndexDefinition
{
    QString name;
    QString sql;
};

// The indexes of the members tables that are written as CREATE INDEX (not those of a PRIMARY KEY).
QList<IndexDefinition> memberIndexes(QSqlDatabase &db)
{
    QList<IndexDefinition> indexes;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  "AND tbl_name IN ('members', 'member_search') ORDER BY name"))) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
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

Status MemberBulkInserter::insertFresh(Database &database, const QList<Member> &members)
{
    QSqlDatabase db = database.connection();
    sqlite3 *handle = NativeStatement::nativeHandle(db);
    if (!handle)
        return Status::failure(tr("SQLite cannot be reached directly for a bulk import."));
    if (members.isEmpty())
        return {};

    const QList<IndexDefinition> indexes = memberIndexes(db);
    QSqlQuery ddl(db);
    for (const IndexDefinition &index : indexes) {
        if (!ddl.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name)))
            return Status::failure(tr("Could not prepare the bulk import: %1").arg(ddl.lastError().text()));
    }

    NativeStatement insertMember(handle, membersql::insertWithPkStatement());
    if (!insertMember.isValid())
        return Status::failure(tr("Could not prepare the bulk import: %1").arg(insertMember.errorText()));
    QList<SearchRow> searchRows;
    searchRows.reserve(members.size() * 4);
    QStringList keepAlive;
    for (const Member &member : members) {
        membersql::bindRowNative(insertMember, member, keepAlive);
        if (!insertMember.execute())
            return Status::failure(tr("Could not save %1: %2").arg(member.displayName(), insertMember.errorText()));
        if (member.isDeleted())
            continue;
        const QString sortKey = membersql::sortKey(member);
        const QStringList keys = MemberRepository::searchKeys(member);
        const QString allKeys = QLatin1Char(' ') + keys.join(QLatin1Char(' ')) + QLatin1Char(' ');
        for (const QString &key : keys)
            searchRows.append({key, member.pk, sortKey, allKeys});
    }

    // In key order the search table's B-tree is only ever appended to.
    std::sort(searchRows.begin(), searchRows.end(), [](const SearchRow &a, const SearchRow &b) {
        const int order = QString::compare(a.token, b.token);
        return order != 0 ? order < 0 : a.pk < b.pk;
    });
    NativeStatement insertKey(handle,
                              QStringLiteral("INSERT OR IGNORE INTO member_search (token, member_pk, sort_key, "
                                             "all_keys) VALUES (?, ?, ?, ?)"));
    if (!insertKey.isValid())
        return Status::failure(tr("Could not prepare the bulk import: %1").arg(insertKey.errorText()));
    for (const SearchRow &row : searchRows) {
        insertKey.bindText(1, row.token);
        insertKey.bindInt64(2, row.pk);
        insertKey.bindText(3, row.sortKey);
        insertKey.bindText(4, row.allKeys);
        if (!insertKey.execute())
            return Status::failure(tr("Could not update the search index: %1").arg(insertKey.errorText()));
    }

    for (const IndexDefinition &index : indexes) {
        if (!ddl.exec(index.sql))
            return Status::failure(tr("Could not build the index %1: %2").arg(index.name, ddl.lastError().text()));
    }
    return {};
}

} // namespace supolka
