#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/core/result.h"
#include "models/sync/synckinds.h"

namespace supolka {

class Database;

// The SQL of every table that travels in bundles: reads rows as they travel (ids for local keys, text for every
// value) and writes them back exactly, keeping what hangs on them in step (the search keys of members and
// registrations, election options, the marks of redacted rows). Writes run inside the caller's transaction.
class SyncStore final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncStore)
    Q_DISABLE_COPY_MOVE(SyncStore)

public:
    explicit SyncStore(Database &database);
    ~SyncStore();

    // Every stored row of a kind, deleted ones too, in the kind's columns.
    Result<QList<SyncRow>> load(SyncKind kind);
    // Stores `values` as the row `pk`, or as a new row when pk is 0; returns its pk. The rows it refers to must be
    // stored already. A case number another case here already has is kept apart by its chapter ("PL-WAW/26-0001"),
    // and travels on without it.
    Result<qint64> write(SyncKind kind, const QStringList &values, qint64 pk);

    // The local id of the row that is the same thing as `values` under another id: an election of the same name,
    // a polling station with the same code in the same election. Empty when there is none.
    QString sameThing(SyncKind kind, const QStringList &values);
    // `values` with election options spelt as they are here (options are told apart without regard to case).
    QStringList withLocalOptionNames(SyncKind kind, const QStringList &values);
    // Adds the options of an incoming election's `options` (a JSON array) that the election lacks, at the end of
    // its ballot; returns how many were added.
    Result<int> addOptions(qint64 electionPk, const QString &options);

    // The local key of a stored row by its id (for counts: the station's id), 0 when there is none.
    qint64 pkOf(SyncKind kind, const QString &id);

private:
    static Result<int> addOptionsTo(Database &database, qint64 electionPk, const QString &options);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace supolka
