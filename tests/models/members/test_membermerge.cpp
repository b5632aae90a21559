// Two records found to be one person become one: the one kept takes what the other adds, and the other's
// registrations and aid cases; the other stays as a tombstone that names the one kept, so that the merge travels.
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "models/cases/caserepository.h"
#include "models/core/timestamps.h"
#include "models/db/changelog.h"
#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member person(const QString &first, const QString &last, const QString &email, const QString &phone = {})
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    member.email = email;
    member.phone = phone;
    return member;
}

Event event(EventRepository &events, const QString &title)
{
    Event e;
    e.title = title;
    e.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
    const Result<Event> added = events.addEvent(e);
    EXPECT_TRUE(added) << added.error().toStdString();
    return added ? added.value() : e;
}

Registration registration(EventRepository &events, qint64 eventPk, qint64 memberPk)
{
    Registration r;
    r.eventPk = eventPk;
    r.memberPk = memberPk;
    const Result<Registration> added = events.addRegistration(r);
    EXPECT_TRUE(added) << added.error().toStdString();
    return added ? added.value() : r;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
    EXPECT_TRUE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST(MemberMerge, TheOneKeptTakesTheOthersFieldsRegistrationsAndCases)
{
    test::ScratchDatabase db;
    MemberRepository members(*db);
    EventRepository events(*db);
    CaseRepository cases(*db);
    const Member ales =
        members.add(person(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org")))
            .value();
    Member twin = person(QStringLiteral("Алесь"), QStringLiteral("Бяляцкі"), QStringLiteral("a.b@example.org"),
                         QStringLiteral("+48 600 100 200"));
    twin.skills = {QStringLiteral("lawyer")};
    twin = members.add(twin).value();
    const Event rally = event(events, QStringLiteral("Rally"));
    const Event meetup = event(events, QStringLiteral("Meetup"));
    registration(events, rally.pk, ales.pk);
    const Registration twinAtRally = registration(events, rally.pk, twin.pk);
    ASSERT_EQ(events.checkIn(twinAtRally.pk, QStringLiteral("door-1")).outcome, CheckInOutcome::CheckedIn);
    registration(events, meetup.pk, twin.pk);
    AidCase aid;
    aid.memberPk = twin.pk;
    aid.personName = twin.displayName();
    aid.needs = {QStringLiteral("legal")};
    aid.summary = QStringLiteral("Asylum interview");
    ASSERT_TRUE(cases.add(aid, QStringLiteral("test")));
    AidCase helped;
    helped.personName = QStringLiteral("Someone");
    helped.needs = {QStringLiteral("food")};
    helped.summary = QStringLiteral("Food");
    helped.assigneePk = twin.pk;
    ASSERT_TRUE(cases.add(helped, QStringLiteral("test")));
    ASSERT_TRUE(members.notePossibleDuplicates({{twin.pk, ales.pk, QStringLiteral("name_city")}}, nowTimestamp()));

    const Result<Member> merged = members.merge(ales.pk, twin.pk);
    ASSERT_TRUE(merged) << merged.error().toStdString();
    EXPECT_EQ(merged->email, QStringLiteral("ales@example.org")) << "the kept record's own address stays";
    EXPECT_EQ(merged->phone, QStringLiteral("+48600100200")) << "the phone it lacked comes from the other";
    EXPECT_EQ(merged->skills, QStringList{QStringLiteral("lawyer")});

    const std::optional<Member> gone = members.find(twin.pk);
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone->isDeleted());
    EXPECT_EQ(gone->mergedInto, ales.id);
    EXPECT_EQ(members.count(), 1);
    EXPECT_EQ(members.search(QStringLiteral("Бяляцкі")), QList<qint64>{ales.pk}) << "found in any script, once";

    // One live registration per event, the check-in kept, the other event's registration moved.
    const QList<Registration> atRally = events.registrations(rally.pk);
    ASSERT_EQ(atRally.size(), 1);
    EXPECT_EQ(atRally.first().memberPk, ales.pk);
    EXPECT_TRUE(atRally.first().isCheckedIn());
    ASSERT_EQ(events.registrations(meetup.pk).size(), 1);
    EXPECT_EQ(events.registrations(meetup.pk).first().memberPk, ales.pk);
    EXPECT_EQ(events.search(meetup.pk, QStringLiteral("Bialiatski")).size(), 1) << "the door finds the one kept";

    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE member_pk = %1").arg(ales.pk)), 1);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE assignee_pk = %1").arg(ales.pk)), 1);
    EXPECT_EQ(
        count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE member_pk = %1 OR assignee_pk = %1").arg(twin.pk)),
        0);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM member_duplicates")), 0);
    EXPECT_FALSE(members.merge(ales.pk, twin.pk)) << "a tombstone is merged into nobody";
}

