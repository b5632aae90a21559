#include <QListWidget>
#include <QStackedWidget>

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "models/cases/caserepository.h"
#include "models/db/database.h"
#include "models/db/storagefaults.h"
#include "models/demo/demodata.h"
#include "models/events/eventrepository.h"
#include "models/i18n/languages.h"
#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/cases/casespage.h"
#include "views/checkin/checkinpage.h"
#include "views/common/manualdialog.h"
#include "views/common/messagebar.h"
#include "views/dashboard/dashboardpage.h"
#include "views/events/eventspage.h"
#include "views/exitpoll/exitpollpage.h"
#include "views/mainwindow.h"
#include "views/members/memberspage.h"
#include "views/settings/settings.h"
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

TEST_F(MainWindowView, ADatabaseOpenForReadingOnlySaysSoAboveEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.db"));
    ASSERT_TRUE(Database::open(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    auto database = Database::open(path);
    ASSERT_TRUE(database) << database.error().toStdString();
    Languages languages;
    MainWindow window(*database.value(), languages);
    window.show();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only"))) << window.windowTitle().toStdString();
    auto *bar = find<MessageBar>(&window, QStringLiteral("databaseBar"));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("reading only"))) << bar->text().toStdString();
    window.showPage(MainWindow::CasesArea);
    EXPECT_TRUE(bar->isVisible());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(MainWindowView, APageThatMeetsADamagedDatabaseShowsItAboveThePage)
{
    if (!StorageFaults::isListening())
        GTEST_SKIP() << "SQLite's error log is not reachable in this build";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database);
        ASSERT_TRUE(DemoData::load(*database.value(), QDate(2026, 12, 7)));
    }
    {
        QFile damaged(path);
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        const qint64 pages = damaged.size() / 4096;
        ASSERT_TRUE(damaged.seek(pages / 2 * 4096));
        damaged.write(QByteArray(int(pages / 4 * 4096), '\x5a'));
    }
    auto database = Database::open(path);
    ASSERT_TRUE(database) << database.error().toStdString();
    Languages languages;
    MainWindow window(*database.value(), languages);
    window.show();
    for (int page = 0; page < MainWindow::PageCount; ++page)
        window.showPage(static_cast<MainWindow::Page>(page));
    QCoreApplication::processEvents();
    auto *bar = find<MessageBar>(&window, QStringLiteral("databaseBar"));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("damaged"))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("backup"))) << bar->text().toStdString();
}

// Ctrl+N, F2, Delete and Ctrl+F act on the page shown: no key is held by two actions at once (Qt would call it
// ambiguous and do nothing), and Ctrl+N opens the new member, event or case of the page that is shown.
TEST_F(MainWindowView, EachPagesShortcutsActOnThePageShown)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    activate(&window);
    const auto heldTwice = [&window] {
        QStringList held;
        QStringList twice;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue; // bound to one widget, such as a search field's Esc: never ambiguous
            for (const QKeySequence &keys : action->shortcuts()) {
                const QString text = keys.toString(QKeySequence::PortableText);
                if (held.contains(text))
                    twice.append(text);
                held.append(text);
            }
        }
        return twice;
    };
    const QList<std::pair<MainWindow::Page, const char *>> areas{{MainWindow::MembersArea, "supolka::MemberEditor"},
                                                                 {MainWindow::EventsArea, "supolka::EventEditor"},
                                                                 {MainWindow::CasesArea, "supolka::CaseEditor"}};
    for (const auto &[page, editorClass] : areas) {
        window.showPage(page);
        EXPECT_TRUE(heldTwice().isEmpty()) << heldTwice().join(QLatin1Char(' ')).toStdString();
        activate(&window);
        // As after a click on the sidebar: the focus stays there, not in the page.
        find<QListWidget>(&window, QStringLiteral("sidebar"))->setFocus();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QDialog *editor = nullptr;
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->isVisible() && QLatin1String(dialog->metaObject()->className()) == QLatin1String(editorClass))
                editor = dialog;
        }
        ASSERT_NE(editor, nullptr) << editorClass;
        editor->reject();
        flushDeletes();
    }
    window.showPage(MainWindow::SyncArea);
    EXPECT_TRUE(heldTwice().isEmpty()) << heldTwice().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(window.membersPage()->newAction()->shortcut().isEmpty());
    EXPECT_TRUE(window.casesPage()->newAction()->shortcut().isEmpty());
}

