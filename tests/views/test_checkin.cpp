#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include "models/events/checkinresultsmodel.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/checkin/checkinpage.h"
#include "views/checkin/walkindialog.h"
#include "views/common/messagebar.h"
#include "views/common/operatorname.h"

namespace supolka::test {

namespace {

Event eventAt(const QString &title, const QDateTime &startsAt)
{
    Event event;
    event.title = title;
    event.kind = EventKind::Rally;
    event.startsAt = startsAt;
    event.city = QStringLiteral("Warszawa");
    event.country = QStringLiteral("PL");
    return event;
}

class CheckInView : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        // Starts now, so that the door offers it first, before the coming and the past ones.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_event = addEvent(eventAt(QStringLiteral("Freedom Day rally"), now));
        addEvent(eventAt(QStringLiteral("Next month's meetup"), now.addDays(30)));
        addEvent(eventAt(QStringLiteral("Last year's Kupalle"), now.addDays(-300)));

        m_sviatlana = registerMember(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
                                     QStringLiteral("sviatlana@example.org"));
        m_aliaksandr = registerMember(QStringLiteral("Аляксандр"), QStringLiteral("Каваленка"),
                                      QStringLiteral("aliaksandr@example.org"));
        registerMember(QStringLiteral("Вольга"), QStringLiteral("Казлова"), QStringLiteral("volha@example.org"));
        m_maryia = registerGuest(QStringLiteral("Maryia Zhuk"), QStringLiteral("maryia@example.org"));
        m_dzmitry = registerGuest(QStringLiteral("Dzmitry Kavalenka"), QStringLiteral("dzmitry@example.org"));
        m_pavel = registerGuest(QStringLiteral("Pavel Sieviaryniec"), QStringLiteral("pavel@example.org"),
                                RegistrationStatus::Cancelled);

        m_page = std::make_unique<CheckInPage>(m_db.get());
        m_page->resize(1200, 800);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        m_search = find<QLineEdit>(m_page.get(), QStringLiteral("searchLineEdit"));
        m_results = find<QTableView>(m_page.get(), QStringLiteral("resultsView"));
        m_status = find<QLabel>(m_page.get(), QStringLiteral("statusLabel"));
        ASSERT_NE(m_search, nullptr);
        ASSERT_NE(m_results, nullptr);
        ASSERT_NE(m_status, nullptr);
    }

    void TearDown() override
    {
        m_page.reset();
        ViewTest::TearDown();
    }

    Event addEvent(const Event &event)
    {
        const Result<Event> added = m_events.addEvent(event);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : event;
    }

    Registration registerMember(const QString &first, const QString &last, const QString &email)
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.email = email;
        const Result<Member> stored = m_members.add(member);
        EXPECT_TRUE(stored.ok()) << stored.error().toStdString();
        Registration r;
        r.eventPk = m_event.pk;
        r.memberPk = stored ? stored->pk : 0;
        const Result<Registration> added = m_events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : r;
    }

    Registration registerGuest(const QString &name, const QString &email,
                               RegistrationStatus status = RegistrationStatus::Registered)
    {
        Registration r;
        r.eventPk = m_event.pk;
        r.guestName = name;
        r.guestEmail = email;
        r.status = status;
        const Result<Registration> added = m_events.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : r;
    }

    Registration stored(const Registration &r) { return m_events.findRegistration(r.pk).value_or(Registration()); }

    // Key by key, as a keyboard sends it; QTest::keyClicks takes Latin-1 only, so other letters (Cyrillic) are sent
    // as the key events a keyboard layout gives for them.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
        }
    }

    // What a person at the door does: types, then presses Enter.
    void typeAndEnter(const QString &text)
    {
        type(m_search, text);
        QTest::keyClick(m_search, Qt::Key_Return);
    }

    QString statusKind() const { return m_status->property("statusKind").toString(); }

    // The counters as the door shows them: checked in, registered, walk-ins.
    QStringList counters() const
    {
        QStringList shown;
        for (const QString &name : {QStringLiteral("checkedInCounter"), QStringLiteral("registeredCounter"),
                                    QStringLiteral("walkInCounter")}) {
            const auto *label = m_page->findChild<QLabel *>(name);
            shown.append(label ? label->text() : QStringLiteral("missing"));
        }
        return shown;
    }

    QStringList expectedCounters()
    {
        const EventCounts counts = m_events.counts(m_event.pk);
        return {QString::number(counts.checkedIn), QString::number(counts.registered), QString::number(counts.walkIns)};
    }

    EventRepository m_events{m_db.get()};
    MemberRepository m_members{m_db.get()};
    Event m_event;
    Registration m_sviatlana;
    Registration m_aliaksandr;
    Registration m_maryia;
    Registration m_dzmitry;
    Registration m_pavel;
    std::unique_ptr<CheckInPage> m_page;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace

