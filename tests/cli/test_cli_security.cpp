// The command line of encryption at rest: a database made encrypted, encrypting a plaintext one, changing the
// passphrase, backups; wrong and missing passphrases refused with exit code 3 and the file left as it was.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include "tests/cli/clitest.h"

using namespace supolka;

namespace {

using Outcome = test::CliOutcome;

class CliSecurity : public test::CliTest
{
protected:
    QString writePassphrase(const QString &name, const QString &text) const
    {
        QFile file(this->file(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + "\n");
        return file.fileName();
    }

    Outcome runWith(const QString &passphraseFile, const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--passphrase-file"), passphraseFile} + arguments);
    }

    QByteArray hashOf(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

    // Occurrences of the chapter's name (set as a marker) in the database and every file beside it.
    int markersOnDisk(const QByteArray &marker) const
    {
        int found = 0;
        for (const QFileInfo &entry : QDir(m_dir.path()).entryInfoList(QDir::Files)) {
            if (entry.suffix() == QLatin1String("txt"))
                continue;
            QFile file(entry.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly))
                found += int(file.readAll().count(marker));
        }
        return found;
    }
};

const QString Chapter = QStringLiteral("MARKER-Сакрэтная-суполка-5e2b");

} // namespace

TEST_F(CliSecurity, ADatabaseMadeWithAPassphraseIsEncryptedAndOpensOnlyWithIt)
{
    const QString right = writePassphrase(QStringLiteral("right.txt"), QStringLiteral("Жыве Беларусь"));
    const QString wrong = writePassphrase(QStringLiteral("wrong.txt"), QStringLiteral("Жыве беларусь"));
    ASSERT_EQ(runWith(right, {QStringLiteral("chapter"), QStringLiteral("pl-wa"), Chapter}).exitCode, 0);
    const Outcome report =
        runWith(right, {QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.json().value(QStringLiteral("encrypted")).toBool());
    EXPECT_EQ(markersOnDisk(Chapter.toUtf8()), 0);

    const QByteArray before = hashOf(dbPath());
    const Outcome none = run({QStringLiteral("report"), QStringLiteral("members")});
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_TRUE(none.err.contains(QStringLiteral("passphrase is needed"))) << none.err.toStdString();
    const Outcome refused = runWith(wrong, {QStringLiteral("report"), QStringLiteral("members")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("passphrase is wrong"))) << refused.err.toStdString();
    EXPECT_EQ(hashOf(dbPath()), before);

    // "-" reads the passphrase from standard input: a script never puts it on the command line.
    QProcess process;
    process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                  {QStringLiteral("--db"), dbPath(), QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                   QStringLiteral("chapter")});
    ASSERT_TRUE(process.waitForStarted());
    process.write(QStringLiteral("Жыве Беларусь\n").toUtf8());
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput()).contains(Chapter));
}

TEST_F(CliSecurity, EncryptChangeThePassphraseAndBackUp)
{
    const QString first = writePassphrase(QStringLiteral("first.txt"), QStringLiteral("Пагоня 1991"));
    const QString second = writePassphrase(QStringLiteral("second.txt"), QStringLiteral("Вольная Беларусь"));
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("chapter"), QStringLiteral("pl-wa"), Chapter}).exitCode, 0);
    EXPECT_GT(markersOnDisk(Chapter.toUtf8()), 0) << "the check below can fail";

    const Outcome encrypted = run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), first});
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
    EXPECT_EQ(markersOnDisk(Chapter.toUtf8()), 0);
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral(".encrypting")));
    EXPECT_FALSE(QFile::exists(dbPath() + QStringLiteral("-wal")));
    const Outcome again = run({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), second});
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already encrypted"))) << again.err.toStdString();
    Outcome report = runWith(first, {QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("members")).toInt(), 240);

    const Outcome changed =
        runWith(first, {QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-file"), second});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(markersOnDisk(Chapter.toUtf8()), 0);
    EXPECT_EQ(runWith(first, {QStringLiteral("report"), QStringLiteral("members")}).exitCode, 3);
    report = runWith(second, {QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("members")).toInt(), 240);

    const QString backup = file(QStringLiteral("backup #1 ў.db"));
    const Outcome backedUp = runWith(second, {QStringLiteral("backup"), backup, QStringLiteral("--json")});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err.toStdString();
    EXPECT_TRUE(backedUp.json().value(QStringLiteral("encrypted")).toBool());
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral(".part")));
    EXPECT_EQ(markersOnDisk(Chapter.toUtf8()), 0);
    QProcess process;
    process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                  {QStringLiteral("--db"), backup, QStringLiteral("--passphrase-file"), second,
                   QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("chapter")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput()).contains(Chapter));
}

TEST_F(CliSecurity, APlaintextBackupSaysItIsNotEncrypted)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    const QString backup = file(QStringLiteral("plain backup.db"));
    const Outcome backedUp = run({QStringLiteral("backup"), backup});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err.toStdString();
    EXPECT_TRUE(backedUp.err.contains(QStringLiteral("not encrypted"))) << backedUp.err.toStdString();
    QFile copy(backup);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_TRUE(copy.read(16).startsWith("SQLite format 3"));
    // A backup never replaces the database it is made of.
    EXPECT_EQ(run({QStringLiteral("backup"), dbPath()}).exitCode, 3);
}
