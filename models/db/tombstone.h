#pragma once

#include <QSqlDatabase>
#include <QString>

namespace supolka {

// Marks one row of `table` deleted (a tombstone, so that the delete can travel) or brings it back, and stamps
// updated_at. A row that is already deleted keeps the time it was first deleted. Returns the SQL error's text,
// empty when it went through; the caller says in its own words what could not be done.
QString setTombstone(const QSqlDatabase &db, const QString &table, qint64 pk, bool deleted);

} // namespace supolka
