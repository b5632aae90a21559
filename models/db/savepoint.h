#pragma once

#include <QSqlDatabase>
#include <QString>

namespace supolka {

// A nestable transaction that rolls back unless released: works inside a caller's transaction as well as alone.
// Alone it begins an IMMEDIATE transaction, like Transaction, so that it waits for another program's write
// instead of failing at its first write.
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();

    bool isActive() const { return m_active; }
    // Why the savepoint could not begin, or why release() failed.
    const QString &error() const { return m_error; }

    bool release();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    // Whether this began the transaction (and so commits or rolls it back) rather than nesting in one.
    bool m_outer = false;
    QString m_error;
};

} // namespace supolka
