#include "models/security/encryptedvfs.h"

#include <array>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <new>

#include <QSqlDriver>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace supolka::encryptedvfs {

namespace {

using pagecipher::PageSize;

constexpr int WalHeaderBytes = 32;
constexpr int WalFrameHeaderBytes = 24;
constexpr int WalFrameBytes = WalFrameHeaderBytes + PageSize;
constexpr char KeyParameter[] = "supolka_key";

enum class Kind { Database, Wal, Journal };

std::mutex keysMutex;
std::map<int, std::shared_ptr<pagecipher::PageKey>> keys;
int nextKeyId = 1;
std::atomic<int> refused{0};

sqlite3_vfs *realVfs = nullptr;

// SQLite allocates szOsFile bytes for each open file: this, and right after it the real VFS's file.
struct CipherFile
{
    sqlite3_file base;
    sqlite3_file *real;
    Kind kind;
    std::shared_ptr<pagecipher::PageKey> key;
};

std::uint32_t be32(const std::uint8_t *from)
{
    return std::uint32_t(from[0]) << 24 | std::uint32_t(from[1]) << 16 | std::uint32_t(from[2]) << 8 |
           std::uint32_t(from[3]);
}

CipherFile *cipherFile(sqlite3_file *file)
{
    return reinterpret_cast<CipherFile *>(file);
}

int realRead(CipherFile *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return file->real->pMethods->xRead(file->real, buffer, amount, offset);
}

int realWrite(CipherFile *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
}

// The database file: whole pages only are written; reads of any range decrypt the pages they touch.
int readDatabase(CipherFile *file, std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    std::array<std::uint8_t, PageSize> page;
    sqlite3_int64 position = offset;
    const sqlite3_int64 end = offset + amount;
    while (position < end) {
        const sqlite3_int64 pageStart = position / PageSize * PageSize;
        const int rc = realRead(file, page.data(), PageSize, pageStart);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Past the end: SQLite asks for zeros and the short-read code (a new, empty file, say).
            std::memset(buffer + (position - offset), 0, std::size_t(end - position));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!pagecipher::decryptPage(*file->key, std::uint32_t(pageStart / PageSize + 1), page.data(), page.data()))
            return SQLITE_IOERR_DATA;
        const sqlite3_int64 to = std::min(end, pageStart + PageSize);
        std::memcpy(buffer + (position - offset), page.data() + (position - pageStart), std::size_t(to - position));
        position = to;
    }
    return SQLITE_OK;
}

int writeDatabase(CipherFile *file, const std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    if (amount != PageSize || offset % PageSize != 0)
        return SQLITE_IOERR_WRITE;
    std::array<std::uint8_t, PageSize> sealed;
    if (!pagecipher::encryptPage(*file->key, std::uint32_t(offset / PageSize + 1), buffer, sealed.data()))
        return SQLITE_IOERR_WRITE;
    return realWrite(file, sealed.data(), PageSize, offset);
}

// The WAL: its 32-byte header and each frame's 24-byte header stay as SQLite wrote them; each frame's page is
// encrypted under the page number its header names.
int readWal(CipherFile *file, std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    if (offset + amount <= WalHeaderBytes)
        return realRead(file, buffer, amount, offset);
    const sqlite3_int64 inFrame = (offset - WalHeaderBytes) % WalFrameBytes;
    if (offset < WalHeaderBytes)
        return SQLITE_IOERR_READ;
    if (inFrame + amount <= WalFrameHeaderBytes)
        return realRead(file, buffer, amount, offset);
    if (inFrame == 0 && amount == WalFrameBytes) {
        // A whole frame: SQLite recovering the WAL, or rewriting checksums. A frame that fails its check is
        // handed on as zeros, which SQLite's checksum then takes for a torn write and stops at; never as stored,
        // which for a WAL left by a plaintext database would be a valid frame.
        const int rc = realRead(file, buffer, amount, offset);
        if (rc != SQLITE_OK)
            return rc;
        if (!pagecipher::decryptPage(*file->key, be32(buffer), buffer + WalFrameHeaderBytes,
                                     buffer + WalFrameHeaderBytes))
            std::memset(buffer + WalFrameHeaderBytes, 0, PageSize);
        return SQLITE_OK;
    }
    if (inFrame == WalFrameHeaderBytes && amount == PageSize) {
        // A page of a frame SQLite already checked: one that fails now was altered since.
        std::array<std::uint8_t, WalFrameHeaderBytes> header;
        int rc = realRead(file, header.data(), WalFrameHeaderBytes, offset - WalFrameHeaderBytes);
        if (rc == SQLITE_OK)
            rc = realRead(file, buffer, amount, offset);
        if (rc != SQLITE_OK)
            return rc;
        return pagecipher::decryptPage(*file->key, be32(header.data()), buffer, buffer) ? SQLITE_OK : SQLITE_IOERR_DATA;
    }
    return SQLITE_IOERR_READ;
}

