#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "models/events/checkinresultsmodel.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

class CheckInResultsModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Event event;
        event.title = QStringLiteral("Kupalle in the park");
        event.startsAt = QDateTime(QDate(2026, 7, 6), QTime(18, 0), Qt::UTC);
        event.country = QStringLiteral("PL");
        Result<Event> added = m_events.addEvent(event);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        m_eventPk = added->pk;

        Member member;
        member.firstName = QStringLiteral("Святлана");
        member.lastName = QStringLiteral("Ціханоўская");
        member.email = QStringLiteral("sviatlana@example.org");
        Result<Member> stored = m_members.add(member);
        ASSERT_TRUE(stored.ok()) << stored.error().toStdString();

        QList<Registration> registrations(3);
        for (Registration &r : registrations)
            r.eventPk = m_eventPk;
        registrations[0].memberPk = stored->pk;
        registrations[1].guestName = QStringLiteral("Aliaksandr Kavalenka");
        registrations[1].guestPhone = QStringLiteral("+48601234567");
        registrations[2].guestName = QStringLiteral("Volha Kazlova");
        registrations[2].status = RegistrationStatus::Cancelled;
        ASSERT_TRUE(m_events.addRegistrations(registrations).ok());
        m_registrations = registrations;
    }

    test::ScratchDatabase m_db;
    EventRepository m_events{m_db.get()};
    MemberRepository m_members{m_db.get()};
    qint64 m_eventPk = 0;
    QList<Registration> m_registrations;
};

} // namespace

TEST_F(CheckInResultsModelTest, ShowsWhatTheSearchFound)
{
    CheckInResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), CheckInResultsModel::ColumnCount);

    model.setResults(m_events.search(m_eventPk, QStringLiteral("Tsikh")));
    ASSERT_EQ(model.rowCount(), 1);
    const Registration &hers = m_registrations.at(0);
    EXPECT_EQ(model.index(0, CheckInResultsModel::Name).data().toString(), QStringLiteral("Святлана Ціханоўская"));
    EXPECT_EQ(model.index(0, CheckInResultsModel::Email).data().toString(), QStringLiteral("sviatlana@example.org"));
    EXPECT_EQ(model.index(0, CheckInResultsModel::Ticket).data().toString(), ticketcode::display(hers.ticketCode));
    EXPECT_EQ(model.index(0, CheckInResultsModel::Ticket).data(CheckInResultsModel::RawValueRole).toString(),
              hers.ticketCode);
    EXPECT_EQ(model.index(0, CheckInResultsModel::Status).data().toString(), QStringLiteral("Not checked in yet"));
    EXPECT_TRUE(model.index(0, CheckInResultsModel::CheckedInAt).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, 0).data(CheckInResultsModel::StateRole).toInt(),
              int(CheckInResultsModel::State::Expected));
    const auto raw = model.index(0, 0).data(CheckInResultsModel::RegistrationRole).value<Registration>();
    EXPECT_EQ(raw.pk, hers.pk);
    EXPECT_EQ(model.registrationAt(0).pk, hers.pk);
    EXPECT_EQ(model.rowOfPk(hers.pk), 0);
    EXPECT_EQ(model.rowOfPk(m_registrations.at(1).pk), -1);
    EXPECT_EQ(model.headerData(CheckInResultsModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));

    model.setResults(m_events.search(m_eventPk, QStringLiteral("+48 601 234")));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, CheckInResultsModel::Phone).data().toString(), QStringLiteral("+48601234567"));

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CheckInResultsModelTest, RowsFollowCheckInsAndCancellations)
{
    CheckInResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setResults(m_events.search(m_eventPk, QStringLiteral("ka")));
    ASSERT_EQ(model.rowCount(), 2);
    const int cancelledRow = model.rowOfPk(m_registrations.at(2).pk);
    const int guestRow = model.rowOfPk(m_registrations.at(1).pk);
    ASSERT_GE(cancelledRow, 0);
    ASSERT_GE(guestRow, 0);
    EXPECT_EQ(model.index(cancelledRow, CheckInResultsModel::Status).data().toString(), QStringLiteral("Cancelled"));
    EXPECT_EQ(model.index(cancelledRow, 0).data(CheckInResultsModel::StateRole).toInt(),
              int(CheckInResultsModel::State::Cancelled));

    const CheckInResult checked = m_events.checkIn(m_registrations.at(1).pk, QStringLiteral("Anna on door-1"));
    ASSERT_EQ(checked.outcome, CheckInOutcome::CheckedIn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.registrationChanged(checked.registration);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), guestRow);
    EXPECT_EQ(model.index(guestRow, CheckInResultsModel::Status).data().toString(), QStringLiteral("Checked in"));
    EXPECT_EQ(model.index(guestRow, 0).data(CheckInResultsModel::StateRole).toInt(),
              int(CheckInResultsModel::State::CheckedIn));
    EXPECT_FALSE(model.index(guestRow, CheckInResultsModel::CheckedInAt).data().toString().isEmpty());
    EXPECT_EQ(model.index(guestRow, CheckInResultsModel::CheckedInAt).data(CheckInResultsModel::RawValueRole),
              checked.registration.checkedInAt);
    EXPECT_TRUE(model.index(guestRow, CheckInResultsModel::CheckedInAt)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Anna on door-1")));

    Registration elsewhere = checked.registration;
    elsewhere.pk = -1;
    model.registrationChanged(elsewhere);
    EXPECT_EQ(changed.size(), 1) << "a registration that is not shown changes nothing";
}

TEST(CheckInResultsModelText, WalkInsAndOldCheckInsReadClearly)
{
    Registration r;
    r.name = QStringLiteral("Maryia Kalesnikava");
    EXPECT_EQ(CheckInResultsModel::statusText(r), QStringLiteral("Not checked in yet"));
    r.walkIn = true;
    r.checkedInAt = QStringLiteral("2020-08-09T18:30:00.000Z");
    EXPECT_EQ(CheckInResultsModel::statusText(r), QStringLiteral("Walk-in, checked in"));
    const QString when = CheckInResultsModel::checkedInText(r);
    EXPECT_TRUE(when.contains(QStringLiteral("20")))
        << "a check-in of another day shows its date: " << when.toStdString();
}
