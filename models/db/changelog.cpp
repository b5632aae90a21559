#include "models/db/changelog.h"

#include <algorithm>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "models/db/database.h"

namespace supolka {

namespace {

const QString LogTable = QStringLiteral("temp.supolka_changes");

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A table of the database, as the triggers need it.
struct Table
{
    QString name;
    QStringList columns;
    QStringList keyColumns; // the primary key of a WITHOUT ROWID table; empty = the rowid
};

Result<QList<Table>> tablesOf(const QSqlDatabase &db)
{
    using R = Result<QList<Table>>;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
        return R::failure(query.lastError().text());
    QList<Table> tables;
    QList<bool> withoutRowid;
    while (query.next()) {
        tables.append({query.value(0).toString(), {}, {}});
        withoutRowid.append(query.value(1).toString().contains(QStringLiteral("WITHOUT ROWID"), Qt::CaseInsensitive));
    }
    for (qsizetype i = 0; i < tables.size(); ++i) {
        Table &table = tables[i];
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(identifier(table.name))))
            return R::failure(info.lastError().text());
        QList<QPair<int, QString>> key;
        while (info.next()) {
            table.columns.append(info.value(1).toString());
            if (const int position = info.value(5).toInt(); position > 0)
                key.append({position, info.value(1).toString()});
        }
        if (withoutRowid.at(i)) {
            std::sort(key.begin(), key.end());
            for (const auto &[position, column] : std::as_const(key))
                table.keyColumns.append(column);
        }
    }
    return tables;
}

// SQL that builds, inside a trigger, the text "WHERE ..." that finds the row `row` (NEW or OLD) again.
QString whereOf(const Table &table, const QString &row)
{
    if (table.keyColumns.isEmpty())
        return QStringLiteral("' WHERE rowid = ' || %1.rowid").arg(row);
    QStringList parts;
    for (const QString &column : table.keyColumns)
        parts.append(QStringLiteral("'%1 = ' || quote(%2.%1)").arg(identifier(column), row));
    return QStringLiteral("' WHERE ' || ") + parts.join(QStringLiteral(" || ' AND ' || "));
}

QStringList triggersFor(const Table &table, const QString &prefix)
{
    const QString target = QStringLiteral("main.") + identifier(table.name);
    // A trigger may not name a table's schema; the temp table is found first.
    const QString log = QStringLiteral("INSERT INTO supolka_changes (statement) VALUES (");
    auto trigger = [&](const QString &suffix, const QString &event, const QString &statement) {
        return QStringLiteral("CREATE TEMP TRIGGER %1%2 AFTER %3 ON %4 BEGIN %5%6); END")
            .arg(prefix + table.name, suffix, event, target, log, statement);
    };
    // An insert is undone by a delete of the row.
    const QString insert =
        trigger(QStringLiteral("_i"), QStringLiteral("INSERT"),
                QStringLiteral("'DELETE FROM %1' || %2").arg(target, whereOf(table, QStringLiteral("NEW"))));

    // An update by an update that sets every column back, and a delete by an insert of every column.
    QStringList sets;
    QStringList values;
    for (const QString &column : table.columns) {
        sets.append(QStringLiteral("'%1 = ' || quote(OLD.%1)").arg(identifier(column)));
        values.append(QStringLiteral("quote(OLD.%1)").arg(identifier(column)));
    }
    const QString update =
        trigger(QStringLiteral("_u"), QStringLiteral("UPDATE"),
                QStringLiteral("'UPDATE %1 SET ' || %2 || %3")
                    .arg(target, sets.join(QStringLiteral(" || ', ' || ")), whereOf(table, QStringLiteral("NEW"))));
    QStringList names;
    for (const QString &column : table.columns)
        names.append(identifier(column));
    QString columns = names.join(QStringLiteral(", "));
    QString valueList = values.join(QStringLiteral(" || ', ' || "));
    if (table.keyColumns.isEmpty()) {
        columns.prepend(QStringLiteral("rowid, "));
        valueList.prepend(QStringLiteral("OLD.rowid || ', ' || "));
    }
    const QString remove =
        trigger(QStringLiteral("_d"), QStringLiteral("DELETE"),
                QStringLiteral("'INSERT INTO %1 (%2) VALUES (' || %3 || ')'").arg(target, columns, valueList));
    return {insert, update, remove};
}

} // namespace

ChangeLog::ChangeLog(Database &database)
    : m_database(database)
{}

ChangeLog::~ChangeLog()
{
    // Best effort: the triggers are TEMP and go with the connection anyway.
    if (m_recording)
        static_cast<void>(dropTriggers());
}

Status ChangeLog::start()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS supolka_changes ("
                                   " seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("DELETE FROM ") + LogTable))
        return Status::failure(tr("Could not prepare the undo record: %1").arg(query.lastError().text()));
    const Result<QList<Table>> tables = tablesOf(db);
    if (!tables)
        return Status::failure(tr("Could not prepare the undo record: %1").arg(tables.error()));
    m_recording = true;
    const QString prefix = QStringLiteral("supolka_log_");
    for (const Table &table : tables.value()) {
        const QStringList statements = triggersFor(table, prefix);
        const QStringList suffixes{QStringLiteral("_i"), QStringLiteral("_u"), QStringLiteral("_d")};
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (!query.exec(statements.at(i))) {
                const QString error = query.lastError().text();
                // The first failure is the one to tell; the triggers are TEMP and go with the connection anyway.
                static_cast<void>(dropTriggers());
                return Status::failure(tr("Could not prepare the undo record: %1").arg(error));
            }
            m_triggers.append(prefix + table.name + suffixes.at(i));
        }
    }
    return {};
}

Status ChangeLog::dropTriggers()
{
    QSqlQuery query(m_database.connection());
    QString error;
    for (const QString &trigger : std::as_const(m_triggers)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.") + identifier(trigger)) && error.isEmpty())
            error = query.lastError().text();
    }
    m_triggers.clear();
    m_recording = false;
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

Result<QStringList> ChangeLog::stop()
{
    using R = Result<QStringList>;
    if (!m_recording)
        return R::failure(tr("The undo record was never started."));
    if (Status status = dropTriggers(); !status)
        return R::failure(tr("Could not finish the undo record: %1").arg(status.error()));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT statement FROM %1 ORDER BY seq DESC").arg(LogTable)))
        return R::failure(tr("Could not read the undo record: %1").arg(query.lastError().text()));
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString());
    query.finish();
    query.exec(QStringLiteral("DELETE FROM ") + LogTable);
    return statements;
}

Result<QStringList> ChangeLog::playBack(Database &database, const QStringList &statements)
{
    using R = Result<QStringList>;
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Could not start writing to the database: %1").arg(transaction.error()));
    QSqlQuery query(db);
    // Rows come back in the reverse order they went: a parent may come back after a child that names it.
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return R::failure(query.lastError().text());
    ChangeLog log(database);
    if (Status status = log.start(); !status)
        return R::failure(status.error());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return R::failure(tr("Could not put the rows back: %1").arg(query.lastError().text()));
        if (query.numRowsAffected() < 1)
            return R::failure(tr("Could not put the rows back: a row has changed or gone since. Nothing was changed."));
    }
    Result<QStringList> forward = log.stop();
    if (!forward)
        return forward;
    if (!transaction.commit())
        return R::failure(tr("Could not put the rows back: %1").arg(transaction.error()));
    return forward;
}

} // namespace supolka
