// The command line end to end: the real executable, a real database file, real CSV files.
#include <gtest/gtest.h>

#include <QColor>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "models/csv/csvreader.h"
#include "models/db/storagefaults.h"
#include "tests/cli/clitest.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

using Outcome = test::CliOutcome;
using Cli = test::CliTest;

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_F(Cli, VersionAndHelp)
{
    const Outcome version = run({QStringLiteral("--version")}, false);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QByteArray("supolka ") + SUPOLKA_VERSION);

    const Outcome help = run({QStringLiteral("--help")}, false);
    EXPECT_EQ(help.exitCode, 0);
    for (const char *word : {"preview", "import members", "export members", "search", "report members", "demo",
                             "import registrations", "export registrations", "checkin", "report events", "--event"})
        EXPECT_TRUE(help.out.contains(word)) << word;
}

TEST_F(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("members")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("spaceships"), QStringLiteral("x.csv")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--bogus")}).exitCode, 2);
    const Outcome badLanguage =
        run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("search"), QStringLiteral("a")}, false);
    EXPECT_EQ(badLanguage.exitCode, 2);
    EXPECT_TRUE(badLanguage.err.contains(QStringLiteral("xx")));
}

TEST_F(Cli, PreviewPrintsHowAFileReads)
{
    const Outcome preview =
        run({QStringLiteral("preview"), test::dataPath(QStringLiteral("members/excel_ru_cp1251.csv")),
             QStringLiteral("--json")});
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    const QJsonObject json = preview.json();
    EXPECT_EQ(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1251"));
    EXPECT_EQ(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    const QJsonArray header = json.value(QStringLiteral("header")).toArray();
    ASSERT_EQ(header.size(), 11);
    EXPECT_EQ(header.at(1).toString(), QStringLiteral("Фамилия"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.at(0).toArray().at(1).toString(), QStringLiteral("Коваленко"));
}

TEST_F(Cli, ImportReportsCountsAndRejectedRows)
{
    const Outcome imported = run({QStringLiteral("import"), QStringLiteral("members"),
                                  test::dataPath(QStringLiteral("members/mixed_errors.csv")), QStringLiteral("--json"),
                                  QStringLiteral("--errors"), file(QStringLiteral("rejected.csv"))});
    EXPECT_EQ(imported.exitCode, 1) << imported.err.toStdString();
    const QJsonObject json = imported.json();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
    EXPECT_EQ(json.value(QStringLiteral("read")).toInt(), 6);
    // Only the row with shifted cells is left out; a bad e-mail, phone, country or date is a warning.
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("updated")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("unchanged")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 7);
    EXPECT_FALSE(errors.at(0).toObject().value(QStringLiteral("message")).toString().isEmpty());
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 4);
    const QJsonObject first = warnings.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(first.value(QStringLiteral("column")).toInt(), 3); // counted from 1, as a spreadsheet does
    EXPECT_EQ(first.value(QStringLiteral("column_name")).toString(), QStringLiteral("email"));
    EXPECT_TRUE(QFile::exists(file(QStringLiteral("rejected.csv"))));

    const Outcome clean = run({QStringLiteral("import"), QStringLiteral("members"),
                               test::dataPath(QStringLiteral("members/canonical.csv")), QStringLiteral("--json")});
    EXPECT_EQ(clean.exitCode, 0);
    EXPECT_EQ(clean.json().value(QStringLiteral("imported")).toInt(), 5);
    const Outcome again = run({QStringLiteral("import"), QStringLiteral("members"),
                               test::dataPath(QStringLiteral("members/canonical.csv")), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("unchanged")).toInt(), 5);
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(), 0);
}

TEST_F(Cli, AFailedImportExitsWithThreeAndChangesNothing)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("members"),
                   test::dataPath(QStringLiteral("members/canonical.csv"))})
                  .exitCode,
              0);
    // Fold the journal into the file so that its bytes say everything.
    ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("members")}).exitCode, 0);
    const QByteArray before = hashOf(dbPath());
    const Outcome broken = run({QStringLiteral("import"), QStringLiteral("members"),
                                test::dataPath(QStringLiteral("members/unterminated.csv")), QStringLiteral("--json")});
    EXPECT_EQ(broken.exitCode, 3);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("Line 3"))) << broken.err.toStdString();
    EXPECT_EQ(hashOf(dbPath()), before);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("missing.csv"))}).exitCode,
              3);
}

