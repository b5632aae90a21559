// Two chapters and a secretariat exchanging bundles: real databases, real bundle files.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "models/cases/caserepository.h"
#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/members/memberrepository.h"
#include "models/sync/bundle.h"
#include "models/sync/chapterreport.h"
#include "models/sync/syncexporter.h"
#include "models/sync/syncimporter.h"
#include "models/sync/synckinds.h"
#include "models/sync/syncstate.h"
#include "models/sync/syncstore.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Warsaw = QStringLiteral("PL-WAW");
const QString Vilnius = QStringLiteral("LT-VNO");
const QString Secretariat = QStringLiteral("SEC");
const QString ElectionName = QStringLiteral("Presidential election 2025");

// The people seeded in Warsaw, whose names and contacts must not leave in the wrong profiles.
const QString SharedFirst = QStringLiteral("Святлана");
const QString SharedLast = QStringLiteral("Ціханоўская");
const QString SharedEmail = QStringLiteral("sviatlana@example.org");
const QString PrivateFirst = QStringLiteral("Aliaksandr");
const QString PrivateLast = QStringLiteral("Kavalenka");
const QString PrivateEmail = QStringLiteral("ales.kavalenka@example.org");
const QString PrivatePhone = QStringLiteral("+48601555444");
const QString GuestName = QStringLiteral("Hanna Zialionka");
const QString GuestEmail = QStringLiteral("hanna.z@example.org");
const QString GuestPhone = QStringLiteral("+48602333111");
const QString VictimName = QStringLiteral("Volha Kavalchuk");
const QString VictimContact = QStringLiteral("volha.k@example.org");

// Every table a merge writes, each as sorted text: equal dumps mean nothing changed.
QString dump(Database &database, bool withHistory = true)
{
    QStringList tables{QStringLiteral("meta"),
                       QStringLiteral("members"),
                       QStringLiteral("member_search"),
                       QStringLiteral("member_keys"),
                       QStringLiteral("events"),
                       QStringLiteral("registrations"),
                       QStringLiteral("registration_search"),
                       QStringLiteral("cases"),
                       QStringLiteral("case_notes"),
                       QStringLiteral("case_payments"),
                       QStringLiteral("elections"),
                       QStringLiteral("election_options"),
                       QStringLiteral("stations"),
                       QStringLiteral("exitpoll_tallies"),
                       QStringLiteral("official_protocols"),
                       QStringLiteral("official_votes"),
                       QStringLiteral("verified_counts"),
                       QStringLiteral("verified_votes"),
                       QStringLiteral("sync_state"),
                       QStringLiteral("sync_conflicts"),
                       QStringLiteral("sync_redacted"),
                       QStringLiteral("sync_touched"),
                       QStringLiteral("sync_aggregates")};
    if (withHistory)
        tables.append(QStringLiteral("sync_history"));
    QStringList lines;
    for (const QString &table : tables) {
        QSqlQuery query(database.connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM ") + table)) << table.toStdString();
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        lines.append(table + QStringLiteral(":\n") + rows.join(QLatin1Char('\n')));
    }
    return lines.join(QStringLiteral("\n\n"));
}

// The travelling rows of one kind, as text and without local keys: equal sets mean two databases agree.
QStringList rowsOf(Database &database, SyncKind kind)
{
    SyncStore store(database);
    const Result<QList<SyncRow>> rows = store.load(kind);
    EXPECT_TRUE(rows.ok());
    QStringList texts;
    for (const SyncRow &row : rows.value())
        texts.append(SyncKinds::canonicalText(row.values));
    texts.sort();
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class SyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(SyncState(*warsaw).setChapter(Warsaw, QStringLiteral("Warszawa")).ok());
        ASSERT_TRUE(SyncState(*vilnius).setChapter(Vilnius, QStringLiteral("Vilnia")).ok());
        ASSERT_TRUE(SyncState(*secretariat).setChapter(Secretariat, QStringLiteral("Secretariat")).ok());
        seedWarsaw();
    }

    Member addMember(Database &database, const QString &first, const QString &last, const QString &email,
                     const QString &phone, bool shared)
    {
        Member m;
        m.firstName = first;
        m.lastName = last;
        m.email = email;
        m.phone = phone;
        m.city = QStringLiteral("Warszawa");
        m.country = QStringLiteral("PL");
        m.skills = {QStringLiteral("lawyer")};
        m.birthDate = QDate(1982, 9, 11);
        m.notes = QStringLiteral("Met at the rally\r\nin Warsaw");
        m.consentShare = shared;
        Result<Member> added = MemberRepository(database).add(m);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Member();
    }

    void seedWarsaw()
    {
        shared = addMember(*warsaw, SharedFirst, SharedLast, SharedEmail, QStringLiteral("+37060000001"), true);
        unshared = addMember(*warsaw, PrivateFirst, PrivateLast, PrivateEmail, PrivatePhone, false);

        EventRepository events(*warsaw);
        Event rally;
        rally.title = QStringLiteral("Rally for the political prisoners");
        rally.kind = EventKind::Rally;
        rally.startsAt = QDateTime(QDate(2026, 8, 9), QTime(16, 0), Qt::UTC);
        rally.country = QStringLiteral("PL");
        rally.notes = QStringLiteral("Bring flags");
        Result<Event> added = events.addEvent(rally);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        event = added.value();
        Registration member;
        member.eventPk = event.pk;
        member.memberPk = unshared.pk;
        ASSERT_TRUE(events.addRegistration(member).ok());
        Registration guest;
        guest.eventPk = event.pk;
        guest.guestName = GuestName;
        guest.guestEmail = GuestEmail;
        guest.guestPhone = GuestPhone;
        Result<Registration> guestAdded = events.addRegistration(guest);
        ASSERT_TRUE(guestAdded.ok()) << guestAdded.error().toStdString();
        ASSERT_EQ(events.checkIn(guestAdded->pk, QStringLiteral("door-1")).outcome, CheckInOutcome::CheckedIn);

        CaseRepository cases(*warsaw);
        AidCase housing;
        housing.memberPk = unshared.pk;
        housing.needs = {QStringLiteral("housing")};
        housing.summary = QStringLiteral("Needs a room from October");
        housing.openedOn = QDate(2026, 9, 1);
        ASSERT_TRUE(cases.add(housing, QStringLiteral("Lead")).ok());
        AidCase victim;
        victim.personName = VictimName;
        victim.personContact = VictimContact;
        victim.personCountry = QStringLiteral("PL");
        victim.needs = {QStringLiteral("legal"), QStringLiteral("psychological")};
        victim.summary = VictimName + QStringLiteral(" was detained twice; write to ") + VictimContact;
        victim.openedOn = QDate(2026, 9, 2);
        victim.sensitive = true;
        Result<AidCase> victimAdded = cases.add(victim, QStringLiteral("Lead"));
        ASSERT_TRUE(victimAdded.ok()) << victimAdded.error().toStdString();
        sensitiveCase = victimAdded.value();
        CaseNote note;
        note.casePk = sensitiveCase.pk;
        note.body = QStringLiteral("Called Volha; her lawyer is on it");
        note.author = QStringLiteral("Lead");
        ASSERT_TRUE(cases.addNote(note).ok());
        CasePayment payment;
        payment.casePk = sensitiveCase.pk;
        payment.paidOn = QDate(2026, 9, 3);
        payment.amountMinor = 25000;
        payment.currency = QStringLiteral("PLN");
        payment.purpose = QStringLiteral("Lawyer for Volha Kavalchuk");
        ASSERT_TRUE(cases.addPayment(payment).ok());

        seedElection(*warsaw, QStringLiteral("PL-1"), 40);
    }

    void seedElection(Database &database, const QString &station, int count)
    {
        ExitPollRepository polls(database);
        const Result<Election> election = polls.ensureElection(ElectionName);
        ASSERT_TRUE(election.ok()) << election.error().toStdString();
        const qint64 candidate = polls.ensureOption(election->pk, QStringLiteral("Candidate A")).value();
        const qint64 against = polls.ensureOption(election->pk, QStringLiteral("Against all")).value();
        const Result<PollingStation> s =
            polls.ensureStation(election->pk, station, QStringLiteral("Warszawa"), QStringLiteral("PL"), 1200);
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        ASSERT_TRUE(polls.setShiftCount(s->pk, QStringLiteral("morning"), candidate, count).ok());
        ASSERT_TRUE(polls.setShiftCount(s->pk, QStringLiteral("morning"), against, 3).ok());
        ASSERT_TRUE(polls.setOfficial(s->pk, 1200, 900, 10, {{candidate, 800}, {against, std::nullopt}}).ok());
        ASSERT_TRUE(polls.setVerified(s->pk, 850, {{against, 40}}).ok());
    }

    QString bundlePath(const QString &name) const { return m_files.filePath(name); }

    SyncExportSummary send(Database &from, const QString &name, const QString &recipient,
                           SyncProfile profile = SyncProfile::Full, bool sinceLast = false)
    {
        SyncExportOptions options;
        options.profile = profile;
        options.recipient = recipient;
        options.sinceLast = sinceLast;
        const Result<SyncExportSummary> written = SyncExporter::exportFile(from, bundlePath(name), options);
        EXPECT_TRUE(written.ok()) << written.error().toStdString();
        return written ? written.value() : SyncExportSummary();
    }

    SyncImportResult receive(Database &into, const QString &name)
    {
        const Result<SyncImportResult> read = SyncImporter::importFile(into, bundlePath(name));
        EXPECT_TRUE(read.ok()) << read.error().toStdString();
        return read ? read.value() : SyncImportResult();
    }

    QString refusal(Database &into, const QString &path)
    {
        const Result<SyncImportResult> read = SyncImporter::importFile(into, path);
        EXPECT_FALSE(read.ok());
        return read.ok() ? QString() : read.error();
    }

    // The bundle's CSVs, unzipped, as one text.
    static QByteArray unzipped(const QString &path)
    {
        const Result<Bundle> bundle = Bundle::read(path);
        EXPECT_TRUE(bundle.ok()) << bundle.error().toStdString();
        QByteArray all;
        if (!bundle)
            return all;
        for (const BundleFile &file : bundle->manifest().files)
            all += bundle->file(file.name) + '\n';
        return all;
    }

    Member memberIn(Database &database, const QString &id)
    {
        const std::optional<Member> found = MemberRepository(database).findById(id);
        EXPECT_TRUE(found.has_value()) << id.toStdString();
        return found.value_or(Member());
    }

    QTemporaryDir m_files;
    test::ScratchDatabase warsaw;
    test::ScratchDatabase vilnius;
    test::ScratchDatabase secretariat;
    Member shared;
    Member unshared;
    Event event;
    AidCase sensitiveCase;
};

} // namespace

