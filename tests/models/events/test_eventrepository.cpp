#include <gtest/gtest.h>

#include <QSet>
#include <QSqlQuery>

#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Event meetup(const QString &title = QStringLiteral("Freedom Day rally"))
{
    Event event;
    event.title = title;
    event.kind = EventKind::Rally;
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    event.city = QStringLiteral("Warszawa");
    event.country = QStringLiteral("PL");
    return event;
}

class EventRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<Event> added = events.addEvent(meetup());
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        event = added.value();
    }

    Member member(const QString &first, const QString &last, const QString &email, const QString &phone = {})
    {
        Member m;
        m.firstName = first;
        m.lastName = last;
        m.email = email;
        m.phone = phone;
        m.country = QStringLiteral("PL");
        Result<Member> added = members.add(m);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Member();
    }

    Registration registerMember(const Member &m)
    {
        Registration r;
        r.eventPk = event.pk;
        r.memberPk = m.pk;
        Result<Registration> added = events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Registration();
    }

    Registration registerGuest(const QString &name, const QString &email = {})
    {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = name;
        r.guestEmail = email;
        Result<Registration> added = events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Registration();
    }

    QStringList namesFound(const QString &text)
    {
        QStringList names;
        for (const Registration &r : events.search(event.pk, text))
            names.append(r.name);
        return names;
    }

    test::ScratchDatabase db;
    EventRepository events{db.get()};
    MemberRepository members{db.get()};
    Event event;
};

} // namespace

TEST(TicketCode, HasNoLookAlikesAndReadsBackWhateverTheTyping)
{
    const QString alphabet = ticketcode::alphabet();
    for (const QChar lookAlike : QStringLiteral("01ILO"))
        EXPECT_FALSE(alphabet.contains(lookAlike)) << QString(lookAlike).toStdString();
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = ticketcode::generate();
        ASSERT_EQ(code.size(), ticketcode::Length);
        EXPECT_EQ(ticketcode::normalize(code), code);
        seen.insert(code);
    }
    EXPECT_EQ(seen.size(), 2000);
    EXPECT_EQ(ticketcode::normalize(QStringLiteral(" k7qx-m4tp\n")), QStringLiteral("K7QXM4TP"));
    EXPECT_EQ(ticketcode::display(QStringLiteral("K7QXM4TP")), QStringLiteral("K7QX-M4TP"));
    EXPECT_TRUE(ticketcode::normalize(QStringLiteral("K7QX-M4T0")).isEmpty()) << "0 is not in the alphabet";
    EXPECT_TRUE(ticketcode::normalize(QStringLiteral("K7QX-M4T")).isEmpty()) << "too short";
    EXPECT_TRUE(ticketcode::couldBePrefix(QStringLiteral("k7q")));
    EXPECT_FALSE(ticketcode::couldBePrefix(QStringLiteral("Ціх")));
}

TEST(EventValidation, SaysWhatIsWrong)
{
    Event event;
    event.endsAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    event.startsAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    event.country = QStringLiteral("XX");
    event.capacity = -1;
    QStringList fields;
    for (const FieldError &error : EventRepository::normalizeAndValidate(event))
        fields.append(error.field);
    EXPECT_EQ(fields, (QStringList{QStringLiteral("title"), QStringLiteral("ends_at"), QStringLiteral("country"),
                                   QStringLiteral("capacity")}));
}

TEST_F(EventRepositoryTest, StoresEventsAndFindsThemByTitleOrId)
{
    Event other = meetup(QStringLiteral("Chapter meetup"));
    other.kind = EventKind::Meetup;
    other.startsAt = other.startsAt.addDays(10);
    ASSERT_TRUE(events.addEvent(other).ok());
    const QList<Event> all = events.events();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().title, QStringLiteral("Chapter meetup")) << "latest first";
    EXPECT_EQ(events.findEventByIdOrTitle(QStringLiteral("freedom day RALLY"))->pk, event.pk);
    EXPECT_EQ(events.findEventByIdOrTitle(event.id)->pk, event.pk);
    EXPECT_FALSE(events.findEventByIdOrTitle(QStringLiteral("Nothing")).ok());
    ASSERT_TRUE(events.addEvent(meetup()).ok());
    const Result<Event> ambiguous = events.findEventByIdOrTitle(QStringLiteral("Freedom Day rally"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().contains(QStringLiteral("id"))) << ambiguous.error().toStdString();
}

