// A really full disk (a 1 MB tmpfs, where the system allows mounting one): the lock file cannot be written, and
// the message says that the disk is full, not that another Supolka holds the database.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "models/db/database.h"

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
