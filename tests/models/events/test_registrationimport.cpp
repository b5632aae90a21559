// Attendee lists into an event, the event's export, and two laptops of one door merging their exports: real
// files, real databases.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/core/timestamps.h"
#include "models/csv/csvwriter.h"
#include "models/csv/headermapping.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationexporter.h"
#include "models/events/registrationimporter.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString SviatlanaId = QStringLiteral("0b7c4f2e-1a2b-4c3d-8e4f-5a6b7c8d9e01");
const QString FixtureEventId = QStringLiteral("5f3b2a10-4c6d-4e8f-9a1b-2c3d4e5f6a70");

Event rally()
{
    Event event;
    event.title = QStringLiteral("Freedom Day rally");
    event.kind = EventKind::Rally;
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    event.city = QStringLiteral("Warszawa");
    event.country = QStringLiteral("PL");
    return event;
}

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("registrations/") + name);
}

// A naive time in a pretix or Forms file is the laptop's local time.
QString localTime(int hour, int minute)
{
    return isoTimestamp(QDateTime(QDate(2026, 3, 25), QTime(hour, minute)));
}

QString rejectionAt(const ImportReport &report, qint64 line)
{
    for (const RejectedRow &row : report.errors) {
        if (row.line == line)
            return row.message;
    }
    return {};
}

// A row imported with a problem in a field: "column: message".
QString warningAt(const ImportReport &report, qint64 line)
{
    for (const ImportProblem &problem : report.warnings) {
        if (problem.line == line)
            return problem.text();
    }
    return {};
}

Member addMember(Database &db, const QString &id, const QString &first, const QString &last, const QString &email,
                 const QString &phone = {})
{
    Member m;
    m.id = id;
    m.firstName = first;
    m.lastName = last;
    m.email = email;
    m.phone = phone;
    m.country = QStringLiteral("PL");
    Result<Member> added = MemberRepository(db).add(m);
    EXPECT_TRUE(added.ok()) << added.error().toStdString();
    return added ? added.value() : Member();
}

// Everything two laptops must agree on about an event's registrations, one line per registration, sorted.
QStringList stateOf(Database &db, qint64 eventPk)
{
    QStringList lines;
    for (const Registration &r : EventRepository(db).allRegistrations(eventPk)) {
        lines.append(QStringList{r.id, r.ticketCode, registrationStatusKey(r.status), r.checkedInAt, r.checkedInBy,
                                 r.walkIn ? QStringLiteral("walk-in") : QString(), r.name, r.email, r.phone,
                                 r.externalRef, r.deletedAt}
                         .join(QLatin1Char('|')));
    }
    lines.sort();
    return lines;
}

class RegistrationImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<Event> added = events.addEvent(rally());
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        event = added.value();
        sviatlana = addMember(*db, SviatlanaId, QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
                              QStringLiteral("s.tsikhanouskaya@example.org"));
        aliaksandr = addMember(*db, QString(), QStringLiteral("Аляксандр"), QStringLiteral("Каваленка"),
                               QStringLiteral("a.kavalenka@example.org"), QStringLiteral("+48 601 234 567"));
    }

    ImportReport importOk(const QString &path, const ImportOptions &options = {})
    {
        const Result<ImportReport> report = RegistrationImporter::importFile(*db, event, path, options);
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report ? report.value() : ImportReport{};
    }

    std::optional<Registration> byRef(const QString &ref)
    {
        for (const Registration &r : events.registrations(event.pk)) {
            if (r.externalRef == ref)
                return r;
        }
        return std::nullopt;
    }

    std::optional<Registration> byName(const QString &name)
    {
        for (const Registration &r : events.registrations(event.pk)) {
            if (r.name == name)
                return r;
        }
        return std::nullopt;
    }

    QString writeList(const QString &name, const QStringList &header, const QList<QStringList> &rows)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeCsvFile(path, header, rows, CsvProfile::Plain).ok());
        return path;
    }

    QTemporaryDir m_dir;
    test::ScratchDatabase db;
    EventRepository events{db.get()};
    Event event;
    Member sviatlana;
    Member aliaksandr;
};

} // namespace