TEST_F(SyncTest, AFullBundleAddsEverythingAtTheSecretariatWithItsOrigin)
{
    const SyncExportSummary sent = send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    EXPECT_GT(sent.rows, 10);
    const SyncImportResult got = receive(*secretariat, QStringLiteral("waw.supolka"));
    EXPECT_EQ(got.chapterCode, Warsaw);
    EXPECT_EQ(got.chapterName, QStringLiteral("Warszawa"));
    EXPECT_EQ(got.added, sent.rows);
    EXPECT_EQ(got.updated, 0);
    EXPECT_EQ(got.conflicts.size(), 0);

    // The member who agreed to sharing arrives whole and can be found; the other one only as a pseudonym.
    const Member arrived = memberIn(*secretariat, shared.id);
    EXPECT_EQ(arrived.firstName, SharedFirst);
    EXPECT_EQ(arrived.email, SharedEmail);
    EXPECT_EQ(arrived.origin, Warsaw);
    EXPECT_EQ(arrived.updatedAt, shared.updatedAt) << "a row keeps the time it was changed";
    EXPECT_EQ(MemberRepository(*secretariat).search(SharedLast).size(), 1);
    EXPECT_FALSE(MemberRepository(*secretariat).findById(unshared.id).has_value());
    EXPECT_TRUE(MemberRepository(*secretariat).search(PrivateLast).isEmpty());
    EXPECT_EQ(MemberRepository(*secretariat).count(), 2);

    const Result<Event> rally = EventRepository(*secretariat).findEventByIdOrTitle(event.id);
    ASSERT_TRUE(rally.ok());
    EXPECT_EQ(rally->origin, Warsaw);
    const EventCounts counts = EventRepository(*secretariat).counts(rally->pk);
    EXPECT_EQ(counts.registered, 2);
    EXPECT_EQ(counts.checkedIn, 1);

    const std::optional<AidCase> victim = CaseRepository(*secretariat).findById(sensitiveCase.id);
    ASSERT_TRUE(victim.has_value());
    EXPECT_TRUE(victim->sensitive);
    EXPECT_FALSE(victim->personName.contains(QStringLiteral("Volha")));
    EXPECT_TRUE(victim->personContact.isEmpty());
    EXPECT_FALSE(victim->summary.contains(VictimContact));
    EXPECT_EQ(CaseRepository(*secretariat).paymentTotals().value(QStringLiteral("PLN")), 25000);

    ExitPollRepository polls(*secretariat);
    const std::optional<Election> election = polls.findElection(ElectionName);
    ASSERT_TRUE(election.has_value());
    EXPECT_EQ(polls.stations(election->pk).size(), 1);
    EXPECT_EQ(rowsOf(*secretariat, SyncKind::ExitPoll), rowsOf(*warsaw, SyncKind::ExitPoll));
    EXPECT_EQ(rowsOf(*secretariat, SyncKind::Official), rowsOf(*warsaw, SyncKind::Official));
    EXPECT_EQ(rowsOf(*secretariat, SyncKind::Verified), rowsOf(*warsaw, SyncKind::Verified));

    const QList<SyncHistoryEntry> history = SyncState(*secretariat).history();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().direction, QStringLiteral("received"));
    EXPECT_EQ(history.first().peer, Warsaw);
    EXPECT_EQ(history.first().added, got.added);
    EXPECT_EQ(SyncState(*warsaw).history().first().direction, QStringLiteral("sent"));
}

