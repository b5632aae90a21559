// An encrypted database holds no readable byte of its data on disk: not in the file, its WAL, its shared memory
// or a temporary file; it opens only with its passphrase, and a damaged, altered or moved page is an error.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/cases/caserepository.h"
#include "models/db/database.h"
#include "models/members/memberrepository.h"
#include "models/security/databasekey.h"
#include "models/security/encryptedvfs.h"
#include "models/security/pagecipher.h"

#include <sqlite3.h>

using namespace supolka;

namespace {

// Found in a member's notes and in a case note; never on disk.
const QString Marker = QStringLiteral("MARKER-Zmahar-7f3a9c-Ўладзімір");

SecretBytes passphrase(QString text)
{
    return SecretBytes::fromText(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

// How often the marker (UTF-8, or its ASCII start) occurs in the file at `path`.
int markersIn(const QString &path)
{
    const QByteArray bytes = readAll(path);
    return int(bytes.count(Marker.toUtf8()) + bytes.count(QByteArrayLiteral("Zmahar-7f3a9c")));
}

int markersBeside(const QString &path)
{
    int found = 0;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        found += markersIn(path + suffix);
    QDirIterator temporary(QDir::tempPath(), QDir::Files | QDir::Hidden);
    while (temporary.hasNext())
        found += markersIn(temporary.next());
    return found;
}

class EncryptedDatabase : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { databasekey::useMinimumCostForTests(); }

    QString path() const { return m_dir.filePath(QStringLiteral("chapter.db")); }

    // A new encrypted database holding a member and a case with the marker.
    void makeDatabase(const QString &at, bool keepOpen = false)
    {
        const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));
        auto opened = Database::open(at, &secret);
        ASSERT_TRUE(opened) << opened.error().toStdString();
        ASSERT_TRUE(opened.value()->isEncrypted());
        Member member;
        member.firstName = QStringLiteral("Алесь");
        member.lastName = QStringLiteral("Бяляцкі");
        member.notes = Marker;
        ASSERT_TRUE(MemberRepository(*opened.value()).add(member));
        AidCase aid;
        aid.personName = QStringLiteral("Ihar Losik");
        aid.needs = {QStringLiteral("legal")};
        aid.summary = QStringLiteral("Needs a lawyer");
        aid.openedOn = QDate(2026, 12, 1);
        const auto added = CaseRepository(*opened.value()).add(aid, QStringLiteral("lead"));
        ASSERT_TRUE(added);
        CaseNote note;
        note.casePk = added->pk;
        note.body = Marker;
        ASSERT_TRUE(CaseRepository(*opened.value()).addNote(note));
        if (keepOpen)
            m_open = std::move(opened.value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_open;
};

} // namespace

TEST_F(EncryptedDatabase, HoldsNoReadableByteAndOpensOnlyWithItsPassphrase)
{
    makeDatabase(path(), true);
    // While open: the marker is in the WAL's frames, encrypted.
    EXPECT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ(markersBeside(path()), 0);
    {
        QSqlQuery checkpoint(m_open->connection());
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    EXPECT_EQ(markersBeside(path()), 0);
    m_open.reset();
    EXPECT_EQ(markersBeside(path()), 0);

    const QByteArray start = readAll(path()).left(16);
    EXPECT_FALSE(start.startsWith("SQLite format 3"));
    EXPECT_TRUE(start.startsWith("SUPOLKA"));
    EXPECT_TRUE(Database::isEncryptedFile(path()));

    // The sqlite3 shell sees no database.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path(), QStringLiteral("SELECT count(*) FROM members;")});
    ASSERT_TRUE(shell.waitForFinished(30000));
    EXPECT_NE(shell.exitCode(), 0);
    EXPECT_FALSE(shell.readAllStandardOutput().contains("1"));

    // Without a passphrase, or with a wrong one: refused, saying which, and the file is byte for byte the same.
    const QByteArray before = hashOf(path());
    auto none = Database::open(path());
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.error().contains(QStringLiteral("passphrase is needed"))) << none.error().toStdString();
    const SecretBytes wrong = passphrase(QStringLiteral("Жыве Беларусь! 1919"));
    auto refused = Database::open(path(), &wrong);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("passphrase is wrong"))) << refused.error().toStdString();
    EXPECT_EQ(hashOf(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));

    // The same passphrase typed with a decomposed "ў" opens it.
    const SecretBytes decomposed =
        passphrase(QStringLiteral("Жыве Беларусь! 1918").normalized(QString::NormalizationForm_D));
    auto opened = Database::open(path(), &decomposed);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    const auto found = MemberRepository(*opened.value()).searchMembers(QStringLiteral("Bialiatski"));
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().notes, Marker);
    EXPECT_TRUE(opened.value()->quickCheck());
}

