#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <vector>

#include "models/core/result.h"
#include "models/db/database.h"
#include "models/db/nativestatement.h"
#include "models/text/sortkey.h"

namespace supolka {

// Runs `sql` with text `values` and calls `row(integer, text, native, query)` for each row: `integer(column)` and
// `text(column)` read a column, and exactly one of `native` (SQLite's own statement, where the connection has one)
// and `query` (Qt's) is set, for readers of whole rows. For lists that read many rows, where Qt's per-value
// variants would cost more than the reading.
template <typename Row>
Status selectRows(const QSqlDatabase &db, const QString &sql, const QStringList &values, Row row)
{
    if (sqlite3 *handle = NativeStatement::nativeHandle(db)) {
        NativeStatement statement(handle, sql);
        if (!statement.isValid())
            return Status::failure(statement.errorText());
        for (int i = 0; i < values.size(); ++i)
            statement.bindText(i + 1, values.at(i));
        while (statement.next())
            row([&statement](int column) { return statement.int64(column); },
                [&statement](int column) { return statement.text(column); }, &statement, nullptr);
        if (statement.failed())
            return Status::failure(statement.errorText());
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Status::failure(query.lastError().text());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    while (query.next())
        row([&query](int column) { return query.value(column).toLongLong(); },
            [&query](int column) { return query.value(column).toString(); }, nullptr, &query);
    if (query.lastError().isValid())
        return Status::failure(query.lastError().text());
    return {};
}

// " ORDER BY term DIR, pk DIR": a list's order, ties by pk in the same direction.
inline QString orderByTerm(const QString &term, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + term + direction + QStringLiteral(", pk") + direction;
}

// The pks of a list in the order shown: `select` ("SELECT pk FROM ... WHERE ...") for each of `parts` (given in
// ascending order; read backwards when descending) in turn, its condition AND-ed and its values bound, ordered by
// `term` — one pass of an index a part.
inline Result<std::vector<qint64>> selectOrder(Database &database, const QString &select,
                                               QList<sortkey::SqlRange> parts, const QString &term, bool descending);

// Sets the bit of every pk `sql` gives (the mask grows as pks come).
inline Status markPks(Database &database, const QString &sql, const QStringList &values, std::vector<bool> &mask);

// Keeps in `mask` (nullopt: everything) only what `found` lets through too.
inline void narrowMask(std::optional<std::vector<bool>> &mask, std::vector<bool> found)
{
    if (mask) {
        found.resize(mask->size());
        for (size_t pk = 0; pk < found.size(); ++pk)
            found[pk] = found[pk] && (*mask)[pk];
    }
    mask = std::move(found);
}

// selectRows() on the database's connection.
template <typename Row> Status selectRows(Database &database, const QString &sql, const QStringList &values, Row row)
{
    return selectRows(database.connection(), sql, values, row);
}

inline Result<std::vector<qint64>> selectOrder(Database &database, const QString &select,
                                               QList<sortkey::SqlRange> parts, const QString &term, bool descending)
{
    if (descending)
        std::reverse(parts.begin(), parts.end());
    const QString orderBy = orderByTerm(term, descending);
    std::vector<qint64> pks;
    for (const sortkey::SqlRange &part : parts) {
        const QString sql = part.condition.isEmpty() ? select : select + QStringLiteral(" AND ") + part.condition;
        Status status = selectRows(database, sql + orderBy, part.values,
                                   [&pks](auto integer, auto, auto, auto) { pks.push_back(integer(0)); });
        if (!status)
            return Result<std::vector<qint64>>::failure(status.error());
    }
    return pks;
}

inline Status markPks(Database &database, const QString &sql, const QStringList &values, std::vector<bool> &mask)
{
    return selectRows(database, sql, values, [&mask](auto integer, auto, auto, auto) {
        const qint64 pk = integer(0);
        if (pk <= 0)
            return;
        if (size_t(pk) >= mask.size())
            mask.resize(std::max(size_t(pk) + 1, mask.size() * 2));
        mask[size_t(pk)] = true;
    });
}

} // namespace supolka