// The window has a minimum size and fits the screen: a size kept from a larger monitor is brought back within it.
TEST_F(MainWindowView, TheWindowFitsTheScreenAndHasAMinimumSize)
{
    Languages languages;
    {
        QWidget huge;
        huge.setGeometry(0, 0, 3000, 2000);
        settings::windowGeometry.setValue(huge.saveGeometry());
    }
    MainWindow window(m_db.get(), languages);
    window.show();
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_GE(window.minimumWidth(), 960);
    EXPECT_GE(window.minimumHeight(), 600);
    EXPECT_LE(window.width(), std::max(available.width(), 960)) << available.width();
    EXPECT_LE(window.height(), std::max(available.height(), 600)) << available.height();
}

// Every sidebar entry says what it is for and its shortcut; the red number by the aid cases is explained. A
// database with nothing recorded in it opens on the members page, which welcomes, whatever page was used last.
TEST_F(MainWindowView, TheSidebarExplainsItselfAndANewDatabaseOpensOnTheWelcome)
{
    settings::lastPage.setValue(int(MainWindow::DashboardArea));
    Languages languages;
    {
        MainWindow window(m_db.get(), languages);
        EXPECT_EQ(find<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget(), window.membersPage());
        auto *sidebar = find<QListWidget>(&window, QStringLiteral("sidebar"));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            EXPECT_FALSE(sidebar->item(page)->toolTip().isEmpty()) << page;
            EXPECT_TRUE(sidebar->item(page)->toolTip().contains(QString::number(page + 1))) << "its Ctrl+number";
        }
    }
    // A chapter that keeps only events (a secretariat, say) is not new: it opens where it was left.
    Event rally;
    rally.title = QStringLiteral("Freedom Day rally");
    rally.startsAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(EventRepository(m_db.get()).addEvent(rally).ok());
    settings::lastPage.setValue(int(MainWindow::EventsArea));
    {
        MainWindow window(m_db.get(), languages);
        EXPECT_EQ(find<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget(), window.eventsPage());
    }
    AidCase late;
    late.personName = QStringLiteral("Ihar Losik");
    late.needs = {QStringLiteral("legal")};
    late.summary = QStringLiteral("Needs a lawyer");
    late.openedOn = QDate::currentDate().addDays(-20);
    late.dueOn = QDate::currentDate().addDays(-2);
    ASSERT_TRUE(CaseRepository(m_db.get()).add(late, QStringLiteral("lead")).ok());
    Member member;
    member.firstName = QStringLiteral("Ales");
    member.lastName = QStringLiteral("Bialiatski");
    ASSERT_TRUE(MemberRepository(m_db.get()).add(member));
    settings::lastPage.setValue(int(MainWindow::DashboardArea));
    MainWindow window(m_db.get(), languages);
    EXPECT_EQ(find<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget(), window.dashboardPage());
    const QString casesTip =
        find<QListWidget>(&window, QStringLiteral("sidebar"))->item(MainWindow::CasesArea)->toolTip();
    EXPECT_TRUE(casesTip.contains(QStringLiteral("past the due date"))) << casesTip.toStdString();
    EXPECT_EQ(casesTip.count(QStringLiteral("past the due date")), 1);
}

} // namespace supolka::test

namespace supolka::test {

namespace {

// How many of the picture's pixels are drawn (not transparent).
int drawnPixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage();
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return drawn;
}

} // namespace

// The window's icon and the areas' icons come from the SVG files of resources/, built into the program, and are drawn
// at every size the sidebar, the task bar and the title bar ask for.
TEST_F(MainWindowView, TheIconsComeFromTheBuiltInSvgFiles)
{
    for (const char *path : {":/app/org.supolka.Supolka.svg", ":/icons/members.svg", ":/icons/events.svg",
                             ":/icons/check-in.svg", ":/icons/cases.svg", ":/icons/exit-poll.svg",
                             ":/icons/dashboard.svg", ":/icons/sync.svg", ":/icons/search.svg"}) {
        QFile file(QString::fromLatin1(path));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path;
        EXPECT_TRUE(file.readAll().startsWith("<")) << path;
    }
    Languages languages;
    MainWindow window(m_db.get(), languages);
    EXPECT_GT(drawnPixels(window.windowIcon(), 64), 64 * 64 / 2) << "the application's icon on the window";
    auto *sidebar = find<QListWidget>(&window, QStringLiteral("sidebar"));
    for (int row = 0; row < sidebar->count(); ++row) {
        for (const int size : {16, 24, 48})
            EXPECT_GT(drawnPixels(sidebar->item(row)->icon(), size), size * size / 8) << row << " at " << size;
    }
}

} // namespace supolka::test

