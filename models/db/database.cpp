#include "models/db/database.h"

#include <atomic>
#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#include <sodium.h>
#include <sqlite3.h>

#include "models/core/shownformats.h"
#include "models/db/migrations.h"
#include "models/security/databasekey.h"
#include "models/security/encryptedvfs.h"
#include "models/security/pagecipher.h"

namespace supolka {

namespace {

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("supolka-%1").arg(++counter);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr, QSqlError *sqlError = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    if (sqlError)
        *sqlError = query.lastError();
    return false;
}

// The primary SQLite result code of a failed statement (without its extended part).
int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isDamage(const QSqlError &error)
{
    return primaryCode(error) == SQLITE_CORRUPT || primaryCode(error) == SQLITE_NOTADB;
}

QString readOnlyError()
{
    return Database::tr("the database is open for reading only (its file or folder may not be written), so nothing "
                        "can be changed; copy it to a folder Supolka may write to and open the copy to change it");
}

// Root may write anywhere, so the owner's write bit is what says "keep this as it is".
bool isWritableFolder(const QString &path)
{
    const QFileInfo folder(path);
    return folder.isWritable() && (folder.permissions() & QFileDevice::WriteOwner);
}

} // namespace

bool Database::opensReadOnly(const QString &path)
{
    // A file that may not be written, or whose folder may not (a backup on a locked stick, a shared folder).
    const QFileInfo info(path);
    return info.exists() && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner) ||
                             !isWritableFolder(info.absolutePath()));
}

QString Database::readOnlyRefusal(const QString &path)
{
    return tr("%1 is open for reading only (its file or folder may not be written), and this writes to it, so "
              "nothing was done. Copy the database to a folder Supolka may write to and work on the copy.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

QString Database::damagedAtOpen(const QString &path, const QString &detail)
{
    return tr("The database %1 is damaged (%2) and cannot be opened. Restore it from a backup, or copy it aside and "
              "ask for help. It was left untouched.")
        .arg(QDir::toNativeSeparators(path), detail.trimmed());
}

QString Database::writeError(const QSqlError &error)
{
    return primaryCode(error) == SQLITE_READONLY ? readOnlyError() : error.text();
}

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock))
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // The files SQLite had open hold the key until they close; this was the last holder.
    if (m_keyId) {
        encryptedvfs::withdraw(m_keyId);
        m_keyId = 0;
    }
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("supolka.db"));
}

QString Database::resolvePath(const QString &path)
{
    return QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
}

int Database::latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

namespace {

// Takes the database's lock file. A lock left by a Supolka that is gone (its process no longer runs) is taken over
// by QLockFile itself; one that a power cut or a full disk left empty or garbled names no process, and is taken
// over when no running program holds it.
Status takeLock(QLockFile &lock, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.error() == QLockFile::LockFailedError && !lock.getLockInfo(&pid, &host, &application) &&
        lock.removeStaleLockFile() && lock.tryLock(0))
        return {};
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application)) {
        const QDateTime since = QFileInfo(path + QStringLiteral(".lock")).lastModified();
        return Status::failure(Database::tr("%1 is in use by another Supolka (process %2 on %3, since %4). Close it "
                                            "there first.")
                                   .arg(shownPath)
                                   .arg(pid)
                                   .arg(host.isEmpty() ? Database::tr("this computer") : host, shown::dateTime(since)));
    }
    if (lock.error() == QLockFile::LockFailedError)
        return Status::failure(Database::tr("%1 is in use by another program that holds its lock file %2. Close it "
                                            "there first.")
                                   .arg(shownPath, QDir::toNativeSeparators(path + QStringLiteral(".lock"))));
    // The lock file could not be made or written: a full disk, or a folder Supolka may not write to.
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
        return Status::failure(Database::tr("Cannot write the lock file beside %1: the disk %2 is full (%3 KB free). "
                                            "Free some space and try again.")
                                   .arg(shownPath, QDir::toNativeSeparators(disk.rootPath()))
                                   .arg(disk.bytesAvailable() / 1024));
    return Status::failure(
        Database::tr("Cannot write the lock file beside %1. Check that the folder is writable.").arg(shownPath));
}

QString noEncryptionHere(const QString &path)
{
    return Database::tr("%1 is encrypted, and this build of Supolka cannot open encrypted databases: its Qt uses an "
                        "SQLite library of its own, which does not know Supolka's encryption. Use a Supolka built "
                        "with the system's Qt (Linux packages, Homebrew, vcpkg). The file was left untouched.")
        .arg(QDir::toNativeSeparators(path));
}