TEST_F(Cli, SearchFindsACyrillicNameFromLatin)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("members"),
                   test::dataPath(QStringLiteral("members/canonical.csv"))})
                  .exitCode,
              0);
    for (const QString &query : {QStringLiteral("Tsikhanouskaya"), QStringLiteral("Tikhanovskaya"),
                                 QStringLiteral("Тихановская"), QStringLiteral("cichanoŭskaja")}) {
        const Outcome found = run({QStringLiteral("search"), query, QStringLiteral("--json")});
        ASSERT_EQ(found.exitCode, 0);
        const QJsonArray results = found.json().value(QStringLiteral("results")).toArray();
        ASSERT_EQ(results.size(), 1) << query.toStdString();
        const QJsonObject first = results.at(0).toObject();
        EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Святлана Ціханоўская"));
        EXPECT_EQ(first.value(QStringLiteral("email")).toString(), QStringLiteral("s.tsikhanouskaya@example.org"));
        EXPECT_FALSE(first.value(QStringLiteral("id")).toString().isEmpty());
    }
}

TEST_F(Cli, DemoThenReport)
{
    const Outcome demo = run({QStringLiteral("demo")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const Outcome report = run({QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0);
    const QJsonObject json = report.json();
    EXPECT_GE(json.value(QStringLiteral("members")).toInt(), 200);
    EXPECT_GE(json.value(QStringLiteral("by_country")).toObject().size(), 10);
    EXPECT_GE(json.value(QStringLiteral("by_status")).toObject().size(), 3);
    EXPECT_GE(json.value(QStringLiteral("by_skill")).toObject().size(), 5);

    const Outcome events = run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")});
    ASSERT_EQ(events.exitCode, 0) << events.err.toStdString();
    const QJsonArray list = events.json().value(QStringLiteral("events")).toArray();
    EXPECT_GE(list.size(), 6);
    int checkedIn = 0;
    int walkIns = 0;
    for (const QJsonValue &value : list) {
        const QJsonObject event = value.toObject();
        EXPECT_FALSE(event.value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_FALSE(event.value(QStringLiteral("title")).toString().isEmpty());
        EXPECT_GT(event.value(QStringLiteral("registered")).toInt(), 0);
        checkedIn += event.value(QStringLiteral("checked_in")).toInt();
        walkIns += event.value(QStringLiteral("walk_ins")).toInt();
        EXPECT_TRUE(event.contains(QStringLiteral("cancelled")));
    }
    EXPECT_GT(checkedIn, 50);
    EXPECT_GT(walkIns, 5);

    const int members = json.value(QStringLiteral("members")).toInt();
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("events"))
                  .toArray()
                  .size(),
              list.size());
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("members"))
                  .toInt(),
              members);
}

TEST_F(Cli, ExportThenImportElsewhereGivesTheSameMembers)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    const Outcome exported = run({QStringLiteral("export"), QStringLiteral("members"), file(QStringLiteral("all.csv")),
                                  QStringLiteral("--profile"), QStringLiteral("excel"), QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const int count = exported.json().value(QStringLiteral("exported")).toInt();
    EXPECT_GE(count, 200);

    const Outcome imported = run({QStringLiteral("--db"), file(QStringLiteral("other.db")), QStringLiteral("import"),
                                  QStringLiteral("members"), file(QStringLiteral("all.csv")), QStringLiteral("--json")},
                                 false);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("imported")).toInt(), count);
    const Outcome back = run({QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("all.csv")),
                              QStringLiteral("--json")});
    EXPECT_EQ(back.json().value(QStringLiteral("unchanged")).toInt(), count);
}

TEST_F(Cli, ADatabaseOpenElsewhereIsRefused)
{
    ASSERT_EQ(run({QStringLiteral("chapter"), QStringLiteral("pl-wa")}).exitCode, 0);
    QLockFile lock(dbPath() + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.tryLock(0));
    const Outcome refused = run({QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("in use by another Supolka"))) << refused.err.toStdString();
}

