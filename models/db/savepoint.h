#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace supolka {

// A nestable transaction that rolls back unless released: works inside a caller's transaction as well as alone.
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    explicit Savepoint(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT supolka_write"));
        if (!m_active)
            m_error = query.lastError().text();
    }

    ~Savepoint()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO supolka_write"));
        query.exec(QStringLiteral("RELEASE supolka_write"));
    }

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    bool release()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE supolka_write"))) {
            m_error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace supolka
