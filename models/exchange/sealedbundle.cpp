#include "models/exchange/sealedbundle.h"

#include <algorithm>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/exchange/age.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/minisign.h"

namespace supolka {

namespace {

const QString Sent = QStringLiteral("sent");
const QString Received = QStringLiteral("received");

// The last number sent to or taken from a peer; a failed read fails (a replay must not pass as "none yet").
Result<qint64> lastSequence(const Database &database, const QString &peer, const QString &direction)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT sequence FROM seal_sequences WHERE peer = ? AND direction = ?"));
    query.addBindValue(peer.trimmed().toLower());
    query.addBindValue(direction);
    if (!query.exec())
        return Result<qint64>::failure(
            SealedBundle::tr("Could not read the numbers of sealed bundles: %1").arg(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

// Records a number only when it is above the one kept: false when it is not (sent again, or older).
Result<bool> raiseSequence(Database &database, const QString &peer, const QString &direction, qint64 sequence)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO seal_sequences (peer, direction, sequence, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (peer, direction) DO UPDATE SET sequence = excluded.sequence, "
                       "updated_at = excluded.updated_at WHERE excluded.sequence > seal_sequences.sequence"));
    query.addBindValue(peer.trimmed().toLower());
    query.addBindValue(direction);
    query.addBindValue(sequence);
    query.addBindValue(nowTimestamp());
    if (!query.exec())
        return Result<bool>::failure(
            SealedBundle::tr("Could not record the bundle's number: %1").arg(Database::writeError(query.lastError())));
    return query.numRowsAffected() > 0;
}

bool sameCode(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// A sealed bundle decrypted with this database's identity, its signature checked against the key it names.
struct Unsealed
{
    Bundle bundle;
    SealedSender sender;
    QString ownFingerprint;
    QString ownSigningKey;
};

Result<Unsealed> unseal(Database &database, const QByteArray &file, const QString &shown)
{
    using R = Result<Unsealed>;
    const Result<std::optional<ExchangeKeys>> keys = ExchangeKeyStore::find(database);
    if (!keys)
        return R::failure(keys.error());
    if (!keys.value())
        return R::failure(SealedBundle::tr("%1 is sealed, but this database has no keys yet, so it cannot have been "
                                           "sealed for it. Send your public keys to whoever sent it (on the Sync "
                                           "page, or supolka keys export FILE).")
                              .arg(shown));
    bool notForUs = false;
    const Result<QByteArray> zip = age::Codec::decrypt(file, keys.value()->identity, &notForUs);
    if (!zip) {
        if (notForUs)
            return R::failure(SealedBundle::tr("%1 was not sealed for this database (or the part sealed for it is "
                                               "damaged); it was not read. Ask the sender to seal it for you again.")
                                  .arg(shown));
        return R::failure(
            SealedBundle::tr("%1 is damaged or was changed after it was sealed (%2); it was not read. Ask the sender "
                             "for a new copy.")
                .arg(shown, zip.error()));
    }
    Result<Bundle> bundle = Bundle::fromBytes(zip.value(), shown);
    if (!bundle)
        return R::failure(bundle.error());
    const BundleManifest &manifest = bundle->manifest();
    if (manifest.seal.isEmpty() || bundle->signature().isEmpty())
        return R::failure(
            SealedBundle::tr("%1 is sealed but not signed, which Supolka never does; it was not read.").arg(shown));
    const auto signingKey = minisign::PublicKey::parse(manifest.seal.senderSigningKey);
    if (!signingKey || !age::parseRecipient(manifest.seal.senderRecipient))
        return R::failure(
            SealedBundle::tr("The manifest of %1 names its sender's keys wrongly; it was not read.").arg(shown));
    const Result<QString> verified =
        minisign::Verifier::verify(bundle->manifestData(), bundle->signature(), *signingKey);
    if (!verified)
        return R::failure(SealedBundle::tr("The signature of %1 is not good (%2): it was changed or forged, and was "
                                           "not read.")
                              .arg(shown, verified.error()));

    Unsealed unsealed{std::move(bundle).value(), {}, keys.value()->fingerprint(), keys.value()->signingKey()};
    SealedSender &sender = unsealed.sender;
    const BundleManifest &kept = unsealed.bundle.manifest(); // `manifest` went with the bundle
    sender.chapterCode = kept.chapterCode;
    sender.chapterName = kept.chapterName;
    sender.recipient = kept.seal.senderRecipient;
    sender.signingKey = signingKey->toString();
    sender.fingerprint = ExchangeKeyStore::fingerprint(sender.recipient, sender.signingKey);
    const Result<std::optional<Contact>> contact = ContactBook(database).findBySigningKey(sender.signingKey);
    if (!contact)
        return R::failure(contact.error());
    sender.contact = contact.value();
    return unsealed;
}

// This database's own copy of what it sent: an empty string when it is not.
QString ownCopy(const Unsealed &unsealed, const QString &shown)
{
    if (unsealed.sender.signingKey != unsealed.ownSigningKey)
        return {};
    return SealedBundle::tr("%1 was sealed by this database, for %2: it is the copy kept of what was sent, not a "
                            "bundle to import.")
        .arg(shown, unsealed.bundle.manifest().recipient);
}

// A bundle sealed for another database's keys: an empty string when it was sealed for this one.
QString sealedForAnother(const Unsealed &unsealed, const QString &shown)
{
    if (unsealed.bundle.manifest().seal.recipientFingerprint == unsealed.ownFingerprint)
        return {};
    return SealedBundle::tr("%1 was sealed for %2, not for this database; it was not imported.")
        .arg(shown, unsealed.bundle.manifest().recipient);
}

} // namespace

bool SealedBundle::isSealed(const QByteArray &start)
{
    return age::Codec::isAgeFile(start);
}

Result<Contact> SealedBundle::recipient(Database &database, const QString &contactCode)
{
    using R = Result<Contact>;
    const Result<std::optional<Contact>> found = ContactBook(database).find(contactCode);
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(tr("There is no contact “%1” to seal the bundle for. Add them with their public keys first "
                             "(on the Sync page, or supolka contacts add).")
                              .arg(contactCode));
    const Contact &contact = *found.value();
    if (contact.keysChanged())
        return R::failure(tr("The keys of %1 have changed since you checked them. Compare the fingerprint with them "
                             "again before sending them anything (supolka contacts check %1).")
                              .arg(contact.code));
    if (!contact.isChecked())
        return R::failure(tr("The fingerprint of %1 has not been checked. Compare it with them on a call or in "
                             "person first (supolka contacts check %1).")
                              .arg(contact.code));
    return contact;
}

Result<QByteArray> SealedBundle::seal(Database &database, const ExchangeKeys &keys, const Contact &to,
                                      BundleManifest manifest, const QList<BundleFile> &files)
{
    using R = Result<QByteArray>;
    const Result<qint64> last = lastSequence(database, to.code, Sent);
    if (!last)
        return R::failure(last.error());
    // Above the last, and never below the time in seconds: a sender whose database was restored from a backup (or
    // made anew) still numbers its next bundle above those the recipient has taken.
    const qint64 sequence = std::max(last.value() + 1, QDateTime::currentSecsSinceEpoch());
    const Result<bool> stored = raiseSequence(database, to.code, Sent, sequence);
    if (!stored)
        return R::failure(stored.error());
    manifest.recipient = to.code;
    manifest.seal.recipientFingerprint = to.fingerprint();
    manifest.seal.sequence = sequence;
    manifest.seal.senderRecipient = keys.recipient();
    manifest.seal.senderSigningKey = keys.signingKey();
    const QString comment = QStringLiteral("supolka bundle from %1 to %2, number %3, made %4")
                                .arg(manifest.chapterCode, to.code)
                                .arg(sequence)
                                .arg(manifest.createdAt);
    const Result<QByteArray> zip = Bundle::pack(std::move(manifest), files, [&keys, &comment](const QByteArray &bytes) {
        return keys.signing.sign(bytes, comment, QStringLiteral("signature of a Supolka bundle's manifest"));
    });
    if (!zip)
        return zip;
    // Sealed to the sender too, so that the sender can open what it sent.
    return age::Codec::encrypt(zip.value(), {to.recipient, keys.recipient()});
}

Result<OpenedBundle> SealedBundle::open(Database &database, const QByteArray &file, const QString &shown)
{
    using R = Result<OpenedBundle>;
    Result<Unsealed> unsealed = unseal(database, file, shown);
    if (!unsealed)
        return R::failure(unsealed.error());
    const SealedSender &sender = unsealed->sender;
    const BundleManifest &manifest = unsealed->bundle.manifest();
    if (const QString own = ownCopy(unsealed.value(), shown); !own.isEmpty())
        return R::failure(own);
    if (!sender.contact) {
        const Result<std::optional<Contact>> sameCodeContact = ContactBook(database).find(sender.chapterCode);
        if (!sameCodeContact)
            return R::failure(sameCodeContact.error());
        if (sameCodeContact.value())
            return R::failure(tr("%1 says it comes from %2, but it was signed with other keys than those you have "
                                 "for %2 (its fingerprint is %3). If %2 made new keys, compare this fingerprint with "
                                 "them and add their new keys; otherwise it is forged. It was not imported.")
                                  .arg(shown, sender.chapterCode, sender.fingerprint));
        return R::failure(tr("%1 comes from %2 (%3), who is not among your contacts; it was not imported. Its "
                             "fingerprint is %4: compare it with them on a call or in person, then add them on the "
                             "Sync page, or with supolka contacts add %2 NAME --recipient %5 --signing-key %6 and "
                             "supolka contacts check %2 --fingerprint \"%4\", and import it again.")
                              .arg(shown, sender.chapterCode, sender.chapterName, sender.fingerprint, sender.recipient,
                                   sender.signingKey));
    }
    const Contact &contact = *sender.contact;
    if (contact.recipient != sender.recipient)
        return R::failure(tr("%1 names other keys for %2 than those you have; it was not imported. Compare the "
                             "fingerprint %3 with them and add their keys again.")
                              .arg(shown, contact.code, sender.fingerprint));
    if (contact.keysChanged())
        return R::failure(tr("The keys of %1 have changed since you checked them; %2 was not imported. Compare the "
                             "fingerprint with them again (supolka contacts check %1).")
                              .arg(contact.code, shown));
    if (!contact.isChecked())
        return R::failure(tr("%1 comes from %2, whose fingerprint has not been checked; it was not imported. Compare "
                             "it with them, then: supolka contacts check %2")
                              .arg(shown, contact.code));
    if (!sameCode(contact.code, manifest.chapterCode))
        return R::failure(tr("%1 was signed by %2 but says it comes from %3: it was not imported.")
                              .arg(shown, contact.code, manifest.chapterCode));
    if (const QString other = sealedForAnother(unsealed.value(), shown); !other.isEmpty())
        return R::failure(other);
    const Result<qint64> lastTaken = lastSequence(database, contact.code, Received);
    if (!lastTaken)
        return R::failure(lastTaken.error());
    const qint64 last = lastTaken.value();
    if (manifest.seal.sequence <= last)
        return R::failure(tr("%1 is bundle number %2 from %3, but number %4 was imported already: it is an old "
                             "bundle or was sent again, and was not imported.")
                              .arg(shown)
                              .arg(manifest.seal.sequence)
                              .arg(contact.code)
                              .arg(last));
    const qint64 sequence = manifest.seal.sequence;
    const QString contactCode = contact.code;
    return OpenedBundle{std::move(unsealed).value().bundle, contactCode, sequence};
}

Result<SealedSender> SealedBundle::sender(Database &database, const QByteArray &file, const QString &shown)
{
    using R = Result<SealedSender>;
    const Result<Unsealed> unsealed = unseal(database, file, shown);
    if (!unsealed)
        return R::failure(unsealed.error());
    // Nobody to add for a bundle that would be refused anyway: this database's own, or one sealed for another.
    for (const QString &refusal : {ownCopy(unsealed.value(), shown), sealedForAnother(unsealed.value(), shown)}) {
        if (!refusal.isEmpty())
            return R::failure(refusal);
    }
    return unsealed->sender;
}

Status SealedBundle::recordReceived(Database &database, const OpenedBundle &opened)
{
    // In the import's transaction: of two imports of one bundle at once, the second finds the number taken.
    const Result<bool> raised = raiseSequence(database, opened.contactCode, Received, opened.sequence);
    if (!raised)
        return Status::failure(raised.error());
    if (!raised.value())
        return Status::failure(tr("Bundle number %1 from %2 was imported already; it was not imported again.")
                                   .arg(opened.sequence)
                                   .arg(opened.contactCode));
    return {};
}

qint64 SealedBundle::lastSent(const Database &database, const QString &peer)
{
    return lastSequence(database, peer, Sent).value_or(0);
}

qint64 SealedBundle::lastReceived(const Database &database, const QString &peer)
{
    return lastSequence(database, peer, Received).value_or(0);
}

} // namespace supolka
