#include <gtest/gtest.h>

#include <QSet>

#include "models/core/timestamps.h"
#include "models/demo/demodata.h"
#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QDate Today(2026, 6, 1);

// Every event and registration of a database, one line each, in a fixed order.
QStringList everything(Database &db)
{
    QStringList lines;
    EventRepository events(db);
    for (const Event &event : events.events()) {
        lines.append(QStringList{event.id, event.title, isoTimestamp(event.startsAt), event.city}.join(u'|'));
        for (const Registration &r : events.allRegistrations(event.pk))
            lines.append(QStringList{r.id, r.name, r.ticketCode, registrationStatusKey(r.status), r.checkedInAt,
                                     r.checkedInBy, r.walkIn ? QStringLiteral("walk-in") : QString()}
                             .join(u'|'));
    }
    return lines;
}

} // namespace

TEST(DemoData, HasPastAndUpcomingEventsWithCheckInsOverTheFirstHour)
{
    test::ScratchDatabase db;
    const Result<DemoData::Summary> loaded = DemoData::load(*db, Today);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_GE(loaded->members, 200);
    EXPECT_GE(loaded->events, 6);
    EXPECT_GE(loaded->registrations, 150);
    EXPECT_EQ(MemberRepository(*db).count(), loaded->members);

    EventRepository events(*db);
    const QList<EventSummary> summaries = events.summaries();
    ASSERT_EQ(summaries.size(), loaded->events);
    QSet<EventKind> kinds;
    QSet<QString> cities;
    int past = 0;
    int upcoming = 0;
    int cancelled = 0;
    int guests = 0;
    int members = 0;
    for (const EventSummary &summary : summaries) {
        const Event &event = summary.event;
        kinds.insert(event.kind);
        cities.insert(event.city);
        EXPECT_FALSE(event.country.isEmpty());
        cancelled += summary.counts.cancelled;
        const bool isPast = event.startsAt.date() < Today;
        if (isPast) {
            ++past;
            EXPECT_GT(summary.counts.checkedIn, summary.counts.registered / 2) << event.title.toStdString();
            EXPECT_GE(summary.counts.walkIns, 2);
        } else {
            ++upcoming;
            EXPECT_EQ(summary.counts.checkedIn, 0) << event.title.toStdString();
            EXPECT_EQ(summary.counts.walkIns, 0);
        }
        for (const Registration &r : events.registrations(event.pk)) {
            (r.isGuest() ? guests : members) += 1;
            EXPECT_FALSE(r.name.isEmpty());
            if (!r.isCheckedIn())
                continue;
            EXPECT_FALSE(r.isCancelled());
            EXPECT_FALSE(r.checkedInBy.isEmpty());
            const QDateTime at = parseTimestamp(r.checkedInAt);
            EXPECT_GE(at, event.startsAt) << r.checkedInAt.toStdString();
            EXPECT_LT(at, event.startsAt.addSecs(3600)) << r.checkedInAt.toStdString();
        }
    }
    EXPECT_GE(past, 3);
    EXPECT_GE(upcoming, 2);
    EXPECT_EQ(kinds,
              (QSet<EventKind>{EventKind::Rally, EventKind::Meetup, EventKind::Conference, EventKind::Fundraiser}));
    EXPECT_GE(cities.size(), 5);
    EXPECT_GT(cancelled, 0);
    EXPECT_GT(guests, 20);
    EXPECT_GT(members, 50);

    // The door finds demo registrants in any script.
    const Event &first = summaries.last().event;
    const Registration someone = events.registrations(first.pk).first();
    EXPECT_FALSE(events.search(first.pk, someone.name).isEmpty()) << someone.name.toStdString();
}

TEST(DemoData, IsTheSameEveryTimeAndLoadsOnce)
{
    test::ScratchDatabase one;
    test::ScratchDatabase two;
    ASSERT_TRUE(DemoData::load(*one, Today).ok());
    ASSERT_TRUE(DemoData::load(*two, Today).ok());
    const QStringList first = everything(*one);
    EXPECT_GT(first.size(), 150);
    EXPECT_EQ(everything(*two), first);

    const Result<DemoData::Summary> again = DemoData::load(*one, Today.addDays(3));
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again->members, 0);
    EXPECT_EQ(again->events, 0);
    EXPECT_EQ(again->registrations, 0);
    EXPECT_EQ(everything(*one), first);
}