TEST_F(CheckInView, OffersTodaysEventFirst)
{
    auto *combo = find<QComboBox>(m_page.get(), QStringLiteral("eventCombo"));
    ASSERT_EQ(combo->count(), 3);
    EXPECT_TRUE(combo->itemText(0).startsWith(QStringLiteral("Freedom Day rally")));
    EXPECT_TRUE(combo->itemText(1).startsWith(QStringLiteral("Next month's meetup")));
    EXPECT_TRUE(combo->itemText(2).startsWith(QStringLiteral("Last year's Kupalle")));
    EXPECT_EQ(m_page->eventPk(), m_event.pk);
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("0")}));

    m_page->setEvent(combo->itemData(1).toLongLong());
    EXPECT_EQ(combo->currentIndex(), 1);
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    typeAndEnter(QStringLiteral("Tsikh"));
    EXPECT_EQ(statusKind(), QStringLiteral("not_found")) << "the door searches only the chosen event";
    EXPECT_FALSE(stored(m_sviatlana).isCheckedIn());
}

// Today's event says nothing; one weeks away or long past says so, so that nobody checks people in to the wrong
// event.
TEST_F(CheckInView, AnEventThatIsNotTodaysIsPointedOut)
{
    auto *combo = find<QComboBox>(m_page.get(), QStringLiteral("eventCombo"));
    auto *bar = find<MessageBar>(m_page.get(), QStringLiteral("checkInMessageBar"));
    EXPECT_TRUE(bar->isHidden()) << bar->text().toStdString();
    m_page->setEvent(combo->itemData(1).toLongLong());
    EXPECT_FALSE(bar->isHidden());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Warning);
    // 30 days ahead in UTC: 29 to 31 local days, by the time of day and a change of clocks.
    EXPECT_TRUE(bar->text().contains(QStringLiteral("in 29 day")) ||
                bar->text().contains(QStringLiteral("in 30 day")) || bar->text().contains(QStringLiteral("in 31 day")))
        << bar->text().toStdString();
    m_page->setEvent(combo->itemData(2).toLongLong());
    EXPECT_TRUE(bar->text().contains(QStringLiteral("299 day")) || bar->text().contains(QStringLiteral("300 day")) ||
                bar->text().contains(QStringLiteral("301 day")))
        << bar->text().toStdString();
    m_page->setEvent(combo->itemData(0).toLongLong());
    EXPECT_TRUE(bar->isHidden());
}

// "Checked in by" names the person at the door: asked the first time the door opens, then written with every
// check-in (not the computer's name).
TEST_F(CheckInView, TheDoorAsksWhoIsAtThisComputerOnceAndWritesTheirName)
{
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_textRequests.isEmpty(); }, 2000));
    ASSERT_EQ(m_textRequests.size(), 1) << "asked when the door first opened";
    EXPECT_TRUE(m_textRequests.first().required);
    // Answered from the File menu later (or on the next start): the door writes that name.
    OperatorName::set(QStringLiteral("Hanna Zialionka"));
    m_page->setStation(QString());
    typeAndEnter(QStringLiteral("Tsikh"));
    ASSERT_TRUE(stored(m_sviatlana).isCheckedIn());
    EXPECT_EQ(stored(m_sviatlana).checkedInBy, QStringLiteral("Hanna Zialionka"));
    // A door opened again does not ask again.
    CheckInPage another(m_db.get());
    another.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(m_textRequests.size(), 1);
    EXPECT_EQ(OperatorName::orAccount(), QStringLiteral("Hanna Zialionka"));
}