// Whether the connection's SQLite is the one that holds the encrypting VFS: an encrypted connection answers the
// pragma only that VFS knows; for a plaintext one, a file named through the VFS (with no key, so never opened)
// is refused by the VFS itself rather than by SQLite as an unknown VFS.
bool isServedByCipher(QSqlDatabase &db)
{
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(encryptedvfs::ProbePragma))) && probe.next() &&
        probe.value(0).toString().startsWith(QLatin1String("xchacha20poly1305/")))
        return true;
    probe.finish();
    probe.prepare(QStringLiteral("ATTACH DATABASE ? AS supolka_probe"));
    probe.addBindValue(encryptedvfs::uri(QDir::temp().filePath(QStringLiteral("supolka-probe")), 0));
    if (probe.exec()) {
        probe.exec(QStringLiteral("DETACH DATABASE supolka_probe"));
        return false;
    }
    return !probe.lastError().text().contains(QLatin1String("no such vfs"));
}

// Derives the key of the encrypted file whose first page is `page1`, and checks it on that page: a wrong
// passphrase is told before SQLite opens the file.
Result<std::shared_ptr<pagecipher::PageKey>> unlockKey(const QString &path, const QByteArray &page1,
                                                       const SecretBytes *passphrase)
{
    using R = Result<std::shared_ptr<pagecipher::PageKey>>;
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!passphrase || passphrase->isEmpty())
        return R::failure(Database::tr("%1 is encrypted: its passphrase is needed to open it (on the command line, "
                                       "--passphrase-file FILE).")
                              .arg(shownPath));
    pagecipher::KeyParameters parameters;
    pagecipher::Header header;
    if (page1.size() < pagecipher::PageSize ||
        !pagecipher::readHeader(reinterpret_cast<const std::uint8_t *>(page1.constData()), parameters, header))
        return R::failure(Database::tr("%1 is an encrypted Supolka database that this version cannot read (a newer "
                                       "format, or a damaged header). It was left untouched.")
                              .arg(shownPath));
    if (!encryptedvfs::ensureRegistered())
        return R::failure(noEncryptionHere(path));
    std::shared_ptr<pagecipher::PageKey> key = databasekey::derive(*passphrase, parameters);
    if (!key)
        return R::failure(
            Database::tr("Not enough memory to derive the key of %1 from its passphrase (%2 MB are needed).")
                .arg(shownPath)
                .arg(parameters.memLimitKiB / 1024));
    QByteArray check = page1.left(pagecipher::PageSize);
    auto *bytes = reinterpret_cast<std::uint8_t *>(check.data());
    const bool opened = pagecipher::decryptPage(*key, 1, bytes, bytes);
    sodium_memzero(check.data(), std::size_t(check.size()));
    if (!opened)
        return R::failure(Database::tr("The passphrase is wrong for %1 (or its first page is damaged). Nothing was "
                                       "changed.")
                              .arg(shownPath));
    return R(std::move(key));
}

// Makes sure what was written to `path` is on the disk (the file, or with `folder` the folder's entries).
bool syncToDisk(const QString &path, bool folder = false)
{
#ifdef Q_OS_WIN
    if (folder)
        return true; // NTFS journals renames itself; a folder cannot be opened to flush it
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && _commit(file.handle()) == 0;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#endif
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// SQLite's integrity_check of the file at `uri` (a URI, through the encrypting VFS where it names it).
QString integrityOf(const QString &uri)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("supolka-check-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(uri);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !query.next())
                problem = query.lastError().text();
            else if (query.value(0).toString() != QLatin1String("ok"))
                problem = query.value(0).toString();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// `path` as an SQLite URI ("file:///…", escaped), with `query` ("mode=ro") when given.
QString fileUri(const QString &path, const QString &query = {})
{
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(query);
    return QString::fromUtf8(uri.toEncoded());
}

} // namespace

Status Database::copyInto(const QString &target, int keyId) const
{
    const QString shownTarget = QDir::toNativeSeparators(target);
    removeWithCompanions(target);
    const QString uri = keyId ? encryptedvfs::uri(target, keyId) : fileUri(target);
    QSqlQuery vacuum(connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(uri);
    if (!vacuum.exec()) {
        const QString why = vacuum.lastError().text();
        removeWithCompanions(target);
        return Status::failure(tr("Could not write a copy of the database to %1: %2").arg(shownTarget, why));
    }
    vacuum.finish();
    if (const QString problem = integrityOf(uri); !problem.isEmpty()) {
        removeWithCompanions(target);
        return Status::failure(
            tr("The copy written to %1 did not pass its check (%2); it was removed.").arg(shownTarget, problem));
    }
    if (!syncToDisk(target)) {
        removeWithCompanions(target);
        return Status::failure(tr("Could not make sure %1 reached the disk; it was removed.").arg(shownTarget));
    }
    return {};
}

Status Database::backupTo(const QString &requestedTarget) const
{
    const QString target = QFileInfo(requestedTarget).absoluteFilePath();
    if (target == m_path)
        return Status::failure(tr("A backup cannot replace the database it is made of; choose another file."));
    // Written beside the target, checked and synced, then renamed over it: never half a backup.
    const QString partial = target + QStringLiteral(".part");
    if (Status copied = copyInto(partial, m_keyId); !copied)
        return copied;
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error) {
        removeWithCompanions(partial);
        return Status::failure(tr("Could not put the backup in place at %1: %2")
                                   .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(error.message())));
    }
    syncToDisk(QFileInfo(target).absolutePath(), true);
    return {};
}

