#include <gtest/gtest.h>

#include <sys/resource.h>

#include <zip.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "models/sync/bundle.h"

using namespace supolka;

namespace {

const QByteArray Members = "id,first_name,last_name\r\n1,Святлана,Ціханоўская\r\n2,Aliaksandr,Kavalenka\r\n";
const QByteArray Events = "id,title\r\n9,\"Rally, Warsaw\"\r\n";

BundleManifest manifest()
{
    BundleManifest m;
    m.chapterCode = QStringLiteral("pl-wa");
    m.chapterName = QStringLiteral("Warszawa");
    m.createdAt = QStringLiteral("2026-11-28T05:00:00.000Z");
    m.appVersion = QStringLiteral("0.1.0");
    m.profile = QStringLiteral("full");
    return m;
}

QList<BundleFile> files()
{
    return {{QStringLiteral("members.csv"), Members, 0, {}}, {QStringLiteral("events.csv"), Events, 0, {}}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class BundleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        path = folder.filePath(QStringLiteral("pl-wa.supolka"));
        const Status written = Bundle::write(path, manifest(), files());
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
    }

    QString refusal(const QString &which)
    {
        const Result<Bundle> read = Bundle::read(which);
        EXPECT_FALSE(read.ok());
        return read.ok() ? QString() : read.error();
    }

    QTemporaryDir folder;
    QString path;
};

} // namespace

TEST_F(BundleTest, WritesAndReadsBackWithTheManifest)
{
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
    const Result<Bundle> read = Bundle::read(path);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read->file(QStringLiteral("members.csv")), Members);
    EXPECT_EQ(read->file(QStringLiteral("events.csv")), Events);
    const BundleManifest &m = read->manifest();
    EXPECT_EQ(m.formatVersion, Bundle::FormatVersion);
    EXPECT_EQ(m.chapterCode, QStringLiteral("pl-wa"));
    EXPECT_EQ(m.profile, QStringLiteral("full"));
    ASSERT_EQ(m.files.size(), 2);
    EXPECT_EQ(m.files.at(0).rows, 2);
    EXPECT_EQ(m.files.at(1).rows, 1) << "a quoted comma is one field of one row";
    EXPECT_EQ(m.files.at(0).sha256, Bundle::sha256(Members));
    EXPECT_EQ(m.files.at(0).sha256.size(), 64);
}

TEST_F(BundleTest, AFlippedByteIsRefused)
{
    QByteArray bytes = readAll(path);
    // Flip a byte of the stored members file (its text is stored as is or compressed: either way it changes).
    const qsizetype at = bytes.indexOf("members.csv") + 40;
    ASSERT_GT(at, 40);
    bytes[at] = char(bytes.at(at) ^ 0x20);
    const QString damaged = folder.filePath(QStringLiteral("damaged.supolka"));
    writeAll(damaged, bytes);
    EXPECT_FALSE(refusal(damaged).isEmpty());
}

TEST_F(BundleTest, ATruncatedBundleIsRefused)
{
    const QByteArray bytes = readAll(path);
    const QString cut = folder.filePath(QStringLiteral("cut.supolka"));
    writeAll(cut, bytes.left(bytes.size() * 2 / 3));
    EXPECT_TRUE(refusal(cut).contains(QStringLiteral("cut short"))) << refusal(cut).toStdString();
}

