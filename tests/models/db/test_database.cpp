#include <gtest/gtest.h>

#include <functional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/migrations.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationlist.h"
#include "models/members/memberrepository.h"
#include "models/members/membersql.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"
#include "models/text/sortkey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + name));
    EXPECT_TRUE(query.next());
    return query.value(0);
}

} // namespace

TEST(Database, NewFileGetsTheLatestSchemaAndPragmas)
{
    test::ScratchDatabase db;
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(*db, QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(*db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_GT(pragma(*db, QStringLiteral("busy_timeout")).toInt(), 0);
}

TEST(Database, ReopeningKeepsDataAndRunsNoMigrationTwice)
{
    test::ScratchDatabase db;
    ASSERT_TRUE(db->setChapterCode(QStringLiteral("PL-WAW")));
    db.reopen();
    EXPECT_EQ(db->chapterCode(), QStringLiteral("PL-WAW"));
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, DefaultChapterCodeIsLocal)
{
    test::ScratchDatabase db;
    EXPECT_EQ(db->chapterCode(), QStringLiteral("local"));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("first_name,last_name\nAlena,Kavalenka\n");
    file.close();
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a Supolka database"))) << opened.error().toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesADamagedSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x7f'));
    file.close();
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesASchemaNewerThanTheApp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto opened = Database::open(path);
        ASSERT_TRUE(opened) << opened.error().toStdString();
        QSqlQuery query(opened.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer Supolka"))) << opened.error().toStdString();
    EXPECT_EQ(fileHash(path), before);
}

namespace {

// A database of one member, made read-only by `makeReadOnly` (on the file or on its folder).
void expectReadOnlyDatabaseReadsAndRefusesChanges(const std::function<void(const QString &path)> &makeReadOnly,
                                                  const std::function<void(const QString &path)> &undo)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("stick"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("backup.db"));
    {
        auto opened = Database::open(path);
        ASSERT_TRUE(opened);
        Member member;
        member.firstName = QStringLiteral("Алесь");
        member.lastName = QStringLiteral("Бяляцкі");
        ASSERT_TRUE(MemberRepository(*opened.value()).add(member));
    }
    makeReadOnly(path);
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);

    {
        auto opened = Database::open(path);
        ASSERT_TRUE(opened) << opened.error().toStdString();
        Database &db = *opened.value();
        EXPECT_TRUE(db.isReadOnly());
        EXPECT_TRUE(db.quickCheck());
        MemberRepository members(db);
        const auto found = members.searchMembers(QStringLiteral("Bialiatski"));
        ASSERT_TRUE(found) << found.error().toStdString();
        EXPECT_EQ(found->size(), 1);

        // Every way of writing is refused, and says why.
        Transaction transaction(db.connection());
        EXPECT_FALSE(transaction.isActive());
        EXPECT_TRUE(transaction.error().contains(QStringLiteral("reading only"))) << transaction.error().toStdString();
        const Status setting = db.setChapterCode(QStringLiteral("pl-wa"));
        ASSERT_FALSE(setting);
        EXPECT_TRUE(setting.error().contains(QStringLiteral("reading only"))) << setting.error().toStdString();
        Member another;
        another.firstName = QStringLiteral("Ганна");
        EXPECT_FALSE(members.add(another));
        EXPECT_EQ(db.chapterCode(), QStringLiteral("local"));
    }
    // Nothing was written, and nothing left beside it (no lock, no journal, no shared memory).
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), filesBefore);
    undo(path);
}

} // namespace