TEST_F(SyncTest, UpdatesTravelAndASecondBundleCarriesOnlyWhatChanged)
{
    send(*warsaw, QStringLiteral("first.supolka"), Secretariat);
    receive(*secretariat, QStringLiteral("first.supolka"));

    Member moved = memberIn(*warsaw, shared.id);
    moved.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(MemberRepository(*warsaw).update(moved).ok());

    const SyncExportSummary second =
        send(*warsaw, QStringLiteral("second.supolka"), Secretariat, SyncProfile::Full, true);
    EXPECT_FALSE(second.since.isEmpty());
    for (const auto &[file, rows] : second.files) {
        if (file == QLatin1String("members.csv"))
            EXPECT_EQ(rows, 1);
        else if (file == QLatin1String("elections.csv") || file == QLatin1String("stations.csv"))
            EXPECT_EQ(rows, 1) << "elections and stations always go whole";
        else
            EXPECT_EQ(rows, 0) << file.toStdString();
    }
    const SyncImportResult got = receive(*secretariat, QStringLiteral("second.supolka"));
    EXPECT_EQ(got.updated, 1);
    EXPECT_EQ(got.added, 0);
    EXPECT_EQ(got.conflicts.size(), 0);
    EXPECT_EQ(memberIn(*secretariat, shared.id).city, QStringLiteral("Gdańsk"));
}