Status Database::protect(const QString &requestedPath, const SecretBytes *current, const SecretBytes &next)
{
    const QString path = resolvePath(requestedPath);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (next.isEmpty())
        return Status::failure(tr("The new passphrase is empty."));
    auto opened = open(path, current);
    if (!opened)
        return Status::failure(opened.error());
    Database &database = *opened.value();
    if (database.isReadOnly())
        return Status::failure(readOnlyRefusal(path));
    if (!encryptedvfs::ensureRegistered())
        return Status::failure(noEncryptionHere(path));
    if (!database.isEncrypted()) {
        // A plaintext connection must be served by the SQLite that holds the encrypting VFS, and is asked to
        // leave the nonce's and tag's room in every page of the copy.
        QSqlDatabase db = database.connection();
        if (!isServedByCipher(db) || !encryptedvfs::reservePageSpace(db))
            return Status::failure(noEncryptionHere(path));
    }

    std::shared_ptr<pagecipher::PageKey> key = databasekey::derive(next, databasekey::newParameters());
    if (!key)
        return Status::failure(tr("Not enough memory to derive a key from the new passphrase."));
    const int keyId = encryptedvfs::lend(std::move(key));
    const auto withdraw = qScopeGuard([keyId] { encryptedvfs::withdraw(keyId); });

    // The encrypted copy is written beside the database, checked, synced and renamed over it; until the rename
    // the old file is the database, after it the new one, and a crash at any moment leaves one of them whole.
    const QString copy = path + QStringLiteral(".encrypting");
    if (Status copied = database.copyInto(copy, keyId); !copied)
        return copied;
    database.close();
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        removeWithCompanions(copy);
        return Status::failure(
            tr("Another program is still using %1; close it and try again. Nothing was changed.").arg(shownPath));
    }
    QFile::remove(path + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(copy.toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            error);
    if (error) {
        removeWithCompanions(copy);
        return Status::failure(tr("Could not put the encrypted database in place of %1: %2. Nothing was changed.")
                                   .arg(shownPath, QString::fromLocal8Bit(error.message())));
    }
    syncToDisk(QFileInfo(path).absolutePath(), true);
    return {};
}

Status Database::checkPassphrase(const QString &path, const SecretBytes &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto key = unlockKey(path, file.read(pagecipher::PageSize), &passphrase);
    return key ? Status() : Status::failure(key.error());
}