int writeWal(CipherFile *file, const std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    if (offset + amount <= WalHeaderBytes)
        return realWrite(file, buffer, amount, offset);
    if (offset < WalHeaderBytes)
        return SQLITE_IOERR_WRITE;
    const sqlite3_int64 inFrame = (offset - WalHeaderBytes) % WalFrameBytes;
    if (inFrame == 0 && amount == WalFrameHeaderBytes)
        return realWrite(file, buffer, amount, offset);
    if (inFrame == 0 && amount == WalFrameBytes) {
        std::array<std::uint8_t, WalFrameBytes> frame;
        std::memcpy(frame.data(), buffer, WalFrameHeaderBytes);
        if (!pagecipher::encryptPage(*file->key, be32(buffer), buffer + WalFrameHeaderBytes,
                                     frame.data() + WalFrameHeaderBytes))
            return SQLITE_IOERR_WRITE;
        return realWrite(file, frame.data(), WalFrameBytes, offset);
    }
    if (inFrame == WalFrameHeaderBytes && amount == PageSize) {
        // SQLite writes a frame's header first, then its page: the page number is read back from the header.
        std::array<std::uint8_t, WalFrameHeaderBytes> header;
        const int rc = realRead(file, header.data(), WalFrameHeaderBytes, offset - WalFrameHeaderBytes);
        if (rc != SQLITE_OK)
            return SQLITE_IOERR_WRITE;
        std::array<std::uint8_t, PageSize> sealed;
        if (!pagecipher::encryptPage(*file->key, be32(header.data()), buffer, sealed.data()))
            return SQLITE_IOERR_WRITE;
        return realWrite(file, sealed.data(), PageSize, offset);
    }
    // A part of a page (psow=0 splits pages at sector boundaries): never written in the clear.
    return SQLITE_IOERR_WRITE;
}

// The rollback journal: a header at each sector boundary, then records of a 4-byte page number, the page and a
// 4-byte checksum; with sectors a multiple of 512 bytes, a record's page starts 4 bytes past a multiple of 8.
bool isJournalPage(int amount, sqlite3_int64 offset)
{
    return amount == PageSize && offset % 8 == 4;
}

int readJournal(CipherFile *file, std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    if (!isJournalPage(amount, offset))
        return realRead(file, buffer, amount, offset);
    std::array<std::uint8_t, 4> pageNumber;
    int rc = realRead(file, pageNumber.data(), 4, offset - 4);
    if (rc == SQLITE_OK)
        rc = realRead(file, buffer, amount, offset);
    if (rc != SQLITE_OK)
        return rc;
    // A record that fails its check is handed on as zeros: SQLite's checksum ends the playback there, as at a
    // record cut off by a crash.
    if (!pagecipher::decryptPage(*file->key, be32(pageNumber.data()), buffer, buffer))
        std::memset(buffer, 0, PageSize);
    return SQLITE_OK;
}

