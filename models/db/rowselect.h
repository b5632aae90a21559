#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "models/core/result.h"
#include "models/db/database.h"
#include "models/db/nativestatement.h"

namespace supolka::rowselect {

// Runs `sql` with text `values` and calls `row(integer, text, native, query)` for each row, natively where the
// connection allows it (a list reads up to every row of a table, where Qt SQL's per-value overhead would dominate):
// `integer(column)` and `text(column)` read a value; `native` or `query` is the statement, the other null.
template <typename Row> Status select(Database &database, const QString &sql, const QStringList &values, Row row)
{
    QSqlDatabase db = database.connection();
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

} // namespace supolka::rowselect
