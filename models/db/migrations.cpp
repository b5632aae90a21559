#include "models/db/migrations.h"

#include "models/cases/caserepository.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationlist.h"
#include "models/members/memberrepository.h"

namespace supolka {

// The schema is laid out by hand, a column a line, as SQLite will show it: the formatter keeps out.
// clang-format off

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

Migration eventsSchema()
{
    return {
        2,
        {
            QStringLiteral("CREATE TABLE events ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " title TEXT NOT NULL,"
                           " kind TEXT NOT NULL DEFAULT 'meetup'"
                           "  CHECK (kind IN ('rally', 'meetup', 'conference', 'fundraiser', 'other')),"
                           " starts_at TEXT NOT NULL,"
                           " ends_at TEXT,"
                           " venue TEXT NOT NULL DEFAULT '',"
                           " city TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " work_group TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_starts ON events (starts_at)"),
            QStringLiteral("CREATE TABLE registrations ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,"
                           " member_pk INTEGER REFERENCES members (pk),"
                           " guest_name TEXT NOT NULL DEFAULT '',"
                           " guest_email TEXT NOT NULL DEFAULT '',"
                           " guest_phone TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),"
                           " ticket_code TEXT NOT NULL UNIQUE,"
                           " checked_in_at TEXT,"
                           " checked_in_by TEXT NOT NULL DEFAULT '',"
                           " walk_in INTEGER NOT NULL DEFAULT 0,"
                           " consent TEXT NOT NULL DEFAULT '',"
                           " consent_at TEXT,"
                           " external_ref TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX registrations_event ON registrations (event_pk, checked_in_at)"),
            QStringLiteral(
                "CREATE INDEX registrations_member ON registrations (member_pk) WHERE member_pk IS NOT NULL"),
            QStringLiteral("CREATE INDEX registrations_external ON registrations (event_pk, external_ref)"
                           " WHERE external_ref IS NOT NULL"),
            // The check-in search: every key of a registrant (name words in key form, e-mail, phone digits, ticket
            // code in lower case) within its event, with all of them in all_keys (" key key ... ") so that the
            // other words of a query are checked on the row the first one found.
            QStringLiteral("CREATE TABLE registration_search ("
                           " event_pk INTEGER NOT NULL,"
                           " token TEXT NOT NULL,"
                           " registration_pk INTEGER NOT NULL REFERENCES registrations (pk) ON DELETE CASCADE,"
                           " all_keys TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (event_pk, token, registration_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX registration_search_registration ON registration_search (registration_pk)"),
        }};
}

Migration casesSchema()
{
    return {
        3,
        {
            QStringLiteral("CREATE TABLE cases ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " number TEXT NOT NULL UNIQUE,"
                           " member_pk INTEGER REFERENCES members (pk),"
                           " person_name TEXT NOT NULL DEFAULT '',"
                           " person_contact TEXT NOT NULL DEFAULT '',"
                           " person_city TEXT NOT NULL DEFAULT '',"
                           " person_country TEXT NOT NULL DEFAULT '',"
                           " person_languages TEXT NOT NULL DEFAULT '',"
                           " needs TEXT NOT NULL DEFAULT '',"
                           " priority TEXT NOT NULL DEFAULT 'normal'"
                           "  CHECK (priority IN ('low', 'normal', 'high', 'urgent')),"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " opened_on TEXT NOT NULL,"
                           " due_on TEXT,"
                           " status TEXT NOT NULL DEFAULT 'new'"
                           "  CHECK (status IN ('new', 'in_progress', 'waiting', 'resolved', 'closed')),"
                           " outcome TEXT NOT NULL DEFAULT '',"
                           " assignee_pk INTEGER REFERENCES members (pk),"
                           " sensitive INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_status ON cases (status, due_on)"),
            QStringLiteral("CREATE INDEX cases_assignee ON cases (assignee_pk) WHERE assignee_pk IS NOT NULL"),
            // The timeline of a case: notes, calls, meetings, and every status change and assignment.
            QStringLiteral("CREATE TABLE case_notes ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " case_pk INTEGER NOT NULL REFERENCES cases (pk) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('note', 'call', 'meeting', 'status', 'assignment')),"
                           " body TEXT NOT NULL DEFAULT '',"
                           " from_status TEXT,"
                           " to_status TEXT,"
                           " author TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_notes_case ON case_notes (case_pk, at)"),
            // Money in minor units with its ISO 4217 code; never a floating-point number.
            QStringLiteral("CREATE TABLE case_payments ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " case_pk INTEGER NOT NULL REFERENCES cases (pk) ON DELETE CASCADE,"
                           " paid_on TEXT NOT NULL,"
                           " amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer'),"
                           " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                           " purpose TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_payments_case ON case_payments (case_pk, paid_on)"),
        }};
}

Migration exitPollSchema()
{
    return {
        4,
        {
            QStringLiteral("CREATE TABLE elections ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL UNIQUE,"
                           " held_on TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE election_options ("
                           " pk INTEGER PRIMARY KEY,"
                           " election_pk INTEGER NOT NULL REFERENCES elections (pk) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " UNIQUE (election_pk, name COLLATE NOCASE))"),
            QStringLiteral("CREATE TABLE stations ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " election_pk INTEGER NOT NULL REFERENCES elections (pk) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " city TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " registered_voters INTEGER CHECK (registered_voters >= 0),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " deleted_at TEXT,"
                           " origin TEXT NOT NULL,"
                           " UNIQUE (election_pk, code))"),
            // Exit-poll answers per station and shift; option_pk 0 counts those who would not answer. A shift's
            // count is replaced, not added to, when the same shift comes again (two laptops, one sheet).
            QStringLiteral("CREATE TABLE exitpoll_tallies ("
                           " station_pk INTEGER NOT NULL REFERENCES stations (pk) ON DELETE CASCADE,"
                           " shift TEXT NOT NULL DEFAULT '',"
                           " option_pk INTEGER NOT NULL,"
                           " count INTEGER NOT NULL CHECK (count >= 0),"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (station_pk, shift, option_pk)) WITHOUT ROWID"),
            // The official protocol and the observers' counts: NULL is unknown, never zero.
            QStringLiteral("CREATE TABLE official_protocols ("
                           " station_pk INTEGER PRIMARY KEY REFERENCES stations (pk) ON DELETE CASCADE,"
                           " registered_voters INTEGER CHECK (registered_voters >= 0),"
                           " ballots_cast INTEGER CHECK (ballots_cast >= 0),"
                           " spoiled INTEGER CHECK (spoiled >= 0),"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE official_votes ("
                           " station_pk INTEGER NOT NULL REFERENCES stations (pk) ON DELETE CASCADE,"
                           " option_pk INTEGER NOT NULL REFERENCES election_options (pk) ON DELETE CASCADE,"
                           " votes INTEGER CHECK (votes >= 0),"
                           " PRIMARY KEY (station_pk, option_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE verified_counts ("
                           " station_pk INTEGER PRIMARY KEY REFERENCES stations (pk) ON DELETE CASCADE,"
                           " observed_voters INTEGER CHECK (observed_voters >= 0),"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE verified_votes ("
                           " station_pk INTEGER NOT NULL REFERENCES stations (pk) ON DELETE CASCADE,"
                           " option_pk INTEGER NOT NULL REFERENCES election_options (pk) ON DELETE CASCADE,"
                           " ballots INTEGER CHECK (ballots >= 0),"
                           " PRIMARY KEY (station_pk, option_pk)) WITHOUT ROWID"),
        }};
}

Migration syncSchema()
{
    return {
        5,
        {
            // What was last exchanged with each peer (the other side's chapter code), per kind and row id: the
            // canonical row's SHA-256 and its updated_at. A row that differs from it on both sides is a conflict.
            QStringLiteral("CREATE TABLE sync_state ("
                           " peer TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (peer, kind, id)) WITHOUT ROWID"),
            // Rows changed on both sides: the local version stays until the user chooses. Both versions are kept
            // as JSON arrays of the kind's canonical columns.
            QStringLiteral("CREATE TABLE sync_conflicts ("
                           " pk INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " row_id TEXT NOT NULL,"
                           " peer TEXT NOT NULL,"
                           " local_row TEXT NOT NULL,"
                           " remote_row TEXT NOT NULL,"
                           " detected_at TEXT NOT NULL,"
                           " resolved_at TEXT,"
                           " resolution TEXT CHECK (resolution IN ('mine', 'theirs')))"),
            QStringLiteral("CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts (kind, row_id)"
                           " WHERE resolved_at IS NULL"),
            // Every bundle written or read.
            QStringLiteral("CREATE TABLE sync_history ("
                           " pk INTEGER PRIMARY KEY,"
                           " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),"
                           " peer TEXT NOT NULL,"
                           " peer_name TEXT NOT NULL DEFAULT '',"
                           " file_name TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " bundle_created_at TEXT NOT NULL,"
                           " since TEXT,"
                           " rows INTEGER NOT NULL DEFAULT 0,"
                           " added INTEGER NOT NULL DEFAULT 0,"
                           " updated INTEGER NOT NULL DEFAULT 0,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " unchanged INTEGER NOT NULL DEFAULT 0,"
                           " conflicts INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX sync_history_peer ON sync_history (direction, peer, at)"),
            // Rows that arrived with less in them than their sender has (pseudonymized, blotted out): they travel
            // on as they are and never replace a fuller copy.
            QStringLiteral("CREATE TABLE sync_redacted ("
                           " kind TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " PRIMARY KEY (kind, id)) WITHOUT ROWID"),
            // When a bundle last changed a row here: rows from other chapters keep their own updated_at, and a
            // bundle "since the last one" must still pass them on.
            QStringLiteral("CREATE TABLE sync_touched ("
                           " kind TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " PRIMARY KEY (kind, id)) WITHOUT ROWID"),
            // Counts a chapter reported in an aggregate bundle, the latest per chapter and file.
            QStringLiteral("CREATE TABLE sync_aggregates ("
                           " origin TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " csv TEXT NOT NULL,"
                           " bundle_created_at TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " PRIMARY KEY (origin, name)) WITHOUT ROWID"),
        }};
}

// member_search kept the member's sort key and key list on every key row: three to five copies of them for
// every member. They now live once per member in member_keys, and member_search holds only (token, member_pk).
// The index on member_search.member_pk goes too: a member's key rows are found from the keys in member_keys.
Migration leanSearchSchema()
{
    return {
        6,
        {
            QStringLiteral("CREATE TABLE member_keys ("
                           " member_pk INTEGER PRIMARY KEY REFERENCES members (pk) ON DELETE CASCADE,"
                           " sort_key TEXT NOT NULL,"
                           " all_keys TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO member_keys (member_pk, sort_key, all_keys)"
                           " SELECT member_pk, max(sort_key), max(all_keys) FROM member_search GROUP BY member_pk"),
            QStringLiteral("CREATE TABLE member_search_lean ("
                           " token TEXT NOT NULL,"
                           " member_pk INTEGER NOT NULL,"
                           " PRIMARY KEY (token, member_pk)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO member_search_lean (token, member_pk) SELECT token, member_pk FROM member_search"),
            QStringLiteral("DROP TABLE member_search"),
            QStringLiteral("ALTER TABLE member_search_lean RENAME TO member_search"),
        }};
}

// A duplicate by e-mail or phone is found through member_search, which holds both as keys: the indexes of their own
// cost an import of many members more than they ever saved.
Migration searchKeysFindDuplicatesSchema()
{
    return {
        7,
        {
            QStringLiteral("DROP INDEX members_email"),
            QStringLiteral("DROP INDEX members_phone"),
        }};
}

// An import keeps what it could not verify and says so: `attention` lists the fields of a member that need a look
// (a phone or e-mail kept as typed, a date that could not be read). Rows an import took for new people although a
// stored member shares a phone, a name or an e-mail with them are kept in member_duplicates for the user to merge
// or to keep apart (dismissed); a member merged into another is a tombstone whose merged_into names the one kept.
Migration importAttentionSchema()
{
    return {
        8,
        {
            QStringLiteral("ALTER TABLE members ADD COLUMN attention TEXT NOT NULL DEFAULT ''"),
            // A member merged into another is a tombstone that names the one kept.
            QStringLiteral("ALTER TABLE members ADD COLUMN merged_into TEXT"),
            QStringLiteral("CREATE TABLE member_duplicates ("
                           " member_pk INTEGER NOT NULL REFERENCES members (pk) ON DELETE CASCADE,"
                           " other_pk INTEGER NOT NULL REFERENCES members (pk) ON DELETE CASCADE,"
                           " reason TEXT NOT NULL,"
                           " noted_at TEXT NOT NULL,"
                           " dismissed_at TEXT,"
                           " PRIMARY KEY (member_pk, other_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX member_duplicates_other ON member_duplicates (other_pk)"),
        }};
}

// One search for every list of people (PersonSearch): the door's index takes the members' layout, a key row
// (event_pk, token, registration_pk) and one entry per registrant with its sort key and key list, instead of the
// key list on every key row. The keys themselves changed (vowels that Belarusian and Russian spell apart, Ч
// written tsch, ...), so both indexes are written again.
Migration onePersonSearchSchema()
{
    return {
        9,
        {
            QStringLiteral("DROP TABLE registration_search"),
            QStringLiteral("CREATE TABLE registration_search ("
                           " event_pk INTEGER NOT NULL,"
                           " token TEXT NOT NULL,"
                           " registration_pk INTEGER NOT NULL,"
                           " PRIMARY KEY (event_pk, token, registration_pk)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE registration_keys ("
                           " registration_pk INTEGER PRIMARY KEY REFERENCES registrations (pk) ON DELETE CASCADE,"
                           " event_pk INTEGER NOT NULL,"
                           " sort_key TEXT NOT NULL,"
                           " all_keys TEXT NOT NULL)"),
        },
        [](const QSqlDatabase &db) -> Status {
            if (Status members = MemberRepository::rewriteSearchKeys(db); !members)
                return members;
            return EventRepository::rewriteSearchKeys(db);
        }};
}

// Schema 10: the other chapters and the secretariat that sealed bundles go to and come from, with their public
// keys and whether a person compared their fingerprint (issue 15). Never sent in a bundle.
Migration contactsSchema()
{
    return {10,
            {
                QStringLiteral("CREATE TABLE contacts ("
                               " code TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " recipient TEXT NOT NULL,"
                               " signing_key TEXT NOT NULL,"
                               " checked_at TEXT,"
                               " previous_recipient TEXT,"
                               " previous_signing_key TEXT,"
                               " key_changed_at TEXT,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL) WITHOUT ROWID"),
            },
            {}};
}

// Schema 11: the numbers of sealed bundles, per peer: the last sent to each contact and the last opened from each.
// Kept apart from the contacts, so that removing and adding a contact again does not start its line afresh.
Migration sealSequencesSchema()
{
    return {11,
            {
                QStringLiteral("CREATE TABLE seal_sequences ("
                               " peer TEXT NOT NULL,"
                               " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),"
                               " sequence INTEGER NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " PRIMARY KEY (peer, direction)) WITHOUT ROWID"),
            },
            {}};
}

// Schema 12: the members list reads a window of rows at a time in the order shown (issue 17), so the orders it
// offers need keys SQLite can sort by and indexes over the members that are not deleted. Names and cities are sorted
// by sortkey::of() of their text (sort_last, sort_first of the first and middle name, sort_city).
Migration memberListSchema()
{
    return {12,
            {
                QStringLiteral("ALTER TABLE members ADD COLUMN sort_last TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE members ADD COLUMN sort_first TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE members ADD COLUMN sort_city TEXT NOT NULL DEFAULT ''"),
            },
            [](const QSqlDatabase &db) -> Status {
                // The keys first, then the indexes: built once rather than kept in step row by row.
                if (Status keys = MemberRepository::rewriteSortKeys(db); !keys)
                    return keys;
                return MemberRepository::createListIndexes(db);
            }};
}

// Schema 13: the registrations list reads a window of rows at a time too (issue 17). A member's name and contact
// live in their record, so the keys the list sorts by are kept beside each registration (registrationsql::ListKeys,
// written with the door's keys), and each order has an index over the event's registrations that are not deleted.
Migration registrationListSchema()
{
    return {13,
            {
                QStringLiteral("ALTER TABLE registrations ADD COLUMN list_name TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE registrations ADD COLUMN list_email TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE registrations ADD COLUMN list_phone TEXT NOT NULL DEFAULT ''"),
            },
            [](const QSqlDatabase &db) -> Status {
                if (Status keys = RegistrationList::rewriteListKeys(db); !keys)
                    return keys;
                return RegistrationList::createListIndexes(db);
            }};
}

// Schema 14: the cases list reads a window of rows at a time in the order shown (issue 17), as the members list does.
// The person's and the volunteer's names sort by sortkey::of() of the name shown (sort_person, sort_assignee, kept in
// step when a member's name changes), the payments by their sums per currency (paid_key), each order through an
// index over the cases that are not deleted; a search reads the narrow case_search table instead of every case.
Migration caseListSchema()
{
    return {14,
            {
                QStringLiteral("ALTER TABLE cases ADD COLUMN sort_person TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE cases ADD COLUMN sort_assignee TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE cases ADD COLUMN paid_key TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE TABLE case_search ("
                               " case_pk INTEGER PRIMARY KEY REFERENCES cases (pk) ON DELETE CASCADE,"
                               " plain TEXT NOT NULL,"
                               " names TEXT NOT NULL)"),
            },
            [](const QSqlDatabase &db) -> Status {
                // The keys first, then the indexes: built once rather than kept in step row by row.
                if (Status keys = CaseRepository::rewriteListKeys(db); !keys)
                    return keys;
                return CaseRepository::createListIndexes(db);
            }};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        membersSchema(),
        eventsSchema(),
        casesSchema(),
        exitPollSchema(),
        syncSchema(),
        leanSearchSchema(),
        searchKeysFindDuplicatesSchema(),
        importAttentionSchema(),
        onePersonSearchSchema(),
        contactsSchema(),
        sealSequencesSchema(),
        memberListSchema(),
        registrationListSchema(),
        caseListSchema(),
    };
    return all;
}

// clang-format on

} // namespace supolka