TEST_F(EventRepositoryTest, DeleteIsATombstoneThatCanBeUndone)
{
    ASSERT_TRUE(events.removeEvent(event.pk).ok());
    EXPECT_TRUE(events.events().isEmpty());
    EXPECT_TRUE(events.findEvent(event.pk)->isDeleted());
    ASSERT_TRUE(events.restoreEvent(event.pk).ok());
    EXPECT_EQ(events.events().size(), 1);
}

TEST_F(EventRepositoryTest, RegistrationsGetUniqueTicketCodes)
{
    QList<Registration> many;
    for (int i = 0; i < 500; ++i) {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = QStringLiteral("Guest %1").arg(i);
        many.append(r);
    }
    ASSERT_TRUE(events.addRegistrations(many).ok());
    QSet<QString> codes;
    for (const Registration &r : events.registrations(event.pk))
        codes.insert(r.ticketCode);
    EXPECT_EQ(codes.size(), 500);

    Registration taken;
    taken.eventPk = event.pk;
    taken.guestName = QStringLiteral("Copy");
    taken.ticketCode = many.first().ticketCode;
    const Result<Registration> refused = events.addRegistration(taken);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(ticketcode::display(taken.ticketCode))) << refused.error().toStdString();
}

TEST_F(EventRepositoryTest, FailedBatchLeavesNothingBehind)
{
    QList<Registration> batch(3);
    for (Registration &r : batch)
        r.eventPk = event.pk;
    batch[0].guestName = QStringLiteral("First");
    batch[1].guestName = QStringLiteral("Second");
    // the third has no name
    EXPECT_FALSE(events.addRegistrations(batch).ok());
    EXPECT_TRUE(events.registrations(event.pk).isEmpty());
    QSqlQuery keys(db->connection());
    ASSERT_TRUE(keys.exec(QStringLiteral("SELECT count(*) FROM registration_search")) && keys.next());
    EXPECT_EQ(keys.value(0).toInt(), 0);
}

TEST_F(EventRepositoryTest, DoorSearchFindsNamesInAnyScriptEmailPhoneAndTicket)
{
    const Member sviatlana = member(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
                                    QStringLiteral("sviatlana@example.org"), QStringLiteral("+48 601 234 567"));
    const Registration hers = registerMember(sviatlana);
    registerGuest(QStringLiteral("Aliaksandr Kavalenka"), QStringLiteral("alex@example.org"));
    registerGuest(QStringLiteral("Вольга Казлова"));

    for (const QString &query :
         {QStringLiteral("Tsikh"), QStringLiteral("тихан"), QStringLiteral("Cichanoŭ"), QStringLiteral("svetlana tikh"),
          QStringLiteral("sviatlana@"), QStringLiteral("601 234"), QStringLiteral("+48601234567")}) {
        EXPECT_EQ(namesFound(query), QStringList{QStringLiteral("Святлана Ціханоўская")}) << query.toStdString();
    }
    EXPECT_EQ(namesFound(QStringLiteral("Kavalenka")), QStringList{QStringLiteral("Aliaksandr Kavalenka")});
    EXPECT_EQ(namesFound(QStringLiteral("Kazlova Volha")), QStringList{QStringLiteral("Вольга Казлова")});
    EXPECT_TRUE(namesFound(QStringLiteral("Lebedev")).isEmpty());

    const QList<Registration> byCode = events.search(event.pk, ticketcode::display(hers.ticketCode).toLower());
    ASSERT_EQ(byCode.size(), 1);
    EXPECT_EQ(byCode.first().pk, hers.pk);
    const QList<Registration> byCodeStart = events.search(event.pk, ticketcode::display(hers.ticketCode).left(6));
    ASSERT_FALSE(byCodeStart.isEmpty());
    EXPECT_EQ(byCodeStart.first().pk, hers.pk);
}

