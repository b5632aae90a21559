// Another program writing to the database makes an import wait (the busy timeout), not fail at once.
#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "models/members/memberimporter.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(BusyDatabase, AnImportWaitsForAnotherWriterToFinish)
{
    test::ScratchDatabase db;
    const QString csv = db.folder() + QStringLiteral("/members.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("first_name,last_name,email\nAnna,Kavalenka,anna@example.org\nVolha,Zhuk,volha@example.org\n");
    }
    // Another program (here: a connection of its own, in a thread of its own) holds the write lock for a while.
    std::atomic<bool> holding{false};
    std::atomic<bool> held{false};
    std::thread other([&] {
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            connection.setDatabaseName(db.path());
            if (connection.open()) {
                QSqlQuery query(connection);
                held = query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                       query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('busy_test', 'x')"));
                holding = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(800));
                query.exec(QStringLiteral("COMMIT"));
            }
            holding = true;
            connection.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    });
    while (!holding)
        std::this_thread::yield();
    const Result<ImportReport> report = MemberImporter::importFile(*db, csv, {});
    other.join();
    ASSERT_TRUE(held) << "the other writer never held the lock";
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
}
