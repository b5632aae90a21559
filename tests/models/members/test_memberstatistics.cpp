#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "models/db/database.h"
#include "models/members/memberrepository.h"
#include "models/members/memberstatistics.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member person(const QString &last, const QString &country, const QStringList &skills, MemberStatus status,
              const QDate &joined)
{
    Member member;
    member.firstName = QStringLiteral("Ala");
    member.lastName = last;
    member.country = country;
    member.skills = skills;
    member.status = status;
    member.joinedOn = joined;
    return member;
}

MemberStatistics computed(Database &database)
{
    Result<MemberStatistics> statistics = MemberStatistics::compute(database);
    EXPECT_TRUE(statistics) << statistics.error().toStdString();
    return statistics ? std::move(statistics).value() : MemberStatistics{};
}

QDate thisMonth()
{
    const QDate today = QDateTime::currentDateTimeUtc().date(); // created_at is UTC
    return QDate(today.year(), today.month(), 1);
}

} // namespace

TEST(MemberStatistics, CountsWhatIsNotDeleted)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    ASSERT_TRUE(repository.add(person(QStringLiteral("A"), QStringLiteral("PL"), {QStringLiteral("lawyer")},
                                      MemberStatus::Active, QDate(2020, 8, 10))));
    ASSERT_TRUE(repository.add(person(QStringLiteral("B"), QStringLiteral("PL"),
                                      {QStringLiteral("Lawyer"), QStringLiteral("doctor")}, MemberStatus::Pending,
                                      QDate(2020, 11, 2))));
    ASSERT_TRUE(repository.add(person(QStringLiteral("C"), QStringLiteral("LT"), {QStringLiteral("programmer")},
                                      MemberStatus::Active, QDate(2020, 8, 30))));
    ASSERT_TRUE(repository.add(person(QStringLiteral("D"), QString(), {}, MemberStatus::Active, QDate())));
    const Result<Member> gone =
        repository.add(person(QStringLiteral("E"), QStringLiteral("DE"), {QStringLiteral("lawyer")},
                              MemberStatus::Active, QDate(2019, 1, 1)));
    ASSERT_TRUE(gone);
    ASSERT_TRUE(repository.remove(gone->pk));

    const MemberStatistics statistics = computed(*db);
    EXPECT_EQ(statistics.members, 4);
    using Counts = QList<QPair<QString, int>>;
    EXPECT_EQ(statistics.byCountry, (Counts{{QStringLiteral("PL"), 2}, {QString(), 1}, {QStringLiteral("LT"), 1}}));
    EXPECT_EQ(statistics.byStatus, (Counts{{QStringLiteral("active"), 3}, {QStringLiteral("pending"), 1}}));
    EXPECT_EQ(
        statistics.bySkill,
        (Counts{{QStringLiteral("lawyer"), 2}, {QStringLiteral("doctor"), 1}, {QStringLiteral("programmer"), 1}}));
    using Months = QList<QPair<QDate, int>>;
    EXPECT_EQ(
        statistics.newPerMonth.mid(0, 4),
        (Months{{QDate(2020, 8, 1), 2}, {QDate(2020, 9, 1), 0}, {QDate(2020, 10, 1), 0}, {QDate(2020, 11, 1), 1}}));
    // D has no joined date: counted in the month it was added (now), so that the chart leaves nobody out.
    ASSERT_FALSE(statistics.newPerMonth.isEmpty());
    EXPECT_EQ(statistics.newPerMonth.constLast(), (QPair<QDate, int>{thisMonth(), 1}));
    int everyone = 0;
    for (const auto &[month, count] : statistics.newPerMonth)
        everyone += count;
    EXPECT_EQ(everyone, statistics.members);
}

TEST(MemberStatistics, EmptyDatabase)
{
    test::ScratchDatabase db;
    const MemberStatistics statistics = computed(*db);
    EXPECT_EQ(statistics.members, 0);
    EXPECT_TRUE(statistics.byCountry.isEmpty());
    EXPECT_TRUE(statistics.newPerMonth.isEmpty());
}

