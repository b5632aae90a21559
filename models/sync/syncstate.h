#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "models/core/result.h"
#include "models/sync/synckinds.h"

namespace supolka {

class Database;

// What was last exchanged with a peer about one row.
struct SyncBase
{
    QString hash;      // SyncKinds::hash of the row as exchanged
    QString updatedAt; // its updated_at
};

// A row changed here and at a peer since they last exchanged it: the local version stays until the user chooses.
struct SyncConflict
{
    qint64 pk = 0;
    SyncKind kind = SyncKind::Members;
    QString id;   // the row's key within its kind
    QString peer; // the chapter the other version came from
    QStringList mine;
    QStringList theirs;
    QString detectedAt;
    QString resolvedAt;
    QString resolution; // "mine" or "theirs" once resolved
};

// One bundle written or read.
struct SyncHistoryEntry
{
    qint64 pk = 0;
    QString direction; // "sent" or "received"
    QString peer;      // the recipient, or the chapter that sent it
    QString peerName;
    QString fileName;
    QString profile;
    QString at;              // when it was written or read here
    QString bundleCreatedAt; // when the bundle was made
    QString since;           // only rows changed after this time; empty = everything
    qint64 rows = 0;
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int conflicts = 0;
};

// The bookkeeping of the exchange (migration 5): what was exchanged with whom, conflicts, the history of bundles,
// rows that changed by a bundle, counts chapters reported, and the chapter's pseudonymization key.
class SyncState final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncState)

public:
    explicit SyncState(Database &database);

    // The chapter's secret key for pseudonyms (HMAC-SHA256), made on first use; kept only in this database.
    Result<QByteArray> key();
    // The stored key, or one made for the moment and not kept (a dry run, which writes nothing).
    Result<QByteArray> existingKeyOrThrowaway() const;

    // The chapter's name, shown to those it sends bundles to.
    QString chapterName() const;
    // Whether `code` can be a chapter's code: up to 32 letters, digits, dots, dashes or underscores.
    static bool isChapterCode(const QString &code);
    // Whether `name` can be a chapter's name as another database gives it: up to 200 characters, on one line,
    // with no control characters.
    static bool isChapterName(const QString &name);
    // Names the chapter. A new code is also given to the rows this database made under its old code.
    Status setChapter(const QString &code, const QString &name);

    QHash<QString, SyncBase> bases(const QString &peer, SyncKind kind) const;
    Status setBase(const QString &peer, SyncKind kind, const QString &id, const QStringList &values);

    // Rows a bundle changed here, and when (key -> time).
    QHash<QString, QString> touched(SyncKind kind) const;
    Status touch(SyncKind kind, const QString &id, const QString &at);

    QList<SyncConflict> conflicts(bool openOnly = true) const;
    std::optional<SyncConflict> conflict(qint64 pk) const;
    // Records (or, when the same row is already open, brings up to date) a conflict.
    Status recordConflict(const SyncConflict &conflict);
    Status markResolved(qint64 pk, const QString &resolution);

    QList<SyncHistoryEntry> history() const; // latest first
    Status addHistory(const SyncHistoryEntry &entry);
    // When the last bundle of `profile` (its key) for `recipient` was made; empty when none was. A bundle of
    // another profile carried other rows, so it is no base for this one.
    QString lastSent(const QString &recipient, const QString &profile) const;

    // Counts a chapter reported (aggregate bundles): file name -> CSV, of each chapter.
    Status storeAggregate(const QString &origin, const QString &name, const QByteArray &csv,
                          const QString &bundleCreatedAt);
    QHash<QString, QHash<QString, QByteArray>> aggregates() const;

private:
    Database &m_database;
};

} // namespace supolka
