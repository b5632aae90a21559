#include "models/db/migrations.h"

namespace supolka {

namespace {

Migration membersSchema()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE meta ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE members ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL,"
                           " first_name TEXT NOT NULL DEFAULT '',"
                           " middle_name TEXT NOT NULL DEFAULT '',"
                           " last_name TEXT NOT NULL DEFAULT '',"
                           " birth_date TEXT,"
                           " email TEXT,"
                           " phone TEXT,"
                           " city TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " languages TEXT NOT NULL DEFAULT '',"
                           " skills TEXT NOT NULL DEFAULT '',"
                           " work_groups TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'pending')),"
                           " joined_on TEXT,"
                           " consent TEXT NOT NULL DEFAULT '',"
                           " consent_at TEXT,"
                           " consent_share INTEGER NOT NULL DEFAULT 0,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " name_key TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            // A named index rather than a UNIQUE column constraint, so that a bulk import can build it once at
            // the end instead of row by row.
            QStringLiteral("CREATE UNIQUE INDEX members_id ON members (id)"),
            QStringLiteral("CREATE INDEX members_email ON members (email) WHERE email IS NOT NULL"),
            QStringLiteral("CREATE INDEX members_phone ON members (phone) WHERE phone IS NOT NULL"),
            QStringLiteral("CREATE INDEX members_name_key ON members (name_key)"),
            // Search keys of members that are not deleted. Each row also carries the member's sort_key (folded
            // "last<U+1>first") and all_keys (" key key ... "), so that a search ranks and checks its other words
            // from the rows of one range scan.
            QStringLiteral("CREATE TABLE member_search ("
                           " token TEXT NOT NULL,"
                           " member_pk INTEGER NOT NULL REFERENCES members (pk) ON DELETE CASCADE,"
                           " sort_key TEXT NOT NULL DEFAULT '',"
                           " all_keys TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (token, member_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX member_search_member ON member_search (member_pk)"),
        }};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        membersSchema(),
    };
    return all;
}

} // namespace supolka
