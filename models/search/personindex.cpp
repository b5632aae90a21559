#include "models/search/personindex.h"

#include <algorithm>

#include <QSet>
#include <QSqlError>

#include "models/text/searchquery.h"

namespace supolka {

namespace {

QString indexFailure(const QSqlQuery &query)
{
    return PersonSearch::tr("Could not update the search index: %1").arg(query.lastError().text());
}

QString searchFailure(const QSqlQuery &query)
{
    return PersonSearch::tr("Could not search: %1").arg(query.lastError().text());
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('\'');
}

// Whether `typed` starts a word of the stored name (its case-folded sort key); `whole`: is a whole word.
bool startsStoredWord(QStringView sortKey, QStringView typed, bool whole)
{
    for (qsizetype at = sortKey.indexOf(typed); at >= 0; at = sortKey.indexOf(typed, at + 1)) {
        if (at > 0 && isNameChar(sortKey.at(at - 1)))
            continue;
        const qsizetype end = at + typed.size();
        if (!whole || end == sortKey.size() || !isNameChar(sortKey.at(end)))
            return true;
    }
    return false;
}

// A query word made ready to rank many candidates: its keys with the spaces all_keys has around each key.
struct RankedWord
{
    QString typed;
    QStringList exact;        // " key "
    QStringList prefixes;     // " prefix"
    QStringList alternatives; // " key "
    QList<bool> diminutive;   // per alternative
};

QList<RankedWord> rankedWords(const QList<search::QueryWord> &words)
{
    const QChar space = QLatin1Char(' ');
    QList<RankedWord> ranked;
    for (const search::QueryWord &word : words) {
        RankedWord r;
        r.typed = word.typed;
        for (const QString &key : word.exact)
            r.exact.append(space + key + space);
        for (const QString &prefix : word.prefixes)
            r.prefixes.append(space + prefix);
        for (const QString &other : word.alternatives) {
            r.alternatives.append(space + other + space);
            r.diminutive.append(word.diminutives.contains(other));
        }
        ranked.append(std::move(r));
    }
    return ranked;
}

MatchRank rankOfWord(const RankedWord &word, const QString &sortKey, const QString &allKeys)
{
    auto in = [&allKeys](const QString &part) {
        return allKeys.contains(part);
    };
    if (!word.typed.isEmpty() && startsStoredWord(sortKey, word.typed, true))
        return MatchRank::AsTyped;
    if (std::any_of(word.exact.cbegin(), word.exact.cend(), in))
        return MatchRank::OtherScript;
    if (!word.typed.isEmpty() && startsStoredWord(sortKey, word.typed, false))
        return MatchRank::StartsAsTyped;
    if (std::any_of(word.prefixes.cbegin(), word.prefixes.cend(), in))
        return MatchRank::StartsOtherScript;
    MatchRank rank = MatchRank::None;
    for (qsizetype i = 0; i < word.alternatives.size(); ++i) {
        if (in(word.alternatives.at(i)))
            rank = std::min(rank, word.diminutive.at(i) ? MatchRank::Diminutive : MatchRank::OtherForm);
    }
    return rank;
}

// The weakest word decides: "Анна Канапацкая" for Ганна Канапацкая is another form, however well the surname fits.
MatchRank rankOf(const QList<RankedWord> &words, const QString &sortKey, const QString &allKeys)
{
    MatchRank rank = MatchRank::AsTyped;
    for (const RankedWord &word : words)
        rank = std::max(rank, rankOfWord(word, sortKey, allKeys));
    return rank;
}

enum class Step { Whole, Prefix };

struct Statement
{
    QString sql;
    QVariantList values;
};

// One range scan of the key table's primary key for one form of the leading word (a whole-word match: the exact
// key; a prefix match: the key range), every other word checked in the person's all_keys. Rows come in the
// primary key's order, so SQLite stops after `rowLimit` rows without sorting every match of a short prefix. Each
// form is a statement of its own: an OR of ranges would make SQLite gather and sort all their matches first.
Statement scanStatement(const PersonIndexTables &tables, const QList<search::QueryWord> &words, qsizetype driver,
                        const QString &form, Step step, qint64 scope, qint64 rowLimit)
{
    Statement statement;
    QString where;
    if (!tables.scope.isEmpty()) {
        where = QStringLiteral("s.%1 = ? AND ").arg(tables.scope);
        statement.values << scope;
    }
    if (step == Step::Whole) {
        where += QStringLiteral("s.token = ?");
        statement.values << form;
    } else {
        where += QStringLiteral("s.token >= ? AND s.token < ?");
        statement.values << form << search::upperBound(form);
    }
    const QString space = QStringLiteral(" ");
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w == driver)
            continue;
        const search::QueryWord &word = words.at(w);
        QStringList starts;
        for (const QString &prefix : word.prefixes) {
            starts.append(QStringLiteral("instr(k.all_keys, ?) > 0"));
            statement.values << QString(space + prefix);
        }
        for (const QString &alternative : word.alternatives) {
            starts.append(QStringLiteral("instr(k.all_keys, ?) > 0"));
            statement.values << QString(space + alternative + space);
        }
        where += QStringLiteral(" AND (") + starts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // CROSS JOIN keeps the key table the outer loop, so that its primary key gives the order and the limit holds.
    statement.sql = QStringLiteral("SELECT s.token, s.%1, k.sort_key, k.all_keys FROM %2 s CROSS JOIN %3 k"
                                   " ON k.%1 = s.%1 WHERE ")
                        .arg(tables.owner, tables.keys, tables.entries) +
                    where + QStringLiteral(" ORDER BY s.token, s.%1 LIMIT ?").arg(tables.owner);
    statement.values << rowLimit;
    return statement;
}

bool run(QSqlQuery &query, const Statement &statement)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql))
        return false;
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        query.bindValue(int(i), statement.values.at(i));
    return query.exec();
}