TEST_F(RegistrationImportTest, EventbriteReportKeepsRefundsAsCancelledAndMatchesMembersByEmail)
{
    const ImportReport report = importOk(fixture(QStringLiteral("eventbrite.csv")));
    EXPECT_EQ(report.kind, QStringLiteral("registrations"));
    EXPECT_EQ(report.mapping.source, CsvSource::Eventbrite);
    EXPECT_EQ(report.read, 6);
    // An e-mail address that is not one is kept as typed: the guest is registered all the same.
    EXPECT_EQ(report.imported, 6);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(warningAt(report, 6).contains(QStringLiteral("ihar.losik(at)example.org")))
        << warningAt(report, 6).toStdString();
    EXPECT_TRUE(warningAt(report, 6).startsWith(QStringLiteral("Email: "))) << warningAt(report, 6).toStdString();

    const std::optional<Registration> hers = byRef(QStringLiteral("eventbrite:1472583691"));
    ASSERT_TRUE(hers);
    EXPECT_EQ(hers->memberPk, sviatlana.pk) << "matched by e-mail, whatever its case";
    EXPECT_EQ(hers->name, QStringLiteral("Святлана Ціханоўская"));
    EXPECT_FALSE(hers->isCheckedIn());

    const std::optional<Registration> refunded = byRef(QStringLiteral("eventbrite:1472583692"));
    ASSERT_TRUE(refunded);
    EXPECT_TRUE(refunded->isCancelled());
    EXPECT_TRUE(refunded->isGuest());
    EXPECT_EQ(refunded->guestName, QStringLiteral("Pavel Latushka"));
    EXPECT_EQ(refunded->guestPhone, QStringLiteral("+48605321987"));
    EXPECT_TRUE(byRef(QStringLiteral("eventbrite:1472583696"))->isCancelled()) << "Not Attending";

    const std::optional<Registration> checkedIn = byRef(QStringLiteral("eventbrite:1472583693"));
    ASSERT_TRUE(checkedIn);
    EXPECT_EQ(checkedIn->checkedInBy, QStringLiteral("eventbrite"));
    EXPECT_EQ(checkedIn->checkedInAt, isoTimestamp(event.startsAt)) << "the report says not when: the start";
    EXPECT_EQ(checkedIn->guestPhone, QStringLiteral("+48602111222")) << "the event's country is the region";

    // Two attendees of one order under the buyer's e-mail stay two people.
    const std::optional<Registration> second = byRef(QStringLiteral("eventbrite:1472583694"));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->guestName, QStringLiteral("Вольга Казлова"));
    EXPECT_NE(second->pk, checkedIn->pk);

    const EventCounts counts = events.counts(event.pk);
    EXPECT_EQ(counts.registered, 4);
    EXPECT_EQ(counts.cancelled, 2);
    EXPECT_EQ(counts.checkedIn, 1);
    ASSERT_EQ(events.search(event.pk, QStringLiteral("Kazlova")).size(), 1) << "the door finds them at once";

    const QStringList before = stateOf(*db, event.pk);
    const ImportReport again = importOk(fixture(QStringLiteral("eventbrite.csv")));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 6);
    EXPECT_EQ(again.rejected, 0);
    EXPECT_EQ(stateOf(*db, event.pk), before);
}

TEST_F(RegistrationImportTest, PretixCheckInsAreKeptAndNeverCleared)
{
    const ImportReport report = importOk(fixture(QStringLiteral("pretix.csv")));
    EXPECT_EQ(report.mapping.source, CsvSource::Pretix);
    EXPECT_EQ(report.read, 5);
    // A check-in time that could be read two ways is no check-in; the attendee is registered.
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(warningAt(report, 6).contains(QStringLiteral("ambiguous"))) << warningAt(report, 6).toStdString();
    EXPECT_FALSE(byRef(QStringLiteral("pretix:TUV78:Anna Krasulina"))->isCheckedIn());

    const std::optional<Registration> volha = byRef(QStringLiteral("pretix:ABC12:Volha Kavalkova"));
    ASSERT_TRUE(volha);
    EXPECT_EQ(volha->checkedInAt, localTime(14, 3));
    EXPECT_EQ(volha->checkedInBy, QStringLiteral("pretix"));
    const std::optional<Registration> andrei = byRef(QStringLiteral("pretix:ABC12:Andrei Kavalkou"));
    ASSERT_TRUE(andrei) << "one order, two attendees";
    EXPECT_FALSE(andrei->isCheckedIn());
    const std::optional<Registration> hers = byRef(QStringLiteral("pretix:QRS56:Святлана Ціханоўская"));
    ASSERT_TRUE(hers);
    EXPECT_EQ(hers->memberPk, sviatlana.pk);
    EXPECT_EQ(hers->checkedInAt, localTime(14, 10));

    // The door checks Andrei in; a later list says another time, or none: the earliest check-in stays.
    ASSERT_EQ(events.checkIn(andrei->pk, QStringLiteral("Hanna on door-1"), localTime(13, 58)).outcome,
              CheckInOutcome::CheckedIn);
    const QStringList header{QStringLiteral("Order code"), QStringLiteral("Attendee name"),
                             QStringLiteral("Checked in"), QStringLiteral("E-mail")};
    const QString later = writeList(
        QStringLiteral("pretix-later.csv"), header,
        {{QStringLiteral("ABC12"), QStringLiteral("Volha Kavalkova"), QString(), QStringLiteral("volha@example.org")},
         {QStringLiteral("ABC12"), QStringLiteral("Andrei Kavalkou"), QStringLiteral("2026-03-25 14:30:00"),
          QStringLiteral("volha@example.org")},
         {QStringLiteral("QRS56"), QStringLiteral("Святлана Ціханоўская"), QStringLiteral("2026-03-25 13:55:00"),
          QStringLiteral("s.tsikhanouskaya@example.org")},
         {QStringLiteral("XYZ34"), QStringLiteral("Ihar Losik"), QStringLiteral("2026-03-25 14:40:00"),
          QStringLiteral("ihar@example.org")}});
    const ImportReport second = importOk(later);
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.updated, 2);
    EXPECT_EQ(second.unchanged, 2);
    EXPECT_EQ(byRef(QStringLiteral("pretix:ABC12:Volha Kavalkova"))->checkedInAt, localTime(14, 3))
        << "an import never clears a check-in";
    EXPECT_EQ(byRef(QStringLiteral("pretix:ABC12:Andrei Kavalkou"))->checkedInBy, QStringLiteral("Hanna on door-1"));
    EXPECT_EQ(byRef(QStringLiteral("pretix:QRS56:Святлана Ціханоўская"))->checkedInAt, localTime(13, 55))
        << "an earlier time from the file wins";
    EXPECT_EQ(byRef(QStringLiteral("pretix:XYZ34:Ihar Losik"))->checkedInAt, localTime(14, 40));
}

