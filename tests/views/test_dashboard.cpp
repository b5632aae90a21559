#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

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