TEST_F(EncryptedDatabase, WritesNoTemporaryFile)
{
    makeDatabase(path(), true);
    const int refusedBefore = encryptedvfs::refusedOpens();
    QSqlQuery query(m_open->connection());
    // A big sort, a temporary table, a VACUUM: all in memory.
    ASSERT_TRUE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "200000) SELECT i, hex(randomblob(64)) || '%1' AS r FROM n ORDER BY r")
                               .arg(Marker)));
    while (query.next()) {
    }
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TEMP TABLE scratch AS SELECT notes FROM members")));
    ASSERT_TRUE(query.exec(QStringLiteral("VACUUM"))) << query.lastError().text().toStdString();
    EXPECT_EQ(encryptedvfs::refusedOpens(), refusedBefore);
    EXPECT_EQ(markersBeside(path()), 0);
}

TEST_F(EncryptedDatabase, AFlippedByteOrAMovedPageIsAnErrorNeverGarbage)
{
    makeDatabase(path());
    const QByteArray whole = readAll(path());
    const int pages = int(whole.size() / pagecipher::PageSize);
    ASSERT_GT(pages, 4);
    const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));

    for (const int page : {1, pages / 2, pages - 1}) {
        QByteArray damaged = whole;
        damaged[page * pagecipher::PageSize + 100] = char(damaged[page * pagecipher::PageSize + 100] ^ 0x01);
        ASSERT_TRUE(overwrite(path(), damaged));
        auto opened = Database::open(path(), &secret);
        if (opened) {
            const Status check = opened.value()->quickCheck();
            ASSERT_FALSE(check) << "page " << page + 1;
            EXPECT_TRUE(check.error().contains(QStringLiteral("damaged"))) << check.error().toStdString();
        }
    }
    {
        // Page 3 where page 2 was.
        QByteArray moved = whole;
        moved.replace(pagecipher::PageSize, pagecipher::PageSize,
                      whole.mid(2 * pagecipher::PageSize, pagecipher::PageSize));
        ASSERT_TRUE(overwrite(path(), moved));
        auto opened = Database::open(path(), &secret);
        if (opened) {
            EXPECT_FALSE(opened.value()->quickCheck());
        }
    }
    {
        // A flipped byte in page 1 is found before SQLite reads the file.
        QByteArray first = whole;
        first[200] = char(first[200] ^ 0x80);
        ASSERT_TRUE(overwrite(path(), first));
        auto opened = Database::open(path(), &secret);
        ASSERT_FALSE(opened);
        EXPECT_TRUE(opened.error().contains(QStringLiteral("damaged"))) << opened.error().toStdString();
    }
}

TEST_F(EncryptedDatabase, AFlippedByteInTheWalIsAnError)
{
    makeDatabase(path(), true);
    QSqlQuery query(m_open->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET notes = notes || ' more'")));
    const QString wal = path() + QStringLiteral("-wal");
    ASSERT_GT(QFileInfo(wal).size(), 32 + 24 + pagecipher::PageSize);
    {
        // One byte in the page of every frame (the latest frame of a page is the one read).
        QFile file(wal);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 frameBytes = 24 + pagecipher::PageSize;
        for (qint64 frame = 32; frame + frameBytes <= file.size(); frame += frameBytes) {
            char byte = 0;
            ASSERT_TRUE(file.seek(frame + 24 + 300));
            ASSERT_TRUE(file.getChar(&byte));
            ASSERT_TRUE(file.seek(frame + 24 + 300));
            ASSERT_TRUE(file.putChar(char(byte ^ 0x10)));
        }
    }
    // Dropped from the cache, the page is read again from the WAL: refused, not handed on.
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA shrink_memory")));
    const Status check = m_open->quickCheck();
    ASSERT_FALSE(check);
    EXPECT_TRUE(check.error().contains(QStringLiteral("damaged"))) << check.error().toStdString();
}

// After a crash SQLite rebuilds its index of the WAL from the frames themselves, checking each frame's checksum
// against the decrypted page: the frames of a committed transaction, some written twice (a page spilled from a
// small cache and changed again), must all pass.
TEST_F(EncryptedDatabase, TheWalOfACrashedSessionIsRecoveredWhole)
{
    makeDatabase(path(), true);
    QSqlQuery query(m_open->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
    ASSERT_TRUE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE filler (n INTEGER, t TEXT)")));
    for (int round = 0; round < 3; ++round) {
        ASSERT_TRUE(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                      "3000) INSERT INTO filler SELECT i, hex(randomblob(40)) FROM n")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET notes = notes || '+'")));
    }
    ASSERT_TRUE(query.exec(QStringLiteral("COMMIT")));
    // The files as a crash leaves them: the database and its WAL, without the shared memory.
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.db"));
    ASSERT_TRUE(QFile::copy(path(), crashed));
    ASSERT_TRUE(QFile::copy(path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    ASSERT_GT(QFileInfo(crashed + QStringLiteral("-wal")).size(), 100 * pagecipher::PageSize);
    m_open.reset();

    const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));
    auto recovered = Database::open(crashed, &secret);
    ASSERT_TRUE(recovered) << recovered.error().toStdString();
    EXPECT_TRUE(recovered.value()->quickCheck());
    QSqlQuery check(recovered.value()->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("SELECT count(*) FROM filler")) && check.next());
    EXPECT_EQ(check.value(0).toInt(), 9000);
    ASSERT_TRUE(check.exec(QStringLiteral("SELECT notes FROM members")) && check.next());
    EXPECT_EQ(check.value(0).toString(), Marker + QStringLiteral("+++"));
}

// In rollback-journal mode (SQLite uses it for VACUUM INTO, and a database may be switched to it) the journal's
// pages are encrypted too, and a hot journal left by a crash rolls the database back.
TEST_F(EncryptedDatabase, TheRollbackJournalIsEncryptedAndRollsBack)
{
    makeDatabase(path(), true);
    QSqlQuery query(m_open->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next());
    ASSERT_EQ(query.value(0).toString(), QStringLiteral("delete"));
    query.finish();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
    ASSERT_TRUE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET notes = 'changed'")));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE case_notes SET body = 'changed'")));
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE filler (t TEXT)")));
    ASSERT_TRUE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "5000) INSERT INTO filler SELECT hex(randomblob(60)) FROM n")));
    // Mid-transaction: the journal holds the old pages, with the marker, encrypted.
    const QString journal = path() + QStringLiteral("-journal");
    ASSERT_GT(QFileInfo(journal).size(), 4 * pagecipher::PageSize);
    EXPECT_EQ(markersBeside(path()), 0);
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.db"));
    ASSERT_TRUE(QFile::copy(path(), crashed));
    ASSERT_TRUE(QFile::copy(journal, crashed + QStringLiteral("-journal")));

    ASSERT_TRUE(query.exec(QStringLiteral("ROLLBACK")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT notes FROM members")) && query.next());
    EXPECT_EQ(query.value(0).toString(), Marker);
    query.finish();
    m_open.reset();

    const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));
    auto recovered = Database::open(crashed, &secret);
    ASSERT_TRUE(recovered) << recovered.error().toStdString();
    EXPECT_TRUE(recovered.value()->quickCheck());
    QSqlQuery check(recovered.value()->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("SELECT notes FROM members")) && check.next());
    EXPECT_EQ(check.value(0).toString(), Marker);
    EXPECT_FALSE(check.exec(QStringLiteral("SELECT count(*) FROM filler")));
}

