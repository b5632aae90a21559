#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"

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

} // namespace supolka::test
