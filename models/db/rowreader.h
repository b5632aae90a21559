#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "models/core/result.h"
#include "models/db/database.h"
#include "models/db/nativestatement.h"

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

// selectRows() on the database's connection.
template <typename Row> Status selectRows(Database &database, const QString &sql, const QStringList &values, Row row)
{
    return selectRows(database.connection(), sql, values, row);
}

} // namespace supolka