// A merge recorded as one step is taken back whole, in every table, and done again.
TEST(MemberMerge, ARecordedMergeIsUndoneAndRedoneWhole)
{
    test::ScratchDatabase db;
    MemberRepository members(*db);
    EventRepository events(*db);
    const Member a = members.add(person(QStringLiteral("Volha"), QStringLiteral("Kazlova"), {})).value();
    const Member b =
        members.add(person(QStringLiteral("Вольга"), QStringLiteral("Казлова"), QStringLiteral("v@example.org")))
            .value();
    registration(events, event(events, QStringLiteral("Rally")).pk, b.pk);
    auto people = [&members] {
        QStringList names;
        for (const Member &m : members.all(true))
            names.append(m.displayName() + QLatin1Char('|') + m.email + QLatin1Char('|') + m.deletedAt);
        return names;
    };
    const QStringList before = people();

    QStringList backward;
    {
        Transaction transaction(db->connection());
        ChangeLog log(*db);
        ASSERT_TRUE(log.start());
        ASSERT_TRUE(members.merge(a.pk, b.pk));
        const Result<QStringList> recorded = log.stop();
        ASSERT_TRUE(recorded);
        backward = recorded.value();
        ASSERT_TRUE(transaction.commit());
    }
    const QStringList after = people();
    EXPECT_EQ(members.find(a.pk)->email, QStringLiteral("v@example.org"));
    const Result<QStringList> forward = ChangeLog::playBack(*db, backward);
    ASSERT_TRUE(forward) << forward.error().toStdString();
    EXPECT_EQ(people(), before);
    EXPECT_FALSE(members.find(b.pk)->isDeleted());
    EXPECT_EQ(events.registrations(events.events().first().pk).first().memberPk, b.pk);
    ASSERT_TRUE(ChangeLog::playBack(*db, forward.value()));
    EXPECT_EQ(people(), after);
}

TEST(MemberMerge, TwoPeopleKeptApartAreNoLongerListed)
{
    test::ScratchDatabase db;
    MemberRepository members(*db);
    const Member a = members.add(person(QStringLiteral("Jan"), QStringLiteral("Shyla"), {})).value();
    const Member b = members.add(person(QStringLiteral("Ян"), QStringLiteral("Шыла"), {})).value();
    ASSERT_TRUE(members.notePossibleDuplicates({{b.pk, a.pk, QStringLiteral("name_city")}}, nowTimestamp()));
    EXPECT_EQ(members.possibleDuplicatePks().value(), (QSet<qint64>{a.pk, b.pk}));
    ASSERT_TRUE(members.dismissDuplicate(a.pk, b.pk));
    EXPECT_TRUE(members.possibleDuplicatePks().value().isEmpty());
    // Noted again by a later import, the pair stays dismissed.
    ASSERT_TRUE(members.notePossibleDuplicates({{b.pk, a.pk, QStringLiteral("phone")}}, nowTimestamp()));
    EXPECT_TRUE(members.possibleDuplicatePks().value().isEmpty());
}
