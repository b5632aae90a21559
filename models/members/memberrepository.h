#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include "models/core/result.h"
#include "models/members/member.h"
#include "models/search/personindex.h"

namespace supolka {

class Database;

// A field-level validation problem: which field (canonical CSV name, e.g. "email") and why, translated.
struct FieldError
{
    QString field;
    QString message;
};

// Someone already stored who looks like the person being added, and why.
struct DuplicateMatch
{
    enum class Reason { Email, Phone, NameAndBirthDate };
    Member existing;
    Reason reason;
    QString explanation() const; // translated
};

// All SQL about members. Writes keep the search index (member_search) in step, stamp updated_at and origin.
class MemberRepository final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberRepository)

public:
    explicit MemberRepository(Database &database);

    Database &database() const { return m_database; }

    // Cleans and checks a member before it is stored: trims, lower-cases e-mail, upper-cases country, normalizes
    // the phone (with the member's country as default region, else `defaultRegion`), checks e-mail shape, ISO
    // country, language codes, dates not in the future. Returns every problem found; empty = valid.
    static QList<FieldError> normalizeAndValidate(Member &member, const QString &defaultRegion = QString());

    std::optional<Member> find(qint64 pk) const;
    std::optional<Member> findById(const QString &id) const;
    // Every member, deleted ones only when asked, ordered by pk.
    QList<Member> all(bool includeDeleted = false) const;
    int count() const; // not deleted

    // Stores a new member (assigns pk, id unless set, created_at/updated_at unless set, origin unless set).
    Result<Member> add(Member member);
    // Saves changes to an existing member (updated_at = now).
    Result<Member> update(Member member);
    // A tombstone: deleted_at = now; the row stays and can be restored (undo).
    Status remove(qint64 pk);
    Status restore(qint64 pk);
    // GDPR erasure: every personal field is cleared and the search keys removed; id, timestamps, origin and
    // deleted_at remain so that the erasure can travel to other chapters.
    Status erase(qint64 pk);

    // Stored (not deleted) members who look like `member`: same e-mail, or same phone, or same name in any script
    // plus the same birth date. `member.pk` itself is never returned.
    QList<DuplicateMatch> findDuplicates(const Member &member) const;
    // Notes that an import took `memberPk` for a new person although it shares `basis` ("phone", "name_city",
    // "email", "name_birth") with `otherPk`. A pair noted before (or dismissed) stays as it was.
    struct DuplicateNote
    {
        qint64 memberPk = 0;
        qint64 otherPk = 0;
        QString basis;
    };
    Status notePossibleDuplicates(const QList<DuplicateNote> &notes, const QString &now);
    // Every member's id by pk, deleted ones too (rows that name a member travel by id).
    QHash<qint64, QString> idsByPk() const;
    // The pk of every member that is not deleted, by id.
    QHash<QString, qint64> pksById() const;

    // The members (not deleted) of every possible duplicate not dismissed.
    Result<QSet<qint64>> possibleDuplicatePks() const;

    // Two people found to be one: `otherPk` is merged into `keepPk`. The one kept takes the fields it lacks (and
    // the lists of both, and the marks of what it took), the other's registrations and cases become the kept
    // one's, and the other becomes a tombstone whose merged_into names the one kept, so that the merge travels.
    // Their possible-duplicate notes go. One savepoint: a failure changes nothing.
    Result<Member> merge(qint64 keepPk, qint64 otherPk);
    // The user says two members are two people: the note is kept, dismissed, and no longer shown.
    Status dismissDuplicate(qint64 memberPk, qint64 otherPk);

    // Takes the fields `incoming` has and `target` lacks (and unions the lists) into `target`; saves it.
    Result<Member> mergeInto(qint64 targetPk, const Member &incoming);

    // Type-ahead search over names in any script, e-mail and phone (PersonSearch): best match first.
    QList<qint64> search(const QString &text, int limit = 50) const;
    // The members found, best first; a failed read (a damaged or locked database) is an error, not nobody.
    Result<QList<Member>> searchMembers(const QString &text, int limit = 50) const;
    // EXPLAIN QUERY PLAN of the statement search() runs for `text`, one line per step: for tests.
    QStringList explainSearch(const QString &text) const;

    // What a member is found by (names in key form, e-mail, phone digits).
    static PersonEntry searchEntry(const Member &member);
    // Writes every member's search keys again (a schema upgrade that changes how keys are made).
    static Status rewriteSearchKeys(const QSqlDatabase &db);
    // Writes every member's sort keys again (membersql::sortKeys()), and the indexes of the members list.
    static Status rewriteSortKeys(const QSqlDatabase &db);
    static Status createListIndexes(const QSqlDatabase &db);

