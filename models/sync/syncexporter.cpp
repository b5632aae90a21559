#include "models/sync/syncexporter.h"

#include <optional>

#include <QDateTime>
#include <QFileInfo>
#include <QMap>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/sealedbundle.h"
#include "models/io/atomicfile.h"
#include "models/sync/bundle.h"
#include "models/sync/syncaggregates.h"
#include "models/sync/synckinds.h"
#include "models/sync/syncredactor.h"
#include "models/sync/syncstate.h"
#include "models/sync/syncstore.h"

namespace supolka {

namespace {

// Whether a row changed after `since`: by its own updated_at, or because a bundle brought it here later.
bool changedSince(SyncKind kind, const QStringList &values, const QString &touchedAt, const QString &since)
{
    if (since.isEmpty() || kind == SyncKind::Elections || kind == SyncKind::Stations)
        return true;
    const QDateTime after = parseTimestamp(since);
    const QDateTime updated = parseTimestamp(SyncKinds::updatedAt(kind, values));
    if (!updated.isValid() || updated > after)
        return true;
    return !touchedAt.isEmpty() && parseTimestamp(touchedAt) > after;
}

// Whether a row names a person: a name, an e-mail address or a phone number (an erased member names nobody).
bool namesSomeone(SyncKind kind, const QStringList &values)
{
    for (const char *column :
         {"first_name", "middle_name", "last_name", "email", "phone", "name", "person_name", "person_contact"}) {
        const int at = SyncKinds::column(kind, QLatin1String(column));
        if (at >= 0 && !values.value(at).isEmpty())
            return true;
    }
    return false;
}

} // namespace

Result<SyncExportSummary> SyncExporter::exportFile(Database &database, const QString &path,
                                                   const SyncExportOptions &options)
{
    using R = Result<SyncExportSummary>;
    SyncState state(database);
    SyncStore store(database);
    if (database.metaValue(QStringLiteral("chapter_code")).isEmpty())
        return R::failure(tr("Name this chapter before sending bundles: its code is what the secretariat and the "
                             "other chapters know its rows by (on the Sync page, or supolka chapter CODE NAME)."));
    const QString sealFor = options.sealFor.trimmed().toLower();
    if (!sealFor.isEmpty() && !options.recipient.trimmed().isEmpty() &&
        options.recipient.trimmed().compare(sealFor, Qt::CaseInsensitive) != 0)
        return R::failure(
            tr("A sealed bundle is for the contact it is sealed for, not for %1.").arg(options.recipient));
    const QString recipient = sealFor.isEmpty() ? options.recipient.trimmed() : sealFor;
    if (options.sinceLast && recipient.isEmpty())
        return R::failure(tr("Say who the bundle is for, to send only what changed since their last bundle."));
    if (!options.since.isEmpty() && !parseTimestamp(options.since).isValid())
        return R::failure(
            tr("“%1” is not a date and time (use 2026-05-31 or 2026-05-31T18:00:00Z).").arg(options.since));
    // Whom to seal for, and this database's keys, before anything is prepared.
    std::optional<Contact> sealTo;
    std::optional<ExchangeKeys> keys;
    if (!sealFor.isEmpty()) {
        Result<Contact> contact = SealedBundle::recipient(database, sealFor);
        if (!contact)
            return R::failure(contact.error());
        sealTo = std::move(contact).value();
        // A dry run writes nothing, keys included: they are made when the bundle is.
        if (!options.dryRun) {
            Result<ExchangeKeys> own = ExchangeKeyStore::ensure(database);
            if (!own)
                return R::failure(own.error());
            keys = std::move(own).value();
        }
    }
    // A damaged file would read as fewer people, with a manifest to match: never send that. (The dry run before
    // it leaves that to the export itself.)
    if (!options.dryRun) {
        if (Status whole = database.quickCheck(); !whole)
            return R::failure(whole.error());
    }

    SyncExportSummary summary;
    summary.path = path;
    summary.profile = syncProfileKey(options.profile);
    summary.recipient = recipient;
    summary.createdAt = nowTimestamp();
    summary.since = !options.since.isEmpty() ? isoTimestamp(parseTimestamp(options.since))
                    : options.sinceLast      ? state.lastSent(recipient, summary.profile)
                                             : QString();

    // The counts of a dry run do not depend on the pseudonyms: a key made for it is not kept.
    const Result<QByteArray> key = options.dryRun ? state.existingKeyOrThrowaway() : state.key();
    if (!key)
        return R::failure(key.error());
    SyncRedactor redactor(options.profile, key.value());
    QList<BundleFile> files;
    QList<QPair<SyncKind, QStringList>> sent;
    const bool aggregate = options.profile == SyncProfile::Aggregate;
    QMap<SyncKind, QList<SyncRow>> loaded;
    for (SyncKind kind : SyncKinds::all()) {
        if (aggregate && kind != SyncKind::Elections && kind != SyncKind::Stations && !SyncKinds::isCount(kind))
            continue;
        Result<QList<SyncRow>> rows = store.load(kind);
        if (!rows)
            return R::failure(rows.error());
        loaded.insert(kind, rows.value());
    }
    redactor.learnMembers(loaded.value(SyncKind::Members));
    redactor.learnCases(loaded.value(SyncKind::Cases));
    for (SyncKind kind : SyncKinds::all()) {
        if (!loaded.contains(kind))
            continue;
        const QHash<QString, QString> touched = state.touched(kind);
        const QHash<QString, SyncBase> known =
            recipient.isEmpty() ? QHash<QString, SyncBase>() : state.bases(recipient, kind);
        QList<QStringList> out;
        for (const SyncRow &row : loaded.value(kind)) {
            if (!changedSince(kind, row.values, touched.value(SyncKinds::key(kind, row.values)), summary.since))
                continue;
            const QList<QStringList> leaving = redactor.redact(kind, row.values);
            for (qsizetype i = 0; i < leaving.size(); ++i) {
                // A pseudonym's copy of an erasure goes to whoever may hold the pseudonym: anyone, or a recipient
                // it was sent to.
                if (i > 0 && !recipient.isEmpty() && !known.contains(SyncKinds::key(kind, leaving.at(i))))
                    continue;
                out.append(leaving.at(i));
                sent.append({kind, leaving.at(i)});
                if (kind == SyncKind::Members || kind == SyncKind::Registrations || kind == SyncKind::Cases) {
                    if (SyncKinds::isRedacted(kind, leaving.at(i)))
                        ++summary.pseudonymizedPeople;
                    else if (namesSomeone(kind, leaving.at(i)))
                        ++summary.namedPeople;
                }
            }
        }
        files.append({SyncKinds::fileName(kind), SyncKinds::encode(kind, out), out.size(), {}});
        summary.files.append({SyncKinds::fileName(kind), out.size()});
        summary.rows += out.size();
    }
    if (aggregate) {
        const Result<QList<SyncAggregates::Table>> tables = SyncAggregates::compute(database);
        if (!tables)
            return R::failure(tables.error());
        for (const SyncAggregates::Table &table : tables.value()) {
            files.append({table.fileName, SyncKinds::encodeTable(table.header, table.rows), table.rows.size(), {}});
            summary.files.append({table.fileName, table.rows.size()});
            summary.rows += table.rows.size();
        }
    }

    if (options.dryRun)
        return summary;

    BundleManifest manifest;
    manifest.chapterCode = database.chapterCode();
    manifest.chapterName = state.chapterName();
    manifest.createdAt = summary.createdAt;
    manifest.appVersion = QCoreApplication::applicationVersion();
    manifest.profile = summary.profile;
    manifest.recipient = recipient;
    manifest.since = summary.since;

    // The bookkeeping is ready before the file is written and kept only once it is.
    Savepoint savepoint(database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not record the bundle: %1").arg(savepoint.error()));
    if (!recipient.isEmpty()) {
        for (const auto &[kind, values] : std::as_const(sent)) {
            if (Status status = state.setBase(recipient, kind, SyncKinds::key(kind, values), values); !status)
                return R::failure(status.error());
        }
    }
    SyncHistoryEntry entry;
    entry.direction = QStringLiteral("sent");
    entry.peer = recipient;
    entry.fileName = QFileInfo(path).fileName();
    entry.profile = summary.profile;
    entry.at = summary.createdAt;
    entry.bundleCreatedAt = summary.createdAt;
    entry.since = summary.since;
    entry.rows = summary.rows;
    if (Status status = state.addHistory(entry); !status)
        return R::failure(status.error());
    const Result<QByteArray> bytes =
        sealTo ? SealedBundle::seal(database, *keys, *sealTo, manifest, files) : Bundle::pack(manifest, files);
    if (!bytes)
        return R::failure(bytes.error());
    if (sealTo) {
        summary.sealedFor = sealTo->code;
        summary.sequence = SealedBundle::lastSent(database, sealTo->code);
    }
    // Whole or not at all: a full stick or a removed drive leaves the old bundle, and no part of the new one.
    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return R::failure(opened.error());
    file.write(bytes.value());
    if (Status committed = file.commit(); !committed)
        return R::failure(committed.error());
    if (!savepoint.release())
        return R::failure(tr("The bundle was written, but could not be recorded: %1").arg(savepoint.error()));
    return summary;
}

} // namespace supolka
