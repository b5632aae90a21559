#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

class SecretBytes;

// The one way into the database file: opens it, refuses what it must not touch, sets the pragmas and runs the
// migrations. Every refusal leaves the file exactly as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database();

    // QStandardPaths::AppDataLocation/supolka.db
    static QString defaultPath();
    static int latestSchemaVersion();
    // The absolute path open() uses for `path`: defaultPath() when it is empty.
    static QString resolvePath(const QString &path);

    // With `passphrase`, an encrypted file is unlocked with it, and a new (missing or empty) file is made
    // encrypted; a plaintext file opens as it is.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecretBytes *passphrase = nullptr);
    // Whether `passphrase` opens the encrypted database at `path` (read from its first page; works while it is open).
    static Status checkPassphrase(const QString &path, const SecretBytes &passphrase);
    // Whether the file at `path` starts as an encrypted Supolka database.
    static bool isEncryptedFile(const QString &path);
    // Encrypts the database at `path` with `next` (`current` null: a plaintext database), or changes its
    // passphrase from `current` to `next`: a new key and salt, every page written again. Nothing is changed on
    // failure, and a crash at any moment leaves one whole database that opens.
    static Status protect(const QString &path, const SecretBytes *current, const SecretBytes &next);

    // A consistent copy of the whole database at `target`, encrypted with the same key when this one is, written
    // whole or not at all. It opens like any database.
    Status backupTo(const QString &target) const;
    // Whether open() would open the file at `path` for reading only, and what to say to a change asked of it.
    static bool opensReadOnly(const QString &path);
    static QString readOnlyRefusal(const QString &path);

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // A database whose file or folder may not be written is opened for reading: reports and exports work, and
    // every change is refused with writeError()'s message.
    bool isReadOnly() const { return m_readOnly; }
    bool isEncrypted() const { return m_keyId != 0; }

    // What to tell about a failed write: SQLite's text, or why a read-only database takes no changes.
    static QString writeError(const QSqlError &error);
    // Why a transaction could not begin: another program's write outlasting the busy timeout, or writeError().
    static QString beginError(const QSqlError &error);
    // writeError()'s message when `db` takes no writes (opened for reading), else empty.
    static QString refusalToWrite(QSqlDatabase &db);

    // The chapter code written into every new row's `origin`.
    QString chapterCode() const;
    // Nothing a chapter records is stored yet: no member, event, aid case or election (a new database). A read that
    // fails counts as not empty.
    bool holdsNoRecords() const;
    Status setChapterCode(const QString &code);

    // SQLite's quick_check of every page: before anything leaves the database (a bundle, an export), so that a
    // damaged file is never passed on as if it were whole. The message names the file and what to do.
    Status quickCheck() const;
    // The same check restricted to `tables` and their indexes, for a report that reads only those: its cost does
    // not grow with the rest of the file (a million members do not slow the events report). It cannot see pages
    // that no table reaches any more; quickCheck() can. No tables: the whole file, as quickCheck().
    Status quickCheck(const QStringList &tables) const;
    // quickCheck()'s message for `problem` found in this database (a read that failed, counts that disagree).
    QString damageMessage(const QString &problem) const;

    QString metaValue(const QString &key, const QString &fallback = {}) const;
    Status setMetaValue(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    static QString damagedAtOpen(const QString &path, const QString &detail);
    // Closes the connection and lets the key go; the lock stays until destruction.
    void close();
    // VACUUM INTO `target` (plaintext, or through the VFS with the key `keyId`), checked and synced.
    Status copyInto(const QString &target, int keyId) const;
    Status configure();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_keyId = 0; // the key lent to the encrypting VFS, or 0 for a plaintext file
};

// A transaction that rolls back unless commit() was called.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit();
    // Why the transaction could not begin, or why commit() failed.
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace supolka
