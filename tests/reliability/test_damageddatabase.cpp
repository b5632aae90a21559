// A damaged database is never passed on: with pages in the middle overwritten, a bundle or a chapter report is
// refused with a message that names the file and says what to do, and no file is written.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/db/database.h"
#include "models/demo/demodata.h"
#include "models/sync/chapterreport.h"
#include "models/sync/syncexporter.h"

using namespace supolka;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString err;
};

Outcome runSupolka(const QString &path, const QStringList &command)
{
    QProcess process;
    process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                  QStringList{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")} + command);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(DamagedDatabase, IsNeitherExportedNorReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chapter.db"));
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database) << database.error().toStdString();
        ASSERT_TRUE(database.value()->setChapterCode(QStringLiteral("pl-wa")));
        ASSERT_TRUE(DemoData::load(*database.value(), QDate(2026, 12, 7)));
        EXPECT_TRUE(database.value()->quickCheck());
        // A whole database is exported and reported.
        ASSERT_TRUE(SyncExporter::exportFile(*database.value(), dir.filePath(QStringLiteral("whole.supolka")), {}));
        ASSERT_TRUE(ChapterReport::compute(*database.value(), QDate(2026, 1, 1), QDate(2026, 12, 31)));
    }
    {
        // Twelve pages in the middle overwritten, as a bad sector or a half-copied file leaves them.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        ASSERT_GT(size, 64 * 1024);
        ASSERT_TRUE(file.seek((size / 2) / 4096 * 4096));
        file.write(QByteArray(12 * 1024, '\x5a'));
    }
    auto database = Database::open(path);
    ASSERT_TRUE(database) << database.error().toStdString(); // the header is whole: the damage is found later
    const Status check = database.value()->quickCheck();
    ASSERT_FALSE(check);
    EXPECT_TRUE(check.error().contains(QStringLiteral("damaged"))) << check.error().toStdString();
    EXPECT_TRUE(check.error().contains(QStringLiteral("chapter.db"))) << check.error().toStdString();
    EXPECT_TRUE(check.error().contains(QStringLiteral("backup"))) << check.error().toStdString();

    const QString bundle = dir.filePath(QStringLiteral("damaged.supolka"));
    const auto exported = SyncExporter::exportFile(*database.value(), bundle, {});
    ASSERT_FALSE(exported);
    EXPECT_TRUE(exported.error().contains(QStringLiteral("damaged"))) << exported.error().toStdString();
    EXPECT_FALSE(QFile::exists(bundle));
    const auto report = ChapterReport::compute(*database.value(), QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().contains(QStringLiteral("damaged"))) << report.error().toStdString();
    database.value().reset();

    // The command line: every export of it fails, with exit code 3, and writes nothing.
    const QString membersCsv = dir.filePath(QStringLiteral("members.csv"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("export"), QStringLiteral("members"), membersCsv},
          QStringList{QStringLiteral("sync"), QStringLiteral("export"), bundle, QStringLiteral("--unsealed")}}) {
        QProcess process;
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                      QStringList{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")} +
                          command);
        ASSERT_TRUE(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        EXPECT_EQ(process.exitCode(), 3) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("damaged"))) << err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(membersCsv));
    EXPECT_FALSE(QFile::exists(bundle));
}

// A report checks the tables it reads, not the whole file (at a million members that check alone took longer than
// the report should): damage at the root of any of them fails the report, with the same message.
TEST(DamagedDatabase, IsNotReportedWhereTheReportReads)
{
    const QList<QPair<QString, QString>> reports{{QStringLiteral("members"), QStringLiteral("members")},
                                                 {QStringLiteral("events"), QStringLiteral("events")},
                                                 {QStringLiteral("events"), QStringLiteral("registrations")},
                                                 {QStringLiteral("cases"), QStringLiteral("cases")},
                                                 {QStringLiteral("cases"), QStringLiteral("case_payments")}};
    for (const auto &[report, table] : reports) {
        SCOPED_TRACE(qPrintable(report + QLatin1Char('/') + table));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chapter.db"));
        qint64 rootPage = 0;
        qint64 pageSize = 0;
        {
            auto database = Database::open(path);
            ASSERT_TRUE(database) << database.error().toStdString();
            ASSERT_TRUE(DemoData::load(*database.value(), QDate(2026, 12, 7)));
            QSqlQuery query(database.value()->connection());
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
            ASSERT_TRUE(query.next());
            rootPage = query.value(0).toLongLong();
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
        }
        EXPECT_EQ(runSupolka(path, {QStringLiteral("report"), report, QStringLiteral("--json")}).exitCode, 0);
        {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadWrite));
            ASSERT_TRUE(file.seek((rootPage - 1) * pageSize));
            file.write(QByteArray(int(pageSize), '\x5a'));
        }
        const Outcome damaged = runSupolka(path, {QStringLiteral("report"), report, QStringLiteral("--json")});
        EXPECT_EQ(damaged.exitCode, 3);
        EXPECT_TRUE(damaged.err.contains(QStringLiteral("damaged"))) << damaged.err.toStdString();
        EXPECT_TRUE(damaged.err.contains(QStringLiteral("backup"))) << damaged.err.toStdString();
    }
}