TEST_F(Cli, NotADatabaseIsRefusedAndLeftAlone)
{
    QFile notes(file(QStringLiteral("notes.db")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("this is a shopping list\n");
    notes.close();
    const QByteArray before = hashOf(notes.fileName());
    const Outcome refused =
        run({QStringLiteral("--db"), notes.fileName(), QStringLiteral("report"), QStringLiteral("members")}, false);
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_EQ(hashOf(notes.fileName()), before);
}

TEST_F(Cli, TheErrorsFileIsAlwaysThisRunsOwn)
{
    QFile stale(file(QStringLiteral("rejected.csv")));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("first_name,line,error\nOld,9,from an earlier run\n");
    stale.close();
    const Outcome clean = run({QStringLiteral("import"), QStringLiteral("members"),
                               test::dataPath(QStringLiteral("members/canonical.csv")), QStringLiteral("--errors"),
                               file(QStringLiteral("rejected.csv")), QStringLiteral("--json")});
    EXPECT_EQ(clean.exitCode, 0);
    ASSERT_TRUE(stale.open(QIODevice::ReadOnly));
    const QByteArray written = stale.readAll();
    EXPECT_FALSE(written.contains("earlier run"));
    EXPECT_TRUE(written.contains("first_name")) << written.constData();

    const Outcome unwritable =
        run({QStringLiteral("import"), QStringLiteral("members"),
             test::dataPath(QStringLiteral("members/mixed_errors.csv")), QStringLiteral("--errors"),
             file(QStringLiteral("no/such/folder/x.csv")), QStringLiteral("--json")});
    // The rows are stored, but the file asked for is not there: not a success.
    EXPECT_EQ(unwritable.exitCode, 3);
    EXPECT_FALSE(unwritable.json().value(QStringLiteral("errors_file_error")).toString().isEmpty());
}

// A database file that a full disk or a failed copy left empty is data lost: a read command says so and leaves it,
// instead of making a new, empty database and reporting nobody.
TEST_F(Cli, AnEmptyDatabaseFileIsRefusedNotRecreated)
{
    QFile empty(dbPath());
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
    empty.close();
    for (const QStringList &command :
         {QStringList{QStringLiteral("report"), QStringLiteral("members")},
          QStringList{QStringLiteral("search"), QStringLiteral("Anna")},
          QStringList{QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("out.supolka")),
                      QStringLiteral("--unsealed")}}) {
        const Outcome refused = run(command);
        EXPECT_EQ(refused.exitCode, 3) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("0 bytes"))) << refused.err.toStdString();
        EXPECT_EQ(QFileInfo(dbPath()).size(), 0);
    }
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("out.supolka"))));
}

TEST_F(Cli, AReadOnlyDatabaseIsReadAndExportedButNeverChanged)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("chapter"), QStringLiteral("pl-wa"), QStringLiteral("Warsaw")}).exitCode, 0);
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const QByteArray before = hashOf(dbPath());

    const Outcome report = run({QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")});
    EXPECT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("members")).toInt(), 240);
    const Outcome exported = run({QStringLiteral("export"), QStringLiteral("members"), file(QStringLiteral("m.csv"))});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(QFileInfo(file(QStringLiteral("m.csv"))).size() > 0);
    EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("Anna")}).exitCode, 0);
    const QString members = test::dataPath(QStringLiteral("members/family_shared_phone.csv"));

    for (const QStringList &command :
         {QStringList{QStringLiteral("import"), QStringLiteral("members"), members},
          QStringList{QStringLiteral("import"), QStringLiteral("members"), members, QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("chapter"), QStringLiteral("pl-kr"), QStringLiteral("Kraków")},
          QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("out.supolka")),
                      QStringLiteral("--unsealed")}}) {
        const Outcome refused = run(command);
        EXPECT_EQ(refused.exitCode, 3) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("reading only"))) << refused.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("out.supolka"))));
    EXPECT_EQ(hashOf(dbPath()), before);
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cli.db*")}, QDir::Files);
    EXPECT_EQ(left, QStringList{QStringLiteral("cli.db")});
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(Cli, AReadThatMeetsADamagedPageFailsTheCommand)
{
    if (!StorageFaults::isListening())
        GTEST_SKIP() << "SQLite's error log is not reachable in this build";
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    {
        // The pages from the middle of the file to three quarters of it overwritten: the search reads some.
        QFile damaged(dbPath());
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        const qint64 pages = damaged.size() / 4096;
        ASSERT_TRUE(damaged.seek(pages / 2 * 4096));
        damaged.write(QByteArray(int(pages / 4 * 4096), '\x5a'));
    }
    const Outcome search = run({QStringLiteral("search"), QStringLiteral("a")});
    EXPECT_EQ(search.exitCode, 3) << search.out.toStdString();
    EXPECT_TRUE(search.err.contains(QStringLiteral("could not be read: it is damaged"))) << search.err.toStdString();
    EXPECT_TRUE(search.err.contains(QStringLiteral("backup"))) << search.err.toStdString();
    EXPECT_TRUE(search.err.contains(QDir::toNativeSeparators(dbPath()))) << search.err.toStdString();

    {
        // Damage that reaches the schema is found on opening, and said the same way.
        QFile damaged(dbPath());
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        ASSERT_TRUE(damaged.seek(4096));
        damaged.write(QByteArray(16 * 4096, '\x5a'));
    }
    const QByteArray before = hashOf(dbPath());
    const Outcome report = run({QStringLiteral("report"), QStringLiteral("events")});
    EXPECT_EQ(report.exitCode, 3);
    EXPECT_TRUE(report.err.contains(QStringLiteral("damaged"))) << report.err.toStdString();
    EXPECT_TRUE(report.err.contains(QStringLiteral("backup"))) << report.err.toStdString();
    EXPECT_EQ(hashOf(dbPath()), before);
}