TEST(Database, OpensAReadOnlyFileForReading)
{
    expectReadOnlyDatabaseReadsAndRefusesChanges(
        [](const QString &path) { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser); },
        [](const QString &path) { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
}

TEST(Database, OpensADatabaseInAReadOnlyFolderForReading)
{
    const auto folderPermissions = [](const QString &path, QFileDevice::Permissions permissions) {
        QFile::setPermissions(QFileInfo(path).absolutePath(), permissions);
    };
    expectReadOnlyDatabaseReadsAndRefusesChanges(
        [&](const QString &path) {
            folderPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                        QFileDevice::ExeUser);
        },
        [&](const QString &path) {
            folderPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
}

TEST(Database, ReadOnlyRefusesWhatItCannotReadWhole)
{
    QTemporaryDir dir;
    // An empty read-only file holds no database to read.
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile file(empty);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    QFile::setPermissions(empty, QFileDevice::ReadOwner);
    auto opened = Database::open(empty);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("empty"))) << opened.error().toStdString();

    // An older schema needs an upgrade, which a read-only file cannot take: refused, and left as it was.
    const QString old = dir.filePath(QStringLiteral("old.db"));
    {
        auto made = Database::open(old);
        ASSERT_TRUE(made);
        QSqlQuery query(made.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)));
    }
    QFile::setPermissions(old, QFileDevice::ReadOwner);
    const QByteArray before = fileHash(old);
    opened = Database::open(old);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("older Supolka"))) << opened.error().toStdString();
    EXPECT_EQ(fileHash(old), before);
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(empty, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST(Database, RefusesAFileAlreadyOpenElsewhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    auto first = Database::open(path);
    ASSERT_TRUE(first);

    auto second = Database::open(path);
    ASSERT_FALSE(second);
    // Who holds it, where and since when.
    EXPECT_TRUE(second.error().contains(QStringLiteral("in use by another Supolka"))) << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QString::number(QCoreApplication::applicationPid())))
        << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QSysInfo::machineHostName())) << second.error().toStdString();

    first.value().reset();
    auto third = Database::open(path);
    EXPECT_TRUE(third) << third.error().toStdString();
}

// A lock file that a power cut or a full disk left empty or garbled, or that names a process that is gone, does
// not lock the database for ever.
TEST(Database, TakesOverALockLeftEmptyGarbledOrByAProcessThatIsGone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chapter.db"));
    ASSERT_TRUE(Database::open(path));
    const QList<QByteArray> leftovers{
        QByteArray(),
        QByteArray("\0\0\0\0garbage\xff\xfe", 14),
        // QLockFile's own format: pid, application, host, of a process that no longer runs.
        QByteArray("2147483000\nsupolka\n") + QSysInfo::machineHostName().toUtf8() + "\n",
    };
    for (const QByteArray &leftover : leftovers) {
        {
            QFile lock(path + QStringLiteral(".lock"));
            ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.write(leftover);
        }
        auto opened = Database::open(path);
        EXPECT_TRUE(opened) << opened.error().toStdString();
    }
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    test::ScratchDatabase db;
    {
        Transaction transaction(db->connection());
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(db->setMetaValue(QStringLiteral("probe"), QStringLiteral("1")));
    }
    EXPECT_EQ(db->metaValue(QStringLiteral("probe"), QStringLiteral("none")), QStringLiteral("none"));
    {
        Transaction transaction(db->connection());
        ASSERT_TRUE(db->setMetaValue(QStringLiteral("probe"), QStringLiteral("2")));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(db->metaValue(QStringLiteral("probe")), QStringLiteral("2"));
}

TEST(Timestamps, RowIdsAreVersion4UuidsAndDistinct)
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newRowId();
        const QUuid uuid(id);
        ASSERT_FALSE(uuid.isNull()) << id.toStdString();
        EXPECT_EQ(uuid.version(), QUuid::Random);
        EXPECT_EQ(uuid.variant(), QUuid::DCE);
        EXPECT_EQ(id.size(), 36);
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000);
}

TEST(Timestamps, IsoDatesMatchQt)
{
    for (const QDate &date : {QDate(2024, 2, 29), QDate(1, 1, 1), QDate(999, 12, 31), QDate(2020, 8, 9)})
        EXPECT_EQ(isoDate(date), date.toString(Qt::ISODate));
    EXPECT_TRUE(isoDate(QDate()).isEmpty());
}

TEST(Database, RefusesTheSqliteDatabaseOfAnotherProgram)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Alena')")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("another program"))) << opened.error().toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