TEST_F(RegistrationImportTest, GoogleFormsResubmissionIsOnePersonWithTheLatestAnswers)
{
    const ImportReport report = importOk(fixture(QStringLiteral("google_forms.csv")));
    EXPECT_EQ(report.mapping.source, CsvSource::GoogleForms);
    EXPECT_EQ(report.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(report.format.bom);
    EXPECT_EQ(report.read, 5);
    EXPECT_EQ(report.imported, 4);
    EXPECT_EQ(report.unchanged, 1) << "the earlier submission";
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(warningAt(report, 5).contains(QStringLiteral("not-an-email"))) << warningAt(report, 5).toStdString();
    EXPECT_EQ(events.registrations(event.pk).size(), 4);

    const std::optional<Registration> alena = byRef(QStringLiteral("forms:alena.b@example.org"));
    ASSERT_TRUE(alena);
    EXPECT_EQ(alena->guestName, QStringLiteral("Елена Бондаренко"));
    EXPECT_EQ(alena->guestPhone, QStringLiteral("+48600100201"));

    // Latin name and a national phone number find the member written in Cyrillic.
    const std::optional<Registration> his = byRef(QStringLiteral("forms:sasha.k@example.com"));
    ASSERT_TRUE(his);
    EXPECT_EQ(his->memberPk, aliaksandr.pk);
    EXPECT_EQ(his->name, QStringLiteral("Аляксандр Каваленка"));

    const std::optional<Registration> noEmail = byRef(QStringLiteral("forms:дзмітрый марозаў"));
    ASSERT_TRUE(noEmail);
    EXPECT_EQ(noEmail->guestPhone, QStringLiteral("+48601999888"));

    const QStringList before = stateOf(*db, event.pk);
    const ImportReport again = importOk(fixture(QStringLiteral("google_forms.csv")));
    EXPECT_EQ(again.imported + again.updated, 0);
    EXPECT_EQ(again.unchanged, 5);
    EXPECT_EQ(stateOf(*db, event.pk), before);
}

TEST_F(RegistrationImportTest, CanonicalFileKeepsIdsCodesAndCheckIns)
{
    const ImportReport report = importOk(fixture(QStringLiteral("canonical.csv")));
    EXPECT_EQ(report.mapping.source, CsvSource::Canonical);
    EXPECT_EQ(report.read, 6);
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.unchanged, 1) << "a delete of someone this laptop never had";
    EXPECT_EQ(report.rejected, 0);
    // A damaged ticket code is a warning: the registration keeps its id and gets a code of its own.
    EXPECT_TRUE(warningAt(report, 6).contains(QStringLiteral("K7QX-M4T0"))) << warningAt(report, 6).toStdString();
    const std::optional<Registration> ihar = byName(QStringLiteral("Ihar Losik"));
    ASSERT_TRUE(ihar);
    EXPECT_EQ(ihar->id, QStringLiteral("5a5e8c96-bf7b-4d4c-9e65-91c2adbe4f55"));
    EXPECT_FALSE(ihar->ticketCode.isEmpty());

    const std::optional<Registration> hers =
        events.findRegistrationById(QStringLiteral("1c9a4e52-7b3d-4f0e-9a21-5d8e6f7a0b11"));
    ASSERT_TRUE(hers);
    EXPECT_EQ(hers->memberPk, sviatlana.pk);
    EXPECT_EQ(hers->ticketCode, QStringLiteral("K7QXM4TP"));
    EXPECT_EQ(hers->checkedInAt, QStringLiteral("2026-03-25T14:05:00.000Z"));
    EXPECT_EQ(hers->checkedInBy, QStringLiteral("Hanna on door-1"));
    EXPECT_EQ(hers->origin, QStringLiteral("PL-WAW"));

    const std::optional<Registration> walkIn = byName(QStringLiteral("Maryia Zhuk"));
    ASSERT_TRUE(walkIn);
    EXPECT_TRUE(walkIn->walkIn);
    EXPECT_EQ(walkIn->guestPhone, QStringLiteral("+48601555444")) << "the export's formula guard is taken off";
    EXPECT_EQ(walkIn->consent, (QStringList{QStringLiteral("contact"), QStringLiteral("photos")}));

    const std::optional<Registration> unknownMember = byName(QStringLiteral("Андрэй Саннікаў"));
    ASSERT_TRUE(unknownMember);
    EXPECT_TRUE(unknownMember->isGuest()) << "a member this laptop does not have comes as a guest";
    EXPECT_EQ(unknownMember->guestEmail, QStringLiteral("a.sannikau@example.org"));
    EXPECT_TRUE(byName(QStringLiteral("Pavel Latushka"))->isCancelled());
    EXPECT_FALSE(byName(QStringLiteral("Anna Krasulina")));

    const ImportReport again = importOk(fixture(QStringLiteral("canonical.csv")));
    EXPECT_EQ(again.imported + again.updated, 0);
    EXPECT_EQ(again.unchanged, 6);
}