TEST_F(Cli, UsageErrorsComeInTheChosenLanguage)
{
    const Outcome belarusian =
        run({QStringLiteral("--lang"), QStringLiteral("be"), QStringLiteral("frobnicate")}, false);
    EXPECT_EQ(belarusian.exitCode, 2);
    EXPECT_FALSE(belarusian.err.contains(QStringLiteral("Unknown command"))) << belarusian.err.toStdString();
    EXPECT_TRUE(belarusian.err.contains(QStringLiteral("frobnicate")));
    const Outcome bogus = run({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--bogus")}, false);
    EXPECT_EQ(bogus.exitCode, 2);
    EXPECT_FALSE(bogus.err.contains(QStringLiteral("Unknown option"))) << bogus.err.toStdString();
}

TEST_F(Cli, ReadingCommandsNeverMakeADatabaseAtAMistypedPath)
{
    const QString typo = file(QStringLiteral("chapter-typo.db"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("search"), QStringLiteral("Kav")},
          QStringList{QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--json")},
          QStringList{QStringLiteral("export"), QStringLiteral("members"), file(QStringLiteral("out.csv"))},
          QStringList{QStringLiteral("sync"), QStringLiteral("history")}, QStringList{QStringLiteral("chapter")}}) {
        const test::CliOutcome outcome =
            run(QStringList{QStringLiteral("--db"), typo, QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                false);
        EXPECT_EQ(outcome.exitCode, 3) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("There is no database at"))) << outcome.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(typo)) << arguments.join(QLatin1Char(' ')).toStdString();
    }
    // Commands that bring data may start a new database there.
    EXPECT_EQ(run(QStringList{QStringLiteral("--db"), typo, QStringLiteral("import"), QStringLiteral("members"),
                              test::dataPath(QStringLiteral("members/canonical.csv"))},
                  false)
                  .exitCode,
              0);
    EXPECT_TRUE(QFileInfo::exists(typo));
}

