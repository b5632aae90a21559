#include <gtest/gtest.h>

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/csv/csvreader.h"
#include "models/import/importjob.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

ImportReport importOk(Database &db, const QString &path, const ImportOptions &options = {})
{
    const Result<ImportReport> report = MemberImporter::importFile(db, path, options);
    EXPECT_TRUE(report) << report.error().toStdString();
    return report ? report.value() : ImportReport{};
}

int memberRows(Database &db)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM members")));
    EXPECT_TRUE(query.next());
    return query.value(0).toInt();
}

QString rejectionAt(const ImportReport &report, qint64 line)
{
    for (const RejectedRow &row : report.errors) {
        if (row.line == line)
            return row.message;
    }
    return {};
}

// Every warning of a line, each as "column name: message".
QString warningsAt(const ImportReport &report, qint64 line)
{
    QStringList texts;
    for (const ImportProblem &problem : report.warnings) {
        if (problem.line == line)
            texts.append(problem.text());
    }
    return texts.join(QStringLiteral(" | "));
}

} // namespace

TEST(MemberImporter, ImportsTheCanonicalFormatAndReimportChangesNothing)
{
    test::ScratchDatabase db;
    const QString path = test::dataPath(QStringLiteral("members/canonical.csv"));
    const ImportReport first = importOk(*db, path);
    EXPECT_EQ(first.read, 5);
    EXPECT_EQ(first.imported, 5);
    EXPECT_EQ(first.rejected, 0);
    EXPECT_EQ(first.mapping.source, CsvSource::Canonical);

    MemberRepository repository(*db);
    const QList<Member> found = repository.searchMembers(QStringLiteral("Tikhanovskaya")).value();
    ASSERT_EQ(found.size(), 1);
    const Member &svetlana = found.first();
    EXPECT_EQ(svetlana.lastName, QStringLiteral("Ціханоўская"));
    EXPECT_EQ(svetlana.phone, QStringLiteral("+37061234567"));
    EXPECT_EQ(svetlana.country, QStringLiteral("LT"));
    EXPECT_EQ(svetlana.languages, (QStringList{QStringLiteral("be"), QStringLiteral("ru"), QStringLiteral("en")}));
    EXPECT_EQ(svetlana.skills, (QStringList{QStringLiteral("organizer"), QStringLiteral("teacher")}));
    EXPECT_EQ(svetlana.notes, QStringLiteral("Speaks at rallies, \"often\""));
    EXPECT_TRUE(svetlana.consentShare);
    EXPECT_EQ(svetlana.birthDate, QDate(1982, 9, 11));
    const QList<Member> volha = repository.searchMembers(QStringLiteral("Kazlova")).value();
    ASSERT_EQ(volha.size(), 1);
    EXPECT_EQ(volha.first().notes, QStringLiteral("Two lines\nof notes"));
    EXPECT_EQ(volha.first().status, MemberStatus::Inactive);

    const QString updatedBefore = svetlana.updatedAt;
    const ImportReport second = importOk(*db, path);
    EXPECT_EQ(second.read, 5);
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.unchanged, 5);
    EXPECT_EQ(memberRows(*db), 5);
    EXPECT_EQ(repository.findById(svetlana.id)->updatedAt, updatedBefore);
}

TEST(MemberImporter, ExportThenImportGivesTheSamePeopleBack)
{
    test::ScratchDatabase source;
    importOk(*source, test::dataPath(QStringLiteral("members/canonical.csv")));
    QTemporaryDir dir;
    for (CsvProfile profile : {CsvProfile::Plain, CsvProfile::Excel}) {
        const QString exported =
            dir.filePath(profile == CsvProfile::Plain ? QStringLiteral("plain.csv") : QStringLiteral("excel.csv"));
        const Result<int> written = MemberExporter::exportFile(*source, exported, profile);
        ASSERT_TRUE(written) << written.error().toStdString();
        EXPECT_EQ(written.value(), 5);

        test::ScratchDatabase target;
        const ImportReport report = importOk(*target, exported);
        EXPECT_EQ(report.imported, 5);
        EXPECT_EQ(report.rejected, 0);
        EXPECT_EQ(report.format.bom, profile == CsvProfile::Excel);

        const QList<Member> before = MemberRepository(*source).all();
        for (const Member &original : before) {
            const std::optional<Member> copy = MemberRepository(*target).findById(original.id);
            ASSERT_TRUE(copy.has_value()) << original.id.toStdString();
            EXPECT_TRUE(copy->sameContent(original)) << original.displayName().toStdString();
            EXPECT_EQ(copy->createdAt, original.createdAt);
            EXPECT_EQ(copy->origin, original.origin);
        }
        // And back into the source: nothing changes.
        const ImportReport again = importOk(*source, exported);
        EXPECT_EQ(again.unchanged, 5);
        EXPECT_EQ(again.imported + again.updated, 0);
    }
}

