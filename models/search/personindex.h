#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

// The one search over people: members (the members page, the case person and volunteer pickers, the command line)
// and each event's registrants (the door) are found by the same keys, written by the same writer, searched by the
// same statements and ranked alike. An index is two tables:
// - the key table (token, owner[, scope]): one row per search key of a person, its primary key what a search scans
//   by range; the scope (the event, for registrants) leads the primary key;
// - the entry table (owner, [scope,] sort_key, all_keys): once per person, what a search ranks by (the case-folded
//   name words, "last<U+1>first<U+1>middle") and checks the other typed words in (" key key ... ").
struct PersonIndexTables
{
    QString keys;    // member_search | registration_search
    QString entries; // member_keys | registration_keys
    QString owner;   // member_pk | registration_pk
    QString scope;   // empty | event_pk

    static const PersonIndexTables &members();
    static const PersonIndexTables &registrants();
};

// What a person is found by.
struct PersonEntry
{
    QStringList keys; // name words in key form, the e-mail address, the phone's digits; never a space in one
    QString sortKey;
    QString allKeys;

    static PersonEntry of(const QString &firstName, const QString &middleName, const QString &lastName,
                          const QString &email, const QString &phone);
    // A name written as one text (a guest at the door): its last word sorts as the surname.
    static PersonEntry ofWholeName(const QString &name, const QString &email, const QString &phone);
};

// Keeps an index in step with the people it finds: the only code that writes search keys one person at a time.
// (An import of many members writes the same rows in bulk, see MemberBulkWriter.)
class PersonKeyWriter final
{
    Q_DISABLE_COPY_MOVE(PersonKeyWriter)

public:
    PersonKeyWriter(const QSqlDatabase &db, const PersonIndexTables &tables);

    // Empty when the statements could be prepared, the reason otherwise.
    const QString &error() const { return m_error; }

    // Takes a person's keys out of the index (deleted, erased or about to be written again).
    Status remove(qint64 owner);
    // remove(), then the entry's keys, unless `entry` is null (a deleted person is found by nothing).
    Status write(qint64 owner, const PersonEntry *entry, qint64 scope = 0);

private:
    Status failed(const QSqlQuery &query);

    const PersonIndexTables &m_tables;
    QSqlQuery m_selectEntry;
    QSqlQuery m_deleteKey;
    QSqlQuery m_deleteEntry;
    QSqlQuery m_insertKey;
    QSqlQuery m_insertEntry;
    QString m_error;
};

// Type-ahead search over an index: every typed word must match one of a person's keys (names in any script, the
// start of an e-mail address, phone digits; a given name typed whole also finds its other forms: Анна, Ганна,
// Hanna, Ганначка). Results are ranked: the name as typed first (Анна for "Анна"), then the same name in another
// script (Anna; Hanna for "Ганна"), then names that start with what was typed (as typed, then in other scripts),
// then other forms of a given name (Ганна for "Анна"), then its diminutives (Ганначка); within a rank by surname
// and name.
class PersonSearch final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::PersonSearch)

public:
    PersonSearch(const QSqlDatabase &db, const PersonIndexTables &tables);

    // Owners in rank order, at most `limit`; `scope` is the event for registrants. A failed read is an error,
    // never an empty result.
    Result<QList<qint64>> find(const QString &text, int limit, qint64 scope = 0) const;

    // EXPLAIN QUERY PLAN of the first statement find() runs for `text`, one line per step: for tests.
    QStringList explain(const QString &text, qint64 scope = 0) const;

private:
    QSqlDatabase m_db;
    const PersonIndexTables &m_tables;
};

// How well one candidate matches what was typed (lower is better): see PersonSearch.
enum class MatchRank { AsTyped = 0, OtherScript, StartsAsTyped, StartsOtherScript, OtherForm, Diminutive, None };

} // namespace supolka