// How many key rows the word's scans would read, counted up to `cap`: the keys that start with one of its prefixes,
// and those of the other forms of a given name typed whole. Enough to pick the rarest word.
Result<int> boundedCount(const QSqlDatabase &db, const PersonIndexTables &tables, const search::QueryWord &word,
                         qint64 scope, int cap)
{
    int total = 0;
    QSqlQuery query(db);
    const QString scoped = tables.scope.isEmpty() ? QString() : tables.scope + QStringLiteral(" = ? AND ");
    auto count = [&](const QString &condition, const QVariantList &values) {
        Statement statement;
        statement.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE ").arg(tables.keys) + scoped +
                        condition + QStringLiteral(" LIMIT ?)");
        if (!tables.scope.isEmpty())
            statement.values << scope;
        statement.values += values;
        statement.values << cap - total;
        if (!run(query, statement) || !query.next())
            return false;
        total += query.value(0).toInt();
        return true;
    };
    for (const QString &prefix : word.prefixes) {
        if (!count(QStringLiteral("token >= ? AND token < ?"), {prefix, search::upperBound(prefix)}))
            return Result<int>::failure(searchFailure(query));
        if (total >= cap)
            return total;
    }
    for (const QString &other : word.alternatives) {
        if (!count(QStringLiteral("token = ?"), {other}))
            return Result<int>::failure(searchFailure(query));
        if (total >= cap)
            return total;
    }
    return total;
}

// The word whose keys are fewest leads the scan; the others are checked on the rows it finds.
Result<qsizetype> rarestWord(const QSqlDatabase &db, const PersonIndexTables &tables,
                             const QList<search::QueryWord> &words, qint64 scope)
{
    qsizetype best = 0;
    if (words.size() == 1)
        return best;
    // A glance first, a closer look only when every word is common; counting far costs about as much as the scan
    // it is meant to save. Among words that are all very common, the longest prefix is the likeliest to be rarest.
    for (const int cap : {256, 2048}) {
        int bestCount = cap;
        qsizetype bestLength = 0;
        for (qsizetype w = 0; w < words.size(); ++w) {
            const Result<int> count = boundedCount(db, tables, words.at(w), scope, std::min(cap, bestCount + 1));
            if (!count)
                return Result<qsizetype>::failure(count.error());
            const qsizetype length = words.at(w).prefixes.first().size();
            if (count.value() < bestCount || (count.value() == bestCount && length > bestLength)) {
                best = w;
                bestCount = count.value();
                bestLength = length;
            }
            if (count.value() == 0)
                return best;
        }
        if (bestCount < cap)
            return best;
    }
    return best;
}

} // namespace

const PersonIndexTables &PersonIndexTables::members()
{
    static const PersonIndexTables tables{QStringLiteral("member_search"), QStringLiteral("member_keys"),
                                          QStringLiteral("member_pk"), QString()};
    return tables;
}