TEST_F(EventRepositoryTest, SearchStaysWithinTheEvent)
{
    Result<Event> other = events.addEvent(meetup(QStringLiteral("Other")));
    ASSERT_TRUE(other.ok());
    Registration elsewhere;
    elsewhere.eventPk = other->pk;
    elsewhere.guestName = QStringLiteral("Maryia Zhuk");
    ASSERT_TRUE(events.addRegistration(elsewhere).ok());
    EXPECT_TRUE(namesFound(QStringLiteral("Zhuk")).isEmpty());
}

TEST_F(EventRepositoryTest, TicketStartsUseTheirIndex)
{
    registerGuest(QStringLiteral("Maryia Zhuk"));
    auto plan = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec());
        QString details;
        while (query.next())
            details += query.value(3).toString() + QLatin1Char('\n');
        return details;
    };
    // A ticket code's start is looked up by the code's index, not by reading the event's registrations.
    const QString ticket =
        plan(QStringLiteral("SELECT pk FROM registrations r WHERE r.ticket_code >= ? AND "
                            "r.ticket_code < ? AND +r.event_pk = ? AND r.deleted_at IS NULL LIMIT 20"),
             {QStringLiteral("K7Q"), QStringLiteral("K7R"), event.pk});
    EXPECT_TRUE(ticket.contains(QStringLiteral("ticket_code>? AND ticket_code<?"))) << ticket.toStdString();
}

TEST_F(EventRepositoryTest, MemberEditsAndErasureReachTheDoorSearch)
{
    Member m = member(QStringLiteral("Dzmitry"), QStringLiteral("Lebiadzeu"), QStringLiteral("dz@example.org"));
    registerMember(m);
    m.lastName = QStringLiteral("Marozau");
    ASSERT_TRUE(members.update(m).ok());
    EXPECT_EQ(namesFound(QStringLiteral("Marozau")), QStringList{QStringLiteral("Dzmitry Marozau")});
    EXPECT_TRUE(namesFound(QStringLiteral("Lebiadzeu")).isEmpty());

    ASSERT_TRUE(members.erase(m.pk).ok());
    EXPECT_TRUE(namesFound(QStringLiteral("Dzmitry")).isEmpty());
    EXPECT_TRUE(namesFound(QStringLiteral("dz@")).isEmpty());
}

TEST_F(EventRepositoryTest, CheckInOnceThenWarnsWithWhenAndWhere)
{
    const Registration guest = registerGuest(QStringLiteral("Siarhei Navumchyk"));
    const CheckInResult first =
        events.checkIn(guest.pk, QStringLiteral("Anna on door-1"), QStringLiteral("2026-03-25T14:05:00.000Z"));
    EXPECT_EQ(first.outcome, CheckInOutcome::CheckedIn);
    EXPECT_EQ(events.counts(event.pk).checkedIn, 1);

    const CheckInResult second = events.checkIn(guest.pk, QStringLiteral("Pavel on door-2"));
    EXPECT_EQ(second.outcome, CheckInOutcome::AlreadyCheckedIn);
    EXPECT_EQ(second.registration.checkedInBy, QStringLiteral("Anna on door-1"));
    EXPECT_EQ(second.registration.checkedInAt, QStringLiteral("2026-03-25T14:05:00.000Z"));
    EXPECT_TRUE(second.message.contains(QStringLiteral("Anna on door-1"))) << second.message.toStdString();
    EXPECT_EQ(events.findRegistration(guest.pk)->checkedInBy, QStringLiteral("Anna on door-1"));

    ASSERT_TRUE(events.undoCheckIn(guest.pk).ok());
    EXPECT_FALSE(events.findRegistration(guest.pk)->isCheckedIn());
    EXPECT_EQ(events.counts(event.pk).checkedIn, 0);
}

TEST_F(EventRepositoryTest, CancelledTicketIsRefused)
{
    Registration guest = registerGuest(QStringLiteral("Volha Kazlova"));
    guest.status = RegistrationStatus::Cancelled;
    ASSERT_TRUE(events.updateRegistration(guest).ok());
    const CheckInResult refused = events.checkIn(guest.pk, QStringLiteral("door"));
    EXPECT_EQ(refused.outcome, CheckInOutcome::Cancelled);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(events.findRegistration(guest.pk)->isCheckedIn());
    const EventCounts counts = events.counts(event.pk);
    EXPECT_EQ(counts.registered, 0);
    EXPECT_EQ(counts.cancelled, 1);
}

