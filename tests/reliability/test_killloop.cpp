// Killed at any moment (kill -9, a power cut) during an import or a sync import, the database holds everything or
// nothing of it, and passes SQLite's integrity check; the lock the killed process left is taken over.
#include <random>

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include "models/db/database.h"
#include "models/security/databasekey.h"

using namespace supolka;

namespace {

QString supolkaExecutable()
{
    return QStringLiteral(SUPOLKA_EXECUTABLE);
}

int runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(supolkaExecutable(), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void writeMembers(const QString &path, int first, int count)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("first_name,last_name,email,phone,city,country\n");
    for (int i = first; i < first + count; ++i)
        file.write(QStringLiteral("Вольга%1,Kavalenka%2,v%1@example.org,+48 601 %3,Warszawa,PL\n")
                       .arg(i)
                       .arg(i % 97)
                       .arg(100000 + i)
                       .toUtf8());
}

struct State
{
    bool ok = false;
    QString check;
    int members = -1;
};

SecretBytes secretOf(QString text)
{
    return SecretBytes::fromText(text);
}

// Opens the database as the next Supolka would (taking over the killed one's lock) and looks at it.
State inspect(const QString &path, const SecretBytes *passphrase = nullptr)
{
    State state;
    auto opened = Database::open(path, passphrase);
    if (!opened) {
        state.check = opened.error();
        return state;
    }
    QSqlQuery query(opened.value()->connection());
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
        state.check = query.value(0).toString();
    query.finish();
    if (query.exec(QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL")) && query.next())
        state.members = query.value(0).toInt();
    state.ok = state.check == QLatin1String("ok");
    return state;
}

// Runs `arguments` on a fresh copy of `baseline` and kills it after a time spread over the run's length, `kills`
// times; each time the database must be whole and hold `before` or `after` members.
void killLoop(const QString &baseline, const QStringList &arguments, int before, int after, int kills,
              const SecretBytes *passphrase = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.db"));
    // How long a run takes when left alone.
    ASSERT_TRUE(QFile::copy(baseline, path));
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(runToEnd(QStringList{QStringLiteral("--db"), path} + arguments), 0);
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
    EXPECT_EQ(inspect(path, passphrase).members, after);

    std::mt19937 random(20200809);
    std::uniform_int_distribution<qint64> when(0, fullMs);
    int killedMidway = 0;
    for (int k = 0; k < kills; ++k) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        ASSERT_TRUE(QFile::copy(baseline, path));
        QProcess process;
        process.start(supolkaExecutable(), QStringList{QStringLiteral("--db"), path} + arguments);
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(quint64(when(random)));
        const bool stillRunning = process.state() == QProcess::Running;
        process.kill(); // SIGKILL
        process.waitForFinished();
        killedMidway += stillRunning ? 1 : 0;
        const State state = inspect(path, passphrase);
        EXPECT_TRUE(state.ok) << "kill " << k << ": " << state.check.toStdString();
        EXPECT_TRUE(state.members == before || state.members == after)
            << "kill " << k << ": " << state.members << " members, half an import";
    }
    EXPECT_GE(killedMidway, kills / 2) << "most kills must land while the work runs";
}

} // namespace

TEST(KillLoop, AnImportKilledAtAnyMomentLeavesAllOrNothing)
{
    QTemporaryDir dir;
    const QString baseline = dir.filePath(QStringLiteral("baseline.db"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    writeMembers(first, 0, 500);
    writeMembers(more, 500, 10000);
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), baseline, QStringLiteral("import"), QStringLiteral("members"), first}),
              0);
    killLoop(baseline, {QStringLiteral("import"), QStringLiteral("members"), more}, 500, 10500, 20);
}

TEST(KillLoop, ASyncImportKilledAtAnyMomentLeavesAllOrNothing)
{
    QTemporaryDir dir;
    // The sender: a chapter with 3,000 members, sent as a bundle.
    const QString sender = dir.filePath(QStringLiteral("sender.db"));
    const QString members = dir.filePath(QStringLiteral("members.csv"));
    const QString bundle = dir.filePath(QStringLiteral("lt-vi.supolka"));
    writeMembers(members, 0, 3000);
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), sender, QStringLiteral("chapter"), QStringLiteral("lt-vi"),
                        QStringLiteral("Vilnius")}),
              0);
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), sender, QStringLiteral("import"), QStringLiteral("members"), members}),
              0);
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), sender, QStringLiteral("sync"), QStringLiteral("export"), bundle,
                        QStringLiteral("--unsealed")}),
              0);
    // The receiver: a chapter of its own, with nobody yet.
    const QString baseline = dir.filePath(QStringLiteral("receiver.db"));
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), baseline, QStringLiteral("chapter"), QStringLiteral("pl-wa"),
                        QStringLiteral("Warszawa")}),
              0);
    killLoop(baseline, {QStringLiteral("sync"), QStringLiteral("import"), bundle}, 0, 3000, 20);
}