const PersonIndexTables &PersonIndexTables::registrants()
{
    static const PersonIndexTables tables{QStringLiteral("registration_search"), QStringLiteral("registration_keys"),
                                          QStringLiteral("registration_pk"), QStringLiteral("event_pk")};
    return tables;
}

PersonEntry PersonEntry::of(const QString &firstName, const QString &middleName, const QString &lastName,
                            const QString &email, const QString &phone)
{
    PersonEntry entry;
    // A key never holds a space: all_keys is split on them to find the key rows again.
    for (const QString &key : search::personKeys(firstName, middleName, lastName, email, phone)) {
        if (key.contains(QLatin1Char(' ')))
            entry.keys += key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else
            entry.keys.append(key);
    }
    entry.keys.removeDuplicates();
    entry.sortKey =
        lastName.toCaseFolded() + QChar(0x1) + firstName.toCaseFolded() + QChar(0x1) + middleName.toCaseFolded();
    entry.allKeys = search::allKeysText(entry.keys);
    return entry;
}

PersonEntry PersonEntry::ofWholeName(const QString &name, const QString &email, const QString &phone)
{
    const QString simplified = name.simplified();
    const qsizetype space = simplified.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return of(simplified, QString(), QString(), email, phone);
    return of(simplified.left(space), QString(), simplified.mid(space + 1), email, phone);
}

PersonKeyWriter::PersonKeyWriter(const QSqlDatabase &db, const PersonIndexTables &tables)
    : m_tables(tables)
    , m_selectEntry(db)
    , m_deleteKey(db)
    , m_deleteEntry(db)
    , m_insertKey(db)
    , m_insertEntry(db)
{
    m_selectEntry.setForwardOnly(true);
    const bool scoped = !tables.scope.isEmpty();
    const QString scopeColumn = scoped ? tables.scope : QStringLiteral("0");
    const bool prepared =
        m_selectEntry.prepare(QStringLiteral("SELECT all_keys, %1 FROM %2 WHERE %3 = ?")
                                  .arg(scopeColumn, tables.entries, tables.owner)) &&
        m_deleteKey.prepare(QStringLiteral("DELETE FROM %1 WHERE token = ? AND %2 = ?").arg(tables.keys, tables.owner) +
                            (scoped ? QStringLiteral(" AND %1 = ?").arg(tables.scope) : QString())) &&
        m_deleteEntry.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(tables.entries, tables.owner)) &&
        m_insertKey.prepare(scoped ? QStringLiteral("INSERT OR IGNORE INTO %1 (token, %2, %3) VALUES (?, ?, ?)")
                                         .arg(tables.keys, tables.owner, tables.scope)
                                   : QStringLiteral("INSERT OR IGNORE INTO %1 (token, %2) VALUES (?, ?)")
                                         .arg(tables.keys, tables.owner)) &&
        m_insertEntry.prepare(
            scoped ? QStringLiteral("INSERT OR REPLACE INTO %1 (%2, %3, sort_key, all_keys) VALUES (?, ?, ?, ?)")
                         .arg(tables.entries, tables.owner, tables.scope)
                   : QStringLiteral("INSERT OR REPLACE INTO %1 (%2, sort_key, all_keys) VALUES (?, ?, ?)")
                         .arg(tables.entries, tables.owner));
    if (!prepared)
        m_error = PersonSearch::tr("Could not update the search index: %1").arg(db.lastError().text());
}

Status PersonKeyWriter::failed(const QSqlQuery &query)
{
    return Status::failure(indexFailure(query));
}

Status PersonKeyWriter::remove(qint64 owner)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    // The person's keys are listed in their entry, so each key row is found by its primary key.
    m_selectEntry.bindValue(0, owner);
    if (!m_selectEntry.exec())
        return failed(m_selectEntry);
    QStringList keys;
    qint64 scope = 0;
    while (m_selectEntry.next()) {
        keys += m_selectEntry.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        scope = m_selectEntry.value(1).toLongLong();
    }
    m_selectEntry.finish();
    const bool scoped = !m_tables.scope.isEmpty();
    for (const QString &key : std::as_const(keys)) {
        m_deleteKey.bindValue(0, key);
        m_deleteKey.bindValue(1, owner);
        if (scoped)
            m_deleteKey.bindValue(2, scope);
        if (!m_deleteKey.exec())
            return failed(m_deleteKey);
    }
    m_deleteEntry.bindValue(0, owner);
    if (!m_deleteEntry.exec())
        return failed(m_deleteEntry);
    return {};
}