private:
    Database &m_database;
};

// Lookups that find the stored members an incoming row may be: by id, e-mail, phone, personKey + birth date
// ("key|yyyy-MM-dd") and personKey + city. Deleted members are left out, but their ids are kept apart: a row with
// such an id must not bring the person back.
//
// The keys are held as 64-bit hashes, not as text: a million members' keys as strings take several hundred
// megabytes. Two different keys of one kind share a hash about once in 2^64 / n^2 look-ups, and even then only
// make a candidate, which the importer checks against the member it reads back: an id must be the member's own
// (else the member of that id is looked for in the table), an e-mail address or a name with a birth date must not
// disagree with what is stored, and a phone or a name with a city only ever lists a look-alike.
struct MemberLookup
{
    using KeyHash = quint64;
    QHash<KeyHash, qint64> byId;
    QHash<KeyHash, qint64> byEmail;
    QHash<KeyHash, qint64> byPhone;
    QHash<KeyHash, qint64> byNameAndBirth;
    QHash<KeyHash, qint64> byNameAndCity;
    QSet<QString> deletedIds; // few: tombstones of deleted and erased members
    qint64 lastStoredPk = 0;  // the highest pk stored when the lookup was loaded, deleted members too

    static KeyHash hashOf(QStringView key);
    bool knowsId(const QString &id) const { return byId.contains(hashOf(id)); }

    // The keys a member is looked up by; an import works them out on its worker threads. An e-mail address or
    // phone number that needs attention (kept as typed, not verified) is no key.
    struct Keys
    {
        QString nameAndBirth;
        QString nameAndCity;
        QString email;     // trimmed, in lower case
        QString phone;     // E.164
        QString personKey; // namekey::personKey() of the names, as stored in name_key
    };

    // The stored member each key of a row finds (the first stored with that key); 0 = none. Only the id settles
    // who the row is: the others are candidates to check against the row (see MemberImporter).
    struct Candidates
    {
        qint64 byId = 0;
        qint64 byEmail = 0;
        qint64 byNameAndBirth = 0;
        qint64 byPhone = 0;
        qint64 byNameAndCity = 0;
    };

    // What tells two people apart at a glance, per member: the hash of the (verified) e-mail address and the birth
    // date, 0 when unknown. A row that shares only a name with someone is no look-alike when these disagree, and
    // the member need not be read to know it.
    struct Facts
    {
        quint32 email = 0;   // a hash: two addresses that collide only cost reading the member to compare
        qint32 birthDay = 0; // Julian day
    };
    // By pk (pks are dense): 8 bytes a member, where a hash would take several times that.
    std::vector<Facts> facts;
    Facts factsOf(qint64 pk) const; // zeros when unknown
    static Facts factsOf(const Member &member, const Keys &keys);
    // Whether a stored member's facts and a row's disagree.
    static bool disagree(const Facts &stored, const Facts &incoming);

    static MemberLookup load(Database &database);
    static QString nameAndBirthKey(const Member &member);
    static Keys keysOf(const Member &member);
    Candidates candidates(const Member &member) const;
    Candidates candidates(const Member &member, const Keys &keys) const;
    void insert(const Member &member);
    void insert(const Member &member, const Keys &keys);
    void reserve(qsizetype size);
};

// The fast path for imports: prepared statements reused for every row, inside the caller's transaction.
class MemberBulkWriter final
{
    Q_DISABLE_COPY_MOVE(MemberBulkWriter)

public:
    explicit MemberBulkWriter(Database &database);
    ~MemberBulkWriter();

    // Like MemberRepository::add/update without opening transactions: assigns pk (and id, timestamps, origin
    // when empty) on insert, and keeps member_search in step.
    Status insert(Member &member);
    Status update(Member &member);
    // Reads every stored member (including pk) for comparison.
    std::optional<Member> find(qint64 pk);
    // The pk of the member (not deleted) with this id, 0 when there is none.
    qint64 pkOfId(const QString &id);

private:
    class Private;
    Private *d;
};

} // namespace supolka