// A database of schema 5 kept the member's sort key and key list on every search key row; the upgrade moves them
// to member_keys, and the member stays findable by every key.
TEST(Database, UpgradeToTheLeanSearchIndexKeepsMembersFindable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema5.db"));
    Member member;
    member.firstName = QStringLiteral("Святлана");
    member.lastName = QStringLiteral("Ціханоўская");
    member.email = QStringLiteral("s.t@example.org");
    member.pk = 7;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema5"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const Migration &migration : migrations()) {
            if (migration.version > 5)
                break;
            for (const QString &statement : migration.statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        ASSERT_TRUE(query.exec(
            QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, email, created_at, updated_at, origin)"
                           " VALUES (7, 'a1', 'Святлана', 'Ціханоўская', 's.t@example.org', '2026-01-01T00:00:00Z',"
                           " '2026-01-01T00:00:00Z', 'local')")));
        const QStringList keys = MemberRepository::searchEntry(member).keys;
        ASSERT_GE(keys.size(), 3);
        for (const QString &key : keys) {
            query.prepare(
                QStringLiteral("INSERT INTO member_search (token, member_pk, sort_key, all_keys) VALUES (?, 7, ?, ?)"));
            query.addBindValue(key);
            query.addBindValue(membersql::sortKey(member));
            query.addBindValue(search::allKeysText(keys));
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema5"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    const MemberRepository repository(db);
    for (const char16_t *text : {u"Tsikh", u"Тихановская", u"Ціх", u"s.t@exa", u"Sviatlana Ts"})
        EXPECT_EQ(repository.search(QString::fromUtf16(text)), QList<qint64>{7})
            << QString::fromUtf16(text).toStdString();

    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), min(sort_key) FROM member_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_EQ(query.value(1).toString(), membersql::sortKey(member));
    query.finish();
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('member_search')")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2); // token and member_pk only
    query.finish();

    // Changing the member afterwards takes the old keys out: the upgrade left nothing behind that would find them.
    std::optional<Member> stored = repository.find(7);
    ASSERT_TRUE(stored);
    stored->lastName = QStringLiteral("Kavalenka");
    MemberRepository writer(db);
    ASSERT_TRUE(writer.update(*stored));
    EXPECT_TRUE(repository.search(QStringLiteral("Tsikh")).isEmpty());
    EXPECT_EQ(repository.search(QStringLiteral("Kaval")), QList<qint64>{7});
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM member_search WHERE member_pk = 7")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), MemberRepository::searchEntry(*stored).keys.size());
}

// Schema 9 made the door's index like the members' and changed how keys are made (Чарачэнь and Черечень meet):
// a database of schema 8 has every member's and registrant's keys and name key written again, in the upgrade.
TEST(Database, UpgradeToOnePersonSearchWritesEveryKeyAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema8.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema8"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const Migration &migration : migrations()) {
            if (migration.version > 8)
                break;
            for (const QString &statement : migration.statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, email, name_key, created_at,"
                                " updated_at, origin) VALUES (3, 'm3', 'Сяргей', 'Чарачэнь', 's@example.org',"
                                " 'old key', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, name_key, created_at,"
                                " updated_at, deleted_at, origin) VALUES (4, 'm4', 'Ганна', 'Былая', 'old', %1, %1,"
                                " %1, 'local')"),
                 // Keys as the old way made them: Черечень would not find them.
                 QStringLiteral("INSERT INTO member_search (token, member_pk) VALUES ('harahian', 3), ('old', 3)"),
                 QStringLiteral("INSERT INTO member_keys (member_pk, sort_key, all_keys) VALUES (3, 'x', ' harahian"
                                " old ')"),
                 QStringLiteral("INSERT INTO events (pk, id, title, starts_at, created_at, updated_at, origin) VALUES"
                                " (1, 'e1', 'Rally', %1, %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO registrations (pk, id, event_pk, member_pk, ticket_code, created_at,"
                                " updated_at, origin) VALUES (10, 'r10', 1, 3, 'K7QA2B', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO registrations (pk, id, event_pk, guest_name, ticket_code, created_at,"
                                " updated_at, origin) VALUES (11, 'r11', 1, 'Вольга Казлова', 'K7QA2C', %1, %1,"
                                " 'local')"),
                 QStringLiteral("INSERT INTO registration_search (event_pk, token, registration_pk, all_keys) VALUES"
                                " (1, 'harahian', 10, ' harahian '), (1, 'valha', 11, ' valha ')"),
             }) {
            const QString sql = statement.contains(QLatin1String("%1")) ? statement.arg(at) : statement;
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
        }
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 8")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema8"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    const MemberRepository members(db);
    const EventRepository events(db);
    for (const char16_t *text : {u"Сергей Черечень", u"Czereczeń", u"s@exa", u"Чарачэнь"}) {
        EXPECT_EQ(members.search(QString::fromUtf16(text)), QList<qint64>{3}) << QString::fromUtf16(text).toStdString();
        const QList<Registration> door = events.search(1, QString::fromUtf16(text));
        ASSERT_EQ(door.size(), 1) << QString::fromUtf16(text).toStdString();
        EXPECT_EQ(door.first().pk, 10);
    }
    ASSERT_EQ(events.search(1, QStringLiteral("Ольга")).size(), 1);
    EXPECT_TRUE(members.search(QStringLiteral("old")).isEmpty());
    EXPECT_TRUE(members.search(QStringLiteral("Ганна")).isEmpty()); // deleted: found by nothing

    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name_key FROM members WHERE pk = 3")) && query.next());
    EXPECT_EQ(query.value(0).toString(),
              namekey::personKey(QStringLiteral("Сяргей"), QString(), QStringLiteral("Чарачэнь")));
    query.finish();
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('registration_search')")) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 3); // event_pk, token, registration_pk
    query.finish();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("ok"));
}