TEST_F(BundleTest, AnUnzippedFolderIsReadAndCheckedTheSameWay)
{
    const QString unpacked = folder.filePath(QStringLiteral("unpacked"));
    ASSERT_TRUE(QDir().mkpath(unpacked));
    // The folder a user gets by unzipping: the manifest and the files.
    writeAll(unpacked + QStringLiteral("/members.csv"), Members);
    writeAll(unpacked + QStringLiteral("/events.csv"), Events);
    const QString manifestText =
        QStringLiteral(
            R"({"format_version": 1, "chapter": {"code": "pl-wa", "name": "Warszawa"}, "profile": "full",
            "files": [{"name": "members.csv", "rows": 2, "sha256": "%1"},
                      {"name": "events.csv", "rows": 1, "sha256": "%2"}]})")
            .arg(Bundle::sha256(Members), Bundle::sha256(Events));
    writeAll(unpacked + QStringLiteral("/manifest.json"), manifestText.toUtf8());
    const Result<Bundle> fromFolder = Bundle::read(unpacked);
    ASSERT_TRUE(fromFolder.ok()) << fromFolder.error().toStdString();
    EXPECT_EQ(fromFolder->file(QStringLiteral("members.csv")), Members);

    // Changed after it was sent.
    writeAll(unpacked + QStringLiteral("/members.csv"), QByteArray(Members).replace("Kavalenka", "Kavalenko"));
    EXPECT_TRUE(refusal(unpacked).contains(QStringLiteral("checksum")));
    writeAll(unpacked + QStringLiteral("/members.csv"), Members);

    // A file nobody listed.
    writeAll(unpacked + QStringLiteral("/extra.csv"), "id\r\n");
    EXPECT_TRUE(refusal(unpacked).contains(QStringLiteral("extra.csv")));
    QFile::remove(unpacked + QStringLiteral("/extra.csv"));

    // A listed file missing.
    QFile::remove(unpacked + QStringLiteral("/events.csv"));
    EXPECT_TRUE(refusal(unpacked).contains(QStringLiteral("events.csv")));
    writeAll(unpacked + QStringLiteral("/events.csv"), Events);

    // From a newer Supolka.
    writeAll(unpacked + QStringLiteral("/manifest.json"),
             QString(manifestText)
                 .replace(QStringLiteral("\"format_version\": 1"),
                          QStringLiteral("\"format_version\": %1").arg(Bundle::FormatVersion + 1))
                 .toUtf8());
    EXPECT_TRUE(refusal(unpacked).contains(QStringLiteral("newer"))) << refusal(unpacked).toStdString();

    // Rows the manifest does not account for.
    writeAll(unpacked + QStringLiteral("/manifest.json"),
             QString(manifestText).replace(QStringLiteral("\"rows\": 2"), QStringLiteral("\"rows\": 3")).toUtf8());
    EXPECT_TRUE(refusal(unpacked).contains(QStringLiteral("3"))) << refusal(unpacked).toStdString();
}

TEST_F(BundleTest, NotABundleAtAll)
{
    const QString text = folder.filePath(QStringLiteral("notes.supolka"));
    writeAll(text, "just some text");
    EXPECT_TRUE(refusal(text).contains(QStringLiteral("not a Supolka bundle")));
    EXPECT_FALSE(refusal(folder.filePath(QStringLiteral("missing.supolka"))).isEmpty());
}

TEST_F(BundleTest, ABundleThatCannotTakeThePlaceLeavesEverythingAsItWas)
{
    // An unzipped bundle is in the way: a folder no file can replace.
    const QString unpacked = folder.filePath(QStringLiteral("unpacked.supolka"));
    ASSERT_TRUE(QDir().mkpath(unpacked));
    writeAll(unpacked + QStringLiteral("/members.csv"), Members);
    const Status written = Bundle::write(unpacked, manifest(), files());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(unpacked))) << written.error().toStdString();
    EXPECT_EQ(readAll(unpacked + QStringLiteral("/members.csv")), Members) << "the old one is left alone";
    // Nothing half-written is left beside it.
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
              (QStringList{QStringLiteral("pl-wa.supolka"), QStringLiteral("unpacked.supolka")}));
}

namespace {

// A zip of `entries` (name, data, store or deflate), written by libzip as any tool would.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(zip, nullptr);
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        ASSERT_NE(source, nullptr);
        const zip_int64_t index = zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        ASSERT_GE(index, 0);
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    }
    ASSERT_EQ(zip_close(zip), 0);
}

// The peak resident memory of this process so far, in MB.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QByteArray manifestListing(const QString &name, const QByteArray &data, const QString &rows)
{
    return QStringLiteral(R"({"format_version": 2, "chapter": {"code": "pl-wa", "name": "Warszawa"},
        "profile": "full", "files": [{"name": "%1", "rows": %2, "sha256": "%3"}]})")
        .arg(name, rows, Bundle::sha256(data))
        .toUtf8();
}

} // namespace