TEST_F(RegistrationImportTest, AnErasedMemberIsNotBroughtBack)
{
    importOk(fixture(QStringLiteral("canonical.csv")));
    ASSERT_TRUE(MemberRepository(*db).erase(sviatlana.pk).ok());
    const QString path = m_dir.filePath(QStringLiteral("after-erasure.csv"));
    ASSERT_TRUE(RegistrationExporter::exportFile(*db, event.pk, path, CsvProfile::Plain).ok());
    const ImportReport own = importOk(path);
    EXPECT_EQ(own.rejected, 0) << "their registration is still here";
    EXPECT_EQ(own.updated + own.imported, 0);

    const QString elsewhere =
        writeList(QStringLiteral("elsewhere.csv"), {QStringLiteral("member_id"), QStringLiteral("name")},
                  {{SviatlanaId, QStringLiteral("Святлана Ціханоўская")}});
    Event other = rally();
    other.title = QStringLiteral("Another rally");
    const Result<ImportReport> report = RegistrationImporter::importFile(*db, other, elsewhere);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->rejected, 1);
    EXPECT_TRUE(rejectionAt(report.value(), 2).contains(QStringLiteral("erased")));
    EXPECT_TRUE(events.registrations(other.pk).isEmpty());
}

TEST_F(RegistrationImportTest, ANewEventTakesTheIdOfTheExportedOne)
{
    Event door2;
    door2.title = QStringLiteral("Freedom Day rally, second door");
    door2.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const Result<ImportReport> dry =
        RegistrationImporter::importFile(*db, door2, fixture(QStringLiteral("canonical.csv")), dryRun);
    ASSERT_TRUE(dry.ok()) << dry.error().toStdString();
    EXPECT_EQ(dry->imported, 5);
    EXPECT_EQ(door2.pk, 0) << "a dry run keeps no event";
    EXPECT_EQ(events.events().size(), 1);

    door2.id.clear();
    const Result<ImportReport> real =
        RegistrationImporter::importFile(*db, door2, fixture(QStringLiteral("canonical.csv")));
    ASSERT_TRUE(real.ok()) << real.error().toStdString();
    EXPECT_NE(door2.pk, 0);
    EXPECT_EQ(door2.id, FixtureEventId);
    EXPECT_EQ(events.registrations(door2.pk).size(), 5);
}

