// Unlocking, protecting a new database and locking, as a person does it: through the passphrase dialog.
#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

#include "models/db/database.h"
#include "models/i18n/languages.h"
#include "models/members/memberrepository.h"
#include "models/security/databasekey.h"
#include "models/security/encryptedvfs.h"
#include "tests/views/viewfixture.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/mainwindow.h"
#include "views/members/memberspage.h"
#include "views/security/passphrasedialog.h"
#include "views/session.h"
#include "views/settings/recentdatabases.h"

namespace supolka::test {

namespace {

// When the next passphrase dialog opens: types `current` and `next` (where it has such fields) and confirms.
// `whileOpen` runs first, with the dialog on screen. Until the dialog is there (another question may still be closing),
// it looks again every few milliseconds, for up to five seconds.
void answerNextDialog(const QString &current, const QString &next, QStringList *errorsSeen = nullptr,
                      const std::function<void()> &whileOpen = {}, int triesLeft = 500)
{
    QTimer::singleShot(triesLeft == 500 ? 0 : 10, [=] {
        auto *dialog = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
        if (!dialog && triesLeft > 0)
            return answerNextDialog(current, next, errorsSeen, whileOpen, triesLeft - 1);
        ASSERT_NE(dialog, nullptr) << "no passphrase dialog is open";
        if (whileOpen)
            whileOpen();
        if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("currentPassphrase")); !field->isHidden())
            field->setText(current);
        if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("newPassphrase")); !field->isHidden()) {
            field->setText(next);
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase"))->setText(next);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible()) {
            if (errorsSeen)
                errorsSeen->append(dialog->findChild<QLabel *>(QStringLiteral("passphraseError"))->text());
            dialog->reject();
        }
    });
}

} // namespace

class SessionView : public ViewTest
{
protected:
    static void SetUpTestSuite() { databasekey::useMinimumCostForTests(); }
    QString path() const { return m_dir.filePath(QStringLiteral("chapter.db")); }

    // An encrypted database at path() under "Жыве Беларусь", with one member in it.
    void makeEncryptedDatabase() const
    {
        QString text = QStringLiteral("Жыве Беларусь");
        const SecretBytes secret = SecretBytes::fromText(text);
        auto made = Database::open(path(), &secret);
        ASSERT_TRUE(made);
        Member member;
        member.firstName = QStringLiteral("Алесь");
        member.lastName = QStringLiteral("Бяляцкі");
        ASSERT_TRUE(MemberRepository(*made.value()).add(member));
    }

    QTemporaryDir m_dir;
};

TEST_F(SessionView, ANewDatabaseIsProtectedByDefaultAndOpensOnlyWithItsPassphrase)
{
    Languages languages;
    {
        Session session(path(), languages);
        answerNextDialog({}, QStringLiteral("Жыве Беларусь"));
        ASSERT_TRUE(session.start());
        ASSERT_NE(session.database(), nullptr);
        EXPECT_TRUE(session.database()->isEncrypted());
        EXPECT_TRUE(session.window()->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
    }
    EXPECT_TRUE(Database::isEncryptedFile(path()));

    // A wrong passphrase keeps the dialog open with the reason; quitting there opens nothing.
    Session again(path(), languages);
    QStringList errors;
    answerNextDialog(QStringLiteral("Жыве беларусь"), {}, &errors);
    EXPECT_FALSE(again.start());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("passphrase is wrong"))) << errors.first().toStdString();
    EXPECT_EQ(again.database(), nullptr);
}

TEST_F(SessionView, LockingClosesTheWindowAndTheDatabaseAndLetsTheKeyGo)
{
    ASSERT_NO_FATAL_FAILURE(makeEncryptedDatabase());
    // The fixture's own scratch database holds a key too when the suite runs encrypted.
    const int othersLent = encryptedvfs::lentKeys();
    Languages languages;
    Session session(path(), languages);
    answerNextDialog(QStringLiteral("Жыве Беларусь"), {});
    ASSERT_TRUE(session.start());
    QPointer<MainWindow> before = session.window();
    QPointer<MembersPage> page = before->membersPage();
    EXPECT_EQ(encryptedvfs::lentKeys(), othersLent + 1);

    before->findChild<QAction *>(QStringLiteral("lockAction"))->trigger(); // Ctrl+L
    // While the unlock dialog waits: no window, no page, no key, an empty WAL.
    bool checked = false;
    answerNextDialog(QStringLiteral("Жыве Беларусь"), {}, nullptr, [&] {
        EXPECT_TRUE(before.isNull());
        EXPECT_TRUE(page.isNull());
        EXPECT_TRUE(session.isLocked());
        EXPECT_EQ(encryptedvfs::lentKeys(), othersLent);
        EXPECT_EQ(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
        checked = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(checked && session.window() != nullptr, 10000);
    EXPECT_FALSE(session.isLocked());
    EXPECT_EQ(encryptedvfs::lentKeys(), othersLent + 1);
    EXPECT_EQ(session.window()->membersPage()->findChild<QAbstractItemView *>() != nullptr, true);
}

TEST_F(SessionView, APlaintextDatabaseIsEncryptedFromTheWindow)
{
    {
        auto made = Database::open(path());
        ASSERT_TRUE(made);
    }
    Languages languages;
    Session session(path(), languages);
    ASSERT_TRUE(session.start());
    EXPECT_FALSE(session.database()->isEncrypted());
    EXPECT_FALSE(session.window()->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
    session.window()->findChild<QAction *>(QStringLiteral("passphraseAction"))->trigger();
    answerNextDialog({}, QStringLiteral("Вольная Беларусь"));
    QTRY_VERIFY_WITH_TIMEOUT(session.database() && session.database()->isEncrypted(), 10000);
    EXPECT_TRUE(Database::isEncryptedFile(path()));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".encrypting")));
    auto *bar = session.window()->findChild<MessageBar *>(QStringLiteral("databaseBar"));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("encrypted"))) << bar->text().toStdString();
    EXPECT_TRUE(session.window()->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
}

} // namespace supolka::test