// Zip bombs are refused from the zip's directory, before anything is unpacked: one huge entry, and many entries
// the manifest does not list.
TEST_F(BundleTest, ZipBombsAreRefusedBeforeAnythingIsUnpacked)
{
    // 1.06 GB of one letter, which deflate packs into about a megabyte.
    const QString bomb = folder.filePath(QStringLiteral("bomb.supolka"));
    {
        const QByteArray block(64 * 1024 * 1024, 'a');
        QList<std::pair<QString, QByteArray>> huge{
            {QStringLiteral("manifest.json"),
             manifestListing(QStringLiteral("members.csv"), Members, QStringLiteral("2"))}};
        for (int i = 0; i < 17; ++i)
            huge.append({QStringLiteral("members%1.csv").arg(i), block});
        writeZip(bomb, huge);
    }
    // Entries nobody listed, small enough together: refused by name, never unpacked.
    const QString padded = folder.filePath(QStringLiteral("padded.supolka"));
    {
        const QByteArray padding(16 * 1024 * 1024, 'b');
        QList<std::pair<QString, QByteArray>> unlisted{
            {QStringLiteral("manifest.json"),
             manifestListing(QStringLiteral("members.csv"), Members, QStringLiteral("2"))},
            {QStringLiteral("members.csv"), Members}};
        for (int i = 0; i < 10; ++i)
            unlisted.append({QStringLiteral("padding%1.csv").arg(i), padding});
        writeZip(padded, unlisted);
    }
    const double made = peakMegabytes();
    const QString refused = refusal(bomb);
    EXPECT_TRUE(refused.contains(QStringLiteral("MB"))) << refused.toStdString();
    EXPECT_TRUE(refusal(padded).contains(QStringLiteral("does not list"))) << refusal(padded).toStdString();
    // Reading both cost next to nothing beyond what making them did (the peak includes the 64 MB block).
    EXPECT_LT(peakMegabytes() - made, 100.0);
    EXPECT_GT(QFileInfo(bomb).size(), 0);
    EXPECT_LT(QFileInfo(bomb).size(), 16 * 1024 * 1024);
}

// The manifest's numbers are whole numbers in range, or the bundle is refused with why.
TEST_F(BundleTest, TheManifestsNumbersAreReadAsWholeNumbersInRange)
{
    const QString bundle = folder.filePath(QStringLiteral("numbers.supolka"));
    for (const char *rows : {"9223372036854775807", "1e300", "-2", "2.5", "\"2\""}) {
        writeZip(bundle, {{QStringLiteral("manifest.json"),
                           manifestListing(QStringLiteral("members.csv"), Members, QLatin1String(rows))},
                          {QStringLiteral("members.csv"), Members}});
        EXPECT_TRUE(refusal(bundle).contains(QStringLiteral("rows"))) << rows << ": " << refusal(bundle).toStdString();
    }
    QByteArray huge = manifestListing(QStringLiteral("members.csv"), Members, QStringLiteral("2"));
    huge.replace("\"format_version\": 2", "\"format_version\": 1e30");
    writeZip(bundle, {{QStringLiteral("manifest.json"), huge}, {QStringLiteral("members.csv"), Members}});
    const QString refused = refusal(bundle);
    EXPECT_TRUE(refused.contains(QStringLiteral("whole number"))) << refused.toStdString();
    EXPECT_FALSE(refused.contains(QStringLiteral("has no format version"))) << refused.toStdString();
    // And the same bundle with sound numbers reads.
    writeZip(bundle, {{QStringLiteral("manifest.json"),
                       manifestListing(QStringLiteral("members.csv"), Members, QStringLiteral("2"))},
                      {QStringLiteral("members.csv"), Members}});
    const Result<Bundle> read = Bundle::read(bundle);
    EXPECT_TRUE(read) << read.error().toStdString();
}
