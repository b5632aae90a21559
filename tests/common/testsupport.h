#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "models/db/database.h"

namespace supolka::test {

// Path of a fixture under tests/data.
QString dataPath(const QString &relative);

// A fresh database in its own temporary folder, removed with the object.
class ScratchDatabase final
{
public:
    ScratchDatabase();
    Database &operator*() { return *m_database; }
    Database *operator->() { return m_database.get(); }
    Database &get() { return *m_database; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    // Closes and reopens the same file.
    void reopen();
    // Whether scratch databases are encrypted (SUPOLKA_TEST_ENCRYPTED=1).
    static bool encrypted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

// qWarning and worse fail the running test; a test that expects one says so with this guard.
class ExpectWarnings final
{
public:
    ExpectWarnings();
    ~ExpectWarnings();
    int count() const;
};

} // namespace supolka::test
