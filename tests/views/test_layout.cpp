#include <functional>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QScreen>
#include <QTableView>

#include "views/cases/casespage.h"
#include "views/checkin/checkinpage.h"
#include "views/events/eventspage.h"
#include "views/exitpoll/exitpollpage.h"
#include "views/members/memberspage.h"
#include "views/security/passphrasedialog.h"

#include "models/demo/demodata.h"
#include "models/i18n/languages.h"
#include "tests/views/layoutcheck.h"
#include "tests/views/viewfixture.h"
#include "views/mainwindow.h"

namespace supolka::test {

namespace {

const QList<QSize> LaptopSizes{QSize(1024, 700), QSize(1280, 800)};
const QStringList Languages3{QStringLiteral("be"), QStringLiteral("ru"), QStringLiteral("en")};

} // namespace

// The window on an empty database, as a chapter lead first meets it.
class LayoutTest : public ViewTest
{
protected:
    void TearDown() override
    {
        m_languages.apply(QStringLiteral("en"));
        ViewTest::TearDown();
    }

    static QString where(const QString &language, QSize size, const QString &what)
    {
        return QStringLiteral("%1 %2x%3 %4").arg(language).arg(size.width()).arg(size.height()).arg(what);
    }

    static QWidget *openedWindow(const QWidget *main);

    // Shows `window` filling a screen of `size` (the test platform has a 1024x700 and a 1280x800 one beside the
    // desktop), so that its dialogs open on that screen and size themselves for it.
    static void placeOnScreen(QWidget &window, QSize size)
    {
        QScreen *screen = nullptr;
        for (QScreen *candidate : QGuiApplication::screens()) {
            if (candidate->geometry().size() == size)
                screen = candidate;
        }
        ASSERT_NE(screen, nullptr) << "no test screen of " << size.width() << "x" << size.height();
        window.setGeometry(QRect(screen->availableGeometry().topLeft(), size));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_EQ(window.screen(), screen);
        ASSERT_EQ(window.size(), size);
    }

    // Opens the window on the demo data in each language, on each laptop screen, and hands it to `visit`.
    void forEachLanguageAndScreen(const std::function<void(const QString &, QSize, MainWindow &)> &visit)
    {
        for (const QString &language : Languages3) {
            ASSERT_TRUE(m_languages.apply(language));
            for (const QSize size : LaptopSizes) {
                MainWindow window(m_db.get(), m_languages);
                ASSERT_NO_FATAL_FAILURE(placeOnScreen(window, size));
                visit(language, size, window);
            }
        }
    }

    // Every page (and each of its tabs) in each language on each screen.
    QStringList everyPageProblems()
    {
        QStringList problems;
        forEachLanguageAndScreen([&](const QString &language, QSize size, MainWindow &window) {
            for (int page = 0; page < MainWindow::PageCount; ++page) {
                window.showPage(static_cast<MainWindow::Page>(page));
                QCoreApplication::processEvents();
                for (const QString &problem : LayoutCheck::problems(&window, size))
                    problems.append(where(language, size, QString::number(page) + QStringLiteral(": ") + problem));
            }
        });
        return problems;
    }

    static void expectNone(QStringList problems)
    {
        problems.removeDuplicates();
        EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems:\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }

    Languages m_languages;
};

// The window on the demo chapter's data: every table, chart and dialog filled.
class LayoutView : public LayoutTest
{
protected:
    void SetUp() override
    {
        LayoutTest::SetUp();
        ASSERT_TRUE(DemoData::load(m_db.get()).ok());
    }
};

using FirstRunLayoutView = LayoutTest;

// A new database: every page's first-run text and buttons read whole.
TEST_F(FirstRunLayoutView, EveryPageOfANewDatabaseReadsWhole)
{
    expectNone(everyPageProblems());
}

// Every page of the window, with the demo chapter's data, in each language at a small laptop's size and at the
// usual one: no text is cut, nothing lies on anything else.
TEST_F(LayoutView, EveryPageReadsWholeInEachLanguageAndSize)
{
    expectNone(everyPageProblems());
}

// The dialog or window that an action opened beside `main` (dialogs open window-modal, without blocking).
QWidget *LayoutTest::openedWindow(const QWidget *main)
{
    QCoreApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != main && widget->isVisible() && !widget->inherits("QMenu"))
            return widget;
    }
    return nullptr;
}

