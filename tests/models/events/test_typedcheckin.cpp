#include <gtest/gtest.h>

#include "models/events/eventrepository.h"
#include "models/events/typedcheckin.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

// A rally with people a typed text can confuse: a mother and son sharing an e-mail address, two people with one
// surname, a name in Cyrillic typed in Latin, a phone typed the way people say it, and a cancelled ticket.
class TypedCheckInTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Event rally;
        rally.title = QStringLiteral("Rally");
        rally.startsAt = QDateTime(QDate(2026, 8, 9), QTime(12, 0), Qt::UTC);
        rally.country = QStringLiteral("PL");
        const Result<Event> added = events.addEvent(rally);
        ASSERT_TRUE(added) << added.error().toStdString();
        event = added.value();
        guest(QStringLiteral("Андрэй Кавалёў"), QStringLiteral("family@example.org"), QString());
        guest(QStringLiteral("Ніна Кавалёва"), QStringLiteral("family@example.org"), QStringLiteral("+48601234567"));
        guest(QStringLiteral("Andrei Kavalkou"), QStringLiteral("andrei@example.org"), QString());
        cancelled = guest(QStringLiteral("Тарас Сідарэвіч"), QString(), QString(), RegistrationStatus::Cancelled);
    }

    Registration guest(const QString &name, const QString &email, const QString &phone,
                       RegistrationStatus status = RegistrationStatus::Registered)
    {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = name;
        r.guestEmail = email;
        r.guestPhone = phone;
        r.status = status;
        const Result<Registration> added = events.addRegistration(r);
        EXPECT_TRUE(added) << added.error().toStdString();
        return added ? added.value() : Registration{};
    }

    TypedCheckIn run(const QString &text)
    {
        const Result<TypedCheckIn> done = TypedCheckIn::run(events, event, text, QStringLiteral("door"));
        EXPECT_TRUE(done) << done.error().toStdString();
        return done ? done.value() : TypedCheckIn{};
    }

    test::ScratchDatabase db;
    EventRepository events{db.get()};
    Event event;
    Registration cancelled;
};

} // namespace

TEST_F(TypedCheckInTest, OneFoundIsCheckedInAndTwiceIsSaid)
{
    const TypedCheckIn first = run(QStringLiteral("Ніна"));
    EXPECT_EQ(first.outcome, TypedCheckIn::Outcome::CheckedIn);
    ASSERT_TRUE(first.registration);
    EXPECT_EQ(first.registration->name, QStringLiteral("Ніна Кавалёва"));
    EXPECT_TRUE(first.registration->isCheckedIn());

    const TypedCheckIn again = run(QStringLiteral("Ніна"));
    EXPECT_EQ(again.outcome, TypedCheckIn::Outcome::AlreadyCheckedIn);
    EXPECT_EQ(again.registration->checkedInAt, first.registration->checkedInAt);
    EXPECT_EQ(TypedCheckIn::outcomeKey(again.outcome), QStringLiteral("already_checked_in"));
}

TEST_F(TypedCheckInTest, OfSeveralOnlyTheOneNamedExactlyIsChosen)
{
    // The start of a surname finds three people: nobody is checked in, and everyone found is offered.
    const TypedCheckIn surname = run(QStringLiteral("Kaval"));
    EXPECT_EQ(surname.outcome, TypedCheckIn::Outcome::Ambiguous);
    EXPECT_FALSE(surname.registration);
    EXPECT_GE(surname.candidates.size(), 2);
    for (const Registration &r : events.registrations(event.pk))
        EXPECT_FALSE(r.isCheckedIn()) << r.name.toStdString();

    // A whole name names one of them, whatever its case.
    const std::optional<Registration> cyrillic =
        TypedCheckIn::exactMatch(surname.candidates, QStringLiteral("андрэй КАВАЛЁЎ"), QStringLiteral("PL"));
    ASSERT_TRUE(cyrillic);
    EXPECT_EQ(cyrillic->name, QStringLiteral("Андрэй Кавалёў"));
    const std::optional<Registration> latin =
        TypedCheckIn::exactMatch(surname.candidates, QStringLiteral("Andrei Kavalkou"), QStringLiteral("PL"));
    ASSERT_TRUE(latin);
    EXPECT_EQ(latin->name, QStringLiteral("Andrei Kavalkou"));
    EXPECT_FALSE(TypedCheckIn::exactMatch(surname.candidates, QStringLiteral("Andrei"), QStringLiteral("PL")));

    // A mother and son share an address: it names neither. A phone typed as said names its one owner.
    const QList<Registration> family = events.search(event.pk, QStringLiteral("family@example.org"));
    ASSERT_EQ(family.size(), 2);
    EXPECT_FALSE(TypedCheckIn::exactMatch(family, QStringLiteral("family@example.org"), QStringLiteral("PL")));
    const std::optional<Registration> byPhone =
        TypedCheckIn::exactMatch(family, QStringLiteral("601 234 567"), QStringLiteral("PL"));
    ASSERT_TRUE(byPhone);
    EXPECT_EQ(byPhone->name, QStringLiteral("Ніна Кавалёва"));
}

TEST_F(TypedCheckInTest, NobodyAndACancelledTicketAreSaid)
{
    const TypedCheckIn nobody = run(QStringLiteral("Lukashenka"));
    EXPECT_EQ(nobody.outcome, TypedCheckIn::Outcome::NotFound);
    EXPECT_TRUE(nobody.message.contains(QStringLiteral("Rally")));

    const TypedCheckIn refused = run(QStringLiteral("Sidarevich"));
    EXPECT_EQ(refused.outcome, TypedCheckIn::Outcome::Cancelled);
    ASSERT_TRUE(refused.registration);
    EXPECT_EQ(refused.registration->pk, cancelled.pk);
    EXPECT_FALSE(refused.registration->isCheckedIn());
}