// A dry run says which rows would be new people who look like someone stored, and changes nothing.
TEST_F(Cli, ADryRunListsThePossibleDuplicates)
{
    QFile ales(file(QStringLiteral("ales.csv")));
    ASSERT_TRUE(ales.open(QIODevice::WriteOnly));
    ales.write("first_name,last_name,email,phone\nAles,Bialiatski,ales@example.org,+48 600 100 200\n");
    ales.close();
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("members"), ales.fileName()}).exitCode, 0);

    const Outcome dry = run({QStringLiteral("import"), QStringLiteral("members"),
                             test::dataPath(QStringLiteral("members/family_shared_phone.csv")),
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject json = dry.json();
    EXPECT_TRUE(json.value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("updated")).toInt(), 0);
    const QJsonArray duplicates = json.value(QStringLiteral("possible_duplicates")).toArray();
    ASSERT_EQ(duplicates.size(), 2);
    const QJsonObject kalinin = duplicates.at(0).toObject();
    EXPECT_EQ(kalinin.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(kalinin.value(QStringLiteral("name")).toString(), QStringLiteral("Сяргей Калінін"));
    EXPECT_EQ(kalinin.value(QStringLiteral("looks_like")).toString(), QStringLiteral("Ales Bialiatski"));
    EXPECT_EQ(kalinin.value(QStringLiteral("basis")).toString(), QStringLiteral("phone"));

    // In words, too; and still only Ales is stored.
    const Outcome words =
        run({QStringLiteral("import"), QStringLiteral("members"),
             test::dataPath(QStringLiteral("members/family_shared_phone.csv")), QStringLiteral("--dry-run")});
    EXPECT_TRUE(words.err.contains(QStringLiteral("possible duplicate"))) << words.err.toStdString();
    const Outcome search = run({QStringLiteral("search"), QStringLiteral("Калінін"), QStringLiteral("--json")});
    EXPECT_TRUE(search.json().value(QStringLiteral("results")).toArray().isEmpty());
}

// A long list of problems is cut on the terminal; the file given with --errors keeps every row.
TEST_F(Cli, ALongListOfWarningsIsCutOnTheTerminalButNotInTheFile)
{
    QFile list(file(QStringLiteral("phones.csv")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write("first_name,last_name,phone\n");
    for (int i = 0; i < 60; ++i)
        list.write(QStringLiteral("Імя%1,Прозвішча,12%1\n").arg(i).toUtf8());
    list.close();
    const Outcome imported = run({QStringLiteral("import"), QStringLiteral("members"), list.fileName(),
                                  QStringLiteral("--errors"), file(QStringLiteral("problems.csv"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.err.count(QStringLiteral("(imported)")), 50);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("… and 10 more"))) << imported.err.toStdString();
    const Result<CsvTable> problems = readCsvFile(file(QStringLiteral("problems.csv")));
    ASSERT_TRUE(problems);
    EXPECT_EQ(problems->records.size(), 60);
}

namespace supolka::test {

// `--screenshots DIR`: the window pictures every page, each tab of the pages made of tabs and the main dialogs, in
// the look asked for, on a screen of the given size, and quits; the user's settings are not touched.
TEST_F(Cli, TheScreenshotTourPicturesEveryPageInTheLookAskedFor)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).exitCode, 0);
    QFile screen(file(QStringLiteral("screen.json")));
    ASSERT_TRUE(screen.open(QIODevice::WriteOnly));
    screen.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 700,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})");
    screen.close();
    auto tour = [&](const QString &look) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + screen.fileName());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                      {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), QStringLiteral("be"),
                       QStringLiteral("--theme"), look, QStringLiteral("--screenshots"), file(look)});
        EXPECT_TRUE(process.waitForFinished(120000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QDir(file(look)).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    };
    auto lightness = [](const QImage &image) {
        qint64 sum = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return sum / ((image.height() / 7 + 1) * (image.width() / 7 + 1));
    };

    const QStringList light = tour(QStringLiteral("light"));
    const QStringList expected{QStringLiteral("01-members.png"),     QStringLiteral("02-events.png"),
                               QStringLiteral("03-door.png"),        QStringLiteral("04-cases.png"),
                               QStringLiteral("05-cases-tab2.png"),  QStringLiteral("06-exitpoll.png"),
                               QStringLiteral("07-dashboard.png"),   QStringLiteral("08-sync.png"),
                               QStringLiteral("09-sync-tab2.png"),   QStringLiteral("10-sync-tab3.png"),
                               QStringLiteral("11-sync-tab4.png"),   QStringLiteral("12-member-editor.png"),
                               QStringLiteral("13-case-editor.png"), QStringLiteral("14-about.png"),
                               QStringLiteral("15-walk-in.png")};
    EXPECT_EQ(light, expected);
    const QImage members(file(QStringLiteral("light/01-members.png")));
    EXPECT_EQ(members.size(), QSize(1024, 700)) << "the window fills the small screen";
    const QImage editor(file(QStringLiteral("light/13-case-editor.png")));
    EXPECT_FALSE(editor.isNull());
    EXPECT_LE(editor.width(), 1024);
    EXPECT_LE(editor.height(), 700);
    EXPECT_GT(lightness(members), 170);

    EXPECT_EQ(tour(QStringLiteral("dark")), expected);
    EXPECT_LT(lightness(QImage(file(QStringLiteral("dark/01-members.png")))), 90);
    EXPECT_LT(lightness(QImage(file(QStringLiteral("dark/07-dashboard.png")))), 90) << "the charts are dark too";
    // The user's look is what they chose in the window, not what a run asked for.
    int settingsFiles = 0;
    QDirIterator files(file(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile settings(files.next());
        ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
        EXPECT_FALSE(settings.readAll().contains("theme")) << settings.fileName().toStdString();
        ++settingsFiles;
    }
    EXPECT_GT(settingsFiles, 0) << "the runs kept their settings in the folder given";

    // A folder that cannot be made (a file stands where it should be): said, and exit code 3, not a window left open.
    QFile blocker(file(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcess refused;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + screen.fileName());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
    refused.setProcessEnvironment(environment);
    refused.start(
        QStringLiteral(SUPOLKA_EXECUTABLE),
        {QStringLiteral("--db"), dbPath(), QStringLiteral("--screenshots"), file(QStringLiteral("blocker/pictures"))});
    ASSERT_TRUE(refused.waitForFinished(60000)) << "the program quits";
    EXPECT_EQ(refused.exitCode(), 3);
}

} // namespace supolka::test