TEST(MemberImporter, ReadsARussianExcelExportAndWarnsOfItsDamage)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/excel_ru_cp1251.csv")));
    EXPECT_EQ(report.format.encoding, QStringLiteral("Windows-1251"));
    EXPECT_EQ(report.format.delimiter, QChar(u';'));
    EXPECT_EQ(report.read, 5);
    // Damage to one cell never leaves a person out: it is a warning, and the person is marked for a look.
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.rowsWithWarnings(), 3);
    EXPECT_TRUE(warningsAt(report, 3).contains(QStringLiteral("Телефон: "))) << warningsAt(report, 3).toStdString();
    EXPECT_TRUE(warningsAt(report, 4).contains(QStringLiteral("31.02.1980"))) << warningsAt(report, 4).toStdString();
    EXPECT_TRUE(warningsAt(report, 5).contains(QStringLiteral("?"))) << warningsAt(report, 5).toStdString();
    for (const ImportProblem &warning : report.warnings)
        EXPECT_GE(warning.column, 0) << warning.message.toStdString();

    const MemberRepository repository(*db);
    const QList<Member> sergei = repository.searchMembers(QStringLiteral("sergei.t@example.org")).value();
    ASSERT_EQ(sergei.size(), 1);
    EXPECT_EQ(sergei.first().phone, QStringLiteral("3,75291E+11"));
    EXPECT_EQ(sergei.first().attention, QStringList{QStringLiteral("phone")});
    const QList<Member> igor = repository.searchMembers(QStringLiteral("igor.p@example.org")).value();
    ASSERT_EQ(igor.size(), 1);
    EXPECT_FALSE(igor.first().birthDate.isValid());
    EXPECT_EQ(igor.first().attention, QStringList{QStringLiteral("birth_date")});
    const QList<Member> vola = repository.searchMembers(QStringLiteral("vola@example.org")).value();
    ASSERT_EQ(vola.size(), 1);
    EXPECT_EQ(vola.first().lastName, QStringLiteral("Cichano?skaja"));
    EXPECT_EQ(vola.first().attention, QStringList{QStringLiteral("last_name")});

    const QList<Member> elena = MemberRepository(*db).searchMembers(QStringLiteral("Kavalenka")).value();
    ASSERT_EQ(elena.size(), 1);
    EXPECT_EQ(elena.first().middleName, QStringLiteral("Петровна"));
    EXPECT_EQ(elena.first().country, QStringLiteral("PL"));
    EXPECT_EQ(elena.first().phone, QStringLiteral("+48602345678"));
    EXPECT_EQ(elena.first().joinedOn, QDate(2020, 8, 15));
    const QList<Member> anna = MemberRepository(*db).searchMembers(QStringLiteral("anna.zhuk@example.org")).value();
    ASSERT_EQ(anna.size(), 1);
    EXPECT_EQ(anna.first().birthDate, QDate(1995, 2, 1));
    EXPECT_EQ(anna.first().notes, QStringLiteral("Взнос 12,50; наличными"));
}

TEST(MemberImporter, GoogleFormsResubmissionUpdatesTheSamePerson)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/google_forms.csv")));
    EXPECT_EQ(report.mapping.source, CsvSource::GoogleForms);
    EXPECT_EQ(report.read, 3);
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(memberRows(*db), 2);
    const QList<Member> pavel = MemberRepository(*db).searchMembers(QStringLiteral("p.marozau@example.org")).value();
    ASSERT_EQ(pavel.size(), 1);
    EXPECT_EQ(pavel.first().birthDate, QDate(1985, 3, 14));
    EXPECT_EQ(pavel.first().country, QStringLiteral("PL"));
    EXPECT_EQ(pavel.first().skills,
              (QStringList{QStringLiteral("lawyer"), QStringLiteral("translator"), QStringLiteral("driver")}));
    EXPECT_EQ(pavel.first().joinedOn, QDate(2021, 9, 1));

    const ImportReport again = importOk(*db, test::dataPath(QStringLiteral("members/google_forms.csv")));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(memberRows(*db), 2);
}

