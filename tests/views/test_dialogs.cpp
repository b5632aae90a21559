#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include "tests/views/viewfixture.h"
#include "views/common/dialogs.h"
#include "views/common/operatorname.h"

namespace supolka::test {

namespace {

class DialogsView : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        Dialogs::setTextHandler({}); // the real dialog, answered below once it runs
    }

    // Runs `answer` on the text dialog as soon as it waits for a person.
    static void whenAsked(const std::function<void(QDialog *)> &answer)
    {
        QTimer::singleShot(0, qApp, [answer] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            EXPECT_NE(dialog, nullptr);
            if (!dialog)
                return;
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject(); // never leave the test waiting
        });
    }
};

} // namespace

TEST_F(DialogsView, AsksForARequiredTextAndRefusesItEmpty)
{
    QWidget parent;
    parent.show();
    Dialogs::TextRequest request;
    request.title = QStringLiteral("Close case 26-0001");
    request.text = QStringLiteral("What came of the case?");
    request.acceptText = QStringLiteral("Close case");
    request.required = true;
    whenAsked([](QDialog *dialog) {
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Close case 26-0001"));
        EXPECT_EQ(dialog->findChild<QLabel *>()->text(), QStringLiteral("What came of the case?"));
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_EQ(ok->text(), QStringLiteral("Close case"));
        EXPECT_FALSE(ok->isEnabled()) << "an outcome is required";
        QTest::keyClicks(edit, QStringLiteral("   "));
        EXPECT_FALSE(ok->isEnabled()) << "spaces are no outcome";
        QTest::keyClicks(edit, QStringLiteral("Asylum granted "));
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    const Dialogs::TextAnswer answer = Dialogs::askText(&parent, request);
    EXPECT_TRUE(answer.accepted);
    EXPECT_EQ(answer.value, QStringLiteral("Asylum granted"));
}

TEST_F(DialogsView, AnOptionalTextCanBeEmptyOrCancelled)
{
    QWidget parent;
    parent.show();
    Dialogs::TextRequest request;
    request.text = QStringLiteral("Why? (optional)");
    whenAsked([](QDialog *dialog) {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    Dialogs::TextAnswer answer = Dialogs::askText(&parent, request);
    EXPECT_TRUE(answer.accepted);
    EXPECT_TRUE(answer.value.isEmpty());

    whenAsked([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("typed, then thought better"));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    answer = Dialogs::askText(&parent, request);
    EXPECT_FALSE(answer.accepted);
    EXPECT_TRUE(answer.value.isEmpty());
}

} // namespace supolka::test

namespace supolka::test {

// "Who is at this computer?" asks for a name: one line, which Enter accepts, in a dialog whose texts read whole.
TEST_F(DialogsView, TheNameQuestionIsOneLineThatEnterAccepts)
{
    QWidget parent;
    parent.show();
    whenAsked([](QDialog *dialog) {
        EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(), nullptr) << "no box of several lines for a name";
        auto *line = dialog->findChild<QLineEdit *>();
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(dialog->focusWidget(), line);
        EXPECT_LT(dialog->height(), 220) << "as high as a line needs";
        EXPECT_GE(dialog->height(), dialog->minimumSizeHint().height());
        QTest::keyClicks(line, QStringLiteral("Hanna Zialionka"));
        QTest::keyClick(line, Qt::Key_Return);
    });
    EXPECT_TRUE(OperatorName::ask(&parent));
    EXPECT_EQ(OperatorName::current(), QStringLiteral("Hanna Zialionka"));
}

} // namespace supolka::test
