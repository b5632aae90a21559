#include <gtest/gtest.h>

#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

// all() reads straight from SQLite where it can; find() goes through Qt SQL. Both must give the same member.
TEST(MemberReading, AllAndFindAgreeOnEveryField)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member full;
    full.firstName = QStringLiteral("Святлана");
    full.middleName = QStringLiteral("Георгіеўна");
    full.lastName = QStringLiteral("Ціханоўская");
    full.birthDate = QDate(1982, 9, 11);
    full.email = QStringLiteral("s.t@example.org");
    full.phone = QStringLiteral("+37061234567");
    full.city = QStringLiteral("Vilnius");
    full.country = QStringLiteral("LT");
    full.languages = {QStringLiteral("be"), QStringLiteral("lt")};
    full.skills = {QStringLiteral("teacher"), QStringLiteral("organizer")};
    full.groups = {QStringLiteral("Медыя")};
    full.status = MemberStatus::Pending;
    full.joinedOn = QDate(2020, 8, 15);
    full.consent = {QStringLiteral("contact"), QStringLiteral("photos")};
    full.consentAt = QStringLiteral("2020-08-15T10:00:00.000Z");
    full.consentShare = true;
    full.notes = QStringLiteral("Two lines\nof “notes”");
    const Result<Member> added = repository.add(full);
    ASSERT_TRUE(added) << added.error().toStdString();
    Member sparse;
    sparse.lastName = QStringLiteral("Zhuk");
    ASSERT_TRUE(repository.add(sparse));

    const QList<Member> all = repository.all();
    ASSERT_EQ(all.size(), 2);
    for (const Member &member : all) {
        const std::optional<Member> found = repository.find(member.pk);
        ASSERT_TRUE(found.has_value());
        EXPECT_TRUE(member.sameContent(*found)) << member.displayName().toStdString();
        EXPECT_EQ(member.id, found->id);
        EXPECT_EQ(member.createdAt, found->createdAt);
        EXPECT_EQ(member.updatedAt, found->updatedAt);
        EXPECT_EQ(member.deletedAt, found->deletedAt);
        EXPECT_EQ(member.origin, found->origin);
    }
    EXPECT_TRUE(all.first().sameContent(added.value()));
    EXPECT_TRUE(all.last().email.isEmpty());
    EXPECT_FALSE(all.last().birthDate.isValid());
}
