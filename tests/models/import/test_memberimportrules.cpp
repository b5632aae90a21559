// The rules every import keeps, shown on members: a row is left out only when it cannot be a person; a problem
// with one field is a warning and the person is imported; a stored person is updated only when a strong key agrees
// and nothing disagrees, so that a relative sharing a phone or an e-mail address never overwrites anyone.
#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/events/eventrepository.h"
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

Member stored(MemberRepository &repository, Member member)
{
    const Result<Member> added = repository.add(std::move(member));
    EXPECT_TRUE(added) << added.error().toStdString();
    return added ? added.value() : Member{};
}

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(sql));
    EXPECT_TRUE(query.next());
    return query.value(0).toInt();
}

const PossibleDuplicate *duplicateAt(const ImportReport &report, qint64 line)
{
    for (const PossibleDuplicate &duplicate : report.duplicates) {
        if (duplicate.line == line)
            return &duplicate;
    }
    return nullptr;
}

} // namespace

// Ales Bialiatski's phone is shared by a relative: the relative's row is a new person, never an update of Ales.
TEST(MemberImportRules, ARelativeSharingAPhoneNeverOverwritesAnybody)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member ales;
    ales.firstName = QStringLiteral("Ales");
    ales.lastName = QStringLiteral("Bialiatski");
    ales.email = QStringLiteral("ales@example.org");
    ales.phone = QStringLiteral("+48 600 100 200");
    ales = stored(repository, ales);

    const QString path = test::dataPath(QStringLiteral("members/family_shared_phone.csv"));
    const ImportReport report = importOk(*db, path);
    EXPECT_EQ(report.read, 3);
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.rejected, 0);

    const Member after = *repository.find(ales.pk);
    EXPECT_EQ(after.displayName(), QStringLiteral("Ales Bialiatski"));
    EXPECT_EQ(after.email, QStringLiteral("ales@example.org"));
    EXPECT_EQ(repository.search(QStringLiteral("Bialiatski")), QList<qint64>{ales.pk});
    EXPECT_EQ(repository.searchMembers(QStringLiteral("Калінін")).value().value(0).email,
              QStringLiteral("s.kalinin@example.org"));

    // Both look-alikes are listed: the shared phone, and the shared family e-mail with another name.
    ASSERT_EQ(report.duplicates.size(), 2);
    const PossibleDuplicate *kalinin = duplicateAt(report, 2);
    ASSERT_NE(kalinin, nullptr);
    EXPECT_EQ(kalinin->basis, QStringLiteral("phone"));
    EXPECT_EQ(kalinin->storedPk, ales.pk);
    EXPECT_GT(kalinin->importedPk, 0);
    EXPECT_TRUE(kalinin->reason.contains(QStringLiteral("Ales Bialiatski"))) << kalinin->reason.toStdString();
    const PossibleDuplicate *mikhas = duplicateAt(report, 4);
    ASSERT_NE(mikhas, nullptr);
    EXPECT_EQ(mikhas->basis, QStringLiteral("email"));
    EXPECT_EQ(mikhas->storedName, QStringLiteral("Ганна Мельнік"));
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM member_duplicates")), 2);

    // The same file again changes nothing and notes nothing new.
    const ImportReport again = importOk(*db, path);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_TRUE(again.duplicates.isEmpty());
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM members")), 4);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM member_duplicates")), 2);
}

// A person whose e-mail address changed is found by name and birth date, but the other address disagrees: a new
// person, listed as a possible duplicate. The same address with the name in another script updates; with another
// birth date it does not.
TEST(MemberImportRules, AnUpdateNeedsAStrongKeyAndNothingThatDisagrees)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member volha;
    volha.firstName = QStringLiteral("Вольга");
    volha.lastName = QStringLiteral("Казлова");
    volha.email = QStringLiteral("volha@example.org");
    volha.birthDate = QDate(1990, 1, 1);
    volha.city = QStringLiteral("Warszawa");
    volha = stored(repository, volha);

    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/email_changed.csv")));
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.rejected, 0);
    ASSERT_EQ(report.duplicates.size(), 2);
    EXPECT_EQ(duplicateAt(report, 2)->basis, QStringLiteral("name_birth"));
    EXPECT_EQ(duplicateAt(report, 2)->storedPk, volha.pk);
    EXPECT_EQ(duplicateAt(report, 4)->basis, QStringLiteral("email"));
    EXPECT_TRUE(duplicateAt(report, 4)->reason.contains(QStringLiteral("birth date")));

    const Member after = *repository.find(volha.pk);
    EXPECT_EQ(after.email, QStringLiteral("volha@example.org"));
    EXPECT_EQ(after.birthDate, QDate(1990, 1, 1));
    EXPECT_EQ(after.lastName, QStringLiteral("Казлова"));
    EXPECT_EQ(after.city, QStringLiteral("Kraków")); // the row in Cyrillic with her own address
    EXPECT_EQ(repository.count(), 3);
}