// Every dialog the window opens (the member, event, guest, walk-in and case editors with each of their tabs, the
// import of a messy spreadsheet, the exit poll's station sheet, the passphrase), at its own size, in each language and
// on each screen.
TEST_F(LayoutView, EveryDialogReadsWholeInEachLanguageAndSize)
{
    QStringList problems;
    forEachLanguageAndScreen([&](const QString &language, QSize size, MainWindow &window) {
        auto look = [&](const QString &what, const std::function<void()> &open) {
            open();
            QWidget *dialog = openedWindow(&window);
            if (!dialog) {
                problems.append(where(language, size, what + QStringLiteral(": no dialog opened")));
                return;
            }
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
            QCoreApplication::processEvents();
            for (const QString &problem : LayoutCheck::problems(dialog, size))
                problems.append(where(language, size, what + QStringLiteral(": ") + problem));
            if (auto *modal = qobject_cast<QDialog *>(dialog))
                modal->reject();
            dialog->close();
            flushDeletes();
        };
        auto selectFirstRow = [&](QWidget *page, const QString &table) {
            auto *view = page->findChild<QTableView *>(table);
            ASSERT_NE(view, nullptr) << table.toStdString();
            ASSERT_GT(view->model()->rowCount(), 0) << table.toStdString();
            view->selectRow(0);
        };

        window.showPage(MainWindow::MembersArea);
        look(QStringLiteral("new member"), [&] { window.membersPage()->addMember(); });
        selectFirstRow(window.membersPage(), QStringLiteral("membersTable"));
        look(QStringLiteral("member"), [&] { window.membersPage()->editSelected(); });
        look(QStringLiteral("member import"),
             [&] { window.membersPage()->importFile(QStringLiteral(SUPOLKA_TEST_DATA "/members/mixed_errors.csv")); });

        window.showPage(MainWindow::EventsArea);
        look(QStringLiteral("new event"), [&] { window.eventsPage()->newEvent(); });
        selectFirstRow(window.eventsPage(), QStringLiteral("eventsTable"));
        look(QStringLiteral("event"), [&] { window.eventsPage()->editSelected(); });
        look(QStringLiteral("guest"),
             [&] { window.eventsPage()->findChild<QPushButton *>(QStringLiteral("addGuestButton"))->click(); });

        window.showPage(MainWindow::CheckInArea);
        look(QStringLiteral("walk-in"),
             [&] { window.checkInPage()->findChild<QPushButton *>(QStringLiteral("walkInButton"))->click(); });

        window.showPage(MainWindow::CasesArea);
        look(QStringLiteral("new case"), [&] { window.casesPage()->newCase(); });
        selectFirstRow(window.casesPage(), QStringLiteral("casesTable"));
        look(QStringLiteral("case"), [&] { window.casesPage()->openSelected(); });

        window.showPage(MainWindow::ExitPollArea);
        look(QStringLiteral("station sheet"), [&] { window.exitPollPage()->stationSheetAction()->trigger(); });

        look(QStringLiteral("manual"), [&] { window.findChild<QAction *>(QStringLiteral("manualAction"))->trigger(); });
        look(QStringLiteral("about"), [&] { window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger(); });

        look(QStringLiteral("passphrase"), [&] {
            auto *dialog = new PassphraseDialog(
                PassphraseDialog::Mode::Change, m_db.path(),
                [](const SecretBytes *, const SecretBytes *) { return QString(); }, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    });
    expectNone(problems);
}

} // namespace supolka::test
