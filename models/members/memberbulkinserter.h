#pragma once

#include <QCoreApplication>
#include <QList>

#include "models/core/result.h"
#include "models/members/member.h"

namespace supolka {

class Database;

// The first import into an empty members table: every row is written straight through SQLite, the indexes are
// built once at the end instead of row by row, and the search keys go in sorted. Runs inside the caller's
// transaction, so a failure or a rollback leaves the table (and its indexes) as they were.
class MemberBulkInserter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberBulkInserter)

public:
    // True when the members table holds no row at all (not even a tombstone) and SQLite can be reached directly.
    static bool canInsertFresh(Database &database);
    // `members` must carry pk 1..n in order, and every id, timestamp and origin set.
    static Status insertFresh(Database &database, const QList<Member> &members);
};

} // namespace supolka
