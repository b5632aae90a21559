#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/core/result.h"
#include "models/sync/syncstate.h"

namespace supolka {

class Database;

// One row a bundle changes (or, in a preview, would change).
struct SyncChange
{
    enum class What { Added, Updated, Deleted };
    SyncKind kind = SyncKind::Members;
    QString id;
    What what = What::Added;
    QStringList before; // empty for an added row
    QStringList after;
};

struct SyncImportResult
{
    QString path;
    QString chapterCode; // who sent it
    QString chapterName;
    QString profile;
    QString createdAt;
    QString recipient; // who it was made for, as the sender said
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    QList<SyncConflict> conflicts; // left as they are here, for the user to choose
    QList<SyncChange> changes;
    int aggregates = 0; // count tables of an aggregate bundle kept for reports
    bool dryRun = false;
    bool sealed = false; // opened with this database's identity and signed by a checked contact
    qint64 sequence = 0; // a sealed bundle's number from its sender
    QString sha256;      // of the file read (empty for an unzipped folder)
};

struct SyncImportOptions
{
    // Work everything out and write nothing: the preview of what a bundle would change.
    bool dryRun = false;
    // Take a plain (unsealed) bundle although this database has contacts, whose bundles come sealed: the user
    // knows where it came from. A database with no contacts takes plain bundles as they are.
    bool acceptUnsealed = false;
    // The SHA-256 of the file as it was previewed: a file that changed since is refused.
    QString expectedSha256;
};

// Reads a bundle, sealed (SealedBundle::open) or plain (Bundle::read); nothing is written unless every check passes,
// and merges it row by row by id, in one transaction:
// - a row this database does not have is added (a tombstone too, so that an older copy cannot bring it back);
// - a row changed only at the sender since the two last exchanged it is taken; one changed only here is kept;
// - a row changed on both sides is a conflict: the local version stays and the conflict is listed until the user
//   resolves it;
// - rows never exchanged with the sender: the later updated_at wins; a tie is broken the same way everywhere
//   (a full row before a redacted one, then by the rows' canonical text);
// - an erased member always wins: the erasure travels;
// - a redacted row never replaces a full one, and a redacted copy of this chapter's own row is left out;
// - elections and polling stations that are the same (by name, by election and code) merge under one id.
// Importing the same bundle again changes nothing. Every row keeps its origin.
class SyncImporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncImporter)

public:
    static Result<SyncImportResult> importFile(Database &database, const QString &path,
                                               const SyncImportOptions &options = {});

    enum class Choice { Mine, Theirs };
    // Resolves an open conflict: keep this database's version (it becomes the newest, so that it wins at the
    // peer too) or take the peer's.
    static Status resolve(Database &database, qint64 conflictPk, Choice choice);
};

} // namespace supolka
