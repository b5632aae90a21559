#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "models/events/eventrepository.h"
#include "models/i18n/languages.h"
#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/dashboard/dashboardpage.h"
#include "views/mainwindow.h"
#include "views/members/memberspage.h"

namespace supolka::test {

using DashboardView = ViewTest;

TEST_F(DashboardView, ChartsFollowTheMembers)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    window.showPage(MainWindow::DashboardArea);
    DashboardPage *dashboard = window.dashboardPage();
    EXPECT_TRUE(find<QLabel>(dashboard, QStringLiteral("dashboardEmpty"))->isVisible());

    MemberRepository repository(m_db.get());
    for (const QString &country : {QStringLiteral("PL"), QStringLiteral("PL"), QStringLiteral("LT")}) {
        Member member;
        member.firstName = QStringLiteral("A") + country;
        member.lastName = QStringLiteral("B%1").arg(repository.count());
        member.country = country;
        member.joinedOn = QDate(2024, 5, 1);
        ASSERT_TRUE(repository.add(member).ok());
    }
    window.membersPage()->reload();

    const QList<QAbstractSeries *> series = dashboard->countryChart()->series();
    ASSERT_EQ(series.size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 1);
    EXPECT_EQ(bars->barSets().first()->count(), 2);
    EXPECT_EQ(bars->barSets().first()->at(1), 2.0); // most members on top, the last bar
    EXPECT_FALSE(dashboard->monthChart()->series().isEmpty());

    // The count axis writes its numbers (a chart that localizes numbers drops labels in a format it cannot read).
    QCoreApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : dashboard->countryChart()->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("0")) && texts.contains(QStringLiteral("1")) &&
                texts.contains(QStringLiteral("2")))
        << texts.join(QLatin1Char('|')).toStdString();
}

TEST_F(DashboardView, AttendanceIsTheSecondRow)
{
    EventRepository events(m_db.get());
    Event event;
    event.title = QStringLiteral("Freedom Day rally");
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    const Result<Event> added = events.addEvent(event);
    ASSERT_TRUE(added.ok());
    for (const QString &name : {QStringLiteral("Ala"), QStringLiteral("Ihar")}) {
        Registration r;
        r.eventPk = added->pk;
        r.guestName = name;
        ASSERT_TRUE(events.addRegistration(r).ok());
    }

    DashboardPage dashboard(m_db.get());
    dashboard.show();
    // Events alone are enough for the charts.
    EXPECT_FALSE(find<QLabel>(&dashboard, QStringLiteral("dashboardEmpty"))->isVisible());
    const QList<QAbstractSeries *> series = dashboard.attendanceChart()->series();
    ASSERT_FALSE(series.isEmpty());
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().first()->at(0), 2.0);
}

TEST_F(DashboardView, DemoDataFillsTheMembersPage)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    MembersPage *page = window.membersPage();
    QTest::mouseClick(find<QPushButton>(page, QStringLiteral("loadDemoButton")), Qt::LeftButton);
    auto *table = find<QTableView>(page, QStringLiteral("membersTable"));
    EXPECT_TRUE(table->isVisible());
    EXPECT_GT(table->model()->rowCount(), 10);
}

} // namespace supolka::test