TEST(MemberImporter, RejectsOnlyRowsThatCannotBeAPersonAndWarnsOfTheRest)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/mixed_errors.csv")));
    EXPECT_EQ(report.read, 6);
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_TRUE(rejectionAt(report, 7).contains(QStringLiteral("5"))) << rejectionAt(report, 7).toStdString();
    EXPECT_TRUE(warningsAt(report, 3).startsWith(QStringLiteral("email: "))) << warningsAt(report, 3).toStdString();
    EXPECT_TRUE(warningsAt(report, 3).contains(QStringLiteral("“not-an-email”")));
    EXPECT_TRUE(warningsAt(report, 4).startsWith(QStringLiteral("phone: "))) << warningsAt(report, 4).toStdString();
    EXPECT_TRUE(warningsAt(report, 5).contains(QStringLiteral("Atlantis"))) << warningsAt(report, 5).toStdString();
    EXPECT_TRUE(warningsAt(report, 6).contains(QStringLiteral("2090-01-01"))) << warningsAt(report, 6).toStdString();

    const MemberRepository repository(*db);
    const Member pavel = repository.searchMembers(QStringLiteral("Zhuk")).value().value(0);
    EXPECT_EQ(pavel.email, QStringLiteral("not-an-email"));
    EXPECT_EQ(pavel.attention, QStringList{QStringLiteral("email")});
    const Member iryna = repository.searchMembers(QStringLiteral("Pazniak")).value().value(0);
    EXPECT_EQ(iryna.phone, QStringLiteral("12345"));
    EXPECT_EQ(iryna.attention, QStringList{QStringLiteral("phone")});
    const Member ihar = repository.searchMembers(QStringLiteral("Sidarevich")).value().value(0);
    EXPECT_TRUE(ihar.country.isEmpty());
    EXPECT_EQ(ihar.attention, QStringList{QStringLiteral("country")});
    const Member hanna = repository.searchMembers(QStringLiteral("Bahdanovich")).value().value(0);
    EXPECT_FALSE(hanna.birthDate.isValid());
    EXPECT_EQ(hanna.attention, QStringList{QStringLiteral("birth_date")});
    EXPECT_TRUE(repository.searchMembers(QStringLiteral("Kavalenka")).value().value(0).attention.isEmpty());

    QTemporaryDir dir;
    const QString problemsPath = dir.filePath(QStringLiteral("problems.csv"));
    ASSERT_TRUE(ImportProblems::writeCsv(report, problemsPath));
    const Result<CsvTable> problems = readCsvFile(problemsPath);
    ASSERT_TRUE(problems);
    EXPECT_EQ(problems->header.mid(0, 6), report.header);
    EXPECT_EQ(problems->header.size(), 10);
    // The rejected row first, then one row per warning.
    ASSERT_EQ(problems->records.size(), 5);
    EXPECT_EQ(problems->records.first().fields.at(6), QStringLiteral("7"));
    EXPECT_EQ(problems->records.first().fields.at(8), QStringLiteral("rejected"));
    const QStringList &pavelRow = problems->records.at(1).fields;
    EXPECT_EQ(pavelRow.at(1), QStringLiteral("Zhuk"));
    EXPECT_EQ(pavelRow.at(6), QStringLiteral("3"));
    EXPECT_EQ(pavelRow.at(7), QStringLiteral("email"));
    EXPECT_EQ(pavelRow.at(8), QStringLiteral("warning"));
}

TEST(MemberImporter, DryRunCountsButWritesNothing)
{
    test::ScratchDatabase db;
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/canonical.csv")), options);
    EXPECT_TRUE(report.dryRun);
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(memberRows(*db), 0);
}

TEST(MemberImporter, BrokenFileChangesNothing)
{
    test::ScratchDatabase db;
    importOk(*db, test::dataPath(QStringLiteral("members/canonical.csv")));
    const Result<ImportReport> report =
        MemberImporter::importFile(*db, test::dataPath(QStringLiteral("members/unterminated.csv")), {});
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().contains(QStringLiteral("Line 3"))) << report.error().toStdString();
    EXPECT_EQ(memberRows(*db), 5);
}

