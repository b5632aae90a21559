#include "models/sync/syncimporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/exchange/contacts.h"
#include "models/exchange/sealedbundle.h"
#include "models/sync/bundle.h"
#include "models/sync/syncaggregates.h"
#include "models/sync/synckinds.h"
#include "models/sync/syncprofile.h"
#include "models/sync/syncstore.h"

namespace supolka {

namespace {

int col(SyncKind kind, const char *name)
{
    return SyncKinds::column(kind, QLatin1String(name));
}

// Which of two versions of a row is the later; the same answer on every machine.
bool isLater(SyncKind kind, const QStringList &a, const QStringList &b)
{
    const QString aText = SyncKinds::updatedAt(kind, a);
    const QString bText = SyncKinds::updatedAt(kind, b);
    if (aText != bText) {
        const QDateTime aTime = parseTimestamp(aText);
        const QDateTime bTime = parseTimestamp(bText);
        if (aTime.isValid() && bTime.isValid() && aTime != bTime)
            return aTime > bTime;
    }
    const bool aRedacted = SyncKinds::isRedacted(kind, a);
    const bool bRedacted = SyncKinds::isRedacted(kind, b);
    if (aRedacted != bRedacted)
        return !aRedacted;
    return SyncKinds::canonicalText(a) > SyncKinds::canonicalText(b);
}

bool isErasedMember(SyncKind kind, const QStringList &values)
{
    if (kind != SyncKind::Members || SyncKinds::deletedAt(kind, values).isEmpty())
        return false;
    for (const char *name : {"first_name", "middle_name", "last_name", "email", "phone"}) {
        if (!values.value(col(kind, name)).isEmpty())
            return false;
    }
    return true;
}

// Checks what a row must have before it is compared with anything.
QString rowProblem(SyncKind kind, const QStringList &values, int line)
{
    if (SyncKinds::key(kind, values).isEmpty() || values.value(0).isEmpty())
        return SyncImporter::tr("Line %1 of %2 has no id.").arg(line).arg(SyncKinds::fileName(kind));
    if (!parseTimestamp(SyncKinds::updatedAt(kind, values)).isValid())
        return SyncImporter::tr("Line %1 of %2 has no valid updated_at.").arg(line).arg(SyncKinds::fileName(kind));
    const QString deleted = SyncKinds::deletedAt(kind, values);
    if (!deleted.isEmpty() && !parseTimestamp(deleted).isValid())
        return SyncImporter::tr("Line %1 of %2 has an invalid deleted_at.").arg(line).arg(SyncKinds::fileName(kind));
    if (!SyncKinds::isCount(kind) && SyncKinds::origin(kind, values).isEmpty())
        return SyncImporter::tr("Line %1 of %2 does not say which chapter made it (origin).")
            .arg(line)
            .arg(SyncKinds::fileName(kind));
    return {};
}

class Merge final
{
public:
    Merge(Database &database, const QString &peer, SyncImportResult &result)
        : m_database(database)
        , m_store(database)
        , m_state(database)
        , m_peer(peer)
        , m_myCode(database.chapterCode())
        , m_now(nowTimestamp())
        , m_result(result)
    {}

    Status mergeKind(SyncKind kind, const QList<QStringList> &rows);

private:
    QStringList remapped(SyncKind kind, QStringList values);
    Status take(SyncKind kind, const QString &key, const QStringList &values, const SyncRow *local);
    Status keep(SyncKind kind, const QString &key, const QStringList &values);