// A phone that does not validate (too short, a national prefix alone, Excel's number form, words) never leaves a
// person out: the number is kept as typed, marked, and never used to match, so two people who typed the same
// broken number stay two people.
TEST(MemberImportRules, APhoneThatDoesNotValidateIsKeptAsTypedAndNeverMatches)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/invalid_phones.csv")));
    EXPECT_EQ(report.read, 9);
    EXPECT_EQ(report.imported, 9);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(report.duplicates.isEmpty());
    EXPECT_EQ(report.rowsWithWarnings(), 9);
    for (const ImportProblem &warning : report.warnings) {
        EXPECT_EQ(warning.columnName, QStringLiteral("phone")) << warning.line;
        EXPECT_EQ(warning.column, 2);
        EXPECT_TRUE(warning.message.contains(QStringLiteral("kept as typed")) ||
                    warning.message.contains(QStringLiteral("Excel")))
            << warning.message.toStdString();
    }
    const MemberRepository repository(*db);
    const QList<Member> all = repository.all();
    ASSERT_EQ(all.size(), 9);
    for (const Member &member : all)
        EXPECT_EQ(member.attention, QStringList{QStringLiteral("phone")}) << member.displayName().toStdString();
    EXPECT_EQ(repository.searchMembers(QStringLiteral("Kowalski")).value().value(0).phone, QStringLiteral("+48 12 34"));
    EXPECT_EQ(repository.searchMembers(QStringLiteral("Лук'янава")).value().value(0).phone,
              QStringLiteral("phone broken"));

    // The same file again: each person is found again by name, nobody is added.
    const ImportReport again = importOk(*db, test::dataPath(QStringLiteral("members/invalid_phones.csv")));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.unchanged, 9);
}

// A phone fixed in a later file takes away the mark; the stored phone is then verified.
TEST(MemberImportRules, AFieldBroughtAgainInGoodShapeLosesItsMark)
{
    test::ScratchDatabase db;
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    importOk(*db, write(QStringLiteral("a.csv"), "first_name,last_name,email,phone,birth_date\n"
                                                 "Alena,Kavalenka,alena@example.org,601 234,31.02.1990\n"));
    Member alena = MemberRepository(*db).all().value(0);
    EXPECT_EQ(alena.attention, (QStringList{QStringLiteral("birth_date"), QStringLiteral("phone")}));
    const ImportReport fixed =
        importOk(*db, write(QStringLiteral("b.csv"), "email,phone\nalena@example.org,+48 601 234 567\n"));
    EXPECT_EQ(fixed.updated, 1);
    EXPECT_TRUE(fixed.warnings.isEmpty());
    alena = MemberRepository(*db).all().value(0);
    EXPECT_EQ(alena.phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(alena.attention, QStringList{QStringLiteral("birth_date")});
}

// A dry run lists the possible duplicates it would note, and writes nothing.
TEST(MemberImportRules, ADryRunListsThePossibleDuplicates)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member ales;
    ales.firstName = QStringLiteral("Ales");
    ales.lastName = QStringLiteral("Bialiatski");
    ales.phone = QStringLiteral("+48 600 100 200");
    ales = stored(repository, ales);
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report =
        importOk(*db, test::dataPath(QStringLiteral("members/family_shared_phone.csv")), options);
    EXPECT_EQ(report.imported, 3);
    ASSERT_EQ(report.duplicates.size(), 2);
    EXPECT_EQ(duplicateAt(report, 2)->storedPk, ales.pk);
    EXPECT_EQ(duplicateAt(report, 2)->importedPk, 0);
    EXPECT_EQ(duplicateAt(report, 4)->storedPk, 0); // a row of the same file, never written
    EXPECT_EQ(repository.count(), 1);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM member_duplicates")), 0);
}

// A UTF-8 list with damaged bytes on three lines is read as UTF-8: those lines are left out with line and column,
// and every other name is stored as written, never as Windows-1251 mojibake.
TEST(MemberImportRules, DamagedBytesLeaveOutTheirLinesAndNeverTurnTheFileIntoMojibake)
{
    test::ScratchDatabase db;
    const ImportReport report = importOk(*db, test::dataPath(QStringLiteral("members/utf8_three_bad_lines.csv")));
    EXPECT_EQ(report.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(report.read, 200);
    EXPECT_EQ(report.imported, 197);
    ASSERT_EQ(report.rejected, 3);
    const qint64 lines[] = {42, 101, 172};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(report.errors.at(i).line, lines[i]);
        EXPECT_EQ(report.errors.at(i).columnName, QStringLiteral("city"));
        EXPECT_TRUE(report.errors.at(i).message.contains(QStringLiteral("UTF-8")))
            << report.errors.at(i).message.toStdString();
    }
    const MemberRepository repository(*db);
    for (const Member &member : repository.all())
        EXPECT_EQ(member.city, QStringLiteral("Вільня")) << member.email.toStdString();
    EXPECT_EQ(repository.searchMembers(QStringLiteral("m0@example.org")).value().value(0).lastName,
              QStringLiteral("Каваленка0"));
}