TEST(MemberImporter, CancellingChangesNothing)
{
    test::ScratchDatabase db;
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    };
    const Result<ImportReport> report =
        MemberImporter::importFile(*db, test::dataPath(QStringLiteral("members/canonical.csv")), options);
    ASSERT_FALSE(report);
    EXPECT_GT(calls, 0);
    EXPECT_EQ(memberRows(*db), 0);
}

TEST(MemberImporter, AFileWithoutNamesIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("amount,currency\n10,EUR\n");
    file.close();
    test::ScratchDatabase db;
    const Result<ImportReport> report = MemberImporter::importFile(*db, path, {});
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().contains(QStringLiteral("numbers.csv")));
}

TEST(MemberImporter, TheFirstImportKeepsEveryIndexAndTheSearchKeys)
{
    test::ScratchDatabase db;
    auto indexes = [&db] {
        QStringList names;
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")));
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    };
    const QStringList before = indexes();
    ASSERT_TRUE(before.contains(QStringLiteral("members_id")));
    importOk(*db, test::dataPath(QStringLiteral("members/canonical.csv")));
    EXPECT_EQ(indexes(), before);

    // The unique id index is back in force.
    QSqlQuery duplicate(db->connection());
    EXPECT_FALSE(duplicate.exec(QStringLiteral("INSERT INTO members (id, created_at, updated_at, origin) "
                                               "SELECT id, created_at, updated_at, origin FROM members LIMIT 1")));
    QSqlQuery keys(db->connection());
    ASSERT_TRUE(keys.exec(QStringLiteral("SELECT count(DISTINCT member_pk) FROM member_search")));
    ASSERT_TRUE(keys.next());
    EXPECT_EQ(keys.value(0).toInt(), 5);
    // Several words are checked against every key of the person, as after single writes.
    EXPECT_EQ(MemberRepository(*db).searchMembers(QStringLiteral("Svetlana Tikh")).value().size(), 1);
    EXPECT_EQ(MemberRepository(*db).searchMembers(QStringLiteral("Вольга Казлова")).value().size(), 1);
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Every stored value of the members a file brought, with their search keys, apart from what differs between two
// databases by nature (pk, the ids made here, the times of writing).
QStringList storedMembers(Database &db, const QString &origin)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(
        QStringLiteral(
            "SELECT m.first_name, m.middle_name, m.last_name, quote(m.birth_date), quote(m.email), quote(m.phone), "
            "m.city,"
            " m.country, m.languages, m.skills, m.work_groups, m.status, quote(m.joined_on), m.consent,"
            " quote(m.consent_at), m.consent_share, m.notes, m.name_key, quote(m.deleted_at), m.origin,"
            " length(m.id) = 36, m.created_at <> '', quote(k.sort_key), quote(k.all_keys),"
            " (SELECT group_concat(token, ' ') FROM (SELECT token FROM member_search s WHERE s.member_pk = m.pk"
            "  ORDER BY token))"
            " FROM members m LEFT JOIN member_keys k ON k.member_pk = m.pk WHERE m.origin = '%1'")
            .arg(origin)));
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < 25; ++i)
            values.append(query.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

} // namespace