namespace {

QString writeText(const QString &path, const QString &text)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8() + '\n');
    return path;
}

// An encrypted database of 500 members, its key at libsodium's minimum cost so that each inspection is quick.
void makeEncryptedBaseline(const QString &baseline, const QString &passphraseFile, const QString &csv)
{
    databasekey::useMinimumCostForTests();
    {
        const SecretBytes secret = secretOf(QStringLiteral("Жыве Беларусь"));
        auto made = Database::open(baseline, &secret);
        ASSERT_TRUE(made) << made.error().toStdString();
    }
    ASSERT_EQ(runToEnd({QStringLiteral("--db"), baseline, QStringLiteral("--passphrase-file"), passphraseFile,
                        QStringLiteral("import"), QStringLiteral("members"), csv}),
              0);
}

} // namespace

TEST(KillLoop, AnImportIntoAnEncryptedDatabaseKilledAtAnyMomentLeavesAllOrNothing)
{
    QTemporaryDir dir;
    const QString baseline = dir.filePath(QStringLiteral("baseline.db"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    const QString passphraseFile = writeText(dir.filePath(QStringLiteral("pass.txt")), QStringLiteral("Жыве Беларусь"));
    writeMembers(first, 0, 500);
    writeMembers(more, 500, 10000);
    makeEncryptedBaseline(baseline, passphraseFile, first);
    const SecretBytes secret = secretOf(QStringLiteral("Жыве Беларусь"));
    killLoop(baseline,
             {QStringLiteral("--passphrase-file"), passphraseFile, QStringLiteral("import"), QStringLiteral("members"),
              more},
             500, 10500, 60, &secret);
}

// Changing the passphrase writes a new file and renames it over the old: killed at any moment, exactly one
// passphrase opens the database, which is whole and holds everyone.
TEST(KillLoop, APassphraseChangeKilledAtAnyMomentLeavesOneWholeDatabase)
{
    QTemporaryDir dir;
    const QString baseline = dir.filePath(QStringLiteral("baseline.db"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString oldFile = writeText(dir.filePath(QStringLiteral("old.txt")), QStringLiteral("Жыве Беларусь"));
    const QString newFile = writeText(dir.filePath(QStringLiteral("new.txt")), QStringLiteral("Вольная Беларусь 2020"));
    writeMembers(first, 0, 3000);
    makeEncryptedBaseline(baseline, oldFile, first);
    const SecretBytes oldSecret = secretOf(QStringLiteral("Жыве Беларусь"));
    const SecretBytes newSecret = secretOf(QStringLiteral("Вольная Беларусь 2020"));
    const QStringList change{QStringLiteral("passphrase"), QStringLiteral("--passphrase-file"), oldFile,
                             QStringLiteral("--new-passphrase-file"), newFile};

    const QString path = dir.filePath(QStringLiteral("killed.db"));
    ASSERT_TRUE(QFile::copy(baseline, path));
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(runToEnd(QStringList{QStringLiteral("--db"), path} + change), 0);
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
    EXPECT_FALSE(inspect(path, &oldSecret).ok);
    EXPECT_EQ(inspect(path, &newSecret).members, 3000);

    std::mt19937 random(19900727);
    std::uniform_int_distribution<qint64> when(0, fullMs);
    int oldOpens = 0;
    int newOpens = 0;
    for (int k = 0; k < 40; ++k) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        ASSERT_TRUE(QFile::copy(baseline, path));
        QProcess process;
        process.start(supolkaExecutable(), QStringList{QStringLiteral("--db"), path} + change);
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(quint64(when(random)));
        process.kill();
        process.waitForFinished();
        const State withOld = inspect(path, &oldSecret);
        const State withNew = withOld.ok ? State{} : inspect(path, &newSecret);
        EXPECT_NE(withOld.ok, withNew.ok) << "kill " << k << ": exactly one passphrase opens it";
        EXPECT_EQ(withOld.ok ? withOld.members : withNew.members, 3000) << "kill " << k;
        oldOpens += withOld.ok ? 1 : 0;
        newOpens += withNew.ok ? 1 : 0;
    }
    EXPECT_GT(oldOpens, 0) << "some kills must land before the new file is in place";
}
