#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationtablemodel.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

class RegistrationTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Event e;
        e.title = QStringLiteral("Freedom Day rally");
        e.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
        e.country = QStringLiteral("PL");
        Result<Event> added = events.addEvent(e);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        event = added.value();

        Member m;
        m.firstName = QStringLiteral("Святлана");
        m.lastName = QStringLiteral("Ціханоўская");
        m.email = QStringLiteral("sviatlana@example.org");
        m.phone = QStringLiteral("+37061234567");
        Result<Member> stored = members.add(m);
        ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
        Registration r;
        r.eventPk = event.pk;
        r.memberPk = stored->pk;
        r.ticketCode = QStringLiteral("K7QXM4TP");
        Result<Registration> memberRegistration = events.addRegistration(r);
        ASSERT_TRUE(memberRegistration.ok()) << memberRegistration.error().toStdString();
        member = memberRegistration.value();
        checkedInAt = QDateTime(QDate(2026, 3, 25), QTime(13, 55), Qt::UTC);
        ASSERT_EQ(events.checkIn(member.pk, QStringLiteral("Ala on hall-laptop"), isoTimestamp(checkedInAt)).outcome,
                  CheckInOutcome::CheckedIn);

        Registration g;
        g.eventPk = event.pk;
        g.guestName = QStringLiteral("Aliaksandr Bialiacki");
        g.guestEmail = QStringLiteral("Guest@Example.org");
        Result<Registration> guestRegistration = events.addRegistration(g);
        ASSERT_TRUE(guestRegistration.ok()) << guestRegistration.error().toStdString();
        guest = guestRegistration.value();
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, RegistrationTableModel::Name).data().toString());
        return shown;
    }

    test::ScratchDatabase db;
    EventRepository events{db.get()};
    MemberRepository members{db.get()};
    Event event;
    Registration member;
    Registration guest;
    QDateTime checkedInAt;
};

} // namespace

TEST_F(RegistrationTableModelTest, ShowsOneEventsRegistrations)
{
    RegistrationTableModel model(events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);
    model.setEventPk(event.pk);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), RegistrationTableModel::ColumnCount);

    const int row = model.rowOfPk(member.pk);
    ASSERT_GE(row, 0);
    auto cell = [&](int r, int column, int role = Qt::DisplayRole) {
        return model.index(r, column).data(role);
    };
    EXPECT_EQ(cell(row, RegistrationTableModel::Name).toString(), QStringLiteral("Святлана Ціханоўская"));
    EXPECT_EQ(cell(row, RegistrationTableModel::Email).toString(), QStringLiteral("sviatlana@example.org"));
    EXPECT_EQ(cell(row, RegistrationTableModel::Phone).toString(), QStringLiteral("+370 612 34567"));
    EXPECT_EQ(cell(row, RegistrationTableModel::Kind).toString(), QStringLiteral("Member"));
    EXPECT_EQ(cell(row, RegistrationTableModel::Status).toString(), QStringLiteral("Registered"));
    EXPECT_EQ(cell(row, RegistrationTableModel::TicketCode).toString(), QStringLiteral("K7QX-M4TP"));
    EXPECT_EQ(cell(row, RegistrationTableModel::CheckedInAt).toString(), shown::dateTime(checkedInAt));
    EXPECT_EQ(cell(row, RegistrationTableModel::CheckedInBy).toString(), QStringLiteral("Ala on hall-laptop"));
    EXPECT_EQ(cell(row, RegistrationTableModel::WalkIn).toString(), QString());
    ASSERT_TRUE(model.registrationAt(model.index(row, 0)));
    EXPECT_EQ(model.registrationAt(model.index(row, 0))->pk, member.pk);
    EXPECT_EQ(cell(row, 0, RegistrationTableModel::RegistrationRole).value<Registration>().ticketCode,
              QStringLiteral("K7QXM4TP"));

    const int guestRow = model.rowOfPk(guest.pk);
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::Kind).toString(), QStringLiteral("Guest"));
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::Email).toString(), QStringLiteral("guest@example.org"));
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::CheckedInAt).toString(), QString());

    model.setEventPk(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RegistrationTableModelTest, RefreshFollowsChanges)
{
    RegistrationTableModel model(events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEventPk(event.pk);

    Registration cancelled = guest;
    cancelled.status = RegistrationStatus::Cancelled;
    ASSERT_TRUE(events.updateRegistration(cancelled).ok());
    model.refresh(guest.pk);
    EXPECT_EQ(model.index(model.rowOfPk(guest.pk), RegistrationTableModel::Status).data().toString(),
              QStringLiteral("Cancelled"));

    WalkIn walkIn;
    walkIn.firstName = QStringLiteral("Maria");
    walkIn.lastName = QStringLiteral("Kalesnikava");
    const Result<Registration> door = events.walkIn(event.pk, walkIn, QStringLiteral("door"));
    ASSERT_TRUE(door.ok()) << door.error().toStdString();
    model.refresh(door->pk);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(model.rowOfPk(door->pk), RegistrationTableModel::WalkIn).data().toString(),
              QStringLiteral("Walk-in"));

    ASSERT_TRUE(events.removeRegistration(guest.pk).ok());
    model.refresh(guest.pk);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOfPk(guest.pk), -1);
}