// At a small laptop's width the name has room before anyone is typed, and status and time stay in view after.
TEST_F(CheckInView, NameStatusAndTimeStayInViewAtALaptopsWidth)
{
    m_page->resize(820, 600); // what the door has of 1024 pixels beside the sidebar
    QCoreApplication::processEvents();
    QHeaderView *header = m_results->horizontalHeader();
    EXPECT_GE(header->sectionSize(CheckInResultsModel::Name), 100);
    registerGuest(QStringLiteral("Aliaksandra Tsikhanouskaya-Kavalenka"),
                  QStringLiteral("aliaksandra.tsikhanouskaya.kavalenka.long.address@example.org"));
    typeAndEnter(QStringLiteral("Tsikh"));
    type(m_search, QStringLiteral("Tsikh"));
    QCoreApplication::processEvents();
    const int right = header->sectionViewportPosition(CheckInResultsModel::CheckedInAt) +
                      header->sectionSize(CheckInResultsModel::CheckedInAt);
    EXPECT_LE(right, m_results->viewport()->width()) << "the time column is cut";
    EXPECT_GE(header->sectionSize(CheckInResultsModel::Name), 100);
}

TEST_F(CheckInView, TheWholeDoorByKeyboard)
{
    ASSERT_TRUE(m_search->hasFocus());
    EXPECT_EQ(counters(), expectedCounters());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("0")}));

    // A Latin query finds the Cyrillic name; Enter checks her in.
    typeAndEnter(QStringLiteral("Tsikh"));
    const Registration sviatlana = stored(m_sviatlana);
    ASSERT_TRUE(sviatlana.isCheckedIn());
    EXPECT_EQ(sviatlana.checkedInBy, m_page->station());
    EXPECT_EQ(statusKind(), QStringLiteral("checked_in"));
    EXPECT_EQ(m_status->text(), QStringLiteral("Святлана Ціханоўская"));
    EXPECT_TRUE(m_search->text().isEmpty());
    EXPECT_TRUE(m_search->hasFocus());
    EXPECT_EQ(m_results->model()->rowCount(), 0);
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("0")}));

    // The same person again: a warning with when and where the first check-in was, and nothing written.
    typeAndEnter(QStringLiteral("Ціханоўская"));
    EXPECT_EQ(statusKind(), QStringLiteral("already_checked_in"));
    EXPECT_TRUE(m_status->text().contains(m_page->station())) << m_status->text().toStdString();
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Святлана Ціханоўская")));
    EXPECT_EQ(stored(m_sviatlana).checkedInAt, sviatlana.checkedInAt);
    EXPECT_EQ(stored(m_sviatlana).updatedAt, sviatlana.updatedAt);
    EXPECT_TRUE(m_search->text().isEmpty());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("0")}));

    // A scanner types the whole ticket code and Enter.
    typeAndEnter(ticketcode::display(m_maryia.ticketCode));
    EXPECT_TRUE(stored(m_maryia).isCheckedIn());
    EXPECT_EQ(statusKind(), QStringLiteral("checked_in"));
    EXPECT_EQ(m_status->text(), QStringLiteral("Maryia Zhuk"));
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("0")}));

    // Several match: Down chooses the second, Enter checks that one in.
    QTest::keyClicks(m_search, QStringLiteral("Kavalenka"));
    QTest::keyClick(m_search, Qt::Key_Down);
    ASSERT_EQ(m_results->model()->rowCount(), 2);
    EXPECT_EQ(m_results->currentIndex().row(), 1);
    const auto second =
        m_results->model()->index(1, 0).data(CheckInResultsModel::RegistrationRole).value<Registration>();
    const auto first =
        m_results->model()->index(0, 0).data(CheckInResultsModel::RegistrationRole).value<Registration>();
    EXPECT_EQ((QSet<qint64>{first.pk, second.pk}), (QSet<qint64>{m_aliaksandr.pk, m_dzmitry.pk}));
    QTest::keyClick(m_search, Qt::Key_Return);
    EXPECT_TRUE(stored(second).isCheckedIn());
    EXPECT_FALSE(stored(first).isCheckedIn());
    EXPECT_EQ(m_status->text(), second.name);
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("0")}));

    // A cancelled ticket is refused, with the reason.
    typeAndEnter(QStringLiteral("Sieviaryniec"));
    EXPECT_EQ(statusKind(), QStringLiteral("refused"));
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("cancelled"))) << m_status->text().toStdString();
    EXPECT_FALSE(stored(m_pavel).isCheckedIn());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("0")}));

    // Nobody by that name: the door says so and keeps the text for a walk-in.
    typeAndEnter(QStringLiteral("Hanna Sakalova"));
    EXPECT_EQ(statusKind(), QStringLiteral("not_found"));
    EXPECT_EQ(m_search->text(), QStringLiteral("Hanna Sakalova"));

    // A walk-in: F2, the name comes from the search field; the rest is typed; Enter saves.
    QTest::keyClick(m_search, Qt::Key_F2);
    auto *dialog = m_page->findChild<WalkInDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    auto *firstName = find<QLineEdit>(dialog, QStringLiteral("firstNameEdit"));
    auto *lastName = find<QLineEdit>(dialog, QStringLiteral("lastNameEdit"));
    auto *email = find<QLineEdit>(dialog, QStringLiteral("emailEdit"));
    auto *phone = find<QLineEdit>(dialog, QStringLiteral("phoneEdit"));
    EXPECT_EQ(firstName->text(), QStringLiteral("Hanna"));
    EXPECT_EQ(lastName->text(), QStringLiteral("Sakalova"));
    EXPECT_FALSE(find<QLabel>(dialog, QStringLiteral("consentTextLabel"))->text().isEmpty());
    QTest::keyClicks(email, QStringLiteral("hanna@example.org"));
    QTest::keyClicks(phone, QStringLiteral("601 555 444"));
    QTest::keyClick(find<QCheckBox>(dialog, QStringLiteral("consentContactCheck")), Qt::Key_Space);
    QTest::keyClick(phone, Qt::Key_Return);
    flushDeletes();
    EXPECT_EQ(m_page->findChild<WalkInDialog *>(), nullptr);

    const QList<Registration> hanna = m_events.search(m_event.pk, QStringLiteral("hanna@example.org"));
    ASSERT_EQ(hanna.size(), 1);
    EXPECT_TRUE(hanna.first().walkIn);
    EXPECT_TRUE(hanna.first().isCheckedIn());
    EXPECT_EQ(hanna.first().name, QStringLiteral("Hanna Sakalova"));
    EXPECT_EQ(hanna.first().guestPhone, QStringLiteral("+48601555444"));
    EXPECT_EQ(hanna.first().consent, QStringList{QStringLiteral("contact")});
    EXPECT_EQ(hanna.first().checkedInBy, m_page->station());
    EXPECT_EQ(statusKind(), QStringLiteral("checked_in"));
    EXPECT_EQ(m_status->text(), QStringLiteral("Hanna Sakalova"));
    EXPECT_TRUE(m_search->text().isEmpty());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("1")}));
    EXPECT_EQ(counters(), expectedCounters());
    EXPECT_EQ(m_members.count(), 3) << "a walk-in is not made a member unless asked";

    // Ctrl+Z takes the last one back (the walk-in), then the one before (the chosen Kavalenka).
    QTest::keyClick(m_search, 'z', Qt::ControlModifier);
    EXPECT_TRUE(stored(hanna.first()).isDeleted());
    EXPECT_EQ(statusKind(), QStringLiteral("information"));
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("0")}));
    QTest::keyClick(m_search, 'z', Qt::ControlModifier);
    EXPECT_FALSE(stored(second).isCheckedIn());
    EXPECT_TRUE(stored(m_maryia).isCheckedIn());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("0")}));
    EXPECT_EQ(counters(), expectedCounters());

    // The undo button does the same.
    auto *undo = find<QPushButton>(m_page.get(), QStringLiteral("undoButton"));
    ASSERT_TRUE(undo->isEnabled());
    undo->click();
    EXPECT_FALSE(stored(m_maryia).isCheckedIn());
    EXPECT_EQ(counters(), (QStringList{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("0")}));
}