// Schema 12 gave the members list keys to sort by and indexes over the members that are not deleted: a database of
// schema 11 has every member's keys written in the upgrade, and the list's orders read the indexes.
TEST(Database, UpgradeToTheMembersListWritesSortKeysAndIndexes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema11.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema11"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const Migration &migration : migrations()) {
            if (migration.version > 11)
                break;
            for (const QString &statement : migration.statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO members (pk, id, first_name, middle_name, last_name, city, created_at,"
                                " updated_at, origin) VALUES (3, 'm3', 'Сяргей', 'Іванавіч', 'Чарачэнь', 'Warszawa',"
                                " %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, city, created_at, updated_at,"
                                " origin) VALUES (5, 'm5', 'Alena', 'Łukašyk', 'Kraków', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, created_at, updated_at,"
                                " deleted_at, origin) VALUES (4, 'm4', 'Ганна', 'Былая', %1, %1, %1, 'local')"),
             }) {
            ASSERT_TRUE(query.exec(statement.arg(at))) << statement.toStdString();
        }
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 11")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema11"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT pk, sort_last, sort_first, sort_city FROM members ORDER BY pk")));
    QHash<qint64, QStringList> keys;
    while (query.next())
        keys.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    EXPECT_EQ(keys.value(3), (QStringList{QString::fromUtf8(sortkey::of(u"Чарачэнь")),
                                          QString::fromUtf8(sortkey::of(u"Сяргей Іванавіч")),
                                          QString::fromUtf8(sortkey::of(u"Warszawa"))}));
    EXPECT_EQ(keys.value(5).value(0), QString::fromUtf8(sortkey::of(u"lukasyk")));
    // A deleted member is not listed, and its keys are not worked out.
    EXPECT_EQ(keys.value(4), (QStringList{QString(), QString(), QString()}));

    // Each order of the list is one pass of an index, not a sort of every member.
    for (const char *column : {"sort_last", "sort_first", "sort_city", "country", "status", "joined_on", "skills",
                               "work_groups", "email", "phone"}) {
        ASSERT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT pk FROM members WHERE deleted_at IS NULL"
                                              " ORDER BY %1 DESC, pk DESC")
                                   .arg(QLatin1String(column))));
        QStringList plan;
        while (query.next())
            plan.append(query.value(3).toString());
        EXPECT_TRUE(plan.join(QLatin1Char('\n')).contains(QLatin1String("USING INDEX members_list_")))
            << column << ": " << plan.join(QLatin1Char('\n')).toStdString();
        EXPECT_FALSE(plan.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE"))) << column;
    }
}