TEST_F(RegistrationTableModelTest, SearchesAcrossScriptsAndByTicketCode)
{
    RegistrationTableModel model(events);
    model.setEventPk(event.pk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(names(model),
              (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Святлана Ціханоўская")}));
    // Who has checked in comes first, whoever has not last.
    model.sort(RegistrationTableModel::CheckedInAt, Qt::AscendingOrder);
    EXPECT_EQ(names(model).first(), QStringLiteral("Святлана Ціханоўская"));
    model.sort(RegistrationTableModel::CheckedInAt, Qt::DescendingOrder);
    EXPECT_EQ(names(model).first(), QStringLiteral("Aliaksandr Bialiacki"));

    model.setSearchText(QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Святлана Ціханоўская")});
    model.setSearchText(QStringLiteral("k7qx-m4tp"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Святлана Ціханоўская")});
    model.setSearchText(QStringLiteral("M4TP"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Святлана Ціханоўская")});
    model.setSearchText(QStringLiteral("k7qx"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Святлана Ціханоўская")});
    model.setSearchText(QStringLiteral("guest@exa"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Aliaksandr Bialiacki")});
    model.setSearchText(QStringLiteral("061234"));
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Святлана Ціханоўская")});
    model.setSearchText(QStringLiteral("nobody"));
    EXPECT_TRUE(names(model).isEmpty());
    EXPECT_EQ(model.totalCount(), 2);
    model.setSearchText(QString());
    EXPECT_EQ(model.rowCount(), 2);
}

// The list sorts by keys stored beside each registration: a guest added or renamed, a member renamed in their own
// record, and the alphabet of the language shown all move rows.
TEST_F(RegistrationTableModelTest, TheOrderFollowsChangesAndTheLanguage)
{
    RegistrationTableModel model(events);
    model.setEventPk(event.pk);
    model.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(names(model),
              (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Святлана Ціханоўская")}));

    Registration late;
    late.eventPk = event.pk;
    late.guestName = QStringLiteral("Zmitser Dashkevich");
    const Result<Registration> added = events.addRegistration(late);
    ASSERT_TRUE(added) << added.error().toStdString();
    model.refresh(added->pk);
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Zmitser Dashkevich"),
                                         QStringLiteral("Святлана Ціханоўская")}));

    Registration renamed = guest;
    renamed.guestName = QStringLiteral("Zyhmunt Bialiacki");
    ASSERT_TRUE(events.updateRegistration(renamed));
    model.refresh(renamed.pk);
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("Zmitser Dashkevich"), QStringLiteral("Zyhmunt Bialiacki"),
                                         QStringLiteral("Святлана Ціханоўская")}));

    // The member renames herself in her record: her registration moves, though the registration was not written.
    std::optional<Member> stored = members.find(member.memberPk);
    ASSERT_TRUE(stored);
    stored->firstName = QStringLiteral("Alena");
    stored->lastName = QStringLiteral("Anisim");
    ASSERT_TRUE(members.update(*stored));
    model.reload();
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("Alena Anisim"), QStringLiteral("Zmitser Dashkevich"),
                                         QStringLiteral("Zyhmunt Bialiacki")}));
    stored->firstName = QStringLiteral("Святлана");
    stored->lastName = QStringLiteral("Ціханоўская");
    ASSERT_TRUE(members.update(*stored));
    model.reload();

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Belarusian));
    model.reload();
    const QStringList inBelarusian = names(model);
    QLocale::setDefault(before);
    EXPECT_EQ(inBelarusian, (QStringList{QStringLiteral("Святлана Ціханоўская"), QStringLiteral("Zmitser Dashkevich"),
                                         QStringLiteral("Zyhmunt Bialiacki")}));
}