TEST_F(CheckInView, WalkInDialogShowsProblemsNextToTheFieldAndEscCancels)
{
    QTest::keyClick(m_search, Qt::Key_F2);
    auto *dialog = m_page->findChild<WalkInDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *email = find<QLineEdit>(dialog, QStringLiteral("emailEdit"));
    auto *emailError = find<QLabel>(dialog, QStringLiteral("emailError"));
    auto *nameError = find<QLabel>(dialog, QStringLiteral("firstNameError"));
    QTest::keyClicks(email, QStringLiteral("hanna-at-example"));
    QTest::keyClick(email, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible()) << "nothing is saved while something is wrong";
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_TRUE(emailError->isVisible());
    EXPECT_FALSE(emailError->text().isEmpty());
    EXPECT_EQ(m_events.counts(m_event.pk).walkIns, 0);

    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("firstNameEdit")), QStringLiteral("Hanna"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("hanna@example.org"));
    QTest::keyClick(find<QCheckBox>(dialog, QStringLiteral("makeMemberCheck")), Qt::Key_Space);
    QTest::keyClick(email, Qt::Key_Escape);
    flushDeletes();
    EXPECT_EQ(m_page->findChild<WalkInDialog *>(), nullptr);
    EXPECT_EQ(m_events.counts(m_event.pk).walkIns, 0);
    EXPECT_EQ(m_members.count(), 3);

    // The same by the button, and made a member this time; undo takes the member record back too.
    QSignalSpy membersChanged(m_page.get(), &CheckInPage::membersChanged);
    find<QPushButton>(m_page.get(), QStringLiteral("walkInButton"))->click();
    dialog = m_page->findChild<WalkInDialog *>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("firstNameEdit")), QStringLiteral("Hanna"));
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("emailEdit")), QStringLiteral("hanna@example.org"));
    QTest::keyClick(find<QCheckBox>(dialog, QStringLiteral("makeMemberCheck")), Qt::Key_Space);
    QTest::keyClick(find<QLineEdit>(dialog, QStringLiteral("emailEdit")), Qt::Key_Return);
    flushDeletes();
    EXPECT_EQ(m_members.count(), 4);
    EXPECT_EQ(membersChanged.size(), 1);
    EXPECT_EQ(m_events.counts(m_event.pk).walkIns, 1);
    QTest::keyClick(m_search, 'z', Qt::ControlModifier);
    EXPECT_EQ(m_members.count(), 3);
    EXPECT_EQ(m_events.counts(m_event.pk).walkIns, 0);
    EXPECT_EQ(membersChanged.size(), 2);
}

