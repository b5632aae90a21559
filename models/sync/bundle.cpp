#include "models/sync/bundle.h"

#include <cstdio>

#include <zip.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "models/csv/csvreader.h"

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
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// A file name inside a bundle: plain, no folders, no way out of the folder it is unpacked into.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           name != QLatin1String(".") && name != QLatin1String("..") && !name.startsWith(QLatin1Char('.'));
}

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

} // namespace

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

Status Bundle::write(const QString &path, BundleManifest manifest, const QList<BundleFile> &files)
{
    manifest.formatVersion = FormatVersion;
    manifest.files.clear();
    for (const BundleFile &f : files) {
        if (!isPlainName(f.name) || f.name == ManifestName)
            return Status::failure(tr("“%1” cannot be a file of a bundle.").arg(f.name));
        BundleFile listed;
        listed.name = f.name;
        listed.rows = countRows(f.data);
        listed.sha256 = sha256(f.data);
        manifest.files.append(listed);
    }
    const QByteArray manifestData = manifestBytes(manifest);
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    int error = 0;
    ZipArchive archive;
    archive.m_zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_EXCL, &error);
    if (!archive.m_zip)
        return Status::failure(tr("Could not create %1.").arg(QDir::toNativeSeparators(partial)));
    auto add = [&archive](const QString &name, const QByteArray &data) {
        // The buffer must live until zip_close: the caller's data does.
        zip_source_t *source = zip_source_buffer(archive.m_zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            return false;
        if (zip_file_add(archive.m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    };
    bool added = add(ManifestName, manifestData);
    for (const BundleFile &f : files)
        added = added && add(f.name, f.data);
    if (!added) {
        const QString why = QString::fromUtf8(zip_strerror(archive.m_zip));
        return Status::failure(tr("Could not write the bundle: %1").arg(why));
    }
    if (zip_close(archive.m_zip) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive.m_zip));
        QFile::remove(partial);
        return Status::failure(tr("Could not write the bundle: %1").arg(why));
    }
    archive.m_zip = nullptr;
    // rename() replaces the old file in one step on POSIX; elsewhere the old file is moved aside first, and back
    // when the new one cannot take its place. Either way the new bundle is not thrown away.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString aside = path + QStringLiteral(".old");
        const bool movedAside = QFileInfo(path).isFile() && !QFileInfo::exists(aside) && QFile::rename(path, aside);
        if (QFile::rename(partial, path)) {
            if (movedAside)
                QFile::remove(aside);
            return {};
        }
        if (movedAside)
            QFile::rename(aside, path);
        return Status::failure(tr("Could not put the new bundle in place of %1; it is in %2.")
                                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(partial)));
    }
    return {};
}

Result<Bundle> Bundle::read(const QString &path)
{
    using R = Result<Bundle>;
    const QString shown = QDir::toNativeSeparators(path);
    QHash<QString, QByteArray> contents;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1 does not exist.").arg(shown));
    if (info.isDir()) {
        const QDir folder(path);
        for (const QFileInfo &entry : folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
            QFile file(entry.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(
                    tr("Could not read %1: %2").arg(QDir::toNativeSeparators(entry.filePath()), file.errorString()));
            contents.insert(entry.fileName(), file.readAll());
        }
    } else {
        int error = 0;
        ZipArchive archive;
        archive.m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!archive.m_zip)
            return R::failure(tr("%1 is not a Supolka bundle, or it is damaged or cut short.").arg(shown));
        const zip_int64_t count = zip_get_num_entries(archive.m_zip, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(archive.m_zip, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
                return R::failure(tr("%1 is damaged: an entry cannot be read.").arg(shown));
            const QString name = QString::fromUtf8(stat.name);
            if (!isPlainName(name))
                return R::failure(tr("%1 holds “%2”, which a bundle never has; it was not made by Supolka or was "
                                     "changed.")
                                      .arg(shown, name));
            constexpr zip_uint64_t MaxEntry = zip_uint64_t(1) << 31;
            if (stat.size > MaxEntry)
                return R::failure(tr("%1 holds a file too large for a bundle.").arg(shown));
            zip_file_t *file = zip_fopen_index(archive.m_zip, zip_uint64_t(i), 0);
            if (!file)
                return R::failure(tr("%1 is damaged: “%2” cannot be read.").arg(shown, name));
            QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            // libzip checks the entry's CRC when it has read it whole.
            char extra = 0;
            const zip_int64_t more = zip_fread(file, &extra, 1);
            zip_fclose(file);
            if (read != zip_int64_t(stat.size) || more != 0)
                return R::failure(tr("%1 is damaged: “%2” does not read back whole.").arg(shown, name));
            contents.insert(name, data);
        }
    }

    if (!contents.contains(ManifestName))
        return R::failure(tr("%1 has no manifest.json: it is not a Supolka bundle.").arg(shown));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents.value(ManifestName), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("The manifest of %1 cannot be read: %2").arg(shown, parseError.errorString()));
    const QJsonObject object = document.object();
    Bundle bundle;
    BundleManifest &m = bundle.m_manifest;
    m.formatVersion = object.value(QStringLiteral("format_version")).toInt(0);
    if (m.formatVersion <= 0)
        return R::failure(tr("The manifest of %1 has no format version.").arg(shown));
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
    QSet<QString> listed{ManifestName};
    for (const QJsonValue &value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        BundleFile f;
        f.name = entry.value(QStringLiteral("name")).toString();
        f.rows = qint64(entry.value(QStringLiteral("rows")).toDouble(-1));
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
