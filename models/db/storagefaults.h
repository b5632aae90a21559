#pragma once

#include <QCoreApplication>
#include <QObject>

#include "models/core/result.h"

namespace supolka {

// SQLite's own reports, from every connection of this process, that a database could not be read or written
// whole: a damaged page (SQLITE_CORRUPT), a failing disk or file system (SQLITE_IOERR), a file that is not a
// database (SQLITE_NOTADB). A read that fails deep in a repository may still hand back what it got; through this,
// the failure reaches the command line's exit code and the window all the same.
//
// It listens to SQLite's error log, so it only hears the SQLite library this program links, which is the one
// Qt's driver uses on Linux distributions (SUPOLKA_SHARED_SQLITE); elsewhere isListening() is false.
class StorageFaults final : public QObject
{
    Q_OBJECT

public:
    static StorageFaults &instance();
    static bool isListening();

    // How many faults SQLite has reported since the program started; compare two readings.
    static quint64 count();
    // A failure naming `databasePath` and what to do when SQLite reported a fault after `mark` (a count()).
    static Status since(quint64 mark, const QString &databasePath);

    // Called from SQLite's error log, on whichever thread ran the statement.
    static void record(int sqliteCode);

signals:
    // Queued to the thread of instance(): the window shows it once the statement is over.
    void faultReported();

private:
    StorageFaults() = default;
};

} // namespace supolka
