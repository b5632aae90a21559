#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "models/core/shownformats.h"
#include "models/events/eventrepository.h"
#include "models/events/eventtablemodel.h"
#include "models/text/keyfilterproxy.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Event event(const QString &title, EventKind kind, const QDateTime &start, const QString &city, const QString &country)
{
    Event e;
    e.title = title;
    e.kind = kind;
    e.startsAt = start;
    e.city = city;
    e.country = country;
    return e;
}

class EventTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        rally = add(event(QStringLiteral("Freedom Day rally"), EventKind::Rally,
                          QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC), QStringLiteral("Warszawa"),
                          QStringLiteral("PL")));
        meetup = add(event(QStringLiteral("Вечар паэзіі"), EventKind::Meetup,
                           QDateTime(QDate(2026, 1, 10), QTime(18, 30), Qt::UTC), QStringLiteral("Vilnius"),
                           QStringLiteral("LT")));
        concert = add(event(QStringLiteral("Charity concert"), EventKind::Fundraiser,
                            QDateTime(QDate(2026, 5, 2), QTime(19, 0), Qt::UTC), QStringLiteral("Berlin"),
                            QStringLiteral("DE")));
        // The rally: three registered (one checked in, one walk-in who is checked in too), one cancelled.
        registerGuest(rally.pk, QStringLiteral("Alena Kavalenka"), true);
        registerGuest(rally.pk, QStringLiteral("Ihar Bialiatski"), false);
        const Registration cancelled = registerGuest(rally.pk, QStringLiteral("Pavel Sieviaryniec"), false);
        Registration changed = cancelled;
        changed.status = RegistrationStatus::Cancelled;
        EXPECT_TRUE(events.updateRegistration(changed).ok());
        WalkIn walkIn;
        walkIn.firstName = QStringLiteral("Maria");
        walkIn.lastName = QStringLiteral("Kalesnikava");
        EXPECT_TRUE(events.walkIn(rally.pk, walkIn, QStringLiteral("door")).ok());
    }

    Event add(const Event &e)
    {
        Result<Event> added = events.addEvent(e);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Event();
    }

    Registration registerGuest(qint64 eventPk, const QString &name, bool checkIn)
    {
        Registration r;
        r.eventPk = eventPk;
        r.guestName = name;
        Result<Registration> added = events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        if (added && checkIn) {
            EXPECT_EQ(events.checkIn(added->pk, QStringLiteral("door")).outcome, CheckInOutcome::CheckedIn);
        }
        return added ? added.value() : Registration();
    }

    static QStringList titles(const QAbstractItemModel &model)
    {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, EventTableModel::Title).data().toString());
        return shown;
    }

    test::ScratchDatabase db;
    EventRepository events{db.get()};
    Event rally;
    Event meetup;
    Event concert;
};

} // namespace

TEST_F(EventTableModelTest, ShowsEventsWithTheirCounts)
{
    EventTableModel model(events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), EventTableModel::ColumnCount);
    // Latest start first, as the repository reads them.
    EXPECT_EQ(titles(model), (QStringList{QStringLiteral("Charity concert"), QStringLiteral("Freedom Day rally"),
                                          QStringLiteral("Вечар паэзіі")}));

    const int row = model.rowOfPk(rally.pk);
    ASSERT_EQ(row, 1);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(cell(EventTableModel::Kind).toString(), QStringLiteral("Rally"));
    EXPECT_EQ(cell(EventTableModel::StartsAt).toString(), shown::dateTime(rally.startsAt));
    EXPECT_TRUE(cell(EventTableModel::StartsAt).toString().contains(QString::number(rally.startsAt.date().year())));
    EXPECT_EQ(cell(EventTableModel::City).toString(), QStringLiteral("Warszawa"));
    EXPECT_EQ(cell(EventTableModel::Country).toString(), QStringLiteral("Poland"));
    EXPECT_EQ(cell(EventTableModel::Registered).toString(), QStringLiteral("3"));
    EXPECT_EQ(cell(EventTableModel::CheckedIn).toString(), QStringLiteral("2"));
    EXPECT_EQ(cell(EventTableModel::Registered, EventTableModel::RawValueRole), QVariant(3));
    EXPECT_EQ(cell(EventTableModel::StartsAt, EventTableModel::RawValueRole).toDateTime(), rally.startsAt);
    EXPECT_EQ(cell(EventTableModel::Title, EventTableModel::PkRole).toLongLong(), rally.pk);
    EXPECT_EQ(cell(EventTableModel::Title, EventTableModel::EventRole).value<Event>().title, rally.title);
    EXPECT_EQ(model.eventAt(model.index(row, EventTableModel::City)).pk, rally.pk);
    EXPECT_EQ(model.summaryAt(row).counts.walkIns, 1);
    EXPECT_EQ(model.headerData(EventTableModel::CheckedIn, Qt::Horizontal).toString(), QStringLiteral("Checked in"));
}

TEST_F(EventTableModelTest, RefreshFollowsAddsChangesAndDeletes)
{
    EventTableModel model(events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const Event added = add(event(QStringLiteral("Picnic"), EventKind::Other,
                                  QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC), QString(), QString()));
    model.refresh(added.pk);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.eventAt(model.rowOfPk(added.pk)).title, QStringLiteral("Picnic"));

    registerGuest(meetup.pk, QStringLiteral("Ala"), true);
    model.refresh(meetup.pk);
    EXPECT_EQ(model.index(model.rowOfPk(meetup.pk), EventTableModel::CheckedIn).data().toString(), QStringLiteral("1"));

    ASSERT_TRUE(events.removeEvent(rally.pk).ok());
    model.refresh(rally.pk);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfPk(rally.pk), -1);

    ASSERT_TRUE(events.restoreEvent(rally.pk).ok());
    model.refresh(rally.pk);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_GE(model.rowOfPk(rally.pk), 0);

    ASSERT_TRUE(events.removeEvent(added.pk).ok());
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(EventTableModelTest, SortsByRawValuesAndFiltersByWords)
{
    EventTableModel model(events);
    KeyFilterProxy proxy(EventTableModel::SearchKeysRole, EventTableModel::RawValueRole, EventTableModel::PkRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    proxy.sort(EventTableModel::StartsAt, Qt::AscendingOrder);
    EXPECT_EQ(titles(proxy), (QStringList{QStringLiteral("Вечар паэзіі"), QStringLiteral("Freedom Day rally"),
                                          QStringLiteral("Charity concert")}));
    proxy.sort(EventTableModel::Registered, Qt::DescendingOrder);
    EXPECT_EQ(titles(proxy).first(), QStringLiteral("Freedom Day rally"));
    proxy.sort(EventTableModel::Title, Qt::AscendingOrder);
    EXPECT_EQ(titles(proxy).first(), QStringLiteral("Charity concert"));

    proxy.setFilterText(QStringLiteral("warsz"));
    EXPECT_EQ(titles(proxy), QStringList{QStringLiteral("Freedom Day rally")});
    proxy.setFilterText(QStringLiteral("lithuania"));
    EXPECT_EQ(titles(proxy), QStringList{QStringLiteral("Вечар паэзіі")});
    proxy.setFilterText(QStringLiteral("паэзіі vilnius"));
    EXPECT_EQ(titles(proxy), QStringList{QStringLiteral("Вечар паэзіі")});
    proxy.setFilterText(QStringLiteral("fundraiser"));
    EXPECT_EQ(titles(proxy), QStringList{QStringLiteral("Charity concert")});
    proxy.setFilterText(QStringLiteral("rally berlin"));
    EXPECT_TRUE(titles(proxy).isEmpty());
    proxy.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
}
