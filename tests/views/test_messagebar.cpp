#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"

#include <chrono>

namespace supolka::test {

using MessageBarView = ViewTest;

TEST_F(MessageBarView, ShowsTextRunsTheActionAndCloses)
{
    QWidget page;
    auto *bar = new MessageBar(&page);
    page.show();
    EXPECT_FALSE(bar->isVisible());

    int runs = 0;
    bar->showMessage(QStringLiteral("Deleted Ales."), MessageBar::Kind::Information, QStringLiteral("Undo"),
                     [&runs] { ++runs; });
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(find<QLabel>(bar, QStringLiteral("messageLabel"))->text(), QStringLiteral("Deleted Ales."));
    auto *action = find<QPushButton>(bar, QStringLiteral("messageActionButton"));
    EXPECT_TRUE(action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    EXPECT_EQ(runs, 1);
    EXPECT_FALSE(bar->isVisible());

    bar->showMessage(QStringLiteral("Not saved."), MessageBar::Kind::Error);
    EXPECT_FALSE(find<QPushButton>(bar, QStringLiteral("messageActionButton"))->isVisible());
    QTest::mouseClick(find<QToolButton>(bar, QStringLiteral("messageCloseButton")), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
}

// Good news goes away by itself, so that it never goes stale; warnings, errors and messages with something to do
// stay until closed.
TEST_F(MessageBarView, GoodNewsGoesAwayWarningsStay)
{
    const std::chrono::milliseconds before = MessageBar::lifetime();
    MessageBar::setLifetime(std::chrono::milliseconds(30));
    MessageBar bar;
    bar.move(600, 600); // not under the mouse, which keeps a message while it is read
    bar.show();
    bar.showMessage(QStringLiteral("Saved."), MessageBar::Kind::Positive);
    EXPECT_TRUE(bar.isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&bar] { return bar.isHidden(); }, 5000));
    bar.showMessage(QStringLiteral("Not saved."), MessageBar::Kind::Error);
    bar.show();
    QTest::qWait(150); // five lifetimes
    EXPECT_TRUE(bar.isVisible());
    bar.showMessage(QStringLiteral("Imported."), MessageBar::Kind::Positive, QStringLiteral("Undo"), [] {});
    QTest::qWait(150);
    EXPECT_TRUE(bar.isVisible()) << "a message with something to do waits for it";
    // A written file is named until the message is closed, with the way to its folder.
    bar.showSaved(QStringLiteral("Exported members: 3, to /tmp/members.csv."), QStringLiteral("/tmp/members.csv"));
    QTest::qWait(150);
    EXPECT_TRUE(bar.isVisible()) << "the file's name stays to be read";
    EXPECT_EQ(bar.kind(), MessageBar::Kind::Positive);
    auto *action = bar.findChild<QAbstractButton *>(QStringLiteral("messageActionButton"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isVisible());
    EXPECT_EQ(action->text(), QStringLiteral("Show in folder"));
    MessageBar::setLifetime(before);
}

} // namespace supolka::test