// Every count comes from one pass over groups, yet a skill keeps the spelling of the first member (by when they were
// added) who has it, whatever order the groups come in.
TEST(MemberStatistics, ASkillKeepsTheSpellingOfTheFirstMemberWhoHasIt)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    // The first member is in a country that groups after the second one's.
    ASSERT_TRUE(repository.add(person(QStringLiteral("A"), QStringLiteral("PL"), {QStringLiteral("translator")},
                                      MemberStatus::Active, QDate(2021, 3, 1))));
    ASSERT_TRUE(repository.add(person(QStringLiteral("B"), QStringLiteral("DE"),
                                      {QStringLiteral("Translator"), QStringLiteral("Driver")}, MemberStatus::Active,
                                      QDate(2021, 3, 5))));
    ASSERT_TRUE(repository.add(person(QStringLiteral("C"), QStringLiteral("DE"), {QStringLiteral("driver")},
                                      MemberStatus::Pending, QDate(2021, 5, 9))));
    const MemberStatistics statistics = computed(*db);
    using Counts = QList<QPair<QString, int>>;
    EXPECT_EQ(statistics.bySkill, (Counts{{QStringLiteral("Driver"), 2}, {QStringLiteral("translator"), 2}}));
    EXPECT_EQ(statistics.byCountry, (Counts{{QStringLiteral("DE"), 2}, {QStringLiteral("PL"), 1}}));
    EXPECT_EQ(statistics.byStatus, (Counts{{QStringLiteral("active"), 2}, {QStringLiteral("pending"), 1}}));
    using Months = QList<QPair<QDate, int>>;
    EXPECT_EQ(statistics.newPerMonth, (Months{{QDate(2021, 3, 1), 2}, {QDate(2021, 4, 1), 0}, {QDate(2021, 5, 1), 1}}));
}

// What lists hold in practice: a skill twice in one member's list in two spellings, empty lists, a country left
// empty or not in any list, a date of joining missing or empty, and deleted members, among them the first who had a
// skill. The counts are those the grouping queries gave before the statistics were one pass over the table.
TEST(MemberStatistics, CountsMessyListsAsTheGroupingQueriesDid)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const auto add = [&repository](const Member &member) {
        const Result<Member> added = repository.add(member);
        EXPECT_TRUE(added) << added.error().toStdString();
        return added ? added->pk : 0;
    };
    const qint64 first = add(person(QStringLiteral("A"), QStringLiteral("PL"), {QStringLiteral("Lawyer")},
                                    MemberStatus::Active, QDate(2021, 1, 15)));
    const qint64 twice = add(person(QStringLiteral("B"), QStringLiteral("PL"), {QStringLiteral("lawyer")},
                                    MemberStatus::Pending, QDate(2021, 1, 20)));
    add(person(QStringLiteral("C"), QString(), {}, MemberStatus::Inactive, QDate()));
    const qint64 unknownCountry =
        add(person(QStringLiteral("D"), QStringLiteral("PL"), {QStringLiteral("Doctor"), QStringLiteral("lawyer")},
                   MemberStatus::Active, QDate(2021, 3, 2)));
    add(person(QStringLiteral("E"), QStringLiteral("LT"), {QStringLiteral("doctor")}, MemberStatus::Active,
               QDate(2021, 1, 1)));
    const qint64 translator = add(person(QStringLiteral("F"), QStringLiteral("DE"), {QStringLiteral("translator")},
                                         MemberStatus::Active, QDate(2019, 5, 5)));
    const qint64 emptyDate =
        add(person(QStringLiteral("G"), QStringLiteral("LT"), {}, MemberStatus::Active, QDate(2021, 2, 2)));
    ASSERT_TRUE(repository.remove(first));
    ASSERT_TRUE(repository.remove(translator));
    // Values an older import or another program may have left: a code no list of countries holds, an empty date,
    // a skill twice in two spellings between empty entries.
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET skills = 'lawyer;;LAWYER;' WHERE pk = %1").arg(twice)));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET country = 'Zz' WHERE pk = %1").arg(unknownCountry)));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE members SET joined_on = '' WHERE pk = %1").arg(emptyDate)));

    const MemberStatistics statistics = computed(*db);
    EXPECT_EQ(statistics.members, 5);
    using Counts = QList<QPair<QString, int>>;
    // Equal counts in the order SQLite sorts the codes: "" < "PL" < "Zz".
    EXPECT_EQ(
        statistics.byCountry,
        (Counts{{QStringLiteral("LT"), 2}, {QString(), 1}, {QStringLiteral("PL"), 1}, {QStringLiteral("Zz"), 1}}));
    EXPECT_EQ(statistics.byStatus,
              (Counts{{QStringLiteral("active"), 3}, {QStringLiteral("inactive"), 1}, {QStringLiteral("pending"), 1}}));
    // B's list names the skill twice, and each time counts; the deleted A's spelling is not the one kept.
    EXPECT_EQ(statistics.bySkill, (Counts{{QStringLiteral("lawyer"), 3}, {QStringLiteral("Doctor"), 2}}));
    using Months = QList<QPair<QDate, int>>;
    EXPECT_EQ(statistics.newPerMonth.mid(0, 3),
              (Months{{QDate(2021, 1, 1), 2}, {QDate(2021, 2, 1), 0}, {QDate(2021, 3, 1), 1}}));
    // C has no date and G an empty one: both count in the month they were added.
    ASSERT_FALSE(statistics.newPerMonth.isEmpty());
    EXPECT_EQ(statistics.newPerMonth.constLast(), (QPair<QDate, int>{thisMonth(), 2}));
    int everyone = 0;
    for (const auto &[month, count] : statistics.newPerMonth)
        everyone += count;
    EXPECT_EQ(everyone, statistics.members);
}

