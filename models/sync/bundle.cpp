#include "models/sync/bundle.h"

#include <cmath>
#include <optional>

#include <zip.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include "models/csv/csvreader.h"
#include "models/io/atomicfile.h"
#include "models/sync/syncstate.h"

namespace supolka {

namespace {

const QString ManifestName = QStringLiteral("manifest.json");

QByteArray manifestBytes(const BundleManifest &m)
{
    QJsonArray files;
    for (const BundleFile &f : m.files) {
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("rows"), double(f.rows)},
                                 {QStringLiteral("sha256"), f.sha256}});
    }
    const QJsonObject object{
        {QStringLiteral("format_version"), m.formatVersion},
        {QStringLiteral("chapter"),
         QJsonObject{{QStringLiteral("code"), m.chapterCode}, {QStringLiteral("name"), m.chapterName}}},
        {QStringLiteral("created_at"), m.createdAt},
        {QStringLiteral("app_version"), m.appVersion},
        {QStringLiteral("profile"), m.profile},
        {QStringLiteral("recipient"), m.recipient},
        {QStringLiteral("since"), m.since},
        {QStringLiteral("files"), files},
    };
    QJsonObject withSeal = object;
    if (!m.seal.isEmpty()) {
        withSeal.insert(QStringLiteral("seal"),
                        QJsonObject{{QStringLiteral("recipient_fingerprint"), m.seal.recipientFingerprint},
                                    {QStringLiteral("sequence"), double(m.seal.sequence)},
                                    {QStringLiteral("sender_recipient"), m.seal.senderRecipient},
                                    {QStringLiteral("sender_signing_key"), m.seal.senderSigningKey}});
    }
    return QJsonDocument(withSeal).toJson(QJsonDocument::Indented);
}

// A file name inside a bundle: plain, no folders, no way out of the folder it is unpacked into.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           name != QLatin1String(".") && name != QLatin1String("..") && !name.startsWith(QLatin1Char('.'));
}

// What no bundle Supolka writes comes near: a chapter of a million members and their registrations is a few
// hundred MB unpacked.
constexpr zip_uint64_t MaxTotalBytes = zip_uint64_t(1) << 30;
constexpr zip_int64_t MaxEntries = 64;
constexpr qint64 MaxRows = qint64(1) << 40;

class ZipArchive final
{
public:
    ~ZipArchive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    zip_t *m_zip = nullptr;
};

// The zip of the manifest and the files, made in memory (the data is there already): the file is then written in
// one checked piece.
Result<QByteArray> zipInMemory(const QList<BundleFile> &files)
{
    using R = Result<QByteArray>;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        zip_error_fini(&error);
        return R::failure(Bundle::tr("Could not write the bundle: out of memory."));
    }
    zip_source_keep(buffer); // kept past zip_close, to read the archive back
    const auto freeBuffer = qScopeGuard([buffer] { zip_source_free(buffer); });
    ZipArchive archive;
    archive.m_zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive.m_zip) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return R::failure(Bundle::tr("Could not write the bundle: %1").arg(why));
    }
    zip_error_fini(&error);
    auto add = [&archive](const QString &name, const QByteArray &data) {
        // The data must live until zip_close: the caller's does.
        zip_source_t *source = zip_source_buffer(archive.m_zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            return false;
        if (zip_file_add(archive.m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    };
    bool added = true;
    for (const BundleFile &f : files)
        added = added && add(f.name, f.data);
    if (!added || zip_close(archive.m_zip) != 0)
        return R::failure(
            Bundle::tr("Could not write the bundle: %1").arg(QString::fromUtf8(zip_strerror(archive.m_zip))));
    archive.m_zip = nullptr;

    QByteArray bytes;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || zip_source_open(buffer) != 0)
        return R::failure(Bundle::tr("Could not write the bundle: %1")
                              .arg(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)))));
    bytes.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read != zip_int64_t(stat.size))
        return R::failure(Bundle::tr("Could not write the bundle: %1")
                              .arg(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)))));
    return bytes;
}