TEST_F(CheckInView, AnotherLaptopsCheckInIsNamedAndFullScreenIsAskedFor)
{
    ASSERT_EQ(m_events.checkIn(m_maryia.pk, QStringLiteral("Anna on door-2")).outcome, CheckInOutcome::CheckedIn);
    typeAndEnter(QStringLiteral("maryia@"));
    EXPECT_EQ(statusKind(), QStringLiteral("already_checked_in"));
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Anna on door-2"))) << m_status->text().toStdString();
    EXPECT_EQ(stored(m_maryia).checkedInBy, QStringLiteral("Anna on door-2"));

    QSignalSpy fullScreen(m_page.get(), &CheckInPage::fullScreenRequested);
    QTest::keyClick(m_search, Qt::Key_F11);
    ASSERT_EQ(fullScreen.size(), 1);
    EXPECT_TRUE(fullScreen.last().at(0).toBool());
    QTest::keyClicks(m_search, QStringLiteral("zhu"));
    QTest::keyClick(m_search, Qt::Key_Escape);
    EXPECT_TRUE(m_search->text().isEmpty());
    EXPECT_EQ(fullScreen.size(), 1) << "the first Esc clears the field";
    QTest::keyClick(m_search, Qt::Key_Escape);
    ASSERT_EQ(fullScreen.size(), 2);
    EXPECT_FALSE(fullScreen.last().at(0).toBool());
    m_page->setFullScreen(true);
    EXPECT_EQ(fullScreen.size(), 2) << "the window telling the page emits nothing";
}

TEST_F(CheckInView, DoorKeysWinOverTheWindowsShortcuts)
{
    // The main window has its own Undo and New; inside the door, Ctrl+Z and Ctrl+N are the door's.
    QMainWindow window;
    auto *windowUndo = new QAction(&window);
    windowUndo->setShortcut(QKeySequence::Undo);
    auto *windowNew = new QAction(&window);
    windowNew->setShortcut(QKeySequence::New);
    window.addAction(windowUndo);
    window.addAction(windowNew);
    QSignalSpy undoTriggered(windowUndo, &QAction::triggered);
    QSignalSpy newTriggered(windowNew, &QAction::triggered);
    CheckInPage *page = m_page.release();
    window.setCentralWidget(page);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    m_search->setFocus();

    typeAndEnter(QStringLiteral("Zhuk"));
    ASSERT_TRUE(stored(m_maryia).isCheckedIn());
    QTest::keyClick(m_search, 'z', Qt::ControlModifier);
    EXPECT_FALSE(stored(m_maryia).isCheckedIn());
    EXPECT_EQ(undoTriggered.size(), 0);

    QTest::keyClick(m_search, 'n', Qt::ControlModifier);
    EXPECT_NE(page->findChild<WalkInDialog *>(), nullptr);
    EXPECT_EQ(newTriggered.size(), 0);
}

} // namespace supolka::test
