// A disk that fails under SQLite (the N-th write, sync or read returns an I/O error): an import, a check-in, a sync
// import and a sync export either finish and say so, or fail and say so with the database as it was; the file
// always passes SQLite's integrity check afterwards, and a failed export leaves no bundle.
#include <functional>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/members/memberimporter.h"
#include "models/sync/syncexporter.h"
#include "models/sync/syncimporter.h"
#include "tests/reliability/faultvfs.h"

using namespace supolka;
using test::FaultVfs;

namespace {

// What is stored, to compare before and after: members, and check-ins.
QString fingerprint(const QString &path, QString *check)
{
    auto opened = Database::open(path);
    if (!opened) {
        *check = opened.error();
        return QString();
    }
    QSqlQuery query(opened.value()->connection());
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
        *check = query.value(0).toString();
    query.finish();
    QString print;
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM members), (SELECT group_concat(email) FROM members),"
                                  " (SELECT count(*) FROM registrations WHERE checked_in_at IS NOT NULL)")) &&
        query.next())
        print = query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|') +
                query.value(2).toString();
    return print;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// An operation on an open database; true when it says it succeeded.
using Operation = std::function<bool(Database &)>;

struct Tally
{
    int tried = 0;
    int failedCleanly = 0;
    int succeeded = 0;
};

// Runs `operation` on a fresh copy of `baseline` with the N-th call of `kind` failing, for every N the operation
// makes (at most `samples` of them, spread evenly). Checks every outcome; `extra` checks what else it left.
Tally failEach(const QString &baseline, FaultVfs::Kind kind, const Operation &operation, int samples,
               const std::function<void(bool succeeded)> &extra = {})
{
    Tally tally;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faulty.db"));
    auto fresh = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        EXPECT_TRUE(QFile::copy(baseline, path));
    };
    QString check;
    fresh();
    const QString before = fingerprint(path, &check);
    EXPECT_EQ(check, QStringLiteral("ok"));
    // Once without failures: how many calls the operation makes, and what it leaves.
    int calls = 0;
    QString after;
    {
        FaultVfs vfs;
        {
            auto database = Database::open(path);
            EXPECT_TRUE(database) << database.error().toStdString();
            vfs.failAt(kind, 0);
            EXPECT_TRUE(operation(*database.value()));
            calls = vfs.count(kind);
        }
    }
    after = fingerprint(path, &check);
    EXPECT_EQ(check, QStringLiteral("ok"));
    EXPECT_GT(calls, 0);
    const int step = std::max(1, calls / samples);
    for (int n = 1; n <= calls; n += step) {
        fresh();
        bool succeeded = false;
        {
            FaultVfs vfs;
            auto database = Database::open(path);
            if (database) {
                vfs.failAt(kind, n);
                succeeded = operation(*database.value());
            }
        }
        const QString now = fingerprint(path, &check);
        ++tally.tried;
        EXPECT_EQ(check, QStringLiteral("ok")) << "failing call " << n;
        if (succeeded) {
            ++tally.succeeded;
            EXPECT_EQ(now, after) << "said it succeeded, failing call " << n;
        } else {
            ++tally.failedCleanly;
            EXPECT_EQ(now, before) << "said it failed but changed the data, failing call " << n;
        }
        if (extra)
            extra(succeeded);
    }
    return tally;
}

class FaultVfsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        baseline = dir.filePath(QStringLiteral("baseline.db"));
        QByteArray members("first_name,last_name,email\n");
        for (int i = 0; i < 40; ++i)
            members += QStringLiteral("Ганна%1,Kavalenka,h%1@example.org\n").arg(i).toUtf8();
        csv = dir.filePath(QStringLiteral("members.csv"));
        writeFile(csv, members);
        auto database = Database::open(baseline);
        ASSERT_TRUE(database);
        ASSERT_TRUE(database.value()->setChapterCode(QStringLiteral("pl-wa")));
        Event rally;
        rally.title = QStringLiteral("Rally");
        rally.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
        EventRepository events(*database.value());
        const Event added = events.addEvent(rally).value();
        Registration guest;
        guest.eventPk = added.pk;
        guest.guestName = QStringLiteral("Вольга Казлова");
        registrationPk = events.addRegistration(guest).value().pk;
    }

    QTemporaryDir dir;
    QString baseline;
    QString csv;
    qint64 registrationPk = 0;
};

} // namespace

TEST_F(FaultVfsTest, AnImportIsAllOrNothingAndSaysSo)
{
    const Operation import = [this](Database &database) {
        return bool(MemberImporter::importFile(database, csv, {}));
    };
    int tried = 0;
    for (const FaultVfs::Kind kind : {FaultVfs::Kind::Write, FaultVfs::Kind::Sync, FaultVfs::Kind::Read}) {
        const Tally tally = failEach(baseline, kind, import, 25);
        tried += tally.tried;
        EXPECT_GT(tally.failedCleanly, 0);
    }
    // Pages read back damaged: the file on disk must come out whole, whatever the import says.
    tried += failEach(baseline, FaultVfs::Kind::Corrupt, import, 25).tried;
    RecordProperty("failures_tried", tried);
}

TEST_F(FaultVfsTest, ACheckInIsSavedOrReportedAsNotSaved)
{
    const Operation checkIn = [this](Database &database) {
        return EventRepository(database).checkIn(registrationPk, QStringLiteral("door-1")).outcome ==
               CheckInOutcome::CheckedIn;
    };
    int tried = 0;
    for (const FaultVfs::Kind kind : {FaultVfs::Kind::Write, FaultVfs::Kind::Sync}) {
        const Tally tally = failEach(baseline, kind, checkIn, 25);
        tried += tally.tried;
        EXPECT_GT(tally.failedCleanly, 0);
    }
    RecordProperty("failures_tried", tried);
}

TEST_F(FaultVfsTest, ASyncImportIsAllOrNothingAndAnExportLeavesNoBundleWhenItFails)
{
    // A bundle of another chapter's 40 members.
    const QString sender = dir.filePath(QStringLiteral("sender.db"));
    const QString bundle = dir.filePath(QStringLiteral("lt-vi.supolka"));
    {
        auto database = Database::open(sender);
        ASSERT_TRUE(database);
        ASSERT_TRUE(database.value()->setChapterCode(QStringLiteral("lt-vi")));
        ASSERT_TRUE(MemberImporter::importFile(*database.value(), csv, {}));
        ASSERT_TRUE(SyncExporter::exportFile(*database.value(), bundle, {}));
    }
    const Operation syncImport = [&bundle](Database &database) {
        return bool(SyncImporter::importFile(database, bundle));
    };
    int tried = 0;
    for (const FaultVfs::Kind kind : {FaultVfs::Kind::Write, FaultVfs::Kind::Sync}) {
        const Tally tally = failEach(baseline, kind, syncImport, 25);
        tried += tally.tried;
        EXPECT_GT(tally.failedCleanly, 0);
    }

    // Reading fails under an export: no bundle, or a whole one.
    const QString out = dir.filePath(QStringLiteral("out.supolka"));
    const Operation syncExport = [&out](Database &database) {
        QFile::remove(out);
        return bool(SyncExporter::exportFile(database, out, {}));
    };
    const Tally reads = failEach(baseline, FaultVfs::Kind::Read, syncExport, 25,
                                 [&out](bool succeeded) { EXPECT_EQ(QFile::exists(out), succeeded); });
    EXPECT_GT(reads.failedCleanly, 0);
    RecordProperty("failures_tried", tried + reads.tried);
}
