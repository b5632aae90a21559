// Files are written whole or not at all: every write and the commit of each writer made to fail in turn (as on a
// full USB stick) leaves the old file as it was, no temporary file behind, and an error that says the disk is full.
#include <functional>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "models/csv/csvwriter.h"
#include "models/import/importreport.h"
#include "models/io/atomicfile.h"
#include "models/members/personexport.h"

using namespace supolka;

namespace {

const QByteArray OldContent = "the last good file\n";

// Runs `write` into a folder holding an old `name`, once with every write counted and then failing at each write
// and at the commit; checks what the issue asks of each failure. Returns how many failures were tried.
int failEveryWrite(const QString &name, const std::function<Status(const QString &path)> &write)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    auto reset = [&] {
        QFile old(path);
        EXPECT_TRUE(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write(OldContent);
    };
    reset();
    int writes = 0;
    {
        const AtomicFile::FailureForTests counting(-1);
        EXPECT_TRUE(write(path)) << name.toStdString();
        writes = counting.writes();
    }
    EXPECT_GT(writes, 0);
    QFile written(path);
    EXPECT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_NE(written.readAll(), OldContent) << "a run without failures writes the new file";
    written.close();

    int tried = 0;
    for (int failing = 0; failing <= writes; ++failing) {
        reset();
        Status status;
        {
            const AtomicFile::FailureForTests failure(failing);
            status = write(path);
        }
        ++tried;
        EXPECT_FALSE(status) << name.toStdString() << ": failing write " << failing;
        EXPECT_TRUE(status.error().contains(QStringLiteral("full"))) << status.error().toStdString();
        EXPECT_FALSE(status.error().contains(QStringLiteral(".."))) << status.error().toStdString();
        QFile old(path);
        EXPECT_TRUE(old.open(QIODevice::ReadOnly));
        EXPECT_EQ(old.readAll(), OldContent) << name.toStdString() << ": failing write " << failing;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name})
            << name.toStdString() << ": something left behind after failing write " << failing;
    }
    return tried;
}

} // namespace

TEST(AtomicFile, EveryWriterLeavesTheOldFileWhenAWriteOrTheCommitFails)
{
    QList<QStringList> rows;
    for (int i = 0; i < 40; ++i)
        rows.append({QStringLiteral("Вольга %1").arg(i), QStringLiteral("volha%1@example.org").arg(i)});
    int tried = failEveryWrite(QStringLiteral("members.csv"), [&rows](const QString &path) {
        return writeCsvFile(path, {QStringLiteral("name"), QStringLiteral("email")}, rows, CsvProfile::Excel);
    });

    ImportReport report;
    report.header = {QStringLiteral("first_name"), QStringLiteral("email")};
    for (int line = 2; line < 12; ++line) {
        ImportProblem problem;
        problem.line = line;
        problem.columnName = QStringLiteral("email");
        problem.message = QStringLiteral("not an e-mail address");
        problem.fields = {QStringLiteral("Ганна"), QStringLiteral("hanna(at)example.org")};
        report.errors.append(problem);
    }
    tried += failEveryWrite(QStringLiteral("problems.csv"),
                            [&report](const QString &path) { return ImportProblems::writeCsv(report, path); });

    Member member;
    member.id = QStringLiteral("m1");
    member.firstName = QStringLiteral("Ганна");
    member.lastName = QStringLiteral("Канапацкая");
    tried += failEveryWrite(QStringLiteral("person.json"),
                            [&member](const QString &path) { return PersonExport::write(member, path); });
    tried += failEveryWrite(QStringLiteral("person.csv"),
                            [&member](const QString &path) { return PersonExport::write(member, path); });
    RecordProperty("failures_tried", tried);
    EXPECT_GT(tried, 50);
}

// Without injected failures: the file is written, replaced whole, and an unwritable place is a clear error.
TEST(AtomicFile, WritesReplacesAndNamesAPlaceItCannotWrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    for (const QByteArray &content : {QByteArray("first\n"), QByteArray("second, longer\n")}) {
        AtomicFile file(path);
        ASSERT_TRUE(file.begin());
        EXPECT_EQ(file.write(content), content.size());
        ASSERT_TRUE(file.commit());
        QFile check(path);
        ASSERT_TRUE(check.open(QIODevice::ReadOnly));
        EXPECT_EQ(check.readAll(), content);
    }
    {
        AtomicFile dropped(path);
        ASSERT_TRUE(dropped.begin());
        dropped.write("never saved");
    } // destroyed without a commit
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("second, longer\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    AtomicFile nowhere(dir.filePath(QStringLiteral("missing/folder/out.txt")));
    const Status opened = nowhere.begin();
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("out.txt"))) << opened.error().toStdString();
    EXPECT_FALSE(opened.error().contains(QStringLiteral(".."))) << opened.error().toStdString();
}