// A Qt whose SQLite does not hold the VFS (here: the VFS taken out of SQLite for the test) refuses the file rather
// than reading or writing it any other way, and leaves it as it was.
TEST_F(EncryptedDatabase, WithoutTheVfsAnEncryptedFileIsRefusedNeverReadInTheClear)
{
    makeDatabase(path());
    const QByteArray before = hashOf(path());
    sqlite3_vfs *vfs = sqlite3_vfs_find(encryptedvfs::Name);
    ASSERT_NE(vfs, nullptr);
    ASSERT_EQ(sqlite3_vfs_unregister(vfs), SQLITE_OK);
    const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));
    auto refused = Database::open(path(), &secret);
    ASSERT_EQ(sqlite3_vfs_register(vfs, 0), SQLITE_OK);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("cannot open encrypted databases")))
        << refused.error().toStdString();
    EXPECT_EQ(hashOf(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    auto opened = Database::open(path(), &secret);
    ASSERT_TRUE(opened) << opened.error().toStdString();
}

TEST_F(EncryptedDatabase, TheMarkerIsFoundInAPlaintextDatabase)
{
    // The check of the other tests can fail: made without a passphrase, the same data shows on disk.
    const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
    {
        auto opened = Database::open(plain);
        ASSERT_TRUE(opened);
        Member member;
        member.firstName = QStringLiteral("Алесь");
        member.notes = Marker;
        ASSERT_TRUE(MemberRepository(*opened.value()).add(member));
    }
    EXPECT_GT(markersBeside(plain), 0);
}

TEST_F(EncryptedDatabase, PathsWithSpacesHashQuestionMarksPercentAndLetters)
{
    for (const QString &name :
         {QStringLiteral("my chapter.db"), QStringLiteral("a#b?c%20d.db"), QStringLiteral("Суполка Варшава ł.db")}) {
        const QString at = m_dir.filePath(name);
        makeDatabase(at);
        EXPECT_TRUE(Database::isEncryptedFile(at)) << name.toStdString();
        const SecretBytes secret = passphrase(QStringLiteral("Жыве Беларусь! 1918"));
        auto opened = Database::open(at, &secret);
        ASSERT_TRUE(opened) << opened.error().toStdString();
        EXPECT_EQ(MemberRepository(*opened.value()).searchMembers(QStringLiteral("Алесь"))->size(), 1);
        opened.value().reset();
        EXPECT_EQ(QDir(m_dir.path()).entryList({name + QStringLiteral("*")}, QDir::Files).size(), 1)
            << "nothing else made beside " << name.toStdString();
    }
}