TEST_F(RegistrationImportTest, TheSameExportUnderAnotherTitleGoesIntoItsEvent)
{
    Event first;
    first.title = QStringLiteral("Freedom Day rally, second door");
    first.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    const Result<ImportReport> once =
        RegistrationImporter::importFile(*db, first, fixture(QStringLiteral("canonical.csv")), {});
    ASSERT_TRUE(once.ok()) << once.error().toStdString();
    const int eventsBefore = int(events.events().size());

    // The next export of that door, named differently by the person importing it.
    Event renamed;
    renamed.title = QStringLiteral("Rally 25 March");
    renamed.startsAt = first.startsAt;
    const Result<ImportReport> again =
        RegistrationImporter::importFile(*db, renamed, fixture(QStringLiteral("canonical.csv")), {});
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(renamed.pk, first.pk) << "the rows go to the event they belong to";
    EXPECT_EQ(again->rejected, once->rejected) << "only the rows the fixture breaks on purpose";
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(int(events.events().size()), eventsBefore) << "no empty event is made";

    ASSERT_TRUE(events.removeEvent(first.pk).ok());
    Event third;
    third.title = QStringLiteral("Another title");
    third.startsAt = first.startsAt;
    const Result<ImportReport> refused =
        RegistrationImporter::importFile(*db, third, fixture(QStringLiteral("canonical.csv")), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("deleted"))) << refused.error().toStdString();
    EXPECT_EQ(third.pk, 0);
}

TEST_F(RegistrationImportTest, AFailureWritesNothing)
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,Email\nAles,Bialiatski,ales@example.org\n\"Pavel,Latushka,p@example.org\n");
    file.close();
    Event fresh = rally();
    fresh.title = QStringLiteral("Never made");
    const Result<ImportReport> failed = RegistrationImporter::importFile(*db, fresh, broken);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("Line 3"))) << failed.error().toStdString();
    EXPECT_EQ(fresh.pk, 0);
    EXPECT_EQ(events.events().size(), 1);

    // A ticket code someone else here already has rejects that row; the others go in.
    importOk(fixture(QStringLiteral("canonical.csv")));
    const QString clash =
        writeList(QStringLiteral("clash.csv"), {QStringLiteral("name"), QStringLiteral("ticket_code")},
                  {{QStringLiteral("Someone Else"), QStringLiteral("K7QX-M4TP")},
                   {QStringLiteral("Ales Bialiatski"), QString()}});
    const ImportReport report = importOk(clash);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.imported, 1);
    EXPECT_TRUE(rejectionAt(report, 2).contains(QStringLiteral("K7QX-M4TP")));
}

TEST_F(RegistrationImportTest, ALaterListCancelsButNeverBringsBackWhatWasDeleted)
{
    importOk(fixture(QStringLiteral("eventbrite.csv")));
    const QStringList header{QStringLiteral("Order #"),    QStringLiteral("First Name"),
                             QStringLiteral("Last Name"),  QStringLiteral("Email"),
                             QStringLiteral("Attendee #"), QStringLiteral("Attendee Status")};
    const QString later = writeList(
        QStringLiteral("later.csv"), header,
        {{QStringLiteral("7412589632"), QStringLiteral("Вольга"), QStringLiteral("Казлова"),
          QStringLiteral("m.kalesnikava@example.org"), QStringLiteral("1472583694"), QStringLiteral("Refunded")},
         {QStringLiteral("7412589631"), QStringLiteral("Pavel"), QStringLiteral("Latushka"),
          QStringLiteral("p.latushka@example.org"), QStringLiteral("1472583692"), QStringLiteral("Attending")},
         {QStringLiteral("7412589634"), QStringLiteral("Ales"), QStringLiteral("Bialiatski"),
          QStringLiteral("ales@example.org"), QStringLiteral("1472583696"), QStringLiteral("Attending")}});
    const qint64 alesPk = byRef(QStringLiteral("eventbrite:1472583696"))->pk;
    ASSERT_TRUE(events.removeRegistration(alesPk).ok());

    const ImportReport report = importOk(later);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_TRUE(rejectionAt(report, 4).contains(QStringLiteral("deleted"))) << rejectionAt(report, 4).toStdString();
    EXPECT_TRUE(byRef(QStringLiteral("eventbrite:1472583694"))->isCancelled()) << "refunded since";
    EXPECT_TRUE(byRef(QStringLiteral("eventbrite:1472583692"))->isCancelled()) << "a list never un-cancels";
    EXPECT_TRUE(events.findRegistration(alesPk)->isDeleted());
}

