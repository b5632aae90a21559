#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include "models/core/result.h"

namespace supolka {

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

    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // The chapter code written into every new row's `origin`.
    QString chapterCode() const;
    Status setChapterCode(const QString &code);

    // SQLite's quick_check of every page: before anything leaves the database (a bundle, a report), so that a
    // damaged file is never passed on as if it were whole. The message names the file and what to do.
    Status quickCheck() const;

    QString metaValue(const QString &key, const QString &fallback = {}) const;
    Status setMetaValue(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    Status configure();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
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
