#include "models/db/storagefaults.h"

#include <atomic>

#include <QDir>

#include <sqlite3.h>

namespace supolka {

namespace {

std::atomic<quint64> faultCount{0};
std::atomic<int> lastCode{0};
std::atomic<bool> listening{false};

#ifdef SUPOLKA_SHARED_SQLITE
// SQLite's error log. It must not call into SQLite, and it sees the text of failing statements, which is
// never kept: only the code is.
void onSqliteLog(void *, int code, const char *)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_IOERR:
    case SQLITE_NOTADB:
        StorageFaults::record(code);
        break;
    default:
        break;
    }
}

// SQLite takes its log before it first starts, so this runs as the program loads, before any connection.
void listenToSqlite()
{
    listening = sqlite3_config(SQLITE_CONFIG_LOG, &onSqliteLog, nullptr) == SQLITE_OK;
    // Made here, on the main thread, so that its signal is delivered there whichever thread reports.
    StorageFaults::instance();
}
Q_CONSTRUCTOR_FUNCTION(listenToSqlite)
#endif

} // namespace

StorageFaults &StorageFaults::instance()
{
    static StorageFaults faults;
    return faults;
}

bool StorageFaults::isListening()
{
    return listening;
}

quint64 StorageFaults::count()
{
    return faultCount;
}

void StorageFaults::record(int sqliteCode)
{
    lastCode = sqliteCode;
    ++faultCount;
    StorageFaults *faults = &instance();
    QMetaObject::invokeMethod(
        faults, [faults] { emit faults->faultReported(); }, Qt::QueuedConnection);
}

Status StorageFaults::since(quint64 mark, const QString &databasePath)
{
    if (count() <= mark)
        return {};
    const QString shownPath = QDir::toNativeSeparators(databasePath);
    const int code = lastCode;
    // SQLITE_IOERR_DATA is a page of an encrypted database that failed its check: damage, not the disk.
    if ((code & 0xff) == SQLITE_IOERR && code != SQLITE_IOERR_DATA)
        return Status::failure(
            tr("The disk failed while Supolka read or wrote %1 (SQLite I/O error %2), so what was shown or done may "
               "be incomplete. Copy the database to another disk and check it; if it cannot be read, restore it "
               "from a backup.")
                .arg(shownPath)
                .arg(code));
    return Status::failure(tr("Part of the database %1 could not be read: it is damaged (SQLite error %2), so what "
                              "was shown or done may be incomplete. Restore the database from a backup, or copy "
                              "it aside and ask for help before changing anything.")
                               .arg(shownPath)
                               .arg(code));
}

} // namespace supolka