bool Database::isEncryptedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(16);
    return pagecipher::classify(reinterpret_cast<const std::uint8_t *>(start.constData()), std::size_t(start.size())) ==
           pagecipher::HeaderState::Encrypted;
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath, const SecretBytes *passphrase)
{
    using R = Result<std::unique_ptr<Database>>;
    const QString path = resolvePath(requestedPath);
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);

    const bool folderWritable = isWritableFolder(info.absolutePath());
    bool readOnly = false;
    // The key of an encrypted file (derived and checked against its page 1 before SQLite sees the file), or of a
    // new file to be made encrypted.
    std::shared_ptr<pagecipher::PageKey> key;
    bool newFile = true;
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("%1 is a folder, not a Supolka database file.").arg(shownPath));
        if (!info.isReadable())
            return R::failure(tr("Supolka may not read %1. Check the file's permissions.").arg(shownPath));
        readOnly = opensReadOnly(path);
        if (info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(tr("Could not read %1: %2").arg(shownPath, file.errorString()));
            const QByteArray page1 = file.read(pagecipher::PageSize);
            const auto *bytes = reinterpret_cast<const std::uint8_t *>(page1.constData());
            const pagecipher::HeaderState kind = pagecipher::classify(bytes, std::size_t(page1.size()));
            if (kind == pagecipher::HeaderState::Other)
                return R::failure(tr("%1 is not a Supolka database (it is not an SQLite file). It was left untouched.")
                                      .arg(shownPath));
            newFile = false;
            if (kind == pagecipher::HeaderState::Encrypted) {
                auto unlocked = unlockKey(path, page1, passphrase);
                if (!unlocked)
                    return R::failure(unlocked.error());
                key = std::move(unlocked.value());
            }
        } else if (readOnly) {
            return R::failure(tr("%1 is empty and read-only: there is no database in it to read.").arg(shownPath));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return R::failure(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (!folderWritable) {
        return R::failure(tr("The folder of %1 is read-only, so the database cannot be made there.").arg(shownPath));
    }

    if (newFile && passphrase) {
        if (!encryptedvfs::ensureRegistered())
            return R::failure(noEncryptionHere(path));
        key = databasekey::derive(*passphrase, databasekey::newParameters());
        if (!key)
            return R::failure(tr("Not enough memory to derive the key of %1 from its passphrase.").arg(shownPath));
    }

    // Read as it is ("immutable"), SQLite makes no shared-memory file beside it and leaves nothing behind. Changes
    // still waiting in its journal are read the usual way, where the folder allows it.
    const bool pendingJournal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const bool immutable = readOnly && !pendingJournal;
    if (readOnly && pendingJournal && !folderWritable)
        return R::failure(tr("%1 is read-only, and its journal %2 holds changes not yet written into it. Copy both "
                             "files to a folder Supolka may write to and open the copy.")
                              .arg(shownPath, QDir::toNativeSeparators(path + QStringLiteral("-wal"))));

    // A database opened for reading changes nothing, so it takes no lock.
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        if (Status locked = takeLock(*lock, path); !locked)
            return R::failure(locked.error());
    }

    const QString connectionName = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, connectionName, std::move(lock)));
    database->m_readOnly = readOnly;
    if (key)
        database->m_keyId = encryptedvfs::lend(key);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return R::failure(tr("The SQLite driver of Qt (QSQLITE) is missing; reinstall Supolka."));
        // Always a URI, so that VACUUM INTO may name a file through the encrypting VFS.
        const QString uriQuery =
            readOnly ? (immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro")) : QString();
        db.setDatabaseName(key ? encryptedvfs::uri(path, database->m_keyId, uriQuery) : fileUri(path, uriQuery));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;%1QSQLITE_BUSY_TIMEOUT=%2")
                                 .arg(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") : QString())
                                 .arg(BusyTimeoutMs));
        if (!db.open())
            return R::failure(key ? noEncryptionHere(path)
                                  : tr("Could not open %1: %2").arg(shownPath, db.lastError().text()));
        // The encrypting VFS must be the one serving this connection: a Qt with an SQLite of its own would not
        // know it, and nothing may then be read or written.
        if (key && !isServedByCipher(db))
            return R::failure(noEncryptionHere(path));
        if (key && newFile && !encryptedvfs::reservePageSpace(db))
            return R::failure(noEncryptionHere(path));

        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return R::failure(isDamage(query.lastError())
                                  ? damagedAtOpen(path, query.lastError().text())
                                  : tr("%1 is not a Supolka database or is damaged (%2). It was left untouched.")
                                        .arg(shownPath, query.lastError().text()));
        database->m_schemaVersion = query.value(0).toInt();
        query.finish();
        // Schema 0 is a new, empty file. One that already holds tables belongs to another program: leave it be.
        if (database->m_schemaVersion == 0) {
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
                return R::failure(isDamage(query.lastError())
                                      ? damagedAtOpen(path, query.lastError().text())
                                      : tr("%1 is not a Supolka database or is damaged (%2). It was left untouched.")
                                            .arg(shownPath, query.lastError().text()));
            const int objects = query.value(0).toInt();
            query.finish();
            if (objects > 0)
                return R::failure(
                    tr("%1 is an SQLite database of another program, not a Supolka database. It was left untouched.")
                        .arg(shownPath));
        }
        if (database->m_schemaVersion > latestSchemaVersion())
            return R::failure(tr("%1 was written by a newer Supolka (schema %2; this version knows up to %3). "
                                 "Update Supolka to open it. The file was left untouched.")
                                  .arg(shownPath)
                                  .arg(database->m_schemaVersion)
                                  .arg(latestSchemaVersion()));
        if (readOnly && database->m_schemaVersion < latestSchemaVersion())
            return R::failure(tr("%1 is read-only and was written by an older Supolka (schema %2): it must be "
                                 "upgraded before this version can read it. Copy it to a folder Supolka may write to "
                                 "and open the copy.")
                                  .arg(shownPath)
                                  .arg(database->m_schemaVersion));
    }

    if (Status status = database->configure(); !status)
        return R::failure(status.error());
    if (Status status = database->migrate(); !status)
        return R::failure(status.error());
    return R(std::move(database));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    QStringList pragmas;
    // query_only makes every write of a read-only database fail at once, as SQLITE_READONLY, and tells
    // Transaction not to begin.
    if (m_readOnly)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    else
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    pragmas << QStringList{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        // 32 MiB of page cache (the default is 2 MiB): imports and the type-ahead index stay in memory.
        QStringLiteral("PRAGMA cache_size = -32768"),
        // Sorting and temporary tables in memory, and no mapped pages: every page passes through the VFS, and
        // nothing of an encrypted database is ever written to a temporary file.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA mmap_size = 0"),
    };
    for (const QString &pragma : pragmas) {
        QString error;
        QSqlError sqlError;
        if (!exec(db, pragma, &error, &sqlError))
            return Status::failure(
                isDamage(sqlError)
                    ? damagedAtOpen(m_path, error)
                    : tr("Could not prepare the database %1: %2").arg(QDir::toNativeSeparators(m_path), error));
    }
    return {};
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    for (const Migration &migration : migrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (!db.transaction())
            return Status::failure(tr("Could not start the database upgrade: %1").arg(db.lastError().text()));
        QString error;
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(db, statement, &error)) {
                ok = false;
                break;
            }
        }
        if (ok && migration.rewrite) {
            if (const Status rewritten = migration.rewrite(db); !rewritten) {
                ok = false;
                error = rewritten.error();
            }
        }
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &error);
        if (!ok || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            return Status::failure(
                tr("The database upgrade to schema %1 failed and was undone: %2").arg(migration.version).arg(error));
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Status Database::quickCheck() const
{
    return quickCheck(QStringList{});
}

Status Database::quickCheck(const QStringList &tables) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // Without tables, one pass over the whole file; else one per table, each with the table's indexes.
    QStringList pragmas;
    if (tables.isEmpty())
        pragmas << QStringLiteral("PRAGMA quick_check(1)");
    for (const QString &table : tables)
        pragmas << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table);
    QString problem;
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            problem = query.lastError().text();
        else if (!query.next())
            problem = query.lastError().text();
        else if (query.value(0).toString() != QLatin1String("ok"))
            problem = query.value(0).toString();
        query.finish();
        if (!problem.isEmpty())
            return Status::failure(damageMessage(problem));
    }
    return {};
}

