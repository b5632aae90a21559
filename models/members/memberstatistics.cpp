#include "models/members/memberstatistics.h"

#include <algorithm>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/members/membersql.h"

namespace supolka {

namespace {

// Every row of the table, deleted ones too, so that the rows read can be compared with the index of ids; in the
// order members were added, which decides the spelling a skill keeps. The month is joined_on's, or, with none (a
// list imported without dates), the month the member was added, so that nobody is left out of the chart.
const QLatin1String RowsSql("SELECT deleted_at IS NULL, country, status, skills, "
                            "substr(coalesce(nullif(joined_on, ''), created_at), 1, 7) FROM members ORDER BY pk");

// One row of RowsSql as SQLite holds it, valid until the next row.
struct StoredRow
{
    bool live = false;
    QByteArrayView country;
    QByteArrayView status;
    QByteArrayView skills;
    QByteArrayView month;
};

// How many rows hold each stored value, kept by its UTF-8 bytes in the order the values were first seen: a
// million rows bring a few hundred values, so each row costs one lookup and no text is decoded until the end.
class Tally
{
public:
    void add(QByteArrayView value)
    {
        const auto found = m_index.constFind(QByteArray::fromRawData(value.data(), value.size()));
        if (found != m_index.cend()) {
            ++m_counts[found.value()].second;
            return;
        }
        const QByteArray copy = value.toByteArray();
        m_index.insert(copy, int(m_counts.size()));
        m_counts.append({copy, 1});
    }

    const QList<QPair<QByteArray, int>> &inOrderSeen() const { return m_counts; }

    // Most first; equal counts in SQLite's binary order of the values.
    QList<QPair<QString, int>> mostFirst() const
    {
        QList<QPair<QByteArray, int>> sorted = m_counts;
        std::sort(sorted.begin(), sorted.end(), [](const QPair<QByteArray, int> &a, const QPair<QByteArray, int> &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        QList<QPair<QString, int>> counts;
        counts.reserve(sorted.size());
        for (const auto &[value, count] : std::as_const(sorted))
            counts.append({QString::fromUtf8(value), count});
        return counts;
    }

private:
    QHash<QByteArray, int> m_index;
    QList<QPair<QByteArray, int>> m_counts;
};

// Calls `take` with every row of RowsSql and returns how many there were: through SQLite itself where Qt's driver
// shares its library (Qt SQL's conversions of each value would cost more than the scan), else through QSqlQuery.
template <typename Take> Result<qint64> readRows(Database &database, Take take)
{
    using R = Result<qint64>;
    qint64 rows = 0;
    if (sqlite3 *handle = NativeStatement::nativeHandle(database.connection())) {
        NativeStatement statement(handle, RowsSql);
        if (!statement.isValid())
            return R::failure(statement.errorText());
        while (statement.next()) {
            take(StoredRow{statement.int64(0) != 0, statement.utf8(1), statement.utf8(2), statement.utf8(3),
                           statement.utf8(4)});
            ++rows;
        }
        if (statement.failed())
            return R::failure(statement.errorText());
        return rows;
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(RowsSql))
        return R::failure(query.lastError().text());
    while (query.next()) {
        const QByteArray country = query.value(1).toString().toUtf8();
        const QByteArray status = query.value(2).toString().toUtf8();
        const QByteArray skills = query.value(3).toString().toUtf8();
        const QByteArray month = query.value(4).toString().toUtf8();
        take(StoredRow{query.value(0).toInt() != 0, country, status, skills, month});
        ++rows;
    }
    if (query.lastError().isValid())
        return R::failure(query.lastError().text());
    return rows;
}

// Skills are tags kept in one column; counted case-insensitively, in the spelling of the first member who has the
// skill. `lists` holds each stored list once, in the order of the first member who has it, with how many have it.
QList<QPair<QString, int>> skillCounts(const QList<QPair<QByteArray, int>> &lists)
{
    QList<QPair<QString, int>> counts;
    QHash<QString, int> indexOfFolded;
    for (const auto &[list, members] : lists) {
        for (const QString &skill : membersql::splitList(QString::fromUtf8(list))) {
            const QString folded = skill.toCaseFolded();
            const auto found = indexOfFolded.constFind(folded);
            if (found == indexOfFolded.cend()) {
                indexOfFolded.insert(folded, int(counts.size()));
                counts.append({skill, members});
            } else {
                counts[found.value()].second += members;
            }
        }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const QPair<QString, int> &a, const QPair<QString, int> &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    return counts;
}

// The months that hold members, oldest first, with the months between them at zero.
QList<QPair<QDate, int>> monthCounts(const QList<QPair<QByteArray, int>> &stored)
{
    QList<QPair<QByteArray, int>> sorted = stored;
    std::sort(sorted.begin(), sorted.end(),
              [](const QPair<QByteArray, int> &a, const QPair<QByteArray, int> &b) { return a.first < b.first; });
    QList<QPair<QDate, int>> months;
    for (const auto &[text, count] : std::as_const(sorted)) {
        const QDate month = QDate::fromString(QString::fromUtf8(text) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            continue;
        if (!months.isEmpty()) {
            for (QDate gap = months.back().first.addMonths(1); gap < month; gap = gap.addMonths(1))
                months.append({gap, 0});
        }
        months.append({month, count});
    }
    return months;
}

// How many rows the index of ids holds: one per row of the table, kept in a b-tree of its own.
Result<qint64> indexedRows(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM members INDEXED BY members_id")) || !query.next())
        return Result<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

} // namespace

Result<MemberStatistics> MemberStatistics::compute(Database &database)
{
    using R = Result<MemberStatistics>;
    Tally countries;
    Tally statuses;
    Tally skillLists;
    Tally months;
    int members = 0;
    const Result<qint64> rows = readRows(database, [&](const StoredRow &row) {
        if (!row.live)
            return;
        ++members;
        countries.add(row.country);
        statuses.add(row.status);
        if (!row.skills.isEmpty())
            skillLists.add(row.skills);
        months.add(row.month);
    });
    if (!rows) {
        // A read that failed on a damaged page is told as damage, with what to do about it.
        if (const Status whole = database.quickCheck({QStringLiteral("members")}); !whole)
            return R::failure(whole.error());
        return R::failure(tr("Could not read the members: %1").arg(rows.error()));
    }

    // A scan meets a damaged page as an error, but not a page that the table no longer reaches: its rows are simply
    // not there. The index of ids still holds them, so the two counts differ.
    const Result<qint64> indexed = indexedRows(database);
    if (!indexed)
        return R::failure(tr("Could not read the members: %1").arg(indexed.error()));
    if (indexed.value() != rows.value())
        return R::failure(database.damageMessage(
            tr("the members table holds %1 rows, its index of ids %2").arg(rows.value()).arg(indexed.value())));

    MemberStatistics statistics;
    statistics.members = members;
    statistics.byCountry = countries.mostFirst();
    statistics.byStatus = statuses.mostFirst();
    statistics.bySkill = skillCounts(skillLists.inOrderSeen());
    statistics.newPerMonth = monthCounts(months.inOrderSeen());
    return statistics;
}

} // namespace supolka
