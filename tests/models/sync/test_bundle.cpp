#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
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

TEST_F(BundleTest, ANewBundleThatCannotTakeThePlaceIsKeptNextToIt)
{
    // An unzipped bundle is in the way: a folder no file can replace.
    const QString unpacked = folder.filePath(QStringLiteral("unpacked.supolka"));
    ASSERT_TRUE(QDir().mkpath(unpacked));
    writeAll(unpacked + QStringLiteral("/members.csv"), Members);
    const Status written = Bundle::write(unpacked, manifest(), files());
    ASSERT_FALSE(written.ok());
    const QString partial = unpacked + QStringLiteral(".part");
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(partial))) << written.error().toStdString();
    EXPECT_EQ(readAll(unpacked + QStringLiteral("/members.csv")), Members) << "the old one is left alone";
    const Result<Bundle> kept = Bundle::read(partial);
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_EQ(kept->file(QStringLiteral("events.csv")), Events);
}