// Two people with a common name in one city are two people when their e-mail addresses or birth dates differ: no
// look-alike. With nothing that tells them apart, the row is listed as a possible duplicate.
TEST(MemberImportRules, ACommonNameInOneCityIsALookAlikeOnlyWhenNothingTellsThemApart)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member first;
    first.firstName = QStringLiteral("Аляксандр");
    first.lastName = QStringLiteral("Каваленка");
    first.city = QStringLiteral("Warszawa");
    first.email = QStringLiteral("a.kavalenka@example.org");
    first.birthDate = QDate(1980, 1, 1);
    first = stored(repository, first);
    Member noContact;
    noContact.firstName = QStringLiteral("Ганна");
    noContact.lastName = QStringLiteral("Шыла");
    noContact.city = QStringLiteral("Vilnius");
    noContact = stored(repository, noContact);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("names.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("first_name,last_name,city,email,birth_date\n"
               "Aliaksandr,Kavalenka,Warszawa,sasha.k@example.org,1991-02-03\n" // another e-mail, another birthday
               "Hanna,Shyla,Vilnius,hanna@example.org,\n");                     // nothing disagrees
    file.close();
    const ImportReport report = importOk(*db, file.fileName());
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.updated, 0);
    ASSERT_EQ(report.duplicates.size(), 1);
    EXPECT_EQ(report.duplicates.first().line, 3);
    EXPECT_EQ(report.duplicates.first().basis, QStringLiteral("name_city"));
    EXPECT_EQ(report.duplicates.first().storedPk, noContact.pk);
    EXPECT_EQ(repository.find(noContact.pk)->email, QString()) << "a name alone never updates anybody";
}

// A database that cannot grow (a full disk; here SQLite's page limit) fails the import with the reason, and what
// was stored stays as it was.
TEST(MemberImportRules, AFullDatabaseFailsTheImportAndChangesNothing)
{
    test::ScratchDatabase db;
    ASSERT_TRUE(MemberImporter::importFile(*db, test::dataPath(QStringLiteral("members/canonical.csv")), {}));
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    query.finish();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    const int before = count(*db, QStringLiteral("SELECT count(*) FROM members"));

    const Result<ImportReport> report =
        MemberImporter::importFile(*db, test::dataPath(QStringLiteral("members/utf8_three_bad_lines.csv")), {});
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().contains(QStringLiteral("full"))) << report.error().toStdString();
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM members")), before);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM member_duplicates")), 0);
}

// An import that gives a registered member a phone (or a new name) updates what their registrations are found and
// sorted by: the door finds her by the new number at once, and the registrations list sorts her by it.
TEST(MemberImportRules, AnUpdatedMemberIsFoundAtTheDoorByWhatTheImportBrought)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member volha;
    volha.firstName = QStringLiteral("Вольга");
    volha.lastName = QStringLiteral("Казлова");
    volha.email = QStringLiteral("volha@example.org");
    volha = stored(repository, volha);
    EventRepository events(*db);
    Event rally;
    rally.title = QStringLiteral("Rally");
    rally.startsAt = QDateTime(QDate(2026, 8, 9), QTime(12, 0), Qt::UTC);
    rally.country = QStringLiteral("PL");
    const Result<Event> event = events.addEvent(rally);
    ASSERT_TRUE(event) << event.error().toStdString();
    Registration registration;
    registration.eventPk = event->pk;
    registration.memberPk = volha.pk;
    const Result<Registration> registered = events.addRegistration(registration);
    ASSERT_TRUE(registered) << registered.error().toStdString();
    EXPECT_TRUE(events.search(event->pk, QStringLiteral("601 234")).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phones.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("first_name,last_name,email,phone\n"
               "Вольга,Казлова,volha@example.org,+48 601 234 567\n");
    file.close();
    const ImportReport report = importOk(*db, path);
    EXPECT_EQ(report.updated, 1);

    const QList<Registration> found = events.search(event->pk, QStringLiteral("601234567"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().pk, registered->pk);
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT list_phone FROM registrations WHERE pk = %1").arg(registered->pk)));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("+48601234567"));
}