TEST_F(EventRepositoryTest, WalkInIsRegisteredAndCheckedInWithConsent)
{
    WalkIn person;
    person.firstName = QStringLiteral("Maryia");
    person.lastName = QStringLiteral("Kalesnikava");
    person.phone = QStringLiteral("601 555 444");
    person.consent = {QStringLiteral("contact")};
    const Result<Registration> walked = events.walkIn(event.pk, person, QStringLiteral("door"));
    ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    EXPECT_TRUE(walked->walkIn);
    EXPECT_TRUE(walked->isCheckedIn());
    EXPECT_TRUE(walked->isGuest());
    EXPECT_EQ(walked->guestPhone, QStringLiteral("+48601555444")) << "the event's country is the phone's region";
    EXPECT_EQ(walked->consent, QStringList{QStringLiteral("contact")});
    EXPECT_FALSE(walked->consentAt.isEmpty());
    const EventCounts counts = events.counts(event.pk);
    EXPECT_EQ(counts.walkIns, 1);
    EXPECT_EQ(counts.checkedIn, 1);
    EXPECT_EQ(members.count(), 0);

    WalkIn joining = person;
    joining.firstName = QStringLiteral("Pavel");
    joining.lastName = QStringLiteral("Latushka");
    joining.phone.clear();
    joining.email = QStringLiteral("pavel@example.org");
    joining.makeMember = true;
    const Result<Registration> member = events.walkIn(event.pk, joining, QStringLiteral("door"));
    ASSERT_TRUE(member.ok()) << member.error().toStdString();
    EXPECT_FALSE(member->isGuest());
    EXPECT_EQ(members.count(), 1);
    EXPECT_EQ(members.find(member->memberPk)->consent, QStringList{QStringLiteral("contact")});
}

TEST_F(EventRepositoryTest, WalkInWhoIsAlreadyRegisteredIsNotDoubled)
{
    const Member m = member(QStringLiteral("Pavel"), QStringLiteral("Sieviaryniec"), QStringLiteral("ps@example.org"));
    const Registration theirs = registerMember(m);
    WalkIn person;
    person.firstName = QStringLiteral("Павел"); // the member's name in Cyrillic: the same person
    person.lastName = QStringLiteral("Севярынец");
    person.email = QStringLiteral("PS@example.org");
    const Result<Registration> walked = events.walkIn(event.pk, person, QStringLiteral("door"));
    ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    EXPECT_EQ(walked->pk, theirs.pk);
    EXPECT_TRUE(walked->isCheckedIn());
    EXPECT_EQ(events.registrations(event.pk).size(), 1);
}

TEST_F(EventRepositoryTest, WalkInOfAGuestOnTheListChecksInTheirRegistration)
{
    const Registration byEmail = registerGuest(QStringLiteral("Volha Kazlova"), QStringLiteral("volha@example.org"));
    Registration byPhone;
    byPhone.eventPk = event.pk;
    byPhone.guestName = QStringLiteral("Ihar Losik");
    byPhone.guestPhone = QStringLiteral("+48601555444");
    byPhone = events.addRegistration(byPhone).value();

    WalkIn volha;
    volha.firstName = QStringLiteral("Volha");
    volha.lastName = QStringLiteral("Kazlova");
    volha.email = QStringLiteral("Volha@Example.org");
    const Result<Registration> walked = events.walkIn(event.pk, volha, QStringLiteral("door"));
    ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    EXPECT_EQ(walked->pk, byEmail.pk);
    EXPECT_TRUE(walked->isCheckedIn());

    WalkIn ihar;
    ihar.firstName = QStringLiteral("Ігар");
    ihar.lastName = QStringLiteral("Лосік");
    ihar.phone = QStringLiteral("601 555 444");
    const Result<Registration> walkedIn = events.walkIn(event.pk, ihar, QStringLiteral("door"));
    ASSERT_TRUE(walkedIn.ok()) << walkedIn.error().toStdString();
    EXPECT_EQ(walkedIn->pk, byPhone.pk);
    EXPECT_TRUE(walkedIn->isCheckedIn());

    EXPECT_EQ(events.registrations(event.pk).size(), 2);
    EXPECT_EQ(events.counts(event.pk).walkIns, 0);
    EXPECT_EQ(events.counts(event.pk).checkedIn, 2);
}