TEST_F(RegistrationImportTest, RowsOfOtherEventsInAMixedFileAreRejected)
{
    const QStringList header{QStringLiteral("event_id"), QStringLiteral("name")};
    const QString mixed =
        writeList(QStringLiteral("mixed.csv"), header,
                  {{event.id, QStringLiteral("Ales Bialiatski")}, {newRowId(), QStringLiteral("Pavel Latushka")}});
    const ImportReport report = importOk(mixed);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_TRUE(byName(QStringLiteral("Ales Bialiatski")));
}

TEST_F(RegistrationImportTest, ExportThenImportElsewhereReproducesTheRegistrations)
{
    importOk(fixture(QStringLiteral("eventbrite.csv")));
    importOk(fixture(QStringLiteral("google_forms.csv")));
    const Registration hers = *byRef(QStringLiteral("eventbrite:1472583691"));
    ASSERT_EQ(
        events.checkIn(hers.pk, QStringLiteral("Hanna on door-1"), QStringLiteral("2026-03-25T14:02:31.250Z")).outcome,
        CheckInOutcome::CheckedIn);
    WalkIn walker;
    walker.firstName = QStringLiteral("Maryia");
    walker.lastName = QStringLiteral("Zhuk");
    walker.phone = QStringLiteral("601 555 444");
    walker.consent = {QStringLiteral("contact")};
    ASSERT_TRUE(events.walkIn(event.pk, walker, QStringLiteral("Hanna on door-1")).ok());
    ASSERT_TRUE(events.removeRegistration(byRef(QStringLiteral("forms:дзмітрый марозаў"))->pk).ok());

    const QString path = m_dir.filePath(QStringLiteral("rally.csv"));
    const Result<int> exported = RegistrationExporter::exportFile(*db, event.pk, path, CsvProfile::Excel);
    ASSERT_TRUE(exported.ok()) << exported.error().toStdString();
    EXPECT_EQ(exported.value(), 11) << "the deleted one travels as a tombstone";

    test::ScratchDatabase other;
    addMember(*other, SviatlanaId, QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
              QStringLiteral("s.tsikhanouskaya@example.org"));
    Event copy;
    copy.title = event.title;
    copy.startsAt = event.startsAt;
    copy.country = event.country;
    const Result<ImportReport> imported = RegistrationImporter::importFile(*other, copy, path);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->imported, 10);
    EXPECT_EQ(imported->unchanged, 1);
    EXPECT_EQ(copy.id, event.id);

    const QStringList original = stateOf(*db, event.pk).filter(QRegularExpression(QStringLiteral("\\|$")));
    EXPECT_EQ(stateOf(*other, copy.pk), original);
    const std::optional<Registration> copied = EventRepository(*other).findRegistrationById(hers.id);
    ASSERT_TRUE(copied);
    EXPECT_FALSE(copied->isGuest()) << "the member both databases have";
    EXPECT_EQ(copied->checkedInAt, QStringLiteral("2026-03-25T14:02:31.250Z"));

    // And back: nothing changes.
    const ImportReport back = importOk(path);
    EXPECT_EQ(back.imported + back.updated + back.rejected, 0);
}

namespace {

// Two laptops at one door: the list from laptop A, check-ins, a cancellation and walk-ins on both.
struct Door
{
    test::ScratchDatabase a;
    test::ScratchDatabase b;
    Event eventA;
    Event eventB;
    QTemporaryDir dir;

