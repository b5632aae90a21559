#include <QDateTime>
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

    const MemberStatistics statistics = MemberStatistics::compute(*db);
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
    const QDate today = QDateTime::currentDateTimeUtc().date(); // created_at is UTC
    const QDate thisMonth(today.year(), today.month(), 1);
    ASSERT_FALSE(statistics.newPerMonth.isEmpty());
    EXPECT_EQ(statistics.newPerMonth.constLast(), (QPair<QDate, int>{thisMonth, 1}));
    int everyone = 0;
    for (const auto &[month, count] : statistics.newPerMonth)
        everyone += count;
    EXPECT_EQ(everyone, statistics.members);
}

TEST(MemberStatistics, EmptyDatabase)
{
    test::ScratchDatabase db;
    const MemberStatistics statistics = MemberStatistics::compute(*db);
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
    const MemberStatistics statistics = MemberStatistics::compute(*db);
    using Counts = QList<QPair<QString, int>>;
    EXPECT_EQ(statistics.bySkill, (Counts{{QStringLiteral("Driver"), 2}, {QStringLiteral("translator"), 2}}));
    EXPECT_EQ(statistics.byCountry, (Counts{{QStringLiteral("DE"), 2}, {QStringLiteral("PL"), 1}}));
    EXPECT_EQ(statistics.byStatus, (Counts{{QStringLiteral("active"), 2}, {QStringLiteral("pending"), 1}}));
    using Months = QList<QPair<QDate, int>>;
    EXPECT_EQ(statistics.newPerMonth,
              (Months{{QDate(2021, 3, 1), 2}, {QDate(2021, 4, 1), 0}, {QDate(2021, 5, 1), 1}}));
}
