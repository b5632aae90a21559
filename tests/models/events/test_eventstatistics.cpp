#include <gtest/gtest.h>

#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/eventstatistics.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

class EventStatisticsTest : public ::testing::Test
{
protected:
    Event addEvent(const QString &title, const QDateTime &start)
    {
        Event e;
        e.title = title;
        e.startsAt = start;
        Result<Event> added = events.addEvent(e);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Event();
    }

    // A guest, checked in at `at` when it is valid.
    Registration guest(const Event &event, const QDateTime &at = {})
    {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = QStringLiteral("Guest %1").arg(++m_guests);
        Result<Registration> added = events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        if (added && at.isValid()) {
            EXPECT_EQ(events.checkIn(added->pk, QStringLiteral("door"), isoTimestamp(at)).outcome,
                      CheckInOutcome::CheckedIn);
        }
        return added ? added.value() : Registration();
    }

    void cancel(Registration r)
    {
        r.status = RegistrationStatus::Cancelled;
        EXPECT_TRUE(events.updateRegistration(r).ok());
    }

    test::ScratchDatabase db;
    EventRepository events{db.get()};
    int m_guests = 0;
};

} // namespace

TEST(EventStatisticsBuckets, LengthFollowsTheSpan)
{
    EXPECT_EQ(EventStatistics::bucketMinutesFor(0), 5);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(2 * 3600), 5);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(2 * 3600 + 1), 10);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(4 * 3600), 10);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(4 * 3600 + 1), 15);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(12 * 3600), 15);
    EXPECT_EQ(EventStatistics::bucketMinutesFor(12 * 3600 + 1), 60);
}

TEST_F(EventStatisticsTest, CheckInsOfAShortEventInFiveMinuteBuckets)
{
    const Event rally = addEvent(QStringLiteral("Rally"), utc(2026, 3, 25, 14, 0));
    const Event other = addEvent(QStringLiteral("Other"), utc(2026, 3, 25, 14, 0));
    guest(rally, utc(2026, 3, 25, 13, 52, 10));
    guest(rally, utc(2026, 3, 25, 13, 58, 59));
    guest(rally, utc(2026, 3, 25, 14, 0, 0));
    guest(rally, utc(2026, 3, 25, 14, 3, 30));
    guest(rally, utc(2026, 3, 25, 14, 17, 45));
    guest(rally); // registered, never came
    // Neither a check-in later cancelled, nor a deleted registration, nor another event's check-in counts.
    cancel(guest(rally, utc(2026, 3, 25, 15, 30)));
    ASSERT_TRUE(events.removeRegistration(guest(rally, utc(2026, 3, 25, 12, 0)).pk).ok());
    guest(other, utc(2026, 3, 25, 19, 0));

    // 13:52:10 to 14:17:45 is under two hours: 5-minute buckets from 13:50 to 14:15.
    const CheckInTimeline timeline = EventStatistics::checkInsOverTime(db.get(), rally.pk);
    EXPECT_EQ(timeline.bucketMinutes, 5);
    EXPECT_EQ(timeline.total, 5);
    const QList<CheckInBucket> expected{
        {utc(2026, 3, 25, 13, 50), 1}, {utc(2026, 3, 25, 13, 55), 1}, {utc(2026, 3, 25, 14, 0), 2},
        {utc(2026, 3, 25, 14, 5), 0},  {utc(2026, 3, 25, 14, 10), 0}, {utc(2026, 3, 25, 14, 15), 1},
    };
    EXPECT_EQ(timeline.buckets, expected);
}

TEST_F(EventStatisticsTest, CheckInsOverThreeHoursInTenMinuteBuckets)
{
    const Event conference = addEvent(QStringLiteral("Conference"), utc(2026, 4, 11, 18, 0));
    guest(conference, utc(2026, 4, 11, 18, 0, 0));
    guest(conference, utc(2026, 4, 11, 18, 9, 59));
    guest(conference, utc(2026, 4, 11, 18, 10, 0));
    guest(conference, utc(2026, 4, 11, 21, 0, 0));

    // Exactly three hours: 10-minute buckets 18:00, 18:10, ..., 21:00 — nineteen of them.
    const CheckInTimeline timeline = EventStatistics::checkInsOverTime(db.get(), conference.pk);
    EXPECT_EQ(timeline.bucketMinutes, 10);
    EXPECT_EQ(timeline.total, 4);
    ASSERT_EQ(timeline.buckets.size(), 19);
    EXPECT_EQ(timeline.buckets.first(), (CheckInBucket{utc(2026, 4, 11, 18, 0), 2}));
    EXPECT_EQ(timeline.buckets.at(1), (CheckInBucket{utc(2026, 4, 11, 18, 10), 1}));
    EXPECT_EQ(timeline.buckets.last(), (CheckInBucket{utc(2026, 4, 11, 21, 0), 1}));
    int sum = 0;
    for (const CheckInBucket &bucket : timeline.buckets)
        sum += bucket.checkIns;
    EXPECT_EQ(sum, 4);
}

TEST_F(EventStatisticsTest, NoCheckInsNoBuckets)
{
    const Event quiet = addEvent(QStringLiteral("Quiet"), utc(2026, 4, 11, 18, 0));
    guest(quiet);
    const CheckInTimeline timeline = EventStatistics::checkInsOverTime(db.get(), quiet.pk);
    EXPECT_EQ(timeline.total, 0);
    EXPECT_TRUE(timeline.buckets.isEmpty());
}

TEST_F(EventStatisticsTest, AttendancePerMonth)
{
    EXPECT_TRUE(EventStatistics::attendanceByMonth(db.get()).isEmpty());

    // January: two events. The first has three registered (two came) and one cancelled; the second one
    // registered who did not come and a walk-in.
    const Event first = addEvent(QStringLiteral("Meetup"), utc(2026, 1, 10, 12, 0));
    guest(first, utc(2026, 1, 10, 12, 5));
    guest(first, utc(2026, 1, 10, 12, 6));
    guest(first);
    cancel(guest(first));
    const Event second = addEvent(QStringLiteral("Lecture"), utc(2026, 1, 28, 12, 0));
    guest(second);
    WalkIn walkIn;
    walkIn.firstName = QStringLiteral("Maria");
    walkIn.lastName = QStringLiteral("Kalesnikava");
    ASSERT_TRUE(events.walkIn(second.pk, walkIn, QStringLiteral("door")).ok());
    // February: nothing. March: one event, two registered who both came, and a deleted registration.
    const Event third = addEvent(QStringLiteral("Rally"), utc(2026, 3, 15, 12, 0));
    guest(third, utc(2026, 3, 15, 12, 1));
    guest(third, utc(2026, 3, 15, 12, 2));
    ASSERT_TRUE(events.removeRegistration(guest(third, utc(2026, 3, 15, 12, 3)).pk).ok());
    // April: a deleted event does not count.
    const Event gone = addEvent(QStringLiteral("Cancelled picnic"), utc(2026, 4, 20, 12, 0));
    guest(gone, utc(2026, 4, 20, 12, 0));
    ASSERT_TRUE(events.removeEvent(gone.pk).ok());

    const QList<MonthAttendance> expected{
        {QDate(2026, 1, 1), 2, 5, 3},
        {QDate(2026, 2, 1), 0, 0, 0},
        {QDate(2026, 3, 1), 1, 2, 2},
    };
    EXPECT_EQ(EventStatistics::attendanceByMonth(db.get()), expected);
}
