#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

class Database;

// Records how to put back every row a long piece of work changes (an import, a merge), so that it can be undone as
// one step, and plays such a record back. While recording, temporary triggers on every table of the database write,
// for each row inserted, updated or deleted, the statement that reverses it (SQLite's own undo technique); a
// playback runs those statements, the last first, and records the way forward again. Nothing about it is kept in
// the database file: the record lives in the window's undo stack.
class ChangeLog final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ChangeLog)
    Q_DISABLE_COPY_MOVE(ChangeLog)

public:
    explicit ChangeLog(Database &database);
    ~ChangeLog(); // stops recording if still on

    // Starts recording changes made on the database's connection.
    Status start();
    // Stops recording; the statements that reverse what was recorded, in the order to run them.
    Result<QStringList> stop();

    // Runs `statements` (as stop() gave them) in one transaction; the statements that reverse the playback. A
    // statement that fails, or that finds no row to change (the data moved on), changes nothing and is an error.
    static Result<QStringList> playBack(Database &database, const QStringList &statements);

private:
    Status dropTriggers();

    Database &m_database;
    QStringList m_triggers;
    bool m_recording = false;
};

} // namespace supolka
