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
    std::vector<Token> tokens;  // in key order
    std::vector<Entry> entries; // in pk order
};

KeyedRun keyRun(const QList<Member> &members, qsizetype begin, qsizetype end)
{
    KeyedRun run;
    run.entries.reserve(size_t(end - begin));
    run.tokens.reserve(size_t(end - begin) * 4);
    run.text.reserve((end - begin) * 160);
    // Offsets while the buffer grows; views once it is whole.
    struct Span
    {
        qsizetype offset;
        qsizetype size;
    };
    std::vector<std::array<Span, 2>> entrySpans;
    std::vector<Span> tokenSpans;
    entrySpans.reserve(run.entries.capacity());
    tokenSpans.reserve(run.tokens.capacity());
    auto add = [&run](const QString &value) {
        const qsizetype offset = run.text.size();
        utf8::append(run.text, value);
        return Span{offset, run.text.size() - offset};
    };
    for (qsizetype i = begin; i < end; ++i) {
        const Member &member = members.at(i);
        if (member.isDeleted())
            continue;
        const PersonEntry entry = MemberRepository::searchEntry(member);
        run.entries.push_back({member.pk, {}, {}});
        entrySpans.push_back({add(entry.sortKey), add(entry.allKeys)});
        for (const QString &key : entry.keys) {
            run.tokens.push_back({{}, member.pk});
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
    for (size_t i = 0; i < run.tokens.size(); ++i)
        run.tokens[i].text = view(tokenSpans[i]);
    std::sort(run.tokens.begin(), run.tokens.end());
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
    // Search keys worked out on the pool while the import goes on (prepareKeys()), in pk order, up to keyedUpTo;
    // members changed after theirs were worked out are worked out again at the end.
    QList<QFuture<KeyedRun>> keyed;
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

void MemberBulkInserter::prepareKeys(QList<Member> members)
{
    if (members.isEmpty())
        return;
    d->keyedUpTo = members.constLast().pk;
    d->keyed.append(QtConcurrent::run([members = std::move(members)] { return keyRun(members, 0, members.size()); }));
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

Status MemberBulkInserter::finish(const QList<Member> &members)
{
    if (Status written = flush(); !written)
        return written;
    // The keys not worked out yet (prepareKeys()) are worked out and sorted in runs on the pool's threads while
    // this one builds the members' indexes: those of the members after keyedUpTo, and again those of the members
    // changed since.
    QList<QFuture<KeyedRun>> pending = std::exchange(d->keyed, {});
    const qsizetype prepared = pending.size();
    QList<Member> changed;
    for (const qint64 pk : std::as_const(d->rekey))
        changed.append(members.at(pk - 1));
    if (!changed.isEmpty())
        pending.append(QtConcurrent::run([&changed] { return keyRun(changed, 0, changed.size()); }));
    constexpr qsizetype RunCount = 8;
    const qsizetype first = qsizetype(d->keyedUpTo);
    const qsizetype perRun = std::max<qsizetype>(1, (members.size() - first + RunCount - 1) / RunCount);
    for (qsizetype begin = first; begin < members.size(); begin += perRun) {
        const qsizetype end = std::min(members.size(), begin + perRun);
        pending.append(QtConcurrent::run([&members, begin, end] { return keyRun(members, begin, end); }));
    }
    QSqlQuery ddl(d->db);
    auto buildIndexes = [&](const QString &table) -> Status {
        for (const IndexDefinition &index : std::as_const(d->indexes)) {
            if (index.table == table && !ddl.exec(index.sql))
                return Status::failure(tr("Could not build the index %1: %2").arg(index.name, ddl.lastError().text()));
        }
        return {};
    };
    const Status membersIndexed = buildIndexes(QStringLiteral("members"));
    std::vector<KeyedRun> runs;
    runs.reserve(size_t(pending.size()));
    for (QFuture<KeyedRun> &run : pending)
        runs.push_back(run.takeResult());
    if (!membersIndexed)
        return membersIndexed;
    // The keys a prepared run holds of a member changed since are out of date.
    const auto current = [this, prepared](size_t run, qint64 pk) {
        return qsizetype(run) >= prepared || !d->rekey.contains(pk);
    };

    // In pk order, member_keys is only ever appended to.
    std::vector<const KeyedRun::Entry *> entries;
    entries.reserve(size_t(members.size()));
    for (size_t r = 0; r < runs.size(); ++r) {
        for (const KeyedRun::Entry &entry : runs[r].entries) {
            if (current(r, entry.pk))
                entries.push_back(&entry);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto *a, const auto *b) { return a->pk < b->pk; });
    const Status entriesWritten =
        insertInBatches(d->handle, QStringLiteral("INSERT INTO member_keys (member_pk, sort_key, all_keys) VALUES "), 3,
                        entries, [](NativeStatement &statement, int position, const KeyedRun::Entry *entry) {
                            statement.bindInt64(position, entry->pk);
                            statement.bindStaticUtf8(position + 1, entry->sortKey.data(), int(entry->sortKey.size()));
                            statement.bindStaticUtf8(position + 2, entry->allKeys.data(), int(entry->allKeys.size()));
                        });
    if (!entriesWritten)
        return entriesWritten;

    // The runs' keys merged into one key order, so that member_search is only ever appended to as well.
    std::vector<const KeyedRun::Token *> tokens;
    struct Head
    {
        const KeyedRun::Token *first;
        const KeyedRun::Token *second;
        size_t run;
    };
    std::vector<Head> heads;
    for (size_t r = 0; r < runs.size(); ++r) {
        if (!runs[r].tokens.empty())
            heads.push_back({runs[r].tokens.data(), runs[r].tokens.data() + runs[r].tokens.size(), r});
        tokens.reserve(tokens.size() + runs[r].tokens.size());
    }
    const auto later = [](const auto &a, const auto &b) {
        return *b.first < *a.first;
    };
    std::make_heap(heads.begin(), heads.end(), later);
    while (!heads.empty()) {
        std::pop_heap(heads.begin(), heads.end(), later);
        Head &head = heads.back();
        if (current(head.run, head.first->pk))
            tokens.push_back(head.first);
        if (++head.first == head.second)
            heads.pop_back();
        else
            std::push_heap(heads.begin(), heads.end(), later);
    }
    const Status tokensWritten =
        insertInBatches(d->handle, QStringLiteral("INSERT OR IGNORE INTO member_search (token, member_pk) VALUES "), 2,
                        tokens, [](NativeStatement &statement, int position, const KeyedRun::Token *token) {
                            statement.bindStaticUtf8(position, token->text.data(), int(token->text.size()));
                            statement.bindInt64(position + 1, token->pk);
                        });
    if (!tokensWritten)
        return tokensWritten;

    if (Status status = buildIndexes(QStringLiteral("member_search")); !status)
        return status;
    d->indexes.clear();
    return {};
}

} // namespace supolka