// Schema 13 gave the registrations list keys to sort by, beside each registration (a member's name and contact are
// read from their record), and an index per order: a database of schema 12 has the keys written in the upgrade, and
// every order of an event's list reads an index, without sorting.
TEST(Database, UpgradeToTheRegistrationsListWritesListKeysAndIndexes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema12.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema12"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const Migration &migration : migrations()) {
            if (migration.version > 12)
                break;
            for (const QString &statement : migration.statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO members (pk, id, first_name, middle_name, last_name, email, phone,"
                                " created_at, updated_at, origin) VALUES (3, 'm3', 'Сяргей', 'Іванавіч', 'Чарачэнь',"
                                " 'Sierge@Example.org', '+48601234567', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO events (pk, id, title, kind, starts_at, created_at, updated_at, origin)"
                                " VALUES (1, 'e1', 'Rally', 'rally', %1, %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO registrations (pk, id, event_pk, member_pk, ticket_code, created_at,"
                                " updated_at, origin) VALUES (1, 'r1', 1, 3, 'AAAABBBB', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO registrations (pk, id, event_pk, guest_name, guest_email, guest_phone,"
                                " ticket_code, created_at, updated_at, origin) VALUES (2, 'r2', 1, 'Alena Łukašyk',"
                                " 'alena@example.org', '8 029 1234', 'CCCCDDDD', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO registrations (pk, id, event_pk, guest_name, ticket_code, created_at,"
                                " updated_at, deleted_at, origin) VALUES (4, 'r4', 1, 'Былая', 'EEEEFFFF', %1, %1, %1,"
                                " 'local')"),
             }) {
            ASSERT_TRUE(query.exec(statement.arg(at))) << statement.toStdString();
        }
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 12")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema12"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT pk, list_name, list_email, list_phone FROM registrations")));
    QHash<qint64, QStringList> keys;
    while (query.next())
        keys.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    EXPECT_EQ(keys.value(1), (QStringList{QString::fromUtf8(sortkey::of(u"Сяргей Іванавіч Чарачэнь")),
                                          QStringLiteral("sierge@example.org"), QStringLiteral("+48601234567")}));
    EXPECT_EQ(keys.value(2), (QStringList{QString::fromUtf8(sortkey::of(u"Alena Lukasyk")),
                                          QStringLiteral("alena@example.org"), QStringLiteral("8 029 1234")}));
    EXPECT_EQ(keys.value(4), (QStringList{QString(), QString(), QString()}));

    for (int order = 0; order <= int(RegistrationListQuery::Order::WalkIn); ++order) {
        for (const bool descending : {false, true}) {
            RegistrationListQuery asked;
            asked.eventPk = 1;
            asked.order = RegistrationListQuery::Order(order);
            asked.descending = descending;
            asked.language = QLocale::Belarusian;
            const QString plan = RegistrationList::explainOrder(db, asked).join(QLatin1Char('\n'));
            EXPECT_TRUE(plan.contains(QLatin1String("USING INDEX registrations_list_")) ||
                        plan.contains(QLatin1String("USING COVERING INDEX registrations_list_")))
                << order << ": " << plan.toStdString();
            EXPECT_FALSE(plan.contains(QLatin1String("TEMP B-TREE"))) << order << ": " << plan.toStdString();
        }
    }
}

