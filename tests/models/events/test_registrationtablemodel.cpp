#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationtablemodel.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "models/text/keyfilterproxy.h"
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
    EXPECT_EQ(cell(row, RegistrationTableModel::CheckedInAt, RegistrationTableModel::RawValueRole).toDateTime(),
              checkedInAt);
    EXPECT_EQ(cell(row, RegistrationTableModel::CheckedInBy).toString(), QStringLiteral("Ala on hall-laptop"));
    EXPECT_EQ(cell(row, RegistrationTableModel::WalkIn).toString(), QString());
    EXPECT_EQ(model.registrationAt(model.index(row, 0)).pk, member.pk);
    EXPECT_EQ(cell(row, 0, RegistrationTableModel::RegistrationRole).value<Registration>().ticketCode,
              QStringLiteral("K7QXM4TP"));

    const int guestRow = model.rowOfPk(guest.pk);
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::Kind).toString(), QStringLiteral("Guest"));
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::Email).toString(), QStringLiteral("guest@example.org"));
    EXPECT_EQ(cell(guestRow, RegistrationTableModel::CheckedInAt).toString(), QString());
    EXPECT_FALSE(cell(guestRow, RegistrationTableModel::CheckedInAt, RegistrationTableModel::RawValueRole).isValid());

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

TEST_F(RegistrationTableModelTest, FiltersAcrossScriptsAndByTicketCode)
{
    RegistrationTableModel model(events);
    model.setEventPk(event.pk);
    KeyFilterProxy proxy(RegistrationTableModel::SearchKeysRole, RegistrationTableModel::RawValueRole,
                         RegistrationTableModel::PkRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    proxy.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy),
              (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Святлана Ціханоўская")}));
    proxy.sort(RegistrationTableModel::CheckedInAt, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy).first(), QStringLiteral("Святлана Ціханоўская"));

    proxy.setFilterText(QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Святлана Ціханоўская")});
    proxy.setFilterText(QStringLiteral("k7qx-m4tp"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Святлана Ціханоўская")});
    proxy.setFilterText(QStringLiteral("M4TP"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Святлана Ціханоўская")});
    proxy.setFilterText(QStringLiteral("guest@exa"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Aliaksandr Bialiacki")});
    proxy.setFilterText(QStringLiteral("061234"));
    EXPECT_EQ(names(proxy), QStringList{QStringLiteral("Святлана Ціханоўская")});
    proxy.setFilterText(QStringLiteral("nobody"));
    EXPECT_TRUE(names(proxy).isEmpty());
    proxy.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 2);
}

// The proxy keeps each row's sort key until the source changes: a changed, added or removed row is sorted by what it
// is now, and names sort in the alphabet of the language shown.
TEST_F(RegistrationTableModelTest, SortKeysFollowTheSourceAndTheLanguage)
{
    RegistrationTableModel model(events);
    model.setEventPk(event.pk);
    KeyFilterProxy proxy(RegistrationTableModel::SearchKeysRole, RegistrationTableModel::RawValueRole,
                         RegistrationTableModel::PkRole);
    proxy.setSourceModel(&model);
    proxy.setDynamicSortFilter(true);
    proxy.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy),
              (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Святлана Ціханоўская")}));

    // A guest added later: the keys kept for the others do not hide them.
    Registration late;
    late.eventPk = event.pk;
    late.guestName = QStringLiteral("Zmitser Dashkevich");
    const Result<Registration> added = events.addRegistration(late);
    ASSERT_TRUE(added) << added.error().toStdString();
    model.reload();
    EXPECT_EQ(names(proxy), (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Zmitser Dashkevich"),
                                         QStringLiteral("Святлана Ціханоўская")}));

    // Renamed, with as many rows as before: sorted by the new name.
    Registration renamed = guest;
    renamed.guestName = QStringLiteral("Zyhmunt Bialiacki");
    ASSERT_TRUE(events.updateRegistration(renamed));
    model.refresh(renamed.pk);
    EXPECT_EQ(names(proxy), (QStringList{QStringLiteral("Zmitser Dashkevich"), QStringLiteral("Zyhmunt Bialiacki"),
                                         QStringLiteral("Святлана Ціханоўская")}));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Belarusian));
    proxy.sort(RegistrationTableModel::Name, Qt::DescendingOrder);
    proxy.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
    const QStringList inBelarusian = names(proxy);
    QLocale::setDefault(before);
    EXPECT_EQ(inBelarusian, (QStringList{QStringLiteral("Святлана Ціханоўская"), QStringLiteral("Zmitser Dashkevich"),
                                         QStringLiteral("Zyhmunt Bialiacki")}));
}
