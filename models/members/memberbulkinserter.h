#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>

#include "models/core/result.h"
#include "models/members/member.h"
#include "models/members/membersql.h"

namespace supolka {

class Database;

// The first import into an empty members table: rows are written straight through SQLite as they come, the
// indexes are built once at the end instead of row by row, and the search keys go in sorted. Runs inside the
// caller's transaction, so a failure or a rollback leaves the table (and its indexes) as they were.
class MemberBulkInserter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberBulkInserter)
    Q_DISABLE_COPY_MOVE(MemberBulkInserter)

public:
    // True when the members table holds no row at all (not even a tombstone) and SQLite can be reached directly.
    static bool canInsertFresh(Database &database);

    explicit MemberBulkInserter(Database &database);
    ~MemberBulkInserter();

    // Whether the statements of the bulk path could be prepared; when not, the caller writes the usual way.
    bool isAvailable() const;
    // Drops the members tables' indexes (inside the caller's transaction).
    Status begin();
    // Writes a member whose pk is the next one (1, 2, ...) and whose id, timestamps and origin are set. Members
    // are written several to a statement: the last few may wait for flush().
    Status insert(const Member &member);
    // The same with the member's values already encoded (membersql::encodeRow()); `row` must stay as it is until
    // flush().
    Status insert(qint64 pk, const membersql::EncodedRow &row);
    // Writes the members insert() keeps waiting.
    Status flush();
    // Starts working out the search keys of `members` (the next ones written, in pk order, as they are now) on the
    // pool. The keys worked out for the members given before are written to member_keys now, and their search
    // tokens are kept, packed and sorted, for finish(): that is all the bulk path holds of the members it wrote. A
    // member replace()d afterwards is worked out again in finish(), from the table.
    Status prepareKeys(QList<Member> members);
    // Writes a member again that insert() wrote earlier in this import (a later row of the file changed it).
    Status replace(const Member &member);
    // Writes the search tokens of every member written, merged into one key order, and builds the indexes.
    Status finish();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace supolka
