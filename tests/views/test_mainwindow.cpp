#include <QListWidget>
#include <QStackedWidget>

#include "models/cases/caserepository.h"
#include "models/events/eventrepository.h"
#include "models/i18n/languages.h"
#include "tests/views/viewfixture.h"
#include "views/cases/casespage.h"
#include "views/checkin/checkinpage.h"
#include "views/dashboard/dashboardpage.h"
#include "views/events/eventspage.h"
#include "views/exitpoll/exitpollpage.h"
#include "views/mainwindow.h"
#include "views/members/memberspage.h"
#include "views/sync/syncpage.h"

namespace supolka::test {

using MainWindowView = ViewTest;

TEST_F(MainWindowView, EverySidebarEntryShowsItsPage)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    auto *sidebar = find<QListWidget>(&window, QStringLiteral("sidebar"));
    auto *pages = find<QStackedWidget>(&window, QStringLiteral("pages"));
    ASSERT_EQ(sidebar->count(), int(MainWindow::PageCount));
    ASSERT_EQ(pages->count(), int(MainWindow::PageCount));
    const QList<QWidget *> expected{window.membersPage(), window.eventsPage(),   window.checkInPage(),
                                    window.casesPage(),   window.exitPollPage(), window.dashboardPage(),
                                    window.syncPage()};
    ASSERT_EQ(expected.size(), int(MainWindow::PageCount));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(static_cast<MainWindow::Page>(page));
        EXPECT_EQ(pages->currentWidget(), expected.at(page)) << sidebar->item(page)->text().toStdString();
        EXPECT_FALSE(sidebar->item(page)->text().isEmpty());
    }
}

TEST_F(MainWindowView, TheEventsCheckInButtonOpensTheDoorForThatEvent)
{
    EventRepository events(m_db.get());
    Event event;
    event.title = QStringLiteral("Freedom Day rally");
    event.startsAt = QDateTime::currentDateTimeUtc();
    const Result<Event> added = events.addEvent(event);
    ASSERT_TRUE(added.ok());
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    window.showPage(MainWindow::EventsArea);
    emit window.eventsPage()->checkInRequested(added->pk);
    EXPECT_EQ(find<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget(), window.checkInPage());
    EXPECT_EQ(window.checkInPage()->eventPk(), added->pk);
}

TEST_F(MainWindowView, OverdueCasesShowInTheSidebarFromTheStart)
{
    AidCase late;
    late.personName = QStringLiteral("Ihar Losik");
    late.needs = {QStringLiteral("legal")};
    late.summary = QStringLiteral("Needs a lawyer");
    late.openedOn = QDate::currentDate().addDays(-20);
    late.dueOn = QDate::currentDate().addDays(-2);
    ASSERT_TRUE(CaseRepository(m_db.get()).add(late, QStringLiteral("lead")).ok());
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    QListWidgetItem *cases = find<QListWidget>(&window, QStringLiteral("sidebar"))->item(MainWindow::CasesArea);
    EXPECT_EQ(cases->data(Qt::UserRole).toInt(), 1);
    EXPECT_TRUE(cases->text().contains(QStringLiteral("1"))) << cases->text().toStdString();
}

} // namespace supolka::test