// The first import into an empty table takes a path of its own (rows encoded on the worker threads, indexes and
// search keys written at the end); it must store exactly what the usual path stores.
TEST(MemberImporter, TheFirstImportStoresWhatLaterImportsStore)
{
    QTemporaryDir dir;
    // Enough rows for several statements of many rows each and for two chunks of the file, with changes to early
    // rows in the second chunk, after the first chunk's search keys were worked out.
    QByteArray many;
    // Names told apart by letters: a name key leaves digits out.
    const auto letters = [](int i) -> QString {
        return QString(QChar(u'a' + i % 26)) + QChar(u'a' + i / 26 % 26) + QChar(u'a' + i / 676 % 26);
    };
    for (int i = 0; i < 4100; ++i) {
        many += QStringLiteral("Imia%1,Прозвішча%2,p%3@example.org,,%4,Gdańsk,PL,,,\n")
                    .arg(letters(i))
                    .arg(i % 7)
                    .arg(i)
                    .arg(i % 3 == 0 ? QString() : QStringLiteral("1990-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')))
                    .toUtf8();
    }
    // Found by e-mail, with a name that adds a word to the stored one (a name that disagreed would make a new person).
    many += QByteArrayLiteral("Imiadaa,Прозвішча3-Zmicier,p3@example.org,,,Sopot,PL,,,\n");
    many += QByteArrayLiteral("Imiafaa,Прозвішча5 Новая,p5@example.org,,,Gdynia,PL,,,\n"); // new search keys
    const QString path = writeFile(
        dir, QStringLiteral("mixed.csv"),
        QByteArrayLiteral("first_name,last_name,email,phone,birth_date,city,country,skills,notes,consent_share\n"
                          "Святлана,Ціханоўская,s.t@example.org,+370 612 34567,1982-09-11,Vilnius,LT,lawyer;doctor,"
                          "\"two\nlines\",1\n"
                          "Аляксандр,Каваленка,,,,Warszawa,PL,,,\n"
                          "Алена,Зайцава,,+48 601 234 567,,,,,,\n"
                          "Sviatlana,Tsikhanouskaya,S.T@example.org,,,Vilnius,LT,teacher,later,\n"
                          "Аляксандр,Каваленка,,,,Warszawa,PL,,,\n"
                          "Ян,Ko,,,,,,,,0\n") +
            many);
    test::ScratchDatabase fresh;
    ASSERT_TRUE(fresh->setChapterCode(QStringLiteral("pl-wa")));
    const ImportReport first = importOk(*fresh, path);
    EXPECT_GT(first.imported, 3900);
    EXPECT_GE(first.updated, 3);

    // The same file into a table that already holds somebody (of another chapter) takes the usual path.
    test::ScratchDatabase usual;
    ASSERT_TRUE(usual->setChapterCode(QStringLiteral("lt-vi")));
    Member other;
    other.firstName = QStringLiteral("Other");
    other.lastName = QStringLiteral("Person");
    ASSERT_TRUE(MemberRepository(*usual).add(other));
    ASSERT_TRUE(usual->setChapterCode(QStringLiteral("pl-wa")));
    const ImportReport second = importOk(*usual, path);
    EXPECT_EQ(second.imported, first.imported);
    EXPECT_EQ(second.updated, first.updated);
    EXPECT_EQ(second.unchanged, first.unchanged);

    const QStringList stored = storedMembers(*fresh, QStringLiteral("pl-wa"));
    ASSERT_EQ(stored.size(), first.imported);
    // The change to a member of the first chunk, found by e-mail in the second, took its new name into the keys.
    EXPECT_EQ(MemberRepository(*fresh).search(QStringLiteral("Zmicier")).size(), 1);
    EXPECT_EQ(stored.join(QLatin1Char('\n')).toStdString(),
              storedMembers(*usual, QStringLiteral("pl-wa")).join(QLatin1Char('\n')).toStdString());
    for (const QString &row : stored) // a whole UUID, and a time of creation
        EXPECT_TRUE(row.contains(QStringLiteral("|pl-wa|1|1|"))) << row.toStdString();
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(MemberImporter, EmptyCellsNeverClearWhatIsStored)
{
    test::ScratchDatabase db;
    QTemporaryDir dir;
    importOk(*db, writeFile(dir, QStringLiteral("full.csv"),
                            "email,first_name,last_name,phone,status,consent_share,birth_date\n"
                            "alena@example.org,Alena,Kavalenka,+48 601 234 567,inactive,yes,1990-05-06\n"));
    const ImportReport report = importOk(*db, writeFile(dir, QStringLiteral("sparse.csv"),
                                                        "email,first_name,last_name,phone,status,consent_share,"
                                                        "birth_date\n"
                                                        "alena@example.org,,,,,,\n"));
    EXPECT_EQ(report.unchanged, 1);
    const Member alena = MemberRepository(*db).all().first();
    EXPECT_EQ(alena.firstName, QStringLiteral("Alena"));
    EXPECT_EQ(alena.phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(alena.status, MemberStatus::Inactive);
    EXPECT_TRUE(alena.consentShare);
    EXPECT_EQ(alena.birthDate, QDate(1990, 5, 6));
}

TEST(MemberImporter, ANamesOnlyListImportedTwiceAddsNobodyTheSecondTime)
{
    test::ScratchDatabase db;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("names.csv"),
                                   "Прозвішча;Імя;Горад\nКаваленка;Алена;Варшава\nЖук;Павел;Вільня\n"
                                   "Жук;Павел;Рыга\n");
    EXPECT_EQ(importOk(*db, path).imported, 3);
    const ImportReport again = importOk(*db, path);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(memberRows(*db), 3);
}

TEST(MemberImporter, ARowThatWouldBringBackADeletedPersonIsRejected)
{
    test::ScratchDatabase db;
    QTemporaryDir dir;
    importOk(*db, test::dataPath(QStringLiteral("members/canonical.csv")));
    const QString exported = dir.filePath(QStringLiteral("all.csv"));
    ASSERT_TRUE(MemberExporter::exportFile(*db, exported, CsvProfile::Plain));
    MemberRepository repository(*db);
    const Member erased = repository.searchMembers(QStringLiteral("Kazlova")).value().first();
    ASSERT_TRUE(repository.erase(erased.pk));

    const ImportReport report = importOk(*db, exported);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.unchanged, 4);
    EXPECT_TRUE(report.errors.first().message.contains(QStringLiteral("erased")));
    EXPECT_TRUE(repository.searchMembers(QStringLiteral("Kazlova")).value().isEmpty());
}

TEST(MemberImporter, ADryRunCountsLikeTheImportItStandsFor)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("twice.csv"),
                                   "email,first_name,last_name\n"
                                   "alena@example.org,Alena,Kavalenka\n"
                                   "alena@example.org,Alena,Kavalenka\n"
                                   "alena@example.org,Alena,Kavalenko\n");
    test::ScratchDatabase db;
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const ImportReport predicted = importOk(*db, path, dryRun);
    const ImportReport real = importOk(*db, path);
    EXPECT_EQ(predicted.imported, real.imported);
    EXPECT_EQ(predicted.updated, real.updated);
    EXPECT_EQ(predicted.unchanged, real.unchanged);
    EXPECT_EQ(real.imported, 1);
    EXPECT_EQ(real.unchanged, 1);
    EXPECT_EQ(real.updated, 1);
}

