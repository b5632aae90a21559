#include "models/db/tombstone.h"

#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"

namespace supolka {

QString setTombstone(const QSqlDatabase &db, const QString &table, qint64 pk, bool deleted)
{
    QSqlQuery query(db);
    const QString now = nowTimestamp();
    if (deleted) {
        query.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? WHERE pk = ? AND deleted_at IS NULL")
                          .arg(table));
        query.addBindValue(now);
    } else {
        query.prepare(QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ? WHERE pk = ?").arg(table));
    }
    query.addBindValue(now);
    query.addBindValue(pk);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace supolka