int writeJournal(CipherFile *file, const std::uint8_t *buffer, int amount, sqlite3_int64 offset)
{
    if (isJournalPage(amount, offset)) {
        std::array<std::uint8_t, 4> pageNumber;
        if (realRead(file, pageNumber.data(), 4, offset - 4) != SQLITE_OK)
            return SQLITE_IOERR_WRITE;
        std::array<std::uint8_t, PageSize> sealed;
        if (!pagecipher::encryptPage(*file->key, be32(pageNumber.data()), buffer, sealed.data()))
            return SQLITE_IOERR_WRITE;
        return realWrite(file, sealed.data(), PageSize, offset);
    }
    // Page numbers, checksums, record counts, and the headers at sector boundaries: no page data. SQLite's
    // journal sectors are 512 bytes or a multiple of it (512 with power-safe overwrite, which this VFS reports),
    // so a header starts at a multiple of 512, where a record's page never does.
    if (amount <= 28 || offset % 512 == 0)
        return realWrite(file, buffer, amount, offset);
    return SQLITE_IOERR_WRITE;
}

int fileClose(sqlite3_file *sqliteFile)
{
    CipherFile *file = cipherFile(sqliteFile);
    int rc = SQLITE_OK;
    if (file->real->pMethods)
        rc = file->real->pMethods->xClose(file->real);
    file->key.~shared_ptr();
    return rc;
}

int fileRead(sqlite3_file *sqliteFile, void *buffer, int amount, sqlite3_int64 offset)
{
    CipherFile *file = cipherFile(sqliteFile);
    auto *bytes = static_cast<std::uint8_t *>(buffer);
    switch (file->kind) {
    case Kind::Database:
        return readDatabase(file, bytes, amount, offset);
    case Kind::Wal:
        return readWal(file, bytes, amount, offset);
    case Kind::Journal:
        return readJournal(file, bytes, amount, offset);
    }
    return SQLITE_IOERR_READ;
}

int fileWrite(sqlite3_file *sqliteFile, const void *buffer, int amount, sqlite3_int64 offset)
{
    CipherFile *file = cipherFile(sqliteFile);
    const auto *bytes = static_cast<const std::uint8_t *>(buffer);
    switch (file->kind) {
    case Kind::Database:
        return writeDatabase(file, bytes, amount, offset);
    case Kind::Wal:
        return writeWal(file, bytes, amount, offset);
    case Kind::Journal:
        return writeJournal(file, bytes, amount, offset);
    }
    return SQLITE_IOERR_WRITE;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return cipherFile(file)->real->pMethods->xTruncate(cipherFile(file)->real, size);
}