TEST(MemberImporter, RejectedRowsWithTheWrongCellCountKeepTheirColumns)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/mixed_errors.csv")));
    QTemporaryDir dir;
    const QString rejectedPath = dir.filePath(QStringLiteral("rejected.csv"));
    ASSERT_TRUE(ImportProblems::writeCsv(report, rejectedPath));
    const Result<CsvTable> rejected = readCsvFile(rejectedPath);
    ASSERT_TRUE(rejected);
    EXPECT_TRUE(rejected->issues.isEmpty());
    const CsvRecord &shortRow = rejected->records.first();
    const qsizetype columns = rejected->header.size();
    ASSERT_GE(columns, 10);
    ASSERT_EQ(shortRow.fields.size(), columns);
    EXPECT_EQ(shortRow.fields.at(columns - 4), QStringLiteral("7"));
    EXPECT_EQ(shortRow.fields.at(columns - 2), QStringLiteral("rejected"));
    EXPECT_FALSE(shortRow.fields.at(columns - 1).isEmpty());
    // Every row is squared to the header, whose "extra" columns hold what a longer row had beyond it.
    for (const CsvRecord &row : rejected->records)
        EXPECT_EQ(row.fields.size(), columns);
}

TEST(MemberImporter, TheProblemsFileKeepsEveryCellOfARowAsRead)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("shifted.csv"),
                                   "first_name,last_name,email\n"
                                   "Anna,Kavalenka,anna@example.org\n"
                                   "Volha,Zhuk,volha@example.org,601 234 567,Warszawa\n");
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, path);
    ASSERT_EQ(report.rejected, 1);
    const QString problems = dir.filePath(QStringLiteral("problems.csv"));
    ASSERT_TRUE(ImportProblems::writeCsv(report, problems));
    const Result<CsvTable> read = readCsvFile(problems);
    ASSERT_TRUE(read);
    ASSERT_EQ(read->records.size(), 1);
    EXPECT_EQ(read->header.mid(3, 2), (QStringList{QStringLiteral("extra 1"), QStringLiteral("extra 2")}));
    EXPECT_EQ(read->records.first().fields.mid(0, 5),
              (QStringList{QStringLiteral("Volha"), QStringLiteral("Zhuk"), QStringLiteral("volha@example.org"),
                           QStringLiteral("601 234 567"), QStringLiteral("Warszawa")}));
    EXPECT_EQ(read->records.first().fields.at(5), QStringLiteral("3"));
}

