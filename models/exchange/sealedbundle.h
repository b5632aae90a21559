#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/result.h"
#include "models/exchange/contacts.h"
#include "models/sync/bundle.h"

namespace supolka {

class Database;
struct ExchangeKeys;

// Who a sealed bundle says it comes from, once it is decrypted and its signature checked against the key it
// names. That proves only that the holder of that key made it: whether the key is the sender's is what comparing
// the fingerprint with them settles.
struct SealedSender
{
    QString chapterCode;
    QString chapterName;
    QString recipient;  // age1…
    QString signingKey; // RW…
    QString fingerprint;
    std::optional<Contact> contact; // the contact these keys belong to, if any
};

// A sealed bundle opened: the bundle, verified, and from which contact.
struct OpenedBundle
{
    Bundle bundle;
    QString contactCode;
    qint64 sequence = 0;
};

// Sealed bundles (docs/bundles.md): the zip of a bundle, with manifest.json signed by the sender in minisign's
// format (manifest.json.minisig beside it; the manifest's SHA-256 of every file covers the rest), encrypted as an
// age v1 file to the recipient and to the sender. The manifest names the recipient's fingerprint and the
// bundle's number in the sender's line of bundles to that recipient, so that a bundle meant for someone else or
// sent again is refused.
class SealedBundle final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SealedBundle)

public:
    // Whether a file's first bytes are those of a sealed bundle (an age file).
    static bool isSealed(const QByteArray &start);

    // The contact bundles are sealed for: it must exist and have its fingerprint checked since its keys last
    // changed.
    static Result<Contact> recipient(Database &database, const QString &contactCode);

    // Packs and seals a bundle for `to`, taking the next number in the line of bundles to them. The number is
    // written to the database: call this inside the transaction that records the export.
    static Result<QByteArray> seal(Database &database, const ExchangeKeys &keys, const Contact &to,
                                   BundleManifest manifest, const QList<BundleFile> &files);

    // Opens a sealed bundle for this database and checks everything before anyone may use it: that it opens
    // with this database's identity, that its signature is good and made with the key of a checked contact who
    // is the chapter it names, that it was sealed for this database, and that it is newer than the last one
    // opened from that contact. Nothing is written. `shown` names the file in messages.
    static Result<OpenedBundle> open(Database &database, const QByteArray &file, const QString &shown);

    // Who sealed a bundle, for offering to add them as a contact; fails where the bundle cannot be opened here or
    // its signature is not good.
    static Result<SealedSender> sender(Database &database, const QByteArray &file, const QString &shown);

    // Records that a bundle was imported, so that it is not taken again; inside the import's transaction.
    static Status recordReceived(Database &database, const OpenedBundle &opened);

    // The numbers of the last bundle sealed for and opened from a peer (0 when there was none).
    static qint64 lastSent(const Database &database, const QString &peer);
    static qint64 lastReceived(const Database &database, const QString &peer);
};

} // namespace supolka