int fileSync(sqlite3_file *file, int flags)
{
    return cipherFile(file)->real->pMethods->xSync(cipherFile(file)->real, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return cipherFile(file)->real->pMethods->xFileSize(cipherFile(file)->real, size);
}

int fileLock(sqlite3_file *file, int lock)
{
    return cipherFile(file)->real->pMethods->xLock(cipherFile(file)->real, lock);
}

int fileUnlock(sqlite3_file *file, int lock)
{
    return cipherFile(file)->real->pMethods->xUnlock(cipherFile(file)->real, lock);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    return cipherFile(file)->real->pMethods->xCheckReservedLock(cipherFile(file)->real, result);
}

int fileControl(sqlite3_file *sqliteFile, int op, void *argument)
{
    CipherFile *file = cipherFile(sqliteFile);
    if (op == SQLITE_FCNTL_PRAGMA) {
        auto **arguments = static_cast<char **>(argument);
        if (sqlite3_stricmp(arguments[1], ProbePragma) == 0) {
            arguments[0] = sqlite3_mprintf("xchacha20poly1305/%d", int(pagecipher::FormatVersion));
            return SQLITE_OK;
        }
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        // Pages are never mapped: SQLite would read them from the file as stored.
        *static_cast<sqlite3_int64 *>(argument) = 0;
        return SQLITE_OK;
    }
    return file->real->pMethods->xFileControl(file->real, op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    return cipherFile(file)->real->pMethods->xSectorSize(cipherFile(file)->real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    // Power-safe overwrite, whatever the file says: SQLite then never pads the WAL to a sector boundary by
    // writing parts of pages.
    return cipherFile(file)->real->pMethods->xDeviceCharacteristics(cipherFile(file)->real) |
           SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

int fileShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **memory)
{
    return cipherFile(file)->real->pMethods->xShmMap(cipherFile(file)->real, page, size, extend, memory);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return cipherFile(file)->real->pMethods->xShmLock(cipherFile(file)->real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    cipherFile(file)->real->pMethods->xShmBarrier(cipherFile(file)->real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return cipherFile(file)->real->pMethods->xShmUnmap(cipherFile(file)->real, deleteFlag);
}

// Version 2: shared memory for the WAL, and no xFetch, so that SQLite never maps the file's pages.
const sqlite3_io_methods ioMethods = {
    2,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *sqliteFile, int flags, int *outFlags)
{
    CipherFile *file = cipherFile(sqliteFile);
    file->base.pMethods = nullptr;
    Kind kind;
    if (flags & SQLITE_OPEN_MAIN_DB)
        kind = Kind::Database;
    else if (flags & SQLITE_OPEN_WAL)
        kind = Kind::Wal;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        kind = Kind::Journal;
    else {
        // Temporary databases, statement journals, super-journals: SQLite would write pages there in the clear.
        ++refused;
        return SQLITE_CANTOPEN;
    }
    std::shared_ptr<pagecipher::PageKey> key;
    if (name) {
        const sqlite3_int64 id = sqlite3_uri_int64(name, KeyParameter, 0);
        const std::lock_guard<std::mutex> guard(keysMutex);
        if (const auto found = keys.find(int(id)); found != keys.end())
            key = found->second;
    }
    if (!key) {
        ++refused;
        return SQLITE_CANTOPEN;
    }
    new (&file->key) std::shared_ptr<pagecipher::PageKey>(std::move(key));
    file->kind = kind;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->real->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods)
            file->real->pMethods->xClose(file->real);
        file->key.~shared_ptr();
        return rc;
    }
    file->base.pMethods = &ioMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    realVfs->xDlError(realVfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    realVfs->xDlClose(realVfs, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return realVfs->xCurrentTime(realVfs, now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

sqlite3_vfs cipherVfs = {};

bool registerVfs()
{
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs || realVfs->iVersion < 2 || !realVfs->xCurrentTimeInt64)
        return false;
    cipherVfs.iVersion = 2;
    cipherVfs.szOsFile = int(sizeof(CipherFile)) + realVfs->szOsFile;
    cipherVfs.mxPathname = realVfs->mxPathname;
    cipherVfs.zName = Name;
    cipherVfs.xOpen = vfsOpen;
    cipherVfs.xDelete = vfsDelete;
    cipherVfs.xAccess = vfsAccess;
    cipherVfs.xFullPathname = vfsFullPathname;
    cipherVfs.xDlOpen = vfsDlOpen;
    cipherVfs.xDlError = vfsDlError;
    cipherVfs.xDlSym = vfsDlSym;
    cipherVfs.xDlClose = vfsDlClose;
    cipherVfs.xRandomness = vfsRandomness;
    cipherVfs.xSleep = vfsSleep;
    cipherVfs.xCurrentTime = vfsCurrentTime;
    cipherVfs.xGetLastError = vfsGetLastError;
    cipherVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&cipherVfs, 0) == SQLITE_OK;
}

} // namespace

bool ensureRegistered()
{
    static const bool registered = registerVfs();
    return registered;
}

int lend(std::shared_ptr<pagecipher::PageKey> key)
{
    const std::lock_guard<std::mutex> guard(keysMutex);
    const int id = nextKeyId++;
    keys.emplace(id, std::move(key));
    return id;
}

void withdraw(int id)
{
    const std::lock_guard<std::mutex> guard(keysMutex);
    keys.erase(id);
}

QString uri(const QString &path, int keyId, const QString &extraQuery)
{
    QUrl url = QUrl::fromLocalFile(path);
    QString query = QStringLiteral("vfs=%1&%2=%3").arg(QLatin1String(Name), QLatin1String(KeyParameter)).arg(keyId);
    if (!extraQuery.isEmpty())
        query += QLatin1Char('&') + extraQuery;
    url.setQuery(query);
    return QString::fromUtf8(url.toEncoded());
}

bool reservePageSpace(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3 *const *>(handle.data());
    int reserve = pagecipher::ReservedBytes;
    return connection && sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK;
}

int lentKeys()
{
    const std::lock_guard<std::mutex> guard(keysMutex);
    return int(keys.size());
}

int refusedOpens()
{
    return refused;
}

} // namespace supolka::encryptedvfs
