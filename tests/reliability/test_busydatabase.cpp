// Another program writing to the database makes an import wait (the busy timeout), not fail at once.
#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/members/memberimporter.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

// Another program (here: a connection of its own, in a thread of its own) that holds the write lock for 800 ms.
class OtherWriter final
{
public:
    explicit OtherWriter(const QString &path)
        : m_thread([this, path] { hold(path); })
    {
        while (!m_holding)
            std::this_thread::yield();
    }
    ~OtherWriter()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    // Whether it held the lock: call after the work that had to wait.
    bool held()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_held;
    }

private:
    void hold(const QString &path)
    {
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            connection.setDatabaseName(path);
            if (connection.open()) {
                QSqlQuery query(connection);
                m_held = query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                         query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('busy_test', 'x')"));
                m_holding = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(800));
                query.exec(QStringLiteral("COMMIT"));
            }
            m_holding = true;
            connection.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    std::atomic<bool> m_holding{false};
    std::atomic<bool> m_held{false};
    std::thread m_thread;
};

} // namespace

TEST(BusyDatabase, AnImportWaitsForAnotherWriterToFinish)
{
    test::ScratchDatabase db;
    const QString csv = db.folder() + QStringLiteral("/members.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("first_name,last_name,email\nAnna,Kavalenka,anna@example.org\nVolha,Zhuk,volha@example.org\n");
    }
    OtherWriter other(db.path());
    const Result<ImportReport> report = MemberImporter::importFile(*db, csv, {});
    ASSERT_TRUE(other.held()) << "the other writer never held the lock";
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
}

// A savepoint taken alone (a check-in, a bundle, a case's payment) reads before it writes; begun deferred, its
// first write would be refused at once while another program writes, and with a stale view after it.
TEST(BusyDatabase, ASavepointThatReadsFirstWaitsForAnotherWriter)
{
    test::ScratchDatabase db;
    ASSERT_TRUE(db->setChapterCode(QStringLiteral("pl-wa")));
    OtherWriter other(db.path());
    Savepoint savepoint(db->connection());
    ASSERT_TRUE(savepoint.isActive()) << savepoint.error().toStdString();
    EXPECT_EQ(db->chapterCode(), QStringLiteral("pl-wa"));
    const Status written = db->setMetaValue(QStringLiteral("chapter_name"), QStringLiteral("Warszawa"));
    ASSERT_TRUE(written) << written.error().toStdString();
    ASSERT_TRUE(savepoint.release()) << savepoint.error().toStdString();
    ASSERT_TRUE(other.held()) << "the other writer never held the lock";
    EXPECT_EQ(db->metaValue(QStringLiteral("chapter_name")), QStringLiteral("Warszawa"));
    EXPECT_EQ(db->metaValue(QStringLiteral("busy_test")), QStringLiteral("x"));
}

TEST(BusyDatabase, ASavepointNestsInsideATransactionAndRollsBackAlone)
{
    test::ScratchDatabase db;
    Transaction transaction(db->connection());
    ASSERT_TRUE(transaction.isActive());
    ASSERT_TRUE(db->setMetaValue(QStringLiteral("kept"), QStringLiteral("1")));
    {
        Savepoint inner(db->connection());
        ASSERT_TRUE(inner.isActive()) << inner.error().toStdString();
        ASSERT_TRUE(db->setMetaValue(QStringLiteral("dropped"), QStringLiteral("1")));
    }
    ASSERT_TRUE(transaction.commit()) << transaction.error().toStdString();
    EXPECT_EQ(db->metaValue(QStringLiteral("kept")), QStringLiteral("1"));
    EXPECT_EQ(db->metaValue(QStringLiteral("dropped"), QStringLiteral("none")), QStringLiteral("none"));
    {
        Savepoint alone(db->connection());
        ASSERT_TRUE(alone.isActive());
        ASSERT_TRUE(db->setMetaValue(QStringLiteral("dropped"), QStringLiteral("2")));
    }
    EXPECT_EQ(db->metaValue(QStringLiteral("dropped"), QStringLiteral("none")), QStringLiteral("none"));
}
