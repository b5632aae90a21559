#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "models/core/result.h"
#include "models/sync/syncprofile.h"

namespace supolka {

class Database;

struct SyncExportOptions
{
    SyncProfile profile = SyncProfile::Full;
    // Who the bundle is for: the other side's chapter code. Named, the exchange is recorded, so that rows changed
    // on both sides afterwards are seen as conflicts and a later bundle can carry only what changed. Empty = anyone.
    QString recipient;
    // Only rows changed since the last bundle made for `recipient` (everything when there was none).
    bool sinceLast = false;
    // Only rows changed after this UTC time; overrides sinceLast. Empty = as sinceLast says.
    QString since;
    // The contact to seal the bundle for (SealedBundle): readable by them and this database only, and signed.
    // It is the recipient too. Empty = a plain bundle, which anyone who gets it can read.
    QString sealFor;
    // Work out what would leave and write nothing: the summary, for the window to say before the file is chosen.
    bool dryRun = false;
};

struct SyncExportSummary
{
    QString path;
    QString profile;
    QString recipient;
    QString since; // empty = everything
    QString createdAt;
    QList<QPair<QString, qint64>> files; // file name and rows, in bundle order
    qint64 rows = 0;
    // Records of people (members, registrations, aid cases) that leave with a name or contact, and records that
    // leave under pseudonyms only; erased members, who leave as nothing but their id, are in neither.
    qint64 namedPeople = 0;
    qint64 pseudonymizedPeople = 0;
    QString sealedFor;   // the contact it was sealed for; empty = plain
    qint64 sequence = 0; // its number in the line of sealed bundles to them
};

// Writes a bundle of this database for a profile (see SyncRedactor and docs/bundles.md): every kind of row as
// one canonical CSV, or for the aggregate profile counts and the exit-poll data. Elections and polling stations
// always go whole, so that counts from several chapters find their station.
class SyncExporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncExporter)

public:
    // The file is written atomically; the history and the exchange with the recipient are recorded only once it is.
    // A plain bundle of people's data needs the caller's explicit choice: see mayBePlain.
    static Result<SyncExportSummary> exportFile(Database &database, const QString &path,
                                                const SyncExportOptions &options = {});

    // Whether a bundle of this profile may leave unsealed without the user saying so: only the aggregate one,
    // which holds counts and no person.
    static bool mayBePlain(SyncProfile profile) { return profile == SyncProfile::Aggregate; }
};

} // namespace supolka
