#include "models/db/savepoint.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "models/db/database.h"

namespace supolka {

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        // Alone, it is the one to refuse a database open for reading; nested, the transaction around it did.
        if (const QString refused = Database::refusalToWrite(m_db); !refused.isEmpty()) {
            query.exec(QStringLiteral("ROLLBACK"));
            m_error = refused;
            return;
        }
        m_active = true;
        m_outer = true;
        return;
    }
    // SQLITE_ERROR is BEGIN's answer inside a transaction ("cannot start a transaction within a transaction").
    if (query.lastError().nativeErrorCode().toInt() != SQLITE_ERROR) {
        m_error = Database::beginError(query.lastError());
        return;
    }
    m_active = query.exec(QStringLiteral("SAVEPOINT supolka_write"));
    if (!m_active)
        m_error = Database::beginError(query.lastError());
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_outer) {
        query.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    query.exec(QStringLiteral("ROLLBACK TO supolka_write"));
    query.exec(QStringLiteral("RELEASE supolka_write"));
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(m_outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE supolka_write"))) {
        // A failed commit (a full disk) leaves the transaction open: the destructor rolls it back.
        m_error = Database::writeError(query.lastError());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace supolka