namespace supolka::test {

// Help ▸ About: the logo, the version, the licence with its whole text a click away, the website and the database.
TEST_F(MainWindowView, AboutShowsTheLogoVersionLicenceAndWebsite)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    find<QAction>(&window, QStringLiteral("aboutAction"))->trigger();
    auto *about = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_FALSE(find<QLabel>(about, QStringLiteral("aboutLogo"))->pixmap().isNull());
    EXPECT_TRUE(find<QLabel>(about, QStringLiteral("aboutTitle"))->text().contains(QStringLiteral(SUPOLKA_VERSION)));
    EXPECT_TRUE(
        find<QLabel>(about, QStringLiteral("aboutLicence"))->text().contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(find<QLabel>(about, QStringLiteral("aboutWebsite"))
                    ->text()
                    .contains(QStringLiteral("href=\"%1\"").arg(QStringLiteral(SUPOLKA_HOMEPAGE))));
    EXPECT_TRUE(find<QLabel>(about, QStringLiteral("aboutDatabase"))
                    ->text()
                    .contains(QDir::toNativeSeparators(m_db.get().path())));

    find<QPushButton>(about, QStringLiteral("licenceButton"))->click();
    auto *licence = about->findChild<QDialog *>(QStringLiteral("licenceDialog"));
    ASSERT_NE(licence, nullptr);
    const QString text = find<QTextBrowser>(licence, QStringLiteral("licenceText"))->toPlainText();
    EXPECT_TRUE(text.trimmed().startsWith(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    EXPECT_TRUE(text.contains(QStringLiteral("Version 3, 29 June 2007")));
    EXPECT_GT(text.size(), 30000) << "the whole text";
    licence->reject();
    about->reject();
}

} // namespace supolka::test

namespace supolka::test {

// F1 opens the manual in the UI language, one window however often it is pressed; it follows a change of language.
TEST_F(MainWindowView, F1OpensTheManualInTheUiLanguage)
{
    Languages languages;
    ASSERT_TRUE(languages.apply(QStringLiteral("be")));
    MainWindow window(m_db.get(), languages);
    window.show();
    activate(&window);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *manual = window.findChild<QDialog *>(QStringLiteral("manualDialog"));
    ASSERT_NE(manual, nullptr);
    EXPECT_TRUE(manual->isVisible());
    auto *text = find<QTextBrowser>(manual, QStringLiteral("manualText"));
    EXPECT_TRUE(text->toPlainText().startsWith(QStringLiteral("Дапаможнік Суполкі")))
        << text->toPlainText().left(40).toStdString();
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Ctrl+L")));
    window.findChild<QAction *>(QStringLiteral("manualAction"))->trigger();
    EXPECT_EQ(window.findChildren<QDialog *>(QStringLiteral("manualDialog")).size(), 1);
    window.switchLanguage(QStringLiteral("ru")); // View ▸ Language
    QCoreApplication::processEvents();
    EXPECT_TRUE(text->toPlainText().startsWith(QStringLiteral("Руководство Суполки")));
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(text->toPlainText().startsWith(QStringLiteral("Supolka manual")));
    // Every language's manual names the same shortcuts.
    for (const QString &language : {QStringLiteral("be"), QStringLiteral("ru"), QStringLiteral("en")}) {
        const QString markdown = ManualDialog::text(language);
        for (const char *keys : {"F1", "Ctrl+L", "Ctrl+N", "F2", "Ctrl+F", "Ctrl+Z", "Ctrl+I", "F11", "Esc"})
            EXPECT_TRUE(markdown.contains(QLatin1String(keys))) << language.toStdString() << " " << keys;
    }
    manual->close();
}

} // namespace supolka::test