// A manifest's whole number: a JSON number with no fraction between 0 and `max`, else nothing.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > double(max) || std::floor(number) != number)
        return std::nullopt;
    return qint64(number);
}

// The names a manifest lists (read leniently: what is wrong in it is reported when it is read in full).
QSet<QString> listedNames(const QByteArray &manifest)
{
    QSet<QString> names;
    const QJsonArray files = QJsonDocument::fromJson(manifest).object().value(QStringLiteral("files")).toArray();
    for (const auto &value : files)
        names.insert(value.toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

const QString Bundle::SignatureName = QStringLiteral("manifest.json.minisig");

qint64 Bundle::countRows(const QByteArray &csv)
{
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    qint64 rows = -1; // the header is not a row
    while (reader.readRecord(record)) {
        if (record.hasProblem()) // a bundle is written whole by Supolka: damage in it is no row
            return -1;
        ++rows;
    }
    if (reader.failed())
        return -1;
    return std::max<qint64>(rows, 0);
}

QString Bundle::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray Bundle::file(const QString &name) const
{
    for (const BundleFile &f : m_files) {
        if (f.name == name)
            return f.data;
    }
    return {};
}

bool Bundle::contains(const QString &name) const
{
    return std::any_of(m_files.begin(), m_files.end(), [&name](const BundleFile &f) { return f.name == name; });
}

Result<QByteArray> Bundle::pack(BundleManifest manifest, const QList<BundleFile> &files, const Signer &signer)
{
    using R = Result<QByteArray>;
    manifest.formatVersion = FormatVersion;
    manifest.files.clear();
    for (const BundleFile &f : files) {
        if (!isPlainName(f.name) || f.name == ManifestName || f.name == SignatureName)
            return R::failure(tr("“%1” cannot be a file of a bundle.").arg(f.name));
        BundleFile listed;
        listed.name = f.name;
        listed.rows = countRows(f.data);
        listed.sha256 = sha256(f.data);
        manifest.files.append(listed);
    }
    QList<BundleFile> entries{{ManifestName, manifestBytes(manifest), 0, {}}};
    if (signer)
        entries.append({SignatureName, signer(entries.first().data), 0, {}});
    entries.append(files);
    return zipInMemory(entries);
}

Status Bundle::write(const QString &path, BundleManifest manifest, const QList<BundleFile> &files)
{
    const Result<QByteArray> zipped = pack(std::move(manifest), files);
    if (!zipped)
        return Status::failure(zipped.error());
    // Whole or not at all: a full stick or a removed drive leaves the old bundle, and no part of the new one.
    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    file.write(zipped.value());
    return file.commit();
}

Result<Bundle> Bundle::read(const QString &path)
{
    using R = Result<Bundle>;
    const QString shown = QDir::toNativeSeparators(path);
    QHash<QString, QByteArray> contents;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1 does not exist.").arg(shown));
    if (!info.isDir()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("Could not read %1: %2").arg(shown, file.errorString()));
        if (file.size() > MaxFileBytes)
            return R::failure(tr("%1 is larger than any bundle Supolka writes; it was not read.").arg(shown));
        return fromBytes(file.readAll(), shown);
    }
    const QDir folder(path);
    for (const QFileInfo &entry : folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(
                tr("Could not read %1: %2").arg(QDir::toNativeSeparators(entry.filePath()), file.errorString()));
        contents.insert(entry.fileName(), file.readAll());
    }
    return fromContents(contents, shown);
}

Result<Bundle> Bundle::fromBytes(const QByteArray &zip, const QString &shown)
{
    using R = Result<Bundle>;
    QHash<QString, QByteArray> contents;
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
        ZipArchive archive;
        if (source) {
            archive.m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
            if (!archive.m_zip)
                zip_source_free(source);
        }
        zip_error_fini(&error);
        if (!archive.m_zip)
            return R::failure(tr("%1 is not a Supolka bundle, or it is damaged or cut short.").arg(shown));
        // Everything is checked from the zip's directory before a byte is unpacked: names, the total size, and
        // that the manifest lists every entry. A zip bomb is refused, never unpacked.
        struct Entry
        {
            zip_uint64_t index;
            zip_uint64_t size;
        };
        QHash<QString, Entry> entries;
        zip_uint64_t total = 0;
        const zip_int64_t count = zip_get_num_entries(archive.m_zip, 0);
        if (count < 0 || count > MaxEntries)
            return R::failure(tr("%1 holds more files than a bundle ever has.").arg(shown));
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(archive.m_zip, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
                return R::failure(tr("%1 is damaged: an entry cannot be read.").arg(shown));
            const QString name = QString::fromUtf8(stat.name);
            if (!isPlainName(name) || entries.contains(name))
                return R::failure(tr("%1 holds “%2”, which a bundle never has; it was not made by Supolka or was "
                                     "changed.")
                                      .arg(shown, name));
            total += stat.size;
            if (stat.size > MaxTotalBytes || total > MaxTotalBytes)
                return R::failure(tr("%1 unpacks to more than %2 MB, more than any bundle Supolka writes; it was "
                                     "not unpacked.")
                                      .arg(shown)
                                      .arg(MaxTotalBytes / (1024 * 1024)));
            entries.insert(name, {zip_uint64_t(i), stat.size});
        }
        auto unpack = [&](const QString &name) -> std::optional<QByteArray> {
            const Entry entry = entries.value(name);
            zip_file_t *file = zip_fopen_index(archive.m_zip, entry.index, 0);
            if (!file)
                return std::nullopt;
            QByteArray data(qsizetype(entry.size), Qt::Uninitialized);
            const zip_int64_t read = zip_fread(file, data.data(), entry.size);
            // libzip checks the entry's CRC when it has read it whole.
            char extra = 0;
            const zip_int64_t more = zip_fread(file, &extra, 1);
            zip_fclose(file);
            if (read != zip_int64_t(entry.size) || more != 0)
                return std::nullopt;
            return data;
        };
        if (!entries.contains(ManifestName))
            return R::failure(tr("%1 has no manifest.json: it is not a Supolka bundle.").arg(shown));
        const std::optional<QByteArray> manifest = unpack(ManifestName);
        if (!manifest)
            return R::failure(tr("%1 is damaged: “%2” does not read back whole.").arg(shown, ManifestName));
        contents.insert(ManifestName, *manifest);
        const QSet<QString> listed = listedNames(*manifest);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it.key() != ManifestName && it.key() != SignatureName && !listed.contains(it.key()))
                return R::failure(
                    tr("%1 holds %2, which its manifest does not list: it was changed.").arg(shown, it.key()));
        }
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it.key() == ManifestName)
                continue;
            const std::optional<QByteArray> data = unpack(it.key());
            if (!data)
                return R::failure(tr("%1 is damaged: “%2” does not read back whole.").arg(shown, it.key()));
            contents.insert(it.key(), *data);
        }
    }

    return fromContents(contents, shown);
}