// The file is parsed chunk by chunk while it is still being read: a break far into a long file stops the import
// with the line, after thousands of rows were already parsed, and nothing is written.
TEST(MemberImporter, ABreakFarIntoALongFileChangesNothing)
{
    QTemporaryDir dir;
    QByteArray bytes("first_name,last_name,email\n");
    for (int i = 0; i < 9000; ++i)
        bytes += QStringLiteral("Імя%1,Прозвішча,m%1@example.org\n").arg(i).toUtf8();
    bytes += "Broken,\"never closed,x@example.org\n";
    const QString path = writeFile(dir, QStringLiteral("long.csv"), bytes);
    test::ScratchDatabase db;
    const Result<ImportReport> report = MemberImporter::importFile(*db, path, {});
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().contains(QStringLiteral("Line 9002"))) << report.error().toStdString();
    EXPECT_EQ(memberRows(*db), 0);
    // Cancelled while reading, too.
    ImportOptions options;
    options.progress = [](qint64 done, qint64) {
        return done < 100;
    };
    bytes.chop(bytes.size() - bytes.lastIndexOf("Broken"));
    const QString whole = writeFile(dir, QStringLiteral("whole.csv"), bytes);
    EXPECT_FALSE(MemberImporter::importFile(*db, whole, options));
    EXPECT_EQ(memberRows(*db), 0);
    EXPECT_EQ(importOk(*db, whole).imported, 9000);
}