    void setUp()
    {
        for (Database *db : {&a.get(), &b.get()})
            addMember(*db, SviatlanaId, QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
                      QStringLiteral("s.tsikhanouskaya@example.org"));
        EventRepository eventsA(*a);
        eventA = eventsA.addEvent(rally()).value();
        ASSERT_TRUE(RegistrationImporter::importFile(*a, eventA, fixture(QStringLiteral("eventbrite.csv"))).ok());
        for (const char *name : {"Andrei Kavalkou", "Raman Pratasevich"}) {
            Registration guest;
            guest.eventPk = eventA.pk;
            guest.guestName = QString::fromUtf8(name);
            ASSERT_TRUE(eventsA.addRegistration(guest).ok());
        }
        const QString shared = dir.filePath(QStringLiteral("list.csv"));
        ASSERT_TRUE(RegistrationExporter::exportFile(*a, eventA.pk, shared, CsvProfile::Plain).ok());
        eventB.title = eventA.title;
        eventB.startsAt = eventA.startsAt;
        eventB.country = eventA.country;
        ASSERT_TRUE(RegistrationImporter::importFile(*b, eventB, shared).ok());
        ASSERT_EQ(stateOf(*a, eventA.pk), stateOf(*b, eventB.pk));

        EventRepository eventsB(*b);
        checkIn(eventsA, eventA, QStringLiteral("Tsikhanouskaya"), QStringLiteral("A"), QStringLiteral("14:05"));
        checkIn(eventsB, eventB, QStringLiteral("Tsikhanouskaya"), QStringLiteral("B"), QStringLiteral("14:02"));
        checkIn(eventsA, eventA, QStringLiteral("Kazlova"), QStringLiteral("A"), QStringLiteral("14:20"));
        checkIn(eventsB, eventB, QStringLiteral("Pratasevich"), QStringLiteral("B"), QStringLiteral("14:11"));
        Registration andrei = eventsA.search(eventA.pk, QStringLiteral("Kavalkou")).first();
        andrei.status = RegistrationStatus::Cancelled;
        ASSERT_TRUE(eventsA.updateRegistration(andrei).ok());

        walkIn(eventsA, eventA, QStringLiteral("Maryia"), QStringLiteral("Zhuk"), QString(), QStringLiteral("A"));
        walkIn(eventsB, eventB, QStringLiteral("Дзмітрый"), QStringLiteral("Марозаў"), QStringLiteral("dz@example.org"),
               QStringLiteral("B"));
        // The same person walked in at both laptops.
        walkIn(eventsA, eventA, QStringLiteral("Anna"), QStringLiteral("Krasulina"),
               QStringLiteral("anna.k@example.org"), QStringLiteral("A"));
        walkIn(eventsB, eventB, QStringLiteral("Анна"), QStringLiteral("Красулина"),
               QStringLiteral("anna.k@example.org"), QStringLiteral("B"));
    }

    static void checkIn(EventRepository &events, const Event &event, const QString &who, const QString &station,
                        const QString &time)
    {
        const QList<Registration> found = events.search(event.pk, who);
        ASSERT_EQ(found.size(), 1) << who.toStdString();
        const QString when = QStringLiteral("2026-03-25T") + time + QStringLiteral(":00.000Z");
        ASSERT_EQ(events.checkIn(found.first().pk, station, when).outcome, CheckInOutcome::CheckedIn);
    }

    static void walkIn(EventRepository &events, const Event &event, const QString &first, const QString &last,
                       const QString &email, const QString &station)
    {
        WalkIn person;
        person.firstName = first;
        person.lastName = last;
        person.email = email;
        const Result<Registration> walked = events.walkIn(event.pk, person, station);
        ASSERT_TRUE(walked.ok()) << walked.error().toStdString();
    }

    QString exportOf(Database &db, const Event &event, const QString &name)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(RegistrationExporter::exportFile(db, event.pk, path, CsvProfile::Plain).ok());
        return path;
    }

    ImportReport merge(Database &db, Event &event, const QString &path)
    {
        const Result<ImportReport> report = RegistrationImporter::importFile(db, event, path);
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        EXPECT_EQ(report ? report->rejected : -1, 0);
        return report ? report.value() : ImportReport{};
    }
};

void expectMergedState(Door &door)
{
    const QStringList stateA = stateOf(*door.a, door.eventA.pk);
    const QStringList stateB = stateOf(*door.b, door.eventB.pk);
    EXPECT_EQ(stateA, stateB);
    EXPECT_EQ(stateA.size(), 11) << stateA.join(QLatin1Char('\n')).toStdString();

    EventRepository eventsA(*door.a);
    const Registration hers = eventsA.search(door.eventA.pk, QStringLiteral("Tsikhanouskaya")).first();
    EXPECT_EQ(hers.checkedInBy, QStringLiteral("B")) << "the earliest check-in wins";
    EXPECT_EQ(hers.checkedInAt, QStringLiteral("2026-03-25T14:02:00.000Z"));
    EXPECT_EQ(eventsA.search(door.eventA.pk, QStringLiteral("Pratasevich")).first().checkedInBy, QStringLiteral("B"));
    EXPECT_EQ(eventsA.search(door.eventA.pk, QStringLiteral("Kazlova")).first().checkedInBy, QStringLiteral("A"));
    EXPECT_TRUE(eventsA.search(door.eventA.pk, QStringLiteral("Kavalkou")).first().isCancelled());
    const QList<Registration> anna = eventsA.search(door.eventA.pk, QStringLiteral("anna.k@"));
    ASSERT_EQ(anna.size(), 1) << "one person who walked in twice";

    for (Database *db : {&door.a.get(), &door.b.get()}) {
        const EventCounts counts = EventRepository(*db).counts(db == &door.a.get() ? door.eventA.pk : door.eventB.pk);
        EXPECT_EQ(counts.registered, 8);
        EXPECT_EQ(counts.cancelled, 3);
        EXPECT_EQ(counts.checkedIn, 7);
        EXPECT_EQ(counts.walkIns, 3);
    }
}

} // namespace