namespace supolka::test {

// Locking while a question waits (the door's "who is at this computer", a "delete?" question): the question is
// closed as cancelled, nothing is deleted under it, and the window and the key go; unlocking brings the window back.
TEST_F(SessionView, LockingWhileAQuestionIsOpenClosesTheQuestionFirst)
{
    ASSERT_NO_FATAL_FAILURE(makeEncryptedDatabase());
    const int othersLent = encryptedvfs::lentKeys();
    Languages languages;
    Session session(path(), languages);
    answerNextDialog(QStringLiteral("Жыве Беларусь"), {});
    ASSERT_TRUE(session.start());
    QPointer<MainWindow> before = session.window();
    Dialogs::setDecisionHandler({}); // the real question box

    bool unlocked = false;
    QTimer::singleShot(0, [&] {
        QWidget *question = QApplication::activeModalWidget();
        ASSERT_NE(question, nullptr) << "the question is on screen";
        // The idle timer or Ctrl+L locks while it waits.
        answerNextDialog(QStringLiteral("Жыве Беларусь"), {}, nullptr, [&] {
            EXPECT_TRUE(before.isNull()) << "the window went once the question had returned";
            EXPECT_EQ(encryptedvfs::lentKeys(), othersLent);
            unlocked = true;
        });
        session.lock();
    });
    Dialogs::Decision decision;
    decision.title = QStringLiteral("Delete the event?");
    decision.text = QStringLiteral("“Freedom Day rally” and its 120 registrations are deleted.");
    decision.choices = {QStringLiteral("Delete"), QStringLiteral("Keep")};
    decision.cancelChoice = 1;
    decision.destructive = true;
    EXPECT_EQ(Dialogs::decide(before, decision), 1) << "a question closed by the lock answers as cancelled";
    QTRY_VERIFY_WITH_TIMEOUT(unlocked && session.window() != nullptr, 10000);
    EXPECT_FALSE(session.isLocked());
}

} // namespace supolka::test

namespace supolka::test {

// File ▸ New database… and Open recent: the window moves to the other file and back, the list remembers both (the
// latest first), a new database never replaces a file, and a file that is no database leaves the open one open.
TEST_F(SessionView, NewOpenAndRecentDatabasesSwitchTheWindow)
{
    const QString first = path();
    {
        auto made = Database::open(first, nullptr);
        ASSERT_TRUE(made);
        Member member;
        member.firstName = QStringLiteral("Алесь");
        member.lastName = QStringLiteral("Бяляцкі");
        ASSERT_TRUE(MemberRepository(*made.value()).add(member));
    }
    Languages languages;
    Session session(first, languages);
    ASSERT_TRUE(session.start());
    EXPECT_EQ(RecentDatabases::list(), QStringList{first});

    // New database…: a file of its own, protected by default.
    const QString second = m_dir.filePath(QStringLiteral("vilnius"));
    m_files = {second};
    answerNextDialog({}, QStringLiteral("Жыве Беларусь"));
    session.window()->findChild<QAction *>(QStringLiteral("newDatabaseAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(session.database() && session.database()->path().endsWith(QStringLiteral("vilnius.db")),
                             10000);
    EXPECT_TRUE(session.database()->isEncrypted());
    EXPECT_EQ(MemberRepository(*session.database()).count(), 0);
    EXPECT_TRUE(session.window()->windowTitle().contains(QStringLiteral("vilnius.db")));
    EXPECT_EQ(RecentDatabases::list(), (QStringList{second + QStringLiteral(".db"), first}));

    // Open recent: the first one again, as it was.
    auto *recent = session.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
    ASSERT_NE(recent, nullptr);
    emit recent->aboutToShow();
    QAction *back = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->data().toString() == first)
            back = action;
    }
    ASSERT_NE(back, nullptr) << "the other database is listed; the open one is not";
    EXPECT_TRUE(back->text().contains(QStringLiteral("chapter.db")));
    back->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(session.database() && session.database()->path() == first, 10000);
    EXPECT_EQ(MemberRepository(*session.database()).count(), 1);
    EXPECT_EQ(RecentDatabases::list().first(), first);

    // New database… on a file that is there: nothing is replaced; asked, and cancelled.
    const QByteArray before = [&] {
        QFile file(second + QStringLiteral(".db"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    m_files = {second + QStringLiteral(".db")};
    session.window()->findChild<QAction *>(QStringLiteral("newDatabaseAction"))->trigger();
    ASSERT_FALSE(m_decisions.isEmpty());
    EXPECT_TRUE(m_decisions.last().text.contains(QStringLiteral("never replaces")));
    QCoreApplication::processEvents();
    EXPECT_EQ(session.database()->path(), first);
    QFile kept(second + QStringLiteral(".db"));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), before);

    // Open database… on a file that is no database: said so, and the open one stays.
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(8192, 'x'));
    text.close();
    m_files = {notes};
    const qsizetype asked = m_decisions.size();
    session.window()->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_decisions.size() > asked && session.window() != nullptr, 10000);
    EXPECT_TRUE(m_decisions.last().text.contains(QStringLiteral("notes.txt")));
    EXPECT_EQ(session.database()->path(), first);
    EXPECT_EQ(MemberRepository(*session.database()).count(), 1);
    QFile untouched(notes);
    ASSERT_TRUE(untouched.open(QIODevice::ReadOnly));
    EXPECT_EQ(untouched.readAll(), QByteArray(8192, 'x'));
}

} // namespace supolka::test
