// A really full disk (a 1 MB tmpfs, where the system allows mounting one): the lock file cannot be written, and
// the message says that the disk is full, not that another Supolka holds the database.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/db/database.h"
#include "models/security/databasekey.h"

using namespace supolka;

namespace {

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A small file system of its own, unmounted at the end.
class SmallDisk final
{
public:
    explicit SmallDisk(const QString &size)
    {
        m_mounted = m_dir.isValid() && runTool(QStringLiteral("mount"),
                                               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()});
    }
    ~SmallDisk()
    {
        if (m_mounted)
            runTool(QStringLiteral("umount"), {m_dir.path()});
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes zeros until the disk takes no more.
    void fill() const
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST(FullDisk, TheLockFileThatCannotBeWrittenSaysTheDiskIsFull)
{
    SmallDisk disk(QStringLiteral("1m"));
    if (!disk.isMounted())
        GTEST_SKIP() << "this system does not let the tests mount a small file system";
    const QString path = disk.filePath(QStringLiteral("chapter.db"));
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database) << database.error().toStdString();
        ASSERT_TRUE(database.value()->setChapterCode(QStringLiteral("pl-wa")));
    }
    disk.fill();
    auto refused = Database::open(path);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("is full"))) << refused.error().toStdString();
    EXPECT_FALSE(refused.error().contains(QStringLiteral("another"))) << refused.error().toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    // Once there is room again, the database opens as it was.
    ASSERT_TRUE(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    EXPECT_EQ(opened.value()->chapterCode(), QStringLiteral("pl-wa"));
}

// Encrypting, changing the passphrase and backing up on a full disk: refused with the reason, nothing left
// behind, and the database as it was, opening with its old passphrase.
TEST(FullDisk, EncryptingAndBackingUpFailWholeOnAFullDisk)
{
    SmallDisk disk(QStringLiteral("2m"));
    if (!disk.isMounted())
        GTEST_SKIP() << "this system does not let the tests mount a small file system";
    databasekey::useMinimumCostForTests();
    QString text = QStringLiteral("Жыве Беларусь");
    const SecretBytes secret = SecretBytes::fromText(text);
    QString newText = QStringLiteral("Вольная Беларусь");
    const SecretBytes next = SecretBytes::fromText(newText);
    const QString path = disk.filePath(QStringLiteral("chapter.db"));
    QByteArray bytes;
    {
        auto database = Database::open(path, &secret);
        ASSERT_TRUE(database) << database.error().toStdString();
        ASSERT_TRUE(database.value()->setChapterCode(QStringLiteral("pl-wa")));
        QSqlQuery checkpoint(database.value()->connection());
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        QFile before(path);
        ASSERT_TRUE(before.open(QIODevice::ReadOnly));
        bytes = before.readAll();

        // Some room left for SQLite's own files, none for a copy of the database.
        disk.fill();
        ASSERT_TRUE(QFile::resize(disk.filePath(QStringLiteral("filler")),
                                  QFileInfo(disk.filePath(QStringLiteral("filler"))).size() - 8192));
        const QString backup = disk.filePath(QStringLiteral("backup.db"));
        const Status written = database.value()->backupTo(backup);
        ASSERT_FALSE(written);
        EXPECT_FALSE(QFile::exists(backup));
        EXPECT_FALSE(QFile::exists(backup + QStringLiteral(".part")));
        EXPECT_EQ(database.value()->chapterCode(), QStringLiteral("pl-wa"));
    }
    const Status changed = Database::protect(path, &secret, next);
    ASSERT_FALSE(changed);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".encrypting")));

    // With room again: the file is as it was, and opens with the old passphrase only.
    ASSERT_TRUE(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
    EXPECT_FALSE(Database::open(path, &next));
    auto reopened = Database::open(path, &secret);
    ASSERT_TRUE(reopened) << reopened.error().toStdString();
    EXPECT_EQ(reopened.value()->chapterCode(), QStringLiteral("pl-wa"));
}