Status PersonKeyWriter::write(qint64 owner, const PersonEntry *entry, qint64 scope)
{
    if (Status removed = remove(owner); !removed)
        return removed;
    if (!entry)
        return {};
    const bool scoped = !m_tables.scope.isEmpty();
    int i = 0;
    m_insertEntry.bindValue(i++, owner);
    if (scoped)
        m_insertEntry.bindValue(i++, scope);
    m_insertEntry.bindValue(i++, entry->sortKey);
    m_insertEntry.bindValue(i++, entry->allKeys);
    if (!m_insertEntry.exec())
        return failed(m_insertEntry);
    for (const QString &key : entry->keys) {
        m_insertKey.bindValue(0, key);
        m_insertKey.bindValue(1, owner);
        if (scoped)
            m_insertKey.bindValue(2, scope);
        if (!m_insertKey.exec())
            return failed(m_insertKey);
    }
    return {};
}

PersonSearch::PersonSearch(const QSqlDatabase &db, const PersonIndexTables &tables)
    : m_db(db)
    , m_tables(tables)
{}

Result<QList<qint64>> PersonSearch::find(const QString &text, int limit, qint64 scope) const
{
    using R = Result<QList<qint64>>;
    QList<qint64> owners;
    const QList<search::QueryWord> words = search::parseQuery(text);
    if (words.isEmpty() || limit <= 0)
        return owners;
    const Result<qsizetype> driver = rarestWord(m_db, m_tables, words, scope);
    if (!driver)
        return R::failure(driver.error());

    struct Candidate
    {
        QString token;
        qint64 owner;
        QString sortKey;
        MatchRank rank;
    };
    // Whole-word matches first; the prefix scans only when those do not fill the list. A person matched by two keys
    // comes twice, so each step fetches a little more than asked.
    const qint64 rowLimit = qint64(limit) + 16;
    QList<Candidate> found;
    QSet<qint64> seen;
    const QList<RankedWord> ranked = rankedWords(words);
    QSqlQuery query(m_db);
    for (const Step step : {Step::Whole, Step::Prefix}) {
        // The first rows in key order over all forms of the word, as one scan of their ranges would give them.
        QList<Candidate> rows;
        for (const QString &form : words.at(driver.value()).scanForms(step == Step::Whole)) {
            if (!run(query, scanStatement(m_tables, words, driver.value(), form, step, scope, rowLimit)))
                return R::failure(searchFailure(query));
            while (query.next()) {
                const QString sortKey = query.value(2).toString();
                rows.append({query.value(0).toString(), query.value(1).toLongLong(), sortKey,
                             rankOf(ranked, sortKey, query.value(3).toString())});
            }
        }
        std::sort(rows.begin(), rows.end(), [](const Candidate &a, const Candidate &b) {
            const int order = a.token.compare(b.token);
            return order != 0 ? order < 0 : a.owner < b.owner;
        });
        if (rows.size() > rowLimit)
            rows.resize(rowLimit);
        for (Candidate &row : rows) {
            if (!seen.contains(row.owner)) {
                seen.insert(row.owner);
                found.append(std::move(row));
            }
        }
        if (found.size() >= limit)
            break;
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.owner < b.owner;
    });
    for (const Candidate &candidate : std::as_const(found)) {
        owners.append(candidate.owner);
        if (owners.size() == limit)
            break;
    }
    return owners;
}

QStringList PersonSearch::explain(const QString &text, qint64 scope) const
{
    QStringList plan;
    const QList<search::QueryWord> words = search::parseQuery(text);
    if (words.isEmpty())
        return plan;
    const Result<qsizetype> driver = rarestWord(m_db, m_tables, words, scope);
    if (!driver)
        return plan;
    Statement statement =
        scanStatement(m_tables, words, driver.value(), words.at(driver.value()).scanForms(false).constFirst(),
                      Step::Prefix, scope, 50);
    statement.sql.prepend(QStringLiteral("EXPLAIN QUERY PLAN "));
    QSqlQuery query(m_db);
    if (!run(query, statement))
        return plan;
    while (query.next())
        plan.append(query.value(3).toString());
    return plan;
}

} // namespace supolka