TEST_F(EventRepositoryTest, WalkInWithAMembersPhoneButAnotherNameIsAGuest)
{
    const Member father = member(QStringLiteral("Siarhei"), QStringLiteral("Tsikhanouski"),
                                 QStringLiteral("st@example.org"), QStringLiteral("+48601555444"));
    WalkIn anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Tsikhanouskaya");
    anna.phone = QStringLiteral("601 555 444");
    const Result<Registration> walked = events.walkIn(event.pk, anna, QStringLiteral("door"));
    ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    EXPECT_TRUE(walked->isGuest()) << "not checked in as her father";
    EXPECT_EQ(walked->guestName, QStringLiteral("Anna Tsikhanouskaya"));

    WalkIn himself;
    himself.firstName = QStringLiteral("Сяргей");
    himself.lastName = QStringLiteral("Ціханоўскі");
    himself.email = QStringLiteral("st@example.org");
    const Result<Registration> his = events.walkIn(event.pk, himself, QStringLiteral("door"));
    ASSERT_TRUE(his.ok()) << his.error().toStdString();
    EXPECT_EQ(his->memberPk, father.pk) << "his own name in another script";
    EXPECT_EQ(events.registrations(event.pk).size(), 2);
}

TEST_F(EventRepositoryTest, WalkInWithBadDataSaysWhy)
{
    WalkIn person;
    EXPECT_FALSE(events.walkIn(event.pk, person, QStringLiteral("door")).ok());
    person.firstName = QStringLiteral("Ales");
    person.email = QStringLiteral("ales-at-example.org");
    const Result<Registration> refused = events.walkIn(event.pk, person, QStringLiteral("door"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("@"))) << refused.error().toStdString();
    EXPECT_TRUE(events.registrations(event.pk).isEmpty());
}

TEST_F(EventRepositoryTest, AWalkInWithAGuestsPhoneButAnotherNameIsSomebodyElse)
{
    Registration father;
    father.eventPk = event.pk;
    father.guestName = QStringLiteral("Ales Bialiatski");
    father.guestPhone = QStringLiteral("+48601555444");
    ASSERT_TRUE(events.addRegistration(father).ok());
    WalkIn daughter;
    daughter.firstName = QStringLiteral("Maryia");
    daughter.lastName = QStringLiteral("Bialiatskaya");
    daughter.phone = QStringLiteral("601 555 444");
    const Result<Registration> walked = events.walkIn(event.pk, daughter, QStringLiteral("door"));
    ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    EXPECT_TRUE(walked->walkIn);
    EXPECT_EQ(events.registrations(event.pk).size(), 2);
    EXPECT_EQ(events.counts(event.pk).checkedIn, 1) << "the father has not come yet";
}

// "Mark" has overlapping forms at the door too (the key prefix "mar" holds the typed "mark"): when only prefixes
// match (Markevich), every registrant is still found once, and the repeats take no places under the limit.
TEST_F(EventRepositoryTest, OverlappingFormsOfAWordFindEveryoneOnce)
{
    QList<Registration> marks;
    for (int i = 0; i < 40; ++i) {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = QStringLiteral("Guest%1 Markevich").arg(QChar(u'a' + i % 26)) + QChar(u'a' + i / 26);
        r.guestEmail = QStringLiteral("markevich%1@example.org").arg(i);
        marks.append(r);
    }
    ASSERT_TRUE(events.addRegistrations(marks).ok());
    const QList<Registration> found = events.search(event.pk, QStringLiteral("Mark"), 50);
    QSet<qint64> distinct;
    for (const Registration &r : found)
        distinct.insert(r.pk);
    EXPECT_EQ(found.size(), 40);
    EXPECT_EQ(distinct.size(), 40);
}