Result<Bundle> Bundle::fromContents(const QHash<QString, QByteArray> &contents, const QString &shown)
{
    using R = Result<Bundle>;
    if (!contents.contains(ManifestName))
        return R::failure(tr("%1 has no manifest.json: it is not a Supolka bundle.").arg(shown));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents.value(ManifestName), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("The manifest of %1 cannot be read: %2").arg(shown, parseError.errorString()));
    const QJsonObject object = document.object();
    Bundle bundle;
    bundle.m_manifestData = contents.value(ManifestName);
    bundle.m_signature = contents.value(SignatureName);
    BundleManifest &m = bundle.m_manifest;
    const std::optional<qint64> version = wholeNumber(object.value(QStringLiteral("format_version")), 1 << 20);
    if (!object.contains(QStringLiteral("format_version")))
        return R::failure(tr("The manifest of %1 has no format version.").arg(shown));
    if (!version || *version < 1)
        return R::failure(tr("The manifest of %1 gives a format version that is not a whole number of a bundle "
                             "format.")
                              .arg(shown));
    m.formatVersion = int(*version);
    if (m.formatVersion > FormatVersion)
        return R::failure(tr("%1 was made by a newer Supolka (bundle format %2; this version reads up to %3). "
                             "Update Supolka to read it.")
                              .arg(shown)
                              .arg(m.formatVersion)
                              .arg(FormatVersion));
    const QJsonObject chapter = object.value(QStringLiteral("chapter")).toObject();
    m.chapterCode = chapter.value(QStringLiteral("code")).toString();
    m.chapterName = chapter.value(QStringLiteral("name")).toString();
    m.createdAt = object.value(QStringLiteral("created_at")).toString();
    m.appVersion = object.value(QStringLiteral("app_version")).toString();
    m.profile = object.value(QStringLiteral("profile")).toString();
    m.recipient = object.value(QStringLiteral("recipient")).toString();
    m.since = object.value(QStringLiteral("since")).toString();
    if (m.chapterCode.isEmpty())
        return R::failure(tr("The manifest of %1 does not say which chapter sent it.").arg(shown));
    // What other people's files say is shown in messages and tables: codes as chapter codes are, names on a line.
    if (!SyncState::isChapterCode(m.chapterCode) || !SyncState::isChapterName(m.chapterName) ||
        (!m.recipient.isEmpty() && !SyncState::isChapterCode(m.recipient)))
        return R::failure(
            tr("The manifest of %1 names a chapter in a way Supolka never writes; it was not read.").arg(shown));
    const QJsonObject seal = object.value(QStringLiteral("seal")).toObject();
    if (!seal.isEmpty()) {
        m.seal.recipientFingerprint = seal.value(QStringLiteral("recipient_fingerprint")).toString();
        const std::optional<qint64> sequence = wholeNumber(seal.value(QStringLiteral("sequence")), MaxRows);
        m.seal.senderRecipient = seal.value(QStringLiteral("sender_recipient")).toString();
        m.seal.senderSigningKey = seal.value(QStringLiteral("sender_signing_key")).toString();
        if (!sequence || *sequence < 1 || m.seal.senderSigningKey.isEmpty() || m.seal.senderRecipient.isEmpty())
            return R::failure(tr("The manifest of %1 names its seal wrongly.").arg(shown));
        m.seal.sequence = *sequence;
    }
    QSet<QString> listed{ManifestName, SignatureName};
    for (const auto &value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        BundleFile f;
        f.name = entry.value(QStringLiteral("name")).toString();
        // Rows as a whole number in range: a double converted blindly (9223372036854775807) is undefined.
        const std::optional<qint64> rows = wholeNumber(entry.value(QStringLiteral("rows")), MaxRows);
        if (!rows)
            return R::failure(tr("The manifest of %1 gives %2 a number of rows that is not a whole number in range.")
                                  .arg(shown, f.name));
        f.rows = *rows;
        f.sha256 = entry.value(QStringLiteral("sha256")).toString().toLower();
        if (!isPlainName(f.name) || listed.contains(f.name))
            return R::failure(tr("The manifest of %1 lists “%2” wrongly.").arg(shown, f.name));
        listed.insert(f.name);
        if (!contents.contains(f.name))
            return R::failure(tr("%1 lacks %2, which its manifest lists: it is incomplete.").arg(shown, f.name));
        f.data = contents.value(f.name);
        if (sha256(f.data) != f.sha256)
            return R::failure(
                tr("%2 in %1 is not what was sent (its checksum differs): the bundle was damaged or changed.")
                    .arg(shown, f.name));
        if (countRows(f.data) != f.rows)
            return R::failure(tr("%2 in %1 has %3 rows, but its manifest says %4.")
                                  .arg(shown, f.name)
                                  .arg(countRows(f.data))
                                  .arg(f.rows));
        bundle.m_files.append(f);
        BundleFile described = f;
        described.data.clear();
        m.files.append(described);
    }
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        if (!listed.contains(it.key()))
            return R::failure(
                tr("%1 holds %2, which its manifest does not list: it was changed.").arg(shown, it.key()));
    }
    return bundle;
}

} // namespace supolka