namespace {

// A file of `rows` people told apart by letters (a name key leaves digits out), every one with an e-mail address.
QByteArray lettersFile(int rows)
{
    QByteArray bytes("first_name,last_name,email,city,birth_date\n");
    for (int i = 0; i < rows; ++i) {
        const QString name = QString(QChar(u'a' + i % 26)) + QChar(u'a' + i / 26 % 26) + QChar(u'a' + i / 676 % 26);
        bytes += QStringLiteral("Imia%1,Prozvishcha%2,p%3@example.org,Gdańsk,1990-01-%4\n")
                     .arg(name)
                     .arg(i % 7)
                     .arg(i)
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .toUtf8();
    }
    return bytes;
}

QStringList indexNames(Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

int countOf(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

// A long file is not held whole: its rows are in the table (inside the import's transaction) while later chunks are
// still being read, on the first import into an empty table and on later ones alike.
TEST(MemberImporter, ALongFileIsWrittenWhileItIsRead)
{
    QTemporaryDir dir;
    const int rows = 6 * ImportJob::ChunkSize;
    const QString path = writeFile(dir, QStringLiteral("long.csv"), lettersFile(rows));
    for (const bool fresh : {true, false}) {
        SCOPED_TRACE(fresh ? "fresh" : "usual");
        test::ScratchDatabase db;
        if (!fresh) {
            Member other;
            other.firstName = QStringLiteral("Other");
            other.lastName = QStringLiteral("Person");
            ASSERT_TRUE(MemberRepository(*db).add(other));
        }
        int writtenWhileReading = 0;
        ImportOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            if (done < total * 9 / 10) // reading the file (ImportJob's share of the work)
                writtenWhileReading = countOf(*db, QStringLiteral("SELECT count(*) FROM members"));
            return true;
        };
        const ImportReport report = importOk(*db, path, options);
        EXPECT_EQ(report.imported, rows);
        EXPECT_GE(writtenWhileReading, 3 * ImportJob::ChunkSize);
        EXPECT_EQ(memberRows(*db), rows + (fresh ? 0 : 1));
        EXPECT_EQ(countOf(*db, QStringLiteral("SELECT count(*) FROM member_keys")), rows + (fresh ? 0 : 1));
    }
}

// Rows that name the same people chunks apart (long after the first of them left memory) are matched against the
// table: the people are updated or left alone, never doubled, and the first import stores what later ones store.
TEST(MemberImporter, RowsChunksApartAreTheSamePeople)
{
    QTemporaryDir dir;
    // The rows added below come in the fourth chunk, when the first has long been written and let go.
    const int rows = 3 * ImportJob::ChunkSize;
    QByteArray bytes = lettersFile(rows);
    // In the last chunk: a repeat of the first row, an update of the second (a middle word of the surname, found
    // by e-mail), and a new person with the e-mail address of the third.
    bytes += "Imiaaaa,Prozvishcha0,p0@example.org,Gdańsk,1990-01-01\n";
    bytes += "Imiabaa,Prozvishcha1 Zmicier,p1@example.org,Gdańsk,1990-01-02\n";
    bytes += "Ales,Bialiatski,p2@example.org,Gdańsk,\n";
    const QString path = writeFile(dir, QStringLiteral("apart.csv"), bytes);

    ImportOptions dryRun;
    dryRun.dryRun = true;
    test::ScratchDatabase fresh;
    const ImportReport predicted = importOk(*fresh, path, dryRun);
    EXPECT_EQ(memberRows(*fresh), 0);
    EXPECT_EQ(countOf(*fresh, QStringLiteral("SELECT count(*) FROM member_search")), 0);
    const ImportReport first = importOk(*fresh, path);
    EXPECT_EQ(first.imported, rows + 1);
    EXPECT_EQ(first.updated, 1);
    EXPECT_EQ(first.unchanged, 1);
    EXPECT_EQ(predicted.imported, first.imported);
    EXPECT_EQ(predicted.updated, first.updated);
    EXPECT_EQ(predicted.unchanged, first.unchanged);
    // (Names of the generated rows that read alike across scripts are look-alikes too: as many in both.)
    EXPECT_EQ(predicted.duplicates.size(), first.duplicates.size());
    auto duplicateAt = [](const ImportReport &report, qint64 line) {
        const auto found = std::find_if(report.duplicates.cbegin(), report.duplicates.cend(),
                                        [line](const PossibleDuplicate &d) { return d.line == line; });
        return found == report.duplicates.cend() ? PossibleDuplicate{} : *found;
    };
    EXPECT_EQ(duplicateAt(first, rows + 4).basis, QStringLiteral("email"));
    EXPECT_EQ(duplicateAt(first, rows + 4).storedPk, 3);
    EXPECT_EQ(duplicateAt(first, rows + 4).importedPk, rows + 1);
    EXPECT_EQ(duplicateAt(predicted, rows + 4).basis, QStringLiteral("email"));
    EXPECT_EQ(duplicateAt(predicted, rows + 4).storedPk, 0); // a member of the dry run itself
    EXPECT_EQ(duplicateAt(predicted, rows + 4).importedPk, 0);
    // The changed member is found by its new word, once.
    EXPECT_EQ(MemberRepository(*fresh).search(QStringLiteral("Zmicier")).size(), 1);
    EXPECT_EQ(countOf(*fresh, QStringLiteral("SELECT count(*) FROM member_keys")), rows + 1);

    test::ScratchDatabase usual;
    Member other;
    other.firstName = QStringLiteral("Other");
    other.lastName = QStringLiteral("Person");
    other.origin = QStringLiteral("elsewhere");
    ASSERT_TRUE(MemberRepository(*usual).add(other));
    const ImportReport second = importOk(*usual, path);
    EXPECT_EQ(second.imported, first.imported);
    EXPECT_EQ(second.updated, first.updated);
    EXPECT_EQ(second.unchanged, first.unchanged);
    EXPECT_EQ(storedMembers(*fresh, fresh->chapterCode()).join(QLatin1Char('\n')).toStdString(),
              storedMembers(*usual, usual->chapterCode()).join(QLatin1Char('\n')).toStdString());
    // Once more: nobody new (the second row and its change later in the file update the member twice, as before).
    const ImportReport again = importOk(*fresh, path);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 2);
    EXPECT_EQ(memberRows(*fresh), rows + 1);
}

// Rows of the first chunks are written before the last are read; a cancel late in the file takes them all back,
// and leaves the indexes the first import drops as they were.
TEST(MemberImporter, ACancelInALateChunkChangesNothing)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("late.csv"), lettersFile(5 * ImportJob::ChunkSize));
    for (const bool fresh : {true, false}) {
        SCOPED_TRACE(fresh ? "fresh" : "usual");
        test::ScratchDatabase db;
        if (!fresh) {
            Member other;
            other.firstName = QStringLiteral("Other");
            other.lastName = QStringLiteral("Person");
            ASSERT_TRUE(MemberRepository(*db).add(other));
        }
        const QStringList indexes = indexNames(*db);
        const int before = memberRows(*db);
        int calls = 0;
        int written = 0;
        ImportOptions options;
        options.progress = [&](qint64, qint64) {
            written = countOf(*db, QStringLiteral("SELECT count(*) FROM members"));
            return ++calls < 4;
        };
        EXPECT_FALSE(MemberImporter::importFile(*db, path, options));
        EXPECT_GT(written, before);
        EXPECT_EQ(memberRows(*db), before);
        EXPECT_EQ(countOf(*db, QStringLiteral("SELECT count(*) FROM member_search")), fresh ? 0 : 2);
        EXPECT_EQ(indexNames(*db), indexes);
    }
}