// Schema 14 gave the cases list keys to sort and search by and indexes over the cases that are not deleted: a
// database of schema 12 has every case's keys written in the upgrade (deleted ones too: they may come back), and the
// list's orders and filters read the indexes.
TEST(Database, UpgradeToTheCasesListWritesKeysAndIndexes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema12.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema12"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const Migration &migration : migrations()) {
            if (migration.version > 12)
                break;
            for (const QString &statement : migration.statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, created_at, updated_at, origin)"
                                " VALUES (1, 'm1', 'Святлана', 'Ціханоўская', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO members (pk, id, first_name, last_name, created_at, updated_at, origin)"
                                " VALUES (2, 'm2', 'Alena', 'Kavalenka', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO cases (pk, id, number, member_pk, person_contact, person_city, needs,"
                                " summary, opened_on, assignee_pk, created_at, updated_at, origin) VALUES (1, 'c1',"
                                " '26-0001', 1, '+48 600', 'Вільня', 'legal', 'Віза', '2026-01-01', 2, %1, %1,"
                                " 'local')"),
                 QStringLiteral("INSERT INTO cases (pk, id, number, person_name, needs, summary, opened_on,"
                                " created_at, updated_at, deleted_at, origin) VALUES (2, 'c2', '26-0002', 'Ігар Лосік',"
                                " 'food', 'Ежа', '2026-01-02', %1, %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, created_at,"
                                " updated_at, origin) VALUES ('p1', 1, '2026-01-03', 1250, 'EUR', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, created_at,"
                                " updated_at, origin) VALUES ('p2', 1, '2026-01-03', 750, 'EUR', %1, %1, 'local')"),
                 QStringLiteral("INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, created_at,"
                                " updated_at, deleted_at, origin) VALUES ('p3', 1, '2026-01-03', 5, 'PLN', %1, %1, %1,"
                                " 'local')"),
             }) {
            ASSERT_TRUE(query.exec(statement.arg(at))) << statement.toStdString();
        }
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 12")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema12"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT c.pk, sort_person, sort_assignee, paid_key, s.plain, s.names FROM"
                                          " cases c JOIN case_search s ON s.case_pk = c.pk ORDER BY c.pk")));
    QHash<qint64, QStringList> keys;
    while (query.next())
        keys.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString()});
    ASSERT_EQ(keys.size(), 2);
    EXPECT_EQ(keys.value(1).value(0), QString::fromUtf8(sortkey::of(u"Святлана Ціханоўская"))) << "the member's name";
    EXPECT_EQ(keys.value(1).value(1), QString::fromUtf8(sortkey::of(u"Alena Kavalenka")));
    EXPECT_EQ(keys.value(1).value(2), QStringLiteral("EUR0000000000000002000")) << "the deleted payment left out";
    EXPECT_EQ(keys.value(1).value(3), QStringLiteral("26-0001\n+48 600\nвільня\nвіза"));
    EXPECT_TRUE(keys.value(1).value(4).contains(QLatin1Char(' ') + namekey::wordKey(u"Kavalenka") + QLatin1Char(' ')));
    EXPECT_EQ(keys.value(2).value(0), QString::fromUtf8(sortkey::of(u"Ігар Лосік"))) << "a deleted case too";
    EXPECT_EQ(keys.value(2).value(2), QString());

    const auto plan = [&query](const QString &sql) {
        EXPECT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) << sql.toStdString();
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        return steps.join(QLatin1Char('\n'));
    };
    // Each order of the list is one pass of an index, not a sort of every case.
    for (const char *column : {"number", "sort_person", "needs", "sort_assignee", "opened_on", "due_on", "paid_key"}) {
        for (const char *direction : {"ASC", "DESC"}) {
            const QString steps = plan(QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL"
                                                      " ORDER BY %1 %2, pk %2")
                                           .arg(QLatin1String(column), QLatin1String(direction)));
            EXPECT_TRUE(steps.contains(QLatin1String("USING COVERING INDEX cases_list_")))
                << column << ": " << steps.toStdString();
            EXPECT_FALSE(steps.contains(QLatin1String("TEMP B-TREE"))) << column;
        }
    }
    // A priority and a status are read one value at a time, in pk order.
    for (const char *column : {"priority", "status"}) {
        const QString steps = plan(QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL AND %1 = 'x'"
                                                  " ORDER BY %1 DESC, pk DESC")
                                       .arg(QLatin1String(column)));
        EXPECT_TRUE(steps.contains(QLatin1String("USING COVERING INDEX cases_list_"))) << steps.toStdString();
        EXPECT_FALSE(steps.contains(QLatin1String("TEMP B-TREE"))) << column;
    }
    // The filters look up indexes.
    for (const char *condition :
         {"status IN ('new', 'in_progress', 'waiting')", "due_on < '2026-01-01'", "needs IN ('legal', 'food')",
          "assignee_pk IS NULL", "assignee_pk = 2", "sensitive = 1"}) {
        const QString steps =
            plan(QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL AND %1").arg(QLatin1String(condition)));
        EXPECT_TRUE(steps.contains(QLatin1String("USING COVERING INDEX cases_list_")))
            << condition << ": " << steps.toStdString();
    }
    // A page of the list is read by its pks, not through a list index that holds every case.
    QStringList page;
    for (int pk = 1; pk <= 128; ++pk)
        page.append(QString::number(pk));
    EXPECT_TRUE(plan(QStringLiteral("SELECT c.pk FROM cases c LEFT JOIN members m ON m.pk = c.member_pk WHERE"
                                    " +c.deleted_at IS NULL AND c.pk IN (%1)")
                         .arg(page.join(QLatin1Char(','))))
                    .contains(QLatin1String("INTEGER PRIMARY KEY")));
    // The cases of a member are found when the member's name changes.
    EXPECT_TRUE(plan(QStringLiteral("SELECT pk FROM cases c WHERE c.member_pk = 1 OR c.assignee_pk = 1"))
                    .contains(QLatin1String("cases_member")));
}