TEST_F(SyncTest, AnErasureTravelsAndErasesThere)
{
    send(*warsaw, QStringLiteral("before.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("before.supolka"));
    ASSERT_EQ(MemberRepository(*vilnius).search(SharedLast).size(), 1);

    ASSERT_TRUE(MemberRepository(*warsaw).erase(shared.pk).ok());
    send(*warsaw, QStringLiteral("after.supolka"), Vilnius, SyncProfile::Full, true);
    const SyncImportResult got = receive(*vilnius, QStringLiteral("after.supolka"));
    EXPECT_EQ(got.deleted, 1);
    EXPECT_EQ(got.conflicts.size(), 0);

    const Member erased = memberIn(*vilnius, shared.id);
    EXPECT_TRUE(erased.isDeleted());
    EXPECT_TRUE(erased.firstName.isEmpty());
    EXPECT_TRUE(erased.lastName.isEmpty());
    EXPECT_TRUE(erased.email.isEmpty());
    EXPECT_TRUE(erased.phone.isEmpty());
    EXPECT_TRUE(MemberRepository(*vilnius).search(SharedLast).isEmpty());
    EXPECT_TRUE(MemberRepository(*vilnius).search(SharedEmail).isEmpty());
    EXPECT_EQ(rowsOf(*vilnius, SyncKind::Members).filter(shared.id),
              rowsOf(*warsaw, SyncKind::Members).filter(shared.id));
}

// Two records of one person merged at one chapter become one at the other too: the merged one arrives as a
// tombstone that names the one kept, and what the other side alone held of them (a registration at its own event)
// follows to the one kept.
TEST_F(SyncTest, AMergeTravelsAndTheOtherSidesOwnRowsFollowTheOneKept)
{
    const Member twin =
        addMember(*warsaw, QStringLiteral("Алесь"), SharedLast, QStringLiteral("twin@example.org"), QString(), true);
    send(*warsaw, QStringLiteral("before.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("before.supolka"));
    ASSERT_FALSE(memberIn(*vilnius, twin.id).isDeleted());

    // Vilnius registers the twin at an event of its own.
    EventRepository events(*vilnius);
    Event meetup;
    meetup.title = QStringLiteral("Vilnius meetup");
    meetup.startsAt = QDateTime(QDate(2026, 9, 1), QTime(18, 0), Qt::UTC);
    meetup = events.addEvent(meetup).value();
    Registration theirs;
    theirs.eventPk = meetup.pk;
    theirs.memberPk = memberIn(*vilnius, twin.id).pk;
    ASSERT_TRUE(events.addRegistration(theirs).ok());

    ASSERT_TRUE(MemberRepository(*warsaw).merge(shared.pk, twin.pk).ok());
    send(*warsaw, QStringLiteral("after.supolka"), Vilnius, SyncProfile::Full, true);
    const QByteArray csv = unzipped(bundlePath(QStringLiteral("after.supolka")));
    EXPECT_TRUE(csv.contains(shared.id.toUtf8())) << "the tombstone names the one kept";
    const SyncImportResult got = receive(*vilnius, QStringLiteral("after.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);

    const Member gone = memberIn(*vilnius, twin.id);
    EXPECT_TRUE(gone.isDeleted());
    EXPECT_EQ(gone.mergedInto, shared.id);
    const QList<Registration> atMeetup = events.registrations(meetup.pk);
    ASSERT_EQ(atMeetup.size(), 1);
    EXPECT_EQ(atMeetup.first().memberPk, memberIn(*vilnius, shared.id).pk);
    EXPECT_EQ(MemberRepository(*vilnius).search(SharedLast).size(), 1);
}

// A bundle of the first format (no merged_into column) is still read.
TEST(SyncKindsTest, AMembersFileOfTheFirstFormatIsReadWithTheNewColumnEmpty)
{
    QStringList older = SyncKinds::columns(SyncKind::Members);
    const qsizetype at = older.indexOf(QStringLiteral("merged_into"));
    ASSERT_GE(at, 0);
    older.removeAt(at);
    QStringList row(older.size(), QString());
    row[0] = QStringLiteral("0b7c4f2e-1a2b-4c3d-8e4f-5a6b7c8d9e01");
    const QByteArray data = SyncKinds::encodeTable(older, {row});
    const Result<QList<QStringList>> rows =
        SyncKinds::decode(QStringLiteral("members.csv"), SyncKinds::columns(SyncKind::Members), data);
    ASSERT_TRUE(rows) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().size(), SyncKinds::columns(SyncKind::Members).size());
    EXPECT_TRUE(rows->first().at(int(at)).isEmpty());
    EXPECT_EQ(rows->first().first(), row.first());
    // Any other header is refused.
    older.removeLast();
    EXPECT_FALSE(SyncKinds::decode(QStringLiteral("members.csv"), SyncKinds::columns(SyncKind::Members),
                                   SyncKinds::encodeTable(older, {})));
}

TEST_F(SyncTest, AnErasureWinsOverAnEditAtTheOtherSide)
{
    send(*warsaw, QStringLiteral("before.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("before.supolka"));
    Member edited = memberIn(*vilnius, shared.id);
    edited.notes = QStringLiteral("Edited in Vilnius");
    ASSERT_TRUE(MemberRepository(*vilnius).update(edited).ok());

    ASSERT_TRUE(MemberRepository(*warsaw).erase(shared.pk).ok());
    send(*warsaw, QStringLiteral("after.supolka"), Vilnius);
    const SyncImportResult got = receive(*vilnius, QStringLiteral("after.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);
    EXPECT_TRUE(memberIn(*vilnius, shared.id).notes.isEmpty());
    EXPECT_TRUE(memberIn(*vilnius, shared.id).isDeleted());
}

TEST_F(SyncTest, AMemberErasedHereStaysErasedWhateverComesLater)
{
    send(*warsaw, QStringLiteral("before.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("before.supolka"));
    ASSERT_TRUE(MemberRepository(*warsaw).erase(shared.pk).ok());

    // Vilnius edits the same member after the erasure, and its copy is the later one.
    Member edited = memberIn(*vilnius, shared.id);
    edited.city = QStringLiteral("Kaunas");
    ASSERT_TRUE(MemberRepository(*vilnius).update(edited).ok());
    QSqlQuery later(vilnius->connection());
    later.prepare(QStringLiteral("UPDATE members SET updated_at = ? WHERE id = ?"));
    later.addBindValue(QStringLiteral("2099-01-01T00:00:00Z"));
    later.addBindValue(shared.id);
    ASSERT_TRUE(later.exec());

    send(*vilnius, QStringLiteral("edit.supolka"), Warsaw);
    const SyncImportResult got = receive(*warsaw, QStringLiteral("edit.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);
    EXPECT_EQ(got.updated, 0);
    const Member kept = memberIn(*warsaw, shared.id);
    EXPECT_TRUE(kept.isDeleted());
    EXPECT_TRUE(kept.firstName.isEmpty());
    EXPECT_TRUE(kept.lastName.isEmpty());
    EXPECT_TRUE(kept.email.isEmpty());
    EXPECT_TRUE(kept.phone.isEmpty());
    EXPECT_TRUE(kept.city.isEmpty());
    EXPECT_TRUE(MemberRepository(*warsaw).search(SharedLast).isEmpty());
}

TEST_F(SyncTest, AConflictOfAMemberErasedHereCannotBeTakenFromThem)
{
    send(*warsaw, QStringLiteral("base.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("base.supolka"));
    Member here = memberIn(*vilnius, shared.id);
    here.city = QStringLiteral("Kaunas");
    ASSERT_TRUE(MemberRepository(*vilnius).update(here).ok());
    Member there = memberIn(*warsaw, shared.id);
    there.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(MemberRepository(*warsaw).update(there).ok());
    send(*warsaw, QStringLiteral("edit.supolka"), Vilnius);
    ASSERT_EQ(receive(*vilnius, QStringLiteral("edit.supolka")).conflicts.size(), 1);

    // The member is erased here while the conflict is still open.
    ASSERT_TRUE(MemberRepository(*vilnius).erase(memberIn(*vilnius, shared.id).pk).ok());
    const qint64 pk = SyncState(*vilnius).conflicts().first().pk;
    const Status taken = SyncImporter::resolve(*vilnius, pk, SyncImporter::Choice::Theirs);
    EXPECT_FALSE(taken.ok());
    EXPECT_FALSE(taken.error().isEmpty());
    const Member kept = memberIn(*vilnius, shared.id);
    EXPECT_TRUE(kept.isDeleted());
    EXPECT_TRUE(kept.firstName.isEmpty());
    EXPECT_TRUE(kept.email.isEmpty());
    EXPECT_TRUE(kept.city.isEmpty());
    EXPECT_TRUE(SyncImporter::resolve(*vilnius, pk, SyncImporter::Choice::Mine).ok());
    EXPECT_TRUE(memberIn(*vilnius, shared.id).firstName.isEmpty());
}

TEST_F(SyncTest, AnAssignmentNoteDoesNotNameAVolunteerWhoDidNotAgreeToSharing)
{
    CaseRepository cases(*warsaw);
    AidCase food;
    food.personName = QStringLiteral("Pavel Kuchta");
    food.needs = {QStringLiteral("food")};
    food.summary = QStringLiteral("Needs food for a family of four");
    food.openedOn = QDate(2026, 9, 3);
    const Result<AidCase> added = cases.add(food, QStringLiteral("Lead"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    ASSERT_TRUE(cases.assign(added->pk, unshared.pk, QStringLiteral("Lead")).ok());

    send(*warsaw, QStringLiteral("assigned.supolka"), Secretariat);
    const Result<Bundle> bundle = Bundle::read(bundlePath(QStringLiteral("assigned.supolka")));
    ASSERT_TRUE(bundle.ok()) << bundle.error().toStdString();
    const QString notes = QString::fromUtf8(bundle->file(QStringLiteral("notes.csv")));
    EXPECT_FALSE(notes.contains(PrivateFirst));
    EXPECT_FALSE(notes.contains(PrivateLast));
    EXPECT_FALSE(notes.contains(unshared.id));

    // The note names the volunteer by the same pseudonym as the case does.
    receive(*secretariat, QStringLiteral("assigned.supolka"));
    const Result<QList<SyncRow>> caseRows = SyncStore(*secretariat).load(SyncKind::Cases);
    const Result<QList<SyncRow>> noteRows = SyncStore(*secretariat).load(SyncKind::Notes);
    ASSERT_TRUE(caseRows.ok() && noteRows.ok());
    QString assignee;
    for (const SyncRow &row : caseRows.value()) {
        if (row.values.at(0) == added->id)
            assignee = row.values.at(SyncKinds::column(SyncKind::Cases, QStringLiteral("assignee_id")));
    }
    ASSERT_FALSE(assignee.isEmpty());
    EXPECT_NE(assignee, unshared.id);
    QStringList bodies;
    for (const SyncRow &row : noteRows.value()) {
        if (row.values.at(SyncKinds::column(SyncKind::Notes, QStringLiteral("case_id"))) == added->id &&
            row.values.at(SyncKinds::column(SyncKind::Notes, QStringLiteral("kind"))) == QLatin1String("assignment"))
            bodies.append(row.values.at(SyncKinds::column(SyncKind::Notes, QStringLiteral("body"))));
    }
    EXPECT_EQ(bodies, QStringList{assignee});
}

TEST_F(SyncTest, ARowChangedOnBothSidesIsAConflictKeptLocalUntilTakenFromThem)
{
    send(*warsaw, QStringLiteral("base.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("base.supolka"));

    Member here = memberIn(*vilnius, shared.id);
    here.city = QStringLiteral("Kaunas");
    ASSERT_TRUE(MemberRepository(*vilnius).update(here).ok());
    Member there = memberIn(*warsaw, shared.id);
    there.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(MemberRepository(*warsaw).update(there).ok());

    send(*warsaw, QStringLiteral("edit.supolka"), Vilnius, SyncProfile::Full, true);
    const SyncImportResult got = receive(*vilnius, QStringLiteral("edit.supolka"));
    ASSERT_EQ(got.conflicts.size(), 1);
    const SyncConflict &conflict = got.conflicts.first();
    EXPECT_EQ(conflict.kind, SyncKind::Members);
    EXPECT_EQ(conflict.id, shared.id);
    EXPECT_EQ(conflict.peer, Warsaw);
    const int city = SyncKinds::column(SyncKind::Members, QStringLiteral("city"));
    EXPECT_EQ(conflict.mine.at(city), QStringLiteral("Kaunas"));
    EXPECT_EQ(conflict.theirs.at(city), QStringLiteral("Gdańsk"));
    EXPECT_EQ(memberIn(*vilnius, shared.id).city, QStringLiteral("Kaunas")) << "kept local by default";

    // The same bundle again: still the one conflict, nothing else changes.
    const QString before = dump(*vilnius, false);
    const SyncImportResult again = receive(*vilnius, QStringLiteral("edit.supolka"));
    EXPECT_EQ(again.conflicts.size(), 1);
    EXPECT_EQ(again.added + again.updated + again.deleted, 0);
    EXPECT_EQ(dump(*vilnius, false), before);

    const QList<SyncConflict> open = SyncState(*vilnius).conflicts();
    ASSERT_EQ(open.size(), 1);
    ASSERT_TRUE(SyncImporter::resolve(*vilnius, open.first().pk, SyncImporter::Choice::Theirs).ok());
    EXPECT_EQ(memberIn(*vilnius, shared.id).city, QStringLiteral("Gdańsk"));
    EXPECT_TRUE(SyncState(*vilnius).conflicts().isEmpty());
    EXPECT_FALSE(SyncImporter::resolve(*vilnius, open.first().pk, SyncImporter::Choice::Mine).ok());

    // Both sides hold the same row now; another exchange finds nothing to do.
    send(*vilnius, QStringLiteral("back.supolka"), Warsaw);
    const SyncImportResult back = receive(*warsaw, QStringLiteral("back.supolka"));
    EXPECT_EQ(back.conflicts.size(), 0);
    EXPECT_EQ(rowsOf(*warsaw, SyncKind::Members).filter(shared.id),
              rowsOf(*vilnius, SyncKind::Members).filter(shared.id));
}

TEST_F(SyncTest, AConflictResolvedAsMineWinsAtTheOtherSideToo)
{
    send(*warsaw, QStringLiteral("base.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("base.supolka"));
    Member here = memberIn(*vilnius, shared.id);
    here.city = QStringLiteral("Kaunas");
    ASSERT_TRUE(MemberRepository(*vilnius).update(here).ok());
    Member there = memberIn(*warsaw, shared.id);
    there.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(MemberRepository(*warsaw).update(there).ok());

    send(*warsaw, QStringLiteral("edit.supolka"), Vilnius);
    const SyncImportResult got = receive(*vilnius, QStringLiteral("edit.supolka"));
    ASSERT_EQ(got.conflicts.size(), 1);
    const qint64 pk = SyncState(*vilnius).conflicts().first().pk;
    ASSERT_TRUE(SyncImporter::resolve(*vilnius, pk, SyncImporter::Choice::Mine).ok());
    EXPECT_EQ(memberIn(*vilnius, shared.id).city, QStringLiteral("Kaunas"));
    EXPECT_EQ(SyncState(*vilnius).conflicts(false).first().resolution, QStringLiteral("mine"));

    send(*vilnius, QStringLiteral("mine.supolka"), Warsaw);
    const SyncImportResult back = receive(*warsaw, QStringLiteral("mine.supolka"));
    EXPECT_EQ(back.conflicts.size(), 0);
    EXPECT_EQ(back.updated, 1);
    EXPECT_EQ(memberIn(*warsaw, shared.id).city, QStringLiteral("Kaunas"));
    EXPECT_EQ(rowsOf(*warsaw, SyncKind::Members).filter(shared.id),
              rowsOf(*vilnius, SyncKind::Members).filter(shared.id));
}

TEST_F(SyncTest, ImportingTheSameBundleTwiceChangesNothing)
{
    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    const SyncImportResult first = receive(*secretariat, QStringLiteral("waw.supolka"));
    EXPECT_GT(first.added, 0);
    const QString before = dump(*secretariat, false);
    const SyncImportResult second = receive(*secretariat, QStringLiteral("waw.supolka"));
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.deleted, 0);
    EXPECT_EQ(second.conflicts.size(), 0);
    EXPECT_EQ(second.unchanged, first.added);
    EXPECT_EQ(dump(*secretariat, false), before);
}

TEST_F(SyncTest, ARoundTripConvergesAndBringsNoCopiesOfOnesOwnPeople)
{
    send(*warsaw, QStringLiteral("out.supolka"), Vilnius);
    receive(*vilnius, QStringLiteral("out.supolka"));

    // Vilnius changes a registration of Warsaw's event and adds one of its own.
    EventRepository events(*vilnius);
    const Event rally = events.findEventByIdOrTitle(event.id).value();
    Registration walkIn;
    walkIn.eventPk = rally.pk;
    walkIn.memberPk = MemberRepository(*vilnius).findById(shared.id)->pk;
    ASSERT_TRUE(events.addRegistration(walkIn).ok());
    Event renamed = rally;
    renamed.title = QStringLiteral("Rally for all political prisoners");
    ASSERT_TRUE(events.updateEvent(renamed).ok());

    const QString warsawMembers = rowsOf(*warsaw, SyncKind::Members).join(QLatin1Char('\n'));
    send(*vilnius, QStringLiteral("back.supolka"), Warsaw);
    const SyncImportResult back = receive(*warsaw, QStringLiteral("back.supolka"));
    EXPECT_EQ(back.conflicts.size(), 0);
    EXPECT_EQ(back.added, 1) << "the new registration; pseudonymized copies of Warsaw's own rows stay out";
    EXPECT_EQ(back.updated, 1) << "the renamed event";
    EXPECT_EQ(rowsOf(*warsaw, SyncKind::Members).join(QLatin1Char('\n')), warsawMembers);
    EXPECT_EQ(MemberRepository(*warsaw).count(), 2);
    EXPECT_EQ(CaseRepository(*warsaw).findById(sensitiveCase.id)->personName, VictimName);

    send(*warsaw, QStringLiteral("again.supolka"), Vilnius);
    const SyncImportResult again = receive(*vilnius, QStringLiteral("again.supolka"));
    EXPECT_EQ(again.added + again.updated + again.deleted, 0);
    EXPECT_EQ(again.conflicts.size(), 0);
    for (SyncKind kind : {SyncKind::Events, SyncKind::Elections, SyncKind::Stations, SyncKind::ExitPoll,
                          SyncKind::Official, SyncKind::Verified})
        EXPECT_EQ(rowsOf(*warsaw, kind), rowsOf(*vilnius, kind)) << SyncKinds::name(kind).toStdString();
}

TEST_F(SyncTest, TheSecretariatTakesBundlesFromManyChaptersAndKeepsThemApart)
{
    addMember(*vilnius, QStringLiteral("Maria"), QStringLiteral("Kalesnikava"), QStringLiteral("maria@example.org"),
              QStringLiteral("+37060000002"), true);
    seedElection(*vilnius, QStringLiteral("LT-1"), 55);
    AidCase first;
    first.personName = QStringLiteral("Ihar Losik");
    first.needs = {QStringLiteral("documents")};
    first.summary = QStringLiteral("Residence permit");
    first.openedOn = QDate(2026, 9, 1);
    const AidCase vilniusCase = CaseRepository(*vilnius).add(first, QStringLiteral("Lead")).value();
    const QString number = vilniusCase.number;
    ASSERT_TRUE(CaseRepository(*warsaw).findByNumber(number).has_value()) << "both chapters start at the same number";

    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    send(*vilnius, QStringLiteral("vno.supolka"), Secretariat);
    receive(*secretariat, QStringLiteral("waw.supolka"));
    const SyncImportResult got = receive(*secretariat, QStringLiteral("vno.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);

    QSqlQuery query(secretariat->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT origin, count(*) FROM members GROUP BY origin ORDER BY origin")));
    QStringList origins;
    while (query.next())
        origins.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
    EXPECT_EQ(origins, (QStringList{QStringLiteral("LT-VNO=1"), QStringLiteral("PL-WAW=2")}));

    // One election, under the first chapter's id, with the stations of both.
    ExitPollRepository polls(*secretariat);
    ASSERT_EQ(polls.elections().size(), 1);
    EXPECT_EQ(polls.stations(polls.elections().first().pk).size(), 2);

    // The two case numbers are told apart here, and each travels on as its chapter wrote it.
    const std::optional<AidCase> theirs = CaseRepository(*secretariat).findById(vilniusCase.id);
    ASSERT_TRUE(theirs.has_value());
    EXPECT_EQ(theirs->number, Vilnius + QLatin1Char('/') + number);
    EXPECT_EQ(rowsOf(*secretariat, SyncKind::Cases).filter(vilniusCase.id), rowsOf(*vilnius, SyncKind::Cases));

    send(*secretariat, QStringLiteral("sec.supolka"), Vilnius);
    const SyncImportResult back = receive(*vilnius, QStringLiteral("sec.supolka"));
    EXPECT_EQ(back.conflicts.size(), 0);
    EXPECT_EQ(CaseRepository(*vilnius).findById(vilniusCase.id)->number, number);
    EXPECT_EQ(ExitPollRepository(*vilnius).elections().size(), 1);
    EXPECT_EQ(ExitPollRepository(*vilnius).stations(ExitPollRepository(*vilnius).elections().first().pk).size(), 2);
}

TEST_F(SyncTest, ADamagedTruncatedOrNewerBundleIsRefusedAndChangesNothing)
{
    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    receive(*secretariat, QStringLiteral("waw.supolka"));
    Member moved = memberIn(*warsaw, shared.id);
    moved.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(MemberRepository(*warsaw).update(moved).ok());
    send(*warsaw, QStringLiteral("next.supolka"), Secretariat);
    const QByteArray good = readAll(bundlePath(QStringLiteral("next.supolka")));
    const QString before = dump(*secretariat);

    QByteArray flipped = good;
    flipped[flipped.size() / 3] = char(flipped.at(flipped.size() / 3) ^ 0x20);
    writeAll(bundlePath(QStringLiteral("flipped.supolka")), flipped);
    EXPECT_FALSE(refusal(*secretariat, bundlePath(QStringLiteral("flipped.supolka"))).isEmpty());
    EXPECT_EQ(dump(*secretariat), before);

    writeAll(bundlePath(QStringLiteral("cut.supolka")), good.left(good.size() / 2));
    EXPECT_FALSE(refusal(*secretariat, bundlePath(QStringLiteral("cut.supolka"))).isEmpty());
    EXPECT_EQ(dump(*secretariat), before);

    // The same bundle, unzipped into a folder, from a newer Supolka.
    const Result<Bundle> read = Bundle::read(bundlePath(QStringLiteral("next.supolka")));
    ASSERT_TRUE(read.ok());
    const QString folder = bundlePath(QStringLiteral("newer"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QJsonArray files;
    for (const BundleFile &file : read->manifest().files) {
        writeAll(QDir(folder).filePath(file.name), read->file(file.name));
        files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                 {QStringLiteral("rows"), double(file.rows)},
                                 {QStringLiteral("sha256"), file.sha256}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format_version"), Bundle::FormatVersion + 1},
        {QStringLiteral("chapter"), QJsonObject{{QStringLiteral("code"), Warsaw}}},
        {QStringLiteral("profile"), QStringLiteral("full")},
        {QStringLiteral("files"), files},
    };
    writeAll(QDir(folder).filePath(QStringLiteral("manifest.json")), QJsonDocument(manifest).toJson());
    const QString newer = refusal(*secretariat, folder);
    EXPECT_TRUE(newer.contains(QStringLiteral("newer"))) << newer.toStdString();
    EXPECT_EQ(dump(*secretariat), before);

    // The unzipped folder itself, at the current format, is taken.
    QJsonObject current = manifest;
    current.insert(QStringLiteral("format_version"), Bundle::FormatVersion);
    writeAll(QDir(folder).filePath(QStringLiteral("manifest.json")), QJsonDocument(current).toJson());
    const Result<SyncImportResult> taken = SyncImporter::importFile(*secretariat, folder);
    ASSERT_TRUE(taken.ok()) << taken.error().toStdString();
    EXPECT_EQ(taken->updated, 1);
}

TEST_F(SyncTest, PseudonymizedAndAggregateBundlesHoldNoNamesOrContacts)
{
    const QList<QString> secrets{SharedFirst,   SharedLast,
                                 SharedEmail,   QStringLiteral("+37060000001"),
                                 PrivateFirst,  PrivateLast,
                                 PrivateEmail,  PrivatePhone,
                                 GuestName,     GuestEmail,
                                 GuestPhone,    VictimName,
                                 VictimContact, QStringLiteral("Volha")};
    for (SyncProfile profile : {SyncProfile::Pseudonymized, SyncProfile::Aggregate}) {
        const QString name = syncProfileKey(profile) + QStringLiteral(".supolka");
        send(*warsaw, name, Secretariat, profile);
        const QByteArray bytes = readAll(bundlePath(name));
        const QByteArray csv = unzipped(bundlePath(name));
        ASSERT_FALSE(csv.isEmpty());
        for (const QString &secret : secrets) {
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << name.toStdString() << ": " << secret.toStdString();
            EXPECT_FALSE(csv.contains(secret.toUtf8())) << name.toStdString() << ": " << secret.toStdString();
        }
        // Ids of people are keyed hashes, not the ids the chapter uses.
        EXPECT_FALSE(csv.contains(shared.id.toUtf8())) << name.toStdString();
        EXPECT_FALSE(csv.contains(unshared.id.toUtf8())) << name.toStdString();
        // The exit poll is not personal and travels whole.
        EXPECT_TRUE(csv.contains("Candidate A")) << name.toStdString();
    }
    const QByteArray aggregate = unzipped(bundlePath(QStringLiteral("aggregate.supolka")));
    EXPECT_TRUE(aggregate.contains("country,members\r\nPL,2\r\n")) << aggregate.constData();
    EXPECT_TRUE(aggregate.contains("PLN,1,25000")) << aggregate.constData();

    // The full profile leaves out whoever did not agree to sharing, guests and the sensitive case's person.
    send(*warsaw, QStringLiteral("full.supolka"), Secretariat);
    const QByteArray full = unzipped(bundlePath(QStringLiteral("full.supolka")));
    EXPECT_TRUE(full.contains(SharedLast.toUtf8()));
    EXPECT_TRUE(full.contains(SharedEmail.toUtf8()));
    for (const QString &secret : {PrivateFirst, PrivateLast, PrivateEmail, PrivatePhone, GuestName, GuestEmail,
                                  GuestPhone, VictimName, VictimContact, QStringLiteral("Volha")})
        EXPECT_FALSE(full.contains(secret.toUtf8())) << secret.toStdString();
}

TEST_F(SyncTest, PseudonymsStayTheSameFromOneBundleToTheNext)
{
    send(*warsaw, QStringLiteral("one.supolka"), Secretariat, SyncProfile::Pseudonymized);
    receive(*secretariat, QStringLiteral("one.supolka"));
    const QStringList first = rowsOf(*secretariat, SyncKind::Members);
    EXPECT_EQ(first.size(), 2);
    EXPECT_TRUE(MemberRepository(*secretariat).search(SharedLast).isEmpty());

    Member moved = memberIn(*warsaw, shared.id);
    moved.skills.append(QStringLiteral("doctor"));
    ASSERT_TRUE(MemberRepository(*warsaw).update(moved).ok());
    send(*warsaw, QStringLiteral("two.supolka"), Secretariat, SyncProfile::Pseudonymized);
    const SyncImportResult got = receive(*secretariat, QStringLiteral("two.supolka"));
    EXPECT_EQ(got.added, 0) << "the same people under the same pseudonyms";
    EXPECT_EQ(got.updated, 1);
    EXPECT_EQ(MemberRepository(*secretariat).count(), 2);

    // The pseudonymized bundle at the secretariat, sent back to Warsaw, adds nothing to Warsaw.
    const QString before = dump(*warsaw, false);
    send(*secretariat, QStringLiteral("back.supolka"), Warsaw);
    const SyncImportResult back = receive(*warsaw, QStringLiteral("back.supolka"));
    EXPECT_EQ(back.added + back.updated + back.deleted, 0);
    EXPECT_EQ(MemberRepository(*warsaw).count(), 2);
    CaseFilter everyCase;
    everyCase.includeSensitive = true;
    EXPECT_EQ(CaseRepository(*warsaw).cases(everyCase).size(), 2);
}

TEST_F(SyncTest, APreviewChangesNothing)
{
    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    const QString before = dump(*secretariat);
    SyncImportOptions options;
    options.dryRun = true;
    const Result<SyncImportResult> preview =
        SyncImporter::importFile(*secretariat, bundlePath(QStringLiteral("waw.supolka")), options);
    ASSERT_TRUE(preview.ok()) << preview.error().toStdString();
    EXPECT_GT(preview->added, 0);
    EXPECT_EQ(preview->changes.size(), preview->added);
    EXPECT_EQ(dump(*secretariat), before);
}

TEST_F(SyncTest, SinceLastCountsOnlyTheBundlesOfTheSameProfile)
{
    send(*warsaw, QStringLiteral("counts.supolka"), Secretariat, SyncProfile::Aggregate);
    const SyncExportSummary full = send(*warsaw, QStringLiteral("full.supolka"), Secretariat, SyncProfile::Full, true);
    EXPECT_TRUE(full.since.isEmpty()) << "no full bundle was sent to them before";
    const SyncImportResult got = receive(*secretariat, QStringLiteral("full.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);
    EXPECT_EQ(memberIn(*secretariat, shared.id).firstName, SharedFirst);
    EXPECT_EQ(rowsOf(*secretariat, SyncKind::Members).size(), rowsOf(*warsaw, SyncKind::Members).size());
}

TEST_F(SyncTest, AggregateCountsAreKeptPerChapter)
{
    send(*warsaw, QStringLiteral("counts.supolka"), Secretariat, SyncProfile::Aggregate);
    const SyncImportResult got = receive(*secretariat, QStringLiteral("counts.supolka"));
    EXPECT_EQ(got.aggregates, 6);
    EXPECT_EQ(MemberRepository(*secretariat).count(), 0);
    const auto kept = SyncState(*secretariat).aggregates();
    ASSERT_TRUE(kept.contains(Warsaw));
    EXPECT_TRUE(kept.value(Warsaw).value(QStringLiteral("cases_by_need.csv")).contains("legal,new,1"));
    EXPECT_EQ(ExitPollRepository(*secretariat).elections().size(), 1);
}

TEST_F(SyncTest, AnErasureAlsoReachesThePseudonymThatWasSentBefore)
{
    send(*warsaw, QStringLiteral("pseudo.supolka"), Secretariat, SyncProfile::Pseudonymized);
    receive(*secretariat, QStringLiteral("pseudo.supolka"));
    ASSERT_EQ(MemberRepository(*secretariat).count(), 2);

    ASSERT_TRUE(MemberRepository(*warsaw).erase(unshared.pk).ok());
    send(*warsaw, QStringLiteral("erased.supolka"), Secretariat);
    const SyncImportResult got = receive(*secretariat, QStringLiteral("erased.supolka"));
    EXPECT_EQ(got.conflicts.size(), 0);
    // The erased member's pseudonym is deleted too; the member who agreed to sharing arrives whole.
    EXPECT_EQ(MemberRepository(*secretariat).count(), 2);
    EXPECT_TRUE(MemberRepository(*secretariat).findById(unshared.id)->isDeleted());
    EXPECT_EQ(MemberRepository(*secretariat).search(SharedLast).size(), 1);
}

TEST_F(SyncTest, ABundleThatCannotBeWrittenLeavesNoTraceInTheHistory)
{
    SyncExportOptions options;
    options.recipient = Secretariat;
    const QByteArray key = SyncState(*warsaw).key().value();
    const QString before = dump(*warsaw);
    const Result<SyncExportSummary> written =
        SyncExporter::exportFile(*warsaw, bundlePath(QStringLiteral("no/such/folder/waw.supolka")), options);
    EXPECT_FALSE(written.ok());
    EXPECT_EQ(dump(*warsaw), before);
    EXPECT_TRUE(SyncState(*warsaw).history().isEmpty());
    // The pseudonymization key stays in the database and never travels.
    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat, SyncProfile::Pseudonymized);
    EXPECT_FALSE(unzipped(bundlePath(QStringLiteral("waw.supolka"))).contains(key.toHex()));
    EXPECT_EQ(SyncState(*warsaw).key().value(), key);
}

TEST(SyncKindsTest, RowsReadBackExactlyAsTheyWereWritten)
{
    const QStringList header = SyncKinds::columns(SyncKind::Payments);
    QStringList tricky;
    const QStringList values{QStringLiteral("=1+1"),
                             QStringLiteral("+48601555444"),
                             QStringLiteral("-5"),
                             QStringLiteral("@sum"),
                             QStringLiteral("two\nlines, \"quoted\""),
                             QString(),
                             QStringLiteral("Ціханоўская"),
                             QStringLiteral("'apostrophe"),
                             QStringLiteral(" spaced "),
                             QStringLiteral("\tTab"),
                             QStringLiteral("last")};
    ASSERT_EQ(values.size(), header.size());
    const QByteArray csv = SyncKinds::encode(SyncKind::Payments, {values});
    const Result<QList<QStringList>> read = SyncKinds::decode(QStringLiteral("payments.csv"), header, csv);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first(), values);
    EXPECT_FALSE(SyncKinds::decode(QStringLiteral("payments.csv"), SyncKinds::columns(SyncKind::Notes), csv).ok());
}

TEST_F(SyncTest, TheChapterReportIsCutByChapterAtTheSecretariat)
{
    addMember(*vilnius, QStringLiteral("Maria"), QStringLiteral("Kalesnikava"), QStringLiteral("maria@example.org"),
              QStringLiteral("+37060000002"), true);
    seedElection(*vilnius, QStringLiteral("LT-1"), 55);
    send(*warsaw, QStringLiteral("waw.supolka"), Secretariat);
    send(*vilnius, QStringLiteral("vno.supolka"), Secretariat, SyncProfile::Aggregate);
    receive(*secretariat, QStringLiteral("waw.supolka"));
    receive(*secretariat, QStringLiteral("vno.supolka"));

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Result<ChapterReport> report = ChapterReport::compute(*secretariat, QDate(2026, 1, 1), today.addYears(1));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->chapterCode(), Secretariat);
    EXPECT_EQ(report->chapters(), (QStringList{Vilnius, Warsaw}));
    auto value = [&](const QString &section, const QString &chapter, const QString &item, const QString &detail,
                     const QString &measure) {
        for (const ChapterReportLine &line : report->lines()) {
            if (line.section == section && line.chapter == chapter && line.item == item && line.detail == detail &&
                line.measure == measure)
                return line.value;
        }
        return QStringLiteral("(none)");
    };
    EXPECT_EQ(value(QStringLiteral("members_joined"), Warsaw, QStringLiteral("PL"), {}, QStringLiteral("members")),
              QStringLiteral("2"));
    EXPECT_EQ(value(QStringLiteral("events"), Warsaw, event.title, QStringLiteral("2026-08-09"),
                    QStringLiteral("checked_in")),
              QStringLiteral("1"));
    EXPECT_EQ(value(QStringLiteral("cases_opened"), Warsaw, QStringLiteral("legal"), {}, QStringLiteral("cases")),
              QStringLiteral("1"));
    EXPECT_EQ(value(QStringLiteral("payments"), Warsaw, QStringLiteral("PLN"), {}, QStringLiteral("amount_minor")),
              QStringLiteral("25000"));
    // The exit poll of both chapters, and the counts Vilnius sent instead of rows.
    EXPECT_EQ(value(QStringLiteral("exitpoll"), Warsaw, ElectionName, {}, QStringLiteral("respondents")),
              QStringLiteral("43"));
    EXPECT_EQ(value(QStringLiteral("exitpoll"), Vilnius, ElectionName, {}, QStringLiteral("respondents")),
              QStringLiteral("58"));
    EXPECT_EQ(value(QStringLiteral("exitpoll"), {}, ElectionName, QStringLiteral("Candidate A"),
                    QStringLiteral("official_share")),
              QStringLiteral("0.8889"));
    EXPECT_EQ(value(QStringLiteral("reported"), Vilnius, QStringLiteral("members_by_country"), QStringLiteral("PL"),
                    QStringLiteral("members")),
              QStringLiteral("1"));
    EXPECT_EQ(report->byChapter(QStringLiteral("exitpoll"), QStringLiteral("stations")),
              (QList<QPair<QString, qint64>>{{Vilnius, 1}, {Warsaw, 1}}));

    const QString csv = bundlePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(report->writeCsv(csv).ok());
    const QByteArray text = readAll(csv);
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBFsection,chapter,item,detail,measure,value\r\n"))
        << text.left(80).constData();
    EXPECT_TRUE(text.contains("members_joined,PL-WAW,PL,,members,2\r\n"));

    // A range before anything happened is empty but for the counts reported.
    const Result<ChapterReport> empty = ChapterReport::compute(*secretariat, QDate(2020, 1, 1), QDate(2020, 12, 31));
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->totals(QStringLiteral("members_joined"), QStringLiteral("members")).isEmpty());
    EXPECT_FALSE(ChapterReport::compute(*secretariat, QDate(2026, 2, 1), QDate(2026, 1, 1)).ok());
}

TEST(SyncExporterTest, AnUnnamedChapterSendsNothing)
{
    test::ScratchDatabase unnamed;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("x.supolka"));
    const Result<SyncExportSummary> written = SyncExporter::exportFile(*unnamed, path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("Name this chapter"))) << written.error().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_TRUE(SyncState(*unnamed).setChapter(QStringLiteral("PL-KRK"), QStringLiteral("Kraków")).ok());
    EXPECT_TRUE(SyncExporter::exportFile(*unnamed, path).ok());
    EXPECT_EQ(Bundle::read(path)->manifest().chapterName, QStringLiteral("Kraków"));
}