QString Database::damageMessage(const QString &problem) const
{
    return tr("The database %1 is damaged (%2). Nothing was written from it. Restore the database from a backup, or "
              "copy it aside and ask for help before changing anything.")
        .arg(QDir::toNativeSeparators(m_path), problem.trimmed());
}

QString Database::metaValue(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(tr("Could not save a setting in the database: %1").arg(writeError(query.lastError())));
    return {};
}

QString Database::chapterCode() const
{
    return metaValue(QStringLiteral("chapter_code"), QStringLiteral("local"));
}

bool Database::holdsNoRecords() const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM members) OR EXISTS (SELECT 1 FROM events) OR "
                                   "EXISTS (SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM elections)")) ||
        !query.next())
        return false;
    return query.value(0).toInt() == 0;
}

Status Database::setChapterCode(const QString &code)
{
    return setMetaValue(QStringLiteral("chapter_code"), code);
}

QString Database::refusalToWrite(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA query_only")) && query.next() && query.value(0).toInt() == 1)
        return readOnlyError();
    return {};
}

QString Database::beginError(const QSqlError &error)
{
    if (primaryCode(error) == SQLITE_BUSY || primaryCode(error) == SQLITE_LOCKED)
        return tr("another program kept the database busy for more than %1 seconds; try again when it has finished")
            .arg(BusyTimeoutMs / 1000);
    return writeError(error);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock at once, waiting the busy timeout while another program writes; a deferred
    // transaction that reads first would be refused at its first write instead, without waiting.
    m_error = Database::refusalToWrite(m_db);
    if (!m_error.isEmpty())
        return;
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = Database::beginError(begin.lastError());
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    // Why the commit failed (a full disk, say): the rollback's own error would hide it.
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace supolka
