#pragma once

#include <QByteArray>
#include <QCoreApplication>
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
};

// A `.supolka` bundle: one zip file (or an unzipped folder of the same shape) with manifest.json and one canonical
// CSV per kind. Reading verifies everything before anyone may use it: the manifest, its format version, every
// file's presence, size in rows and SHA-256, and that nothing else is in the bundle.
class Bundle final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::Bundle)

public:
    static constexpr int FormatVersion = 2; // 2: members name the member they were merged into

    // Writes the bundle atomically (a half-written file never takes the place of a good one). Fills in each
    // file's rows and SHA-256 in the manifest it writes.
    static Status write(const QString &path, BundleManifest manifest, const QList<BundleFile> &files);
    // Reads and verifies a bundle file or folder; a bundle that fails any check is refused with why.
    static Result<Bundle> read(const QString &path);

    const BundleManifest &manifest() const { return m_manifest; }
    // The bytes of a file the manifest lists; empty when it is not in the bundle.
    QByteArray file(const QString &name) const;
    bool contains(const QString &name) const;

    // Records after the header of a CSV, as the manifest counts them.
    static qint64 countRows(const QByteArray &csv);
    static QString sha256(const QByteArray &data);

private:
    BundleManifest m_manifest;
    QList<BundleFile> m_files;
};

} // namespace supolka