// A page of the table that its parent no longer points to: every page still reads as whole, so a scan simply meets
// fewer members. The index of ids still holds them, and the statistics refuse to count.
TEST(MemberStatistics, RefuseATableThatLostRowsItsIndexStillHolds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.db"));
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database) << database.error().toStdString();
        MemberRepository repository(*database.value());
        for (int i = 0; i < 300; ++i) {
            Member member = person(QStringLiteral("Member %1").arg(i), QStringLiteral("PL"), {QStringLiteral("lawyer")},
                                   MemberStatus::Active, QDate(2021, 1, 1));
            member.notes = QString(400, QLatin1Char('n')); // a few members a page: the table has many pages
            ASSERT_TRUE(repository.add(member));
        }
        EXPECT_EQ(computed(*database.value()).members, 300);
        QSqlQuery query(database.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'members'")) &&
                    query.next());
        rootPage = query.value(0).toLongLong();
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
    }
    {
        // The root is an interior page (type 5); one child fewer in its count of cells.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 header = (rootPage - 1) * pageSize + (rootPage == 1 ? 100 : 0);
        ASSERT_TRUE(file.seek(header));
        QByteArray bytes = file.read(5);
        ASSERT_EQ(bytes.size(), 5);
        ASSERT_EQ(bytes.at(0), 5);
        const int cells = (quint8(bytes.at(3)) << 8) | quint8(bytes.at(4));
        ASSERT_GE(cells, 2);
        bytes[3] = char((cells - 1) >> 8);
        bytes[4] = char((cells - 1) & 0xff);
        ASSERT_TRUE(file.seek(header));
        ASSERT_EQ(file.write(bytes), 5);
    }
    auto database = Database::open(path);
    ASSERT_TRUE(database) << database.error().toStdString();
    QSqlQuery query(database.value()->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM members NOT INDEXED")) && query.next());
    ASSERT_LT(query.value(0).toInt(), 300); // what a scan alone would have counted, without an error
    query.finish();
    const Result<MemberStatistics> statistics = MemberStatistics::compute(*database.value());
    ASSERT_FALSE(statistics);
    EXPECT_TRUE(statistics.error().contains(QStringLiteral("damaged"))) << statistics.error().toStdString();
    EXPECT_TRUE(statistics.error().contains(QStringLiteral("members.db"))) << statistics.error().toStdString();
}
