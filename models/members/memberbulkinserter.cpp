#include "models/members/memberbulkinserter.h"

#include <algorithm>
#include <array>
#include <list>
#include <string_view>
#include <vector>

#include <QFuture>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/members/memberrepository.h"
#include "models/members/membersql.h"
#include "models/text/utf8.h"

namespace supolka {

namespace {

// The search keys of a run of members in UTF-8, as SQLite stores (and sorts: byte order) them, all in one buffer.
struct KeyedRun
{
    struct Token
    {
        std::string_view text; // compared byte by byte, as unsigned char
        qint64 pk;
        bool operator<(const Token &other) const { return text != other.text ? text < other.text : pk < other.pk; }
    };
    struct Entry
    {
        qint64 pk;
        std::string_view sortKey;
        std::string_view allKeys;
    };
    QByteArray text;            // what the views point into
    std::vector<Entry> entries; // in pk order
    QByteArray packedTokens;    // in key order (see PackedTokens)
};

// Search tokens in key order, packed as the bulk path keeps them until its end: per token the length of its text,
// the text and the pk, the numbers as LEB128 (a token of a million members' import takes about 15 bytes).
class PackedTokens final
{
public:
    static void append(QByteArray &packed, const KeyedRun::Token &token)
    {
        appendNumber(packed, quint64(token.text.size()));
        packed.append(token.text.data(), qsizetype(token.text.size()));
        appendNumber(packed, quint64(token.pk));
    }

    explicit PackedTokens(const QByteArray &packed)
        : m_at(packed.constData())
        , m_end(packed.constData() + packed.size())
    {
        next();
    }