TEST(TwoLaptops, MergingEachOthersExportGivesBothTheSameList)
{
    Door door;
    door.setUp();
    if (::testing::Test::HasFatalFailure())
        return;
    const QString fromA = door.exportOf(*door.a, door.eventA, QStringLiteral("a.csv"));
    const QString fromB = door.exportOf(*door.b, door.eventB, QStringLiteral("b.csv"));
    const ImportReport intoA = door.merge(*door.a, door.eventA, fromB);
    const ImportReport intoB = door.merge(*door.b, door.eventB, fromA);
    EXPECT_EQ(intoA.imported, 1) << "B's walk-in";
    EXPECT_EQ(intoB.imported, 1) << "A's walk-in";
    expectMergedState(door);

    // Once merged, a second exchange changes nothing.
    const ImportReport againA =
        door.merge(*door.a, door.eventA, door.exportOf(*door.b, door.eventB, QStringLiteral("b2.csv")));
    const ImportReport againB =
        door.merge(*door.b, door.eventB, door.exportOf(*door.a, door.eventA, QStringLiteral("a2.csv")));
    EXPECT_EQ(againA.imported + againA.updated, 0);
    EXPECT_EQ(againB.imported + againB.updated, 0);
    expectMergedState(door);
}

TEST(TwoLaptops, MergingOneWayThenBackGivesBothTheSameList)
{
    Door door;
    door.setUp();
    if (::testing::Test::HasFatalFailure())
        return;
    door.merge(*door.a, door.eventA, door.exportOf(*door.b, door.eventB, QStringLiteral("b.csv")));
    door.merge(*door.b, door.eventB, door.exportOf(*door.a, door.eventA, QStringLiteral("a.csv")));
    expectMergedState(door);
}

TEST(TwoLaptops, AMergeKeepsTheTimeOfTheLastRealEdit)
{
    test::ScratchDatabase a;
    test::ScratchDatabase b;
    QTemporaryDir dir;
    EventRepository eventsA(*a);
    EventRepository eventsB(*b);
    Event eventA = eventsA.addEvent(rally()).value();
    Registration guest;
    guest.eventPk = eventA.pk;
    guest.guestName = QStringLiteral("Ihar Losik");
    const QString id = eventsA.addRegistration(guest).value().id;
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    ASSERT_TRUE(RegistrationExporter::exportFile(*a, eventA.pk, list, CsvProfile::Plain).ok());
    Event eventB;
    eventB.title = eventA.title;
    eventB.startsAt = eventA.startsAt;
    eventB.country = eventA.country;
    ASSERT_TRUE(RegistrationImporter::importFile(*b, eventB, list).ok());
    const auto later = [] {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    };
    const auto setStatus = [&id](EventRepository &events, RegistrationStatus status) {
        Registration r = *events.findRegistrationById(id);
        r.status = status;
        ASSERT_TRUE(events.updateRegistration(r).ok());
    };

    // t0: B cancels him and exports; t1: B takes it back; t2: A merges B's (older) file.
    later();
    setStatus(eventsB, RegistrationStatus::Cancelled);
    const QString fromB = dir.filePath(QStringLiteral("b.csv"));
    ASSERT_TRUE(RegistrationExporter::exportFile(*b, eventB.pk, fromB, CsvProfile::Plain).ok());
    later();
    setStatus(eventsB, RegistrationStatus::Registered);
    later();
    ASSERT_TRUE(RegistrationImporter::importFile(*a, eventA, fromB).ok());
    EXPECT_TRUE(eventsA.findRegistrationById(id)->isCancelled());

    // B's later edit wins on both laptops.
    const QString fromA = dir.filePath(QStringLiteral("a.csv"));
    ASSERT_TRUE(RegistrationExporter::exportFile(*a, eventA.pk, fromA, CsvProfile::Plain).ok());
    ASSERT_TRUE(RegistrationImporter::importFile(*b, eventB, fromA).ok());
    EXPECT_FALSE(eventsB.findRegistrationById(id)->isCancelled()) << "B's own later edit stays";
    const QString backFromB = dir.filePath(QStringLiteral("b2.csv"));
    ASSERT_TRUE(RegistrationExporter::exportFile(*b, eventB.pk, backFromB, CsvProfile::Plain).ok());
    ASSERT_TRUE(RegistrationImporter::importFile(*a, eventA, backFromB).ok());
    EXPECT_FALSE(eventsA.findRegistrationById(id)->isCancelled());
    EXPECT_EQ(stateOf(*a, eventA.pk), stateOf(*b, eventB.pk));
}