    Database &m_database;
    SyncStore m_store;
    SyncState m_state;
    QString m_peer;
    QString m_myCode;
    QString m_now;
    SyncImportResult &m_result;
    // Incoming ids of elections and stations that are the same thing here under another id.
    QHash<QString, QString> m_electionIds;
    QHash<QString, QString> m_stationIds;
};

QStringList Merge::remapped(SyncKind kind, QStringList values)
{
    if (kind == SyncKind::Stations) {
        const int at = col(kind, "election_id");
        values[at] = m_electionIds.value(values.at(at), values.at(at));
    } else if (SyncKinds::isCount(kind)) {
        values[0] = m_stationIds.value(values.at(0), values.at(0));
    }
    return values;
}

Status Merge::take(SyncKind kind, const QString &key, const QStringList &values, const SyncRow *local)
{
    const Result<qint64> written = m_store.write(kind, values, local ? local->pk : 0);
    if (!written)
        return Status::failure(written.error());
    SyncChange change;
    change.kind = kind;
    change.id = key;
    change.after = values;
    const bool tombstone = !SyncKinds::deletedAt(kind, values).isEmpty();
    if (!local) {
        change.what = tombstone ? SyncChange::What::Deleted : SyncChange::What::Added;
    } else {
        change.before = local->values;
        change.what = tombstone && SyncKinds::deletedAt(kind, local->values).isEmpty() ? SyncChange::What::Deleted
                                                                                       : SyncChange::What::Updated;
    }
    switch (change.what) {
    case SyncChange::What::Added:
        ++m_result.added;
        break;
    case SyncChange::What::Updated:
        ++m_result.updated;
        break;
    case SyncChange::What::Deleted:
        ++m_result.deleted;
        break;
    }
    m_result.changes.append(change);
    if (Status status = m_state.touch(kind, key, m_now); !status)
        return status;
    return m_state.setBase(m_peer, kind, key, values);
}

Status Merge::keep(SyncKind kind, const QString &key, const QStringList &values)
{
    ++m_result.unchanged;
    return m_state.setBase(m_peer, kind, key, values);
}

Status Merge::mergeKind(SyncKind kind, const QList<QStringList> &rows)
{
    const Result<QList<SyncRow>> loaded = m_store.load(kind);
    if (!loaded)
        return Status::failure(loaded.error());
    QHash<QString, SyncRow> local;
    for (const SyncRow &row : loaded.value())
        local.insert(SyncKinds::key(kind, row.values), row);
    const QHash<QString, SyncBase> bases = m_state.bases(m_peer, kind);
    const int optionsAt = kind == SyncKind::Elections ? col(kind, "options") : -1;

    for (QStringList values : rows) {
        values = remapped(kind, values);
        if ((kind == SyncKind::Elections || kind == SyncKind::Stations) && !local.contains(values.at(0))) {
            const QString same = m_store.sameThing(kind, values);
            if (!same.isEmpty()) {
                (kind == SyncKind::Elections ? m_electionIds : m_stationIds).insert(values.at(0), same);
                values[0] = same;
            }
        }
        values = m_store.withLocalOptionNames(kind, values);
        const QString key = SyncKinds::key(kind, values);
        auto found = local.find(key);
        bool optionsAdded = false;
        if (found != local.end() && optionsAt >= 0) {
            // Options are only ever added: the union is what both sides end up with.
            const Result<int> added = m_store.addOptions(found->pk, values.at(optionsAt));
            if (!added)
                return Status::failure(added.error());
            if (added.value() > 0) {
                optionsAdded = true;
                const Result<QList<SyncRow>> again = m_store.load(kind);
                if (!again)
                    return Status::failure(again.error());
                for (const SyncRow &row : again.value()) {
                    if (row.pk == found->pk)
                        found->values[optionsAt] = row.values.at(optionsAt);
                }
            }
            values[optionsAt] = found->values.at(optionsAt);
        }
        const bool redacted = SyncKinds::isRedacted(kind, values);

        if (found == local.end()) {
            // A redacted copy of this chapter's own row (a pseudonym, a blotted case) is not a row of its own.
            if (redacted && SyncKinds::origin(kind, values) == m_myCode) {
                if (Status status = keep(kind, key, values); !status)
                    return status;
                continue;
            }
            if (Status status = take(kind, key, values, nullptr); !status)
                return status;
            SyncRow added;
            added.pk = m_store.pkOf(kind, values.at(0));
            added.values = values;
            local.insert(key, added);
            continue;
        }

        SyncRow &mine = *found;
        auto countOptions = [&] {
            if (optionsAdded) {
                ++m_result.updated;
                --m_result.unchanged;
            }
        };
        if (mine.values == values || (redacted && !SyncKinds::isRedacted(kind, mine.values))) {
            if (Status status = keep(kind, key, values); !status)
                return status;
            countOptions();
            continue;
        }
        bool takeIt = false;
        bool recordBase = true;
        if (isErasedMember(kind, mine.values) && !isErasedMember(kind, values)) {
            // A member erased here stays erased: no later copy from elsewhere brings the person back.
            takeIt = false;
        } else if (isErasedMember(kind, values) && !isErasedMember(kind, mine.values)) {
            takeIt = true;
        } else if (const auto base = bases.constFind(key); base != bases.cend()) {
            const QString remoteTime = SyncKinds::updatedAt(kind, values);
            const bool remoteChanged =
                SyncKinds::hash(values) != base->hash &&
                !(parseTimestamp(remoteTime).isValid() && parseTimestamp(base->updatedAt).isValid() &&
                  parseTimestamp(remoteTime) < parseTimestamp(base->updatedAt));
            const bool localChanged = SyncKinds::hash(mine.values) != base->hash;
            if (remoteChanged && localChanged) {
                SyncConflict conflict;
                conflict.kind = kind;
                conflict.id = key;
                conflict.peer = m_peer;
                conflict.mine = mine.values;
                conflict.theirs = values;
                conflict.detectedAt = m_now;
                if (Status status = m_state.recordConflict(conflict); !status)
                    return status;
                m_result.conflicts.append(conflict);
                continue;
            }
            takeIt = remoteChanged;
            // What was exchanged last stays the base until one side moves on from it.
            recordBase = false;
        } else {
            takeIt = isLater(kind, values, mine.values);
        }
        if (!takeIt) {
            if (recordBase) {
                if (Status status = keep(kind, key, values); !status)
                    return status;
            } else {
                ++m_result.unchanged;
            }
            countOptions();
            continue;
        }
        if (Status status = take(kind, key, values, &mine); !status)
            return status;
        mine.values = values;
    }
    return {};
}

// The bundle at `path`, opened and verified: a sealed one by SealedBundle, a plain one (no contact code in the
// result) as it is, unless it claims to come from a contact.
Result<OpenedBundle> readBundle(Database &database, const QString &path, const SyncImportOptions &options,
                                QString &sha256)
{
    using R = Result<OpenedBundle>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    Result<Bundle> plain = Result<Bundle>::failure(QString());
    if (info.isDir()) {
        plain = Bundle::read(path);
    } else {
        // The bytes are read once: what is checked is what is merged, and what a preview showed is what is taken.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(SyncImporter::tr("Could not read %1: %2").arg(shown, file.errorString()));
        if (file.size() > Bundle::MaxFileBytes)
            return R::failure(
                SyncImporter::tr("%1 is larger than any bundle Supolka writes; it was not read.").arg(shown));
        const QByteArray bytes = file.readAll();
        sha256 = Bundle::sha256(bytes);
        if (!options.expectedSha256.isEmpty() && options.expectedSha256 != sha256)
            return R::failure(SyncImporter::tr("%1 changed after it was previewed; it was not imported. Open it "
                                               "again to see what it holds now.")
                                  .arg(shown));
        if (SealedBundle::isSealed(bytes))
            return SealedBundle::open(database, bytes, shown);
        plain = Bundle::fromBytes(bytes, shown);
    }
    if (!plain)
        return R::failure(plain.error());
    // Anyone can make a plain bundle under any chapter's name, and its rows would merge by id. A database that
    // exchanges sealed bundles takes a plain one only when the user says they know where it came from.
    if (!options.acceptUnsealed) {
        ContactBook book(database);
        const Result<std::optional<Contact>> contact = book.find(plain->manifest().chapterCode);
        if (!contact)
            return R::failure(contact.error());
        if (contact.value())
            return R::failure(SyncImporter::tr("%1 is not sealed, but says it comes from %2, a contact whose bundles "
                                               "come sealed: anyone could have made it. Ask %2 to send it sealed, or "
                                               "import it as unsealed if you know where it came from.")
                                  .arg(shown, contact.value()->code));
        const Result<QList<Contact>> contacts = book.all();
        if (!contacts)
            return R::failure(contacts.error());
        if (!contacts->isEmpty())
            return R::failure(SyncImporter::tr("%1 is not sealed: anyone could have made it under the name of %2. This "
                                               "database exchanges sealed bundles; import it as unsealed only if you "
                                               "know where it came from.")
                                  .arg(shown, plain->manifest().chapterCode));
    }
    return OpenedBundle{std::move(plain).value(), QString(), 0};
}

} // namespace

Result<SyncImportResult> SyncImporter::importFile(Database &database, const QString &path,
                                                  const SyncImportOptions &options)
{
    using R = Result<SyncImportResult>;
    const QString shown = QDir::toNativeSeparators(path);
    QString sha256;
    const Result<OpenedBundle> bundle = readBundle(database, path, options, sha256);
    if (!bundle)
        return R::failure(bundle.error());
    const BundleManifest &manifest = bundle->bundle.manifest();
    const std::optional<SyncProfile> profile = syncProfileFromKey(manifest.profile);
    if (!profile)
        return R::failure(tr("%1 has an unknown profile “%2”.").arg(shown, manifest.profile));

    // Every file is read and checked before anything is written.
    QMap<SyncKind, QList<QStringList>> incoming;
    QList<BundleFile> aggregates;
    for (const BundleFile &file : manifest.files) {
        const QString kindName = file.name.endsWith(QLatin1String(".csv")) ? file.name.chopped(4) : QString();
        const std::optional<SyncKind> kind = SyncKinds::fromName(kindName);
        if (!kind) {
            if (*profile == SyncProfile::Aggregate && SyncAggregates::fileNames().contains(file.name)) {
                aggregates.append(file);
                continue;
            }
            return R::failure(tr("%1 holds %2, which this version of Supolka does not know.").arg(shown, file.name));
        }
        const Result<QList<QStringList>> rows =
            SyncKinds::decode(file.name, SyncKinds::columns(*kind), bundle->bundle.file(file.name));
        if (!rows)
            return R::failure(tr("%1: %2").arg(shown, rows.error()));
        for (qsizetype i = 0; i < rows->size(); ++i) {
            if (const QString problem = rowProblem(*kind, rows->at(i), int(i) + 2); !problem.isEmpty())
                return R::failure(tr("%1: %2").arg(shown, problem));
        }
        incoming.insert(*kind, rows.value());
    }
    for (BundleFile &file : aggregates)
        file.data = bundle->bundle.file(file.name);

    SyncImportResult result;
    result.path = path;
    result.chapterCode = manifest.chapterCode;
    result.chapterName = manifest.chapterName;
    result.profile = manifest.profile;
    result.createdAt = manifest.createdAt;
    result.recipient = manifest.recipient;
    result.dryRun = options.dryRun;
    result.sealed = !bundle->contactCode.isEmpty();
    result.sha256 = sha256;
    result.sequence = bundle->sequence;

    Savepoint savepoint(database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not start the import: %1").arg(savepoint.error()));
    // Whom the exchange is kept under: a sealed bundle's contact, whose code is the one bundles for them are
    // recorded under too, so that what was sent and what came back meet; else the chapter the bundle names.
    const QString peer = result.sealed ? bundle->contactCode : manifest.chapterCode;
    Merge merge(database, peer, result);
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        if (Status status = merge.mergeKind(it.key(), it.value()); !status)
            return R::failure(tr("%1 was not imported; nothing was changed. %2").arg(shown, status.error()));
    }
    SyncState state(database);
    for (const BundleFile &file : std::as_const(aggregates)) {
        if (Status status = state.storeAggregate(manifest.chapterCode, file.name, file.data, manifest.createdAt);
            !status)
            return R::failure(status.error());
        ++result.aggregates;
    }
    SyncHistoryEntry entry;
    entry.direction = QStringLiteral("received");
    entry.peer = peer;
    entry.peerName = manifest.chapterName;
    entry.fileName = QFileInfo(path).fileName();
    entry.profile = manifest.profile;
    entry.at = nowTimestamp();
    entry.bundleCreatedAt = manifest.createdAt;
    entry.since = manifest.since;
    for (const BundleFile &file : manifest.files)
        entry.rows += file.rows;
    entry.added = result.added;
    entry.updated = result.updated;
    entry.deleted = result.deleted;
    entry.unchanged = result.unchanged;
    entry.conflicts = int(result.conflicts.size());
    if (Status status = state.addHistory(entry); !status)
        return R::failure(status.error());
    if (result.sealed) {
        if (Status status = SealedBundle::recordReceived(database, bundle.value()); !status)
            return R::failure(status.error());
    }
    if (options.dryRun)
        return result; // the savepoint rolls everything back
    if (!savepoint.release())
        return R::failure(tr("Could not finish the import; nothing was changed: %1").arg(savepoint.error()));
    return result;
}

Status SyncImporter::resolve(Database &database, qint64 conflictPk, Choice choice)
{
    SyncState state(database);
    const std::optional<SyncConflict> conflict = state.conflict(conflictPk);
    if (!conflict || !conflict->resolvedAt.isEmpty())
        return Status::failure(tr("This conflict was resolved already."));
    const SyncKind kind = conflict->kind;
    Savepoint savepoint(database.connection());
    if (!savepoint.isActive())
        return Status::failure(tr("Could not resolve the conflict: %1").arg(savepoint.error()));
    SyncStore store(database);
    const Result<QList<SyncRow>> rows = store.load(kind);
    if (!rows)
        return Status::failure(rows.error());
    std::optional<SyncRow> local;
    for (const SyncRow &row : rows.value()) {
        if (SyncKinds::key(kind, row.values) == conflict->id)
            local = row;
    }
    if (choice == Choice::Theirs && local && isErasedMember(kind, local->values))
        return Status::failure(
            tr("This member was erased here; their copy cannot bring the personal data back. Keep yours instead."));
    const QString now = nowTimestamp();
    QStringList values = conflict->theirs;
    if (choice == Choice::Mine) {
        if (!local)
            return Status::failure(tr("The row of this conflict is no longer here."));
        // Yours becomes the newest version, so that it also wins where the other one is.
        values = local->values;
        values[SyncKinds::column(kind, QStringLiteral("updated_at"))] = now;
    }
    if (const Result<qint64> written = store.write(kind, values, local ? local->pk : 0); !written)
        return Status::failure(tr("Could not resolve the conflict: %1").arg(written.error()));
    if (Status status = state.setBase(conflict->peer, kind, conflict->id, conflict->theirs); !status)
        return status;
    if (Status status = state.touch(kind, conflict->id, now); !status)
        return status;
    if (Status status =
            state.markResolved(conflictPk, choice == Choice::Mine ? QStringLiteral("mine") : QStringLiteral("theirs"));
        !status)
        return status;
    if (!savepoint.release())
        return Status::failure(tr("Could not resolve the conflict: %1").arg(savepoint.error()));
    return {};
}

} // namespace supolka