    bool atEnd() const { return m_atEnd; }
    const KeyedRun::Token &token() const { return m_token; }
    void next()
    {
        m_atEnd = m_at == m_end;
        if (m_atEnd)
            return;
        const size_t size = size_t(readNumber());
        m_token.text = std::string_view(m_at, size);
        m_at += size;
        m_token.pk = qint64(readNumber());
    }

private:
    static void appendNumber(QByteArray &packed, quint64 value)
    {
        while (value >= 0x80) {
            packed.append(char((value & 0x7f) | 0x80));
            value >>= 7;
        }
        packed.append(char(value));
    }
    quint64 readNumber()
    {
        quint64 value = 0;
        for (int shift = 0;; shift += 7) {
            const auto byte = quint8(*m_at++);
            value |= quint64(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
    }

    const char *m_at;
    const char *m_end;
    KeyedRun::Token m_token{};
    bool m_atEnd = true;
};

KeyedRun keyRun(const QList<Member> &members)
{
    KeyedRun run;
    run.entries.reserve(size_t(members.size()));
    std::vector<KeyedRun::Token> tokens;
    tokens.reserve(size_t(members.size()) * 4);
    run.text.reserve(members.size() * 160);
    // Offsets while the buffer grows; views once it is whole.
    struct Span
    {
        qsizetype offset;
        qsizetype size;
    };
    std::vector<std::array<Span, 2>> entrySpans;
    std::vector<Span> tokenSpans;
    entrySpans.reserve(run.entries.capacity());
    tokenSpans.reserve(tokens.capacity());
    auto add = [&run](const QString &value) {
        const qsizetype offset = run.text.size();
        utf8::append(run.text, value);
        return Span{offset, run.text.size() - offset};
    };
    for (const Member &member : members) {
        if (member.isDeleted())
            continue;
        const PersonEntry entry = MemberRepository::searchEntry(member);
        run.entries.push_back({member.pk, {}, {}});
        entrySpans.push_back({add(entry.sortKey), add(entry.allKeys)});
        for (const QString &key : entry.keys) {
            tokens.push_back({{}, member.pk});
            tokenSpans.push_back(add(key));
        }
    }
    const char *base = run.text.constData();
    auto view = [base](Span span) {
        return std::string_view(base + span.offset, size_t(span.size));
    };
    for (size_t i = 0; i < run.entries.size(); ++i) {
        run.entries[i].sortKey = view(entrySpans[i][0]);
        run.entries[i].allKeys = view(entrySpans[i][1]);
    }
    for (size_t i = 0; i < tokens.size(); ++i)
        tokens[i].text = view(tokenSpans[i]);
    std::sort(tokens.begin(), tokens.end());
    for (const KeyedRun::Token &token : tokens)
        PackedTokens::append(run.packedTokens, token);
    run.packedTokens.squeeze();
    return run;
}

// Writes `rows` through "<head>(?, ?), (?, ?), ..." statements of many rows each (the last few one by one): one
// trip through SQLite's statement machinery for many rows instead of one each. `bind` binds a row's `columns`
// values from the position it is given.
template <typename Row, typename Bind>
Status insertInBatches(sqlite3 *db, const QString &head, int columns, const std::vector<Row> &rows, Bind bind)
{
    constexpr int RowsPerStatement = 64;
    auto valuesOf = [columns](int count) {
        const QString row =
            QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
        return QStringList(count, row).join(QStringLiteral(", "));
    };
    NativeStatement many(db, head + valuesOf(RowsPerStatement));
    NativeStatement one(db, head + valuesOf(1));
    if (!many.isValid() || !one.isValid()) {
        return Status::failure(MemberBulkInserter::tr("Could not prepare the bulk import: %1")
                                   .arg(many.isValid() ? one.errorText() : many.errorText()));
    }
    size_t next = 0;
    for (; next + RowsPerStatement <= rows.size(); next += RowsPerStatement) {
        for (int i = 0; i < RowsPerStatement; ++i)
            bind(many, 1 + i * columns, rows[next + size_t(i)]);
        if (!many.execute())
            return Status::failure(
                MemberBulkInserter::tr("Could not update the search index: %1").arg(many.errorText()));
    }
    for (; next < rows.size(); ++next) {
        bind(one, 1, rows[next]);
        if (!one.execute())
            return Status::failure(
                MemberBulkInserter::tr("Could not update the search index: %1").arg(one.errorText()));
    }
    return {};
}

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
    if (query.exec(QStringLiteral(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL AND tbl_name IN ('members', 'member_search', 'member_keys') ORDER BY name"))) {
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
        , insertMembers(handle, membersql::insertWithPkStatement(RowsPerStatement))
        , deleteMember(handle, QStringLiteral("DELETE FROM members WHERE pk = ?"))
    {}

    // Members are written this many to a statement.
    static constexpr int RowsPerStatement = 32;

    Status writePending()
    {
        constexpr int Values = membersql::RowValueCount + 1;
        qsizetype next = 0;
        if (pending.size() == RowsPerStatement) {
            for (int i = 0; i < RowsPerStatement; ++i)
                membersql::bindEncodedRow(insertMembers, pending[i].first, *pending[i].second, 1 + i * Values);
            if (!insertMembers.execute())
                return Status::failure(tr("Could not save the member: %1").arg(insertMembers.errorText()));
            next = RowsPerStatement;
        }
        for (; next < pending.size(); ++next) {
            membersql::bindEncodedRow(insertMember, pending[next].first, *pending[next].second);
            if (!insertMember.execute())
                return Status::failure(tr("Could not save the member: %1").arg(insertMember.errorText()));
        }
        pending.clear();
        return {};
    }

    QSqlDatabase db;
    sqlite3 *handle;
    NativeStatement insertMember;
    NativeStatement insertMembers;
    NativeStatement deleteMember;
    QList<IndexDefinition> indexes;
    // Rows given to insert() and not written yet, with their pks.
    QList<std::pair<qint64, const membersql::EncodedRow *>> pending;
    // The rows insert(const Member &) encoded itself.
    std::list<membersql::EncodedRow> encodedHere;
    // Search keys being worked out on the pool (prepareKeys()), in pk order, up to keyedUpTo; those worked out
    // before, their entries written, as packed tokens. Members changed after theirs were worked out are worked out
    // again at the end.
    QList<QFuture<KeyedRun>> keyed;
    std::vector<QByteArray> tokenRuns;
    qint64 keyedUpTo = 0;
    QSet<qint64> rekey;
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
    d->encodedHere.push_back(membersql::encodeRow(member));
    return insert(member.pk, d->encodedHere.back());
}

Status MemberBulkInserter::insert(qint64 pk, const membersql::EncodedRow &row)
{
    d->pending.append({pk, &row});
    if (d->pending.size() < Private::RowsPerStatement)
        return {};
    return d->writePending();
}

Status MemberBulkInserter::flush()
{
    const Status written = d->writePending();
    d->encodedHere.clear();
    return written;
}

namespace {

Status writeEntries(sqlite3 *handle, const KeyedRun &run, const QSet<qint64> &skip, const QString &verb)
{
    std::vector<const KeyedRun::Entry *> entries;
    entries.reserve(run.entries.size());
    for (const KeyedRun::Entry &entry : run.entries) {
        if (!skip.contains(entry.pk))
            entries.push_back(&entry);
    }
    return insertInBatches(
        handle, verb + QStringLiteral(" INTO member_keys (member_pk, sort_key, all_keys) VALUES "), 3, entries,
        [](NativeStatement &statement, int position, const KeyedRun::Entry *entry) {
            statement.bindInt64(position, entry->pk);
            statement.bindStaticUtf8(position + 1, entry->sortKey.data(), int(entry->sortKey.size()));
            statement.bindStaticUtf8(position + 2, entry->allKeys.data(), int(entry->allKeys.size()));
        });
}

// Writes the entries of the runs worked out so far, in pk order (member_keys is only ever appended to), and keeps
// their tokens. An entry of a member changed since is left to finish().
Status takeKeyedRuns(QList<QFuture<KeyedRun>> &keyed, std::vector<QByteArray> &tokenRuns, sqlite3 *handle,
                     const QSet<qint64> &rekey)
{
    for (QFuture<KeyedRun> &future : keyed) {
        const KeyedRun run = future.takeResult();
        if (Status written = writeEntries(handle, run, rekey, QStringLiteral("INSERT")); !written)
            return written;
        tokenRuns.push_back(run.packedTokens);
    }
    keyed.clear();
    return {};
}

} // namespace

Status MemberBulkInserter::prepareKeys(QList<Member> members)
{
    if (Status taken = takeKeyedRuns(d->keyed, d->tokenRuns, d->handle, d->rekey); !taken)
        return taken;
    if (members.isEmpty())
        return {};
    d->keyedUpTo = members.constLast().pk;
    d->keyed.append(QtConcurrent::run([members = std::move(members)] { return keyRun(members); }));
    return {};
}

Status MemberBulkInserter::replace(const Member &member)
{
    if (member.pk <= d->keyedUpTo)
        d->rekey.insert(member.pk);
    if (Status written = flush(); !written)
        return written;
    d->deleteMember.bindInt64(1, member.pk);
    if (!d->deleteMember.execute())
        return Status::failure(tr("Could not save the member: %1").arg(d->deleteMember.errorText()));
    return insert(member);
}

Status MemberBulkInserter::finish()
{
    if (Status written = flush(); !written)
        return written;
    QSqlQuery ddl(d->db);
    auto buildIndexes = [&](const QString &table) -> Status {
        for (const IndexDefinition &index : std::as_const(d->indexes)) {
            if (index.table == table && !ddl.exec(index.sql))
                return Status::failure(tr("Could not build the index %1: %2").arg(index.name, ddl.lastError().text()));
        }
        return {};
    };
    // The last keys are worked out on the pool while this thread builds the members' indexes.
    if (Status status = buildIndexes(QStringLiteral("members")); !status)
        return status;
    if (Status taken = takeKeyedRuns(d->keyed, d->tokenRuns, d->handle, d->rekey); !taken)
        return taken;

    // The members changed after their keys were worked out, as the table holds them now: their entries replace
    // those the delete of their old row left out, and their tokens are one more run.
    const size_t prepared = d->tokenRuns.size();
    if (!d->rekey.isEmpty()) {
        QList<Member> changed;
        changed.reserve(d->rekey.size());
        QSqlQuery read(d->db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT first_name, middle_name, last_name, email, phone, deleted_at"
                                    " FROM members WHERE pk = ?"));
        QList<qint64> pks(d->rekey.cbegin(), d->rekey.cend());
        std::sort(pks.begin(), pks.end());
        for (const qint64 pk : std::as_const(pks)) {
            read.bindValue(0, pk);
            if (!read.exec() || !read.next())
                return Status::failure(tr("Could not update the search index: %1").arg(read.lastError().text()));
            Member member;
            member.pk = pk;
            member.firstName = read.value(0).toString();
            member.middleName = read.value(1).toString();
            member.lastName = read.value(2).toString();
            member.email = read.value(3).toString();
            member.phone = read.value(4).toString();
            member.deletedAt = read.value(5).toString();
            changed.append(member);
        }
        read.finish();
        const KeyedRun run = keyRun(changed);
        if (Status written = writeEntries(d->handle, run, {}, QStringLiteral("INSERT OR REPLACE")); !written)
            return written;
        d->tokenRuns.push_back(run.packedTokens);
    }

    // The runs' tokens merged into one key order, so that member_search is only ever appended to as well; those a
    // run holds of a member changed since are out of date.
    struct Head
    {
        PackedTokens tokens;
        size_t run;
    };
    std::vector<Head> heads;
    for (size_t r = 0; r < d->tokenRuns.size(); ++r) {
        Head head{PackedTokens(d->tokenRuns[r]), r};
        if (!head.tokens.atEnd())
            heads.push_back(head);
    }
    const auto later = [](const Head &a, const Head &b) {
        return b.tokens.token() < a.tokens.token();
    };
    std::make_heap(heads.begin(), heads.end(), later);
    constexpr size_t BatchSize = 8192;
    std::vector<KeyedRun::Token> batch;
    batch.reserve(BatchSize);
    auto writeBatch = [&]() -> Status {
        const Status written =
            insertInBatches(d->handle, QStringLiteral("INSERT OR IGNORE INTO member_search (token, member_pk) VALUES "),
                            2, batch, [](NativeStatement &statement, int position, const KeyedRun::Token &token) {
                                statement.bindStaticUtf8(position, token.text.data(), int(token.text.size()));
                                statement.bindInt64(position + 1, token.pk);
                            });
        batch.clear();
        return written;
    };
    while (!heads.empty()) {
        std::pop_heap(heads.begin(), heads.end(), later);
        Head &head = heads.back();
        const KeyedRun::Token &token = head.tokens.token();
        if (head.run >= prepared || !d->rekey.contains(token.pk))
            batch.push_back(token);
        head.tokens.next();
        if (head.tokens.atEnd())
            heads.pop_back();
        else
            std::push_heap(heads.begin(), heads.end(), later);
        if (batch.size() == BatchSize) {
            if (Status written = writeBatch(); !written)
                return written;
        }
    }
    if (Status written = writeBatch(); !written)
        return written;
    d->tokenRuns.clear();
    d->rekey.clear();

    if (Status status = buildIndexes(QStringLiteral("member_search")); !status)
        return status;
    d->indexes.clear();
    return {};
}

} // namespace supolka
