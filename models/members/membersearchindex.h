#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

struct Member;

// The members' search index, kept in two tables:
// - member_search (token, member_pk): one row per search key of a member that is not deleted, the primary key a
//   search scans by range;
// - member_keys (member_pk, sort_key, all_keys): once per member, what a search ranks by (the folded
//   "last<U+1>first<U+1>middle") and checks its other words in (" key key ... ").
// Keeping the member's sort key and key list out of member_search makes the table a sixth of the size it would be
// with them on every key row, which is what an import of many members spends most of its writing on.
class MemberSearchIndex final
{
    Q_DISABLE_COPY_MOVE(MemberSearchIndex)

public:
    // The keys a member is found by, and the text written for them.
    struct Entry
    {
        QStringList keys;
        QString sortKey;
        QString allKeys;
    };
    static Entry entryOf(const Member &member);

    explicit MemberSearchIndex(const QSqlDatabase &db);

    // Empty when the statements could be prepared, the reason otherwise.
    QString error() const { return m_error; }

    // Takes a member's keys out of the index (a deleted, erased or changed member).
    Status remove(qint64 pk);
    // Writes the keys of a member not in the index yet; a deleted member gets none.
    Status add(const Member &member);
    // remove() then add().
    Status replace(const Member &member);

private:
    QSqlQuery m_selectKeys;
    QSqlQuery m_deleteToken;
    QSqlQuery m_deleteEntry;
    QSqlQuery m_insertToken;
    QSqlQuery m_insertEntry;
    QString m_error;
};

} // namespace supolka
