#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "models/core/result.h"

namespace supolka {

// One CSV of a bundle and what the manifest says of it.
struct BundleFile
{
    QString name;    // "members.csv"
    QByteArray data; // the file's bytes
    qint64 rows = 0; // records after the header
    QString sha256;  // lower-case hex of data
};

// What a sealed bundle's manifest says of its sealing (see SealedBundle): whom it was sealed for, its number in
// the sender's line of bundles to that recipient, and the sender's public keys. Empty in a plain bundle.
struct BundleSeal
{
    QString recipientFingerprint; // the recipient's fingerprint, as ExchangeKeyStore::fingerprint gives it
    qint64 sequence = 0;          // 1, 2, 3 … per recipient
    QString senderRecipient;      // age1…
    QString senderSigningKey;     // RW…

    bool isEmpty() const { return senderSigningKey.isEmpty(); }
};

// manifest.json of a bundle.
struct BundleManifest
{
    int formatVersion = 0;
    QString chapterCode;
    QString chapterName;
    QString createdAt; // UTC ISO timestamp
    QString appVersion;
    QString profile;         // "full", "pseudonymized" or "aggregate"
    QString recipient;       // who it was made for; empty = anyone
    QString since;           // only rows changed after this time; empty = everything
    QList<BundleFile> files; // data left empty
    BundleSeal seal;
};

// A `.supolka` bundle: one zip file (or an unzipped folder of the same shape) with manifest.json and one canonical
// CSV per kind. Reading verifies everything before anyone may use it: the manifest, its format version, every
// file's presence, size in rows and SHA-256, and that nothing else is in the bundle.
class Bundle final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::Bundle)

public:
    // 2: members name the member they were merged into; 3: the manifest may be signed and name its seal.
    static constexpr int FormatVersion = 3;
    // No bundle file is larger than what its contents may unpack to.
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;
    // The signature of manifest.json, in minisign's format, beside it in the zip.
    static const QString SignatureName;

    // Signs the bytes of manifest.json: the .minisig file to put beside it.
    using Signer = std::function<QByteArray(const QByteArray &manifest)>;

    // The zip of a bundle, in memory. Fills in each file's rows and SHA-256 in the manifest it writes; a signer
    // adds manifest.json.minisig.
    static Result<QByteArray> pack(BundleManifest manifest, const QList<BundleFile> &files,
                                   const Signer &signer = nullptr);
    // Writes the bundle atomically (a half-written file never takes the place of a good one).
    static Status write(const QString &path, BundleManifest manifest, const QList<BundleFile> &files);
    // Reads and verifies a bundle file or folder; a bundle that fails any check is refused with why.
    static Result<Bundle> read(const QString &path);
    // The same for a bundle's zip in memory; `shown` names it in messages.
    static Result<Bundle> fromBytes(const QByteArray &zip, const QString &shown);

    const BundleManifest &manifest() const { return m_manifest; }
    // manifest.json as it was in the bundle: the bytes its signature covers.
    const QByteArray &manifestData() const { return m_manifestData; }
    // manifest.json.minisig; empty when the bundle is not signed.
    const QByteArray &signature() const { return m_signature; }
    // The bytes of a file the manifest lists; empty when it is not in the bundle.
    QByteArray file(const QString &name) const;
    bool contains(const QString &name) const;

    // Records after the header of a CSV, as the manifest counts them.
    static qint64 countRows(const QByteArray &csv);
    static QString sha256(const QByteArray &data);

private:
    static Result<Bundle> fromContents(const QHash<QString, QByteArray> &contents, const QString &shown);

    BundleManifest m_manifest;
    QByteArray m_manifestData;
    QByteArray m_signature;
    QList<BundleFile> m_files;
};

} // namespace supolka
