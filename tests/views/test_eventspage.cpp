#include <QAbstractSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/eventtablemodel.h"
#include "models/events/registrationtablemodel.h"
#include "models/i18n/languages.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/events/eventeditor.h"
#include "views/events/eventsfirstrun.h"
#include "views/events/eventspage.h"
#include "views/events/guestdialog.h"
#include "views/members/membersfirstrun.h"

namespace supolka::test {

namespace {

class EventsPageView : public ViewTest
{
protected:
    void TearDown() override
    {
        m_page.reset();
        ViewTest::TearDown();
    }

    void open()
    {
        m_page = std::make_unique<EventsPage>(m_db.get(), &m_undo);
        m_page->resize(1200, 800);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
        m_events = find<QTableView>(m_page.get(), QStringLiteral("eventsTable"));
        m_registrations = find<QTableView>(m_page.get(), QStringLiteral("registrationsTable"));
    }

    Event storeEvent(const QString &title, const QDateTime &start)
    {
        Event event;
        event.title = title;
        event.startsAt = start;
        event.city = QStringLiteral("Warszawa");
        event.country = QStringLiteral("PL");
        const Result<Event> added = m_repository.addEvent(event);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : event;
    }

    Registration storeGuest(const Event &event, const QString &name, const QDateTime &checkedIn = {})
    {
        Registration r;
        r.eventPk = event.pk;
        r.guestName = name;
        const Result<Registration> added = m_repository.addRegistration(r);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        if (added && checkedIn.isValid()) {
            EXPECT_EQ(m_repository.checkIn(added->pk, QStringLiteral("door"), isoTimestamp(checkedIn)).outcome,
                      CheckInOutcome::CheckedIn);
        }
        return added ? added.value() : r;
    }

    void click(const QString &button)
    {
        auto *found = find<QPushButton>(m_page.get(), button);
        ASSERT_NE(found, nullptr);
        ASSERT_TRUE(found->isEnabled()) << button.toStdString() << " is disabled";
        QTest::mouseClick(found, Qt::LeftButton);
    }

    // Types `text` key by key, also letters outside Latin-1 (QTest::keyClicks takes those for ASCII keys).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    static QStringList column(const QTableView *table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values.append(table->model()->index(row, column).data().toString());
        return values;
    }

    static int pdfPages(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        int count = 0;
        for (auto it = page.globalMatch(QString::fromLatin1(file.readAll())); it.hasNext(); it.next())
            ++count;
        return count;
    }

    // The first page's size in whole points, from its /MediaBox.
    static QSize pageSizeInPoints(const QByteArray &pdf)
    {
        static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
        if (!match.hasMatch())
            return {};
        return QSize(qRound(match.captured(1).toDouble()), qRound(match.captured(2).toDouble()));
    }

    QUndoStack m_undo;
    EventRepository m_repository{m_db.get()};
    std::unique_ptr<EventsPage> m_page;
    QTableView *m_events = nullptr;
    QTableView *m_registrations = nullptr;
};

const QDateTime March25 = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);

} // namespace

TEST_F(EventsPageView, CreatesTheFirstEventThroughTheEditor)
{
    const QDate today = QDate::currentDate();
    open();
    EXPECT_TRUE(find<EventsFirstRun>(m_page.get(), QStringLiteral("eventsFirstRun"))->isVisible());
    EXPECT_FALSE(m_events->isVisible());

    click(QStringLiteral("addFirstEventButton"));
    auto *editor = m_page->findChild<EventEditor *>();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->isVisible());

    // Without a title it is not saved, and says so next to the field and in the message bar.
    click(QStringLiteral("saveButton"));
    auto *titleError = find<QLabel>(editor, QStringLiteral("titleError"));
    EXPECT_TRUE(titleError->isVisible());
    EXPECT_EQ(titleError->text(), QStringLiteral("The event needs a title."));
    auto *bar = find<MessageBar>(editor, QStringLiteral("editorMessageBar"));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(QStringLiteral("The event needs a title.")));
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(m_repository.events().isEmpty());

    auto *title = find<QLineEdit>(editor, QStringLiteral("titleEdit"));
    type(title, QStringLiteral("Вечар паэзіі"));
    QTest::keyClick(find<QComboBox>(editor, QStringLiteral("kindCombo")), Qt::Key_Down); // Meetup -> Rally
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("cityEdit")), QStringLiteral("Vilnius"));
    QTest::keyClicks(find<QComboBox>(editor, QStringLiteral("countryCombo")), QStringLiteral("Lithuania"));
    auto *capacity = find<QSpinBox>(editor, QStringLiteral("capacitySpin"));
    QTest::keyClick(capacity, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(capacity, QStringLiteral("120"));
    QTest::keyClick(title, Qt::Key_Return); // Enter saves
    flushDeletes();

    EXPECT_EQ(m_page->findChild<EventEditor *>(), nullptr);
    ASSERT_TRUE(m_events->isVisible());
    ASSERT_EQ(m_events->model()->rowCount(), 1);
    EXPECT_EQ(column(m_events, EventTableModel::Title), QStringList{QStringLiteral("Вечар паэзіі")});
    EXPECT_EQ(column(m_events, EventTableModel::Kind), QStringList{QStringLiteral("Rally")});
    EXPECT_EQ(column(m_events, EventTableModel::Country), QStringList{QStringLiteral("Lithuania")});
    const QList<Event> stored = m_repository.events();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().kind, EventKind::Rally);
    EXPECT_EQ(stored.first().city, QStringLiteral("Vilnius"));
    EXPECT_EQ(stored.first().country, QStringLiteral("LT"));
    EXPECT_EQ(stored.first().capacity, 120);
    // A new event starts a week ahead at 18:00 local time (a day more if midnight passed during the test).
    const QDateTime start = stored.first().startsAt.toLocalTime();
    EXPECT_EQ(start.time(), QTime(18, 0));
    EXPECT_GE(today.daysTo(start.date()), 7);
    EXPECT_LE(today.daysTo(start.date()), 8);
    EXPECT_FALSE(stored.first().endsAt.isValid());
    EXPECT_EQ(m_page->currentEventPk(), stored.first().pk);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Positive);

    // Adding is a step that can be undone.
    ASSERT_TRUE(m_undo.canUndo());
    m_undo.undo();
    EXPECT_TRUE(m_repository.events().isEmpty());
    EXPECT_TRUE(find<EventsFirstRun>(m_page.get(), QStringLiteral("eventsFirstRun"))->isVisible());
}

TEST_F(EventsPageView, EndBeforeStartIsShownAtTheEndField)
{
    const Event event = storeEvent(QStringLiteral("Conference"), March25);
    open();
    m_page->selectEvent(event.pk);
    click(QStringLiteral("editEventButton"));
    auto *editor = m_page->findChild<EventEditor *>();
    ASSERT_NE(editor, nullptr);
    QTest::mouseClick(find<QWidget>(editor, QStringLiteral("hasEndCheck")), Qt::LeftButton);
    auto *ends = find<QDateTimeEdit>(editor, QStringLiteral("endsAtEdit"));
    ends->setDateTime(March25.toLocalTime().addSecs(-3600));
    click(QStringLiteral("saveButton"));
    auto *endError = find<QLabel>(editor, QStringLiteral("ends_atError"));
    EXPECT_TRUE(endError->isVisible());
    EXPECT_EQ(endError->text(), QStringLiteral("The event ends before it starts."));
    EXPECT_FALSE(m_repository.findEvent(event.pk)->endsAt.isValid());

    ends->setDateTime(March25.toLocalTime().addSecs(3 * 3600));
    click(QStringLiteral("saveButton"));
    flushDeletes();
    EXPECT_EQ(m_page->findChild<EventEditor *>(), nullptr);
    EXPECT_EQ(m_repository.findEvent(event.pk)->endsAt, March25.addSecs(3 * 3600));
    m_undo.undo();
    EXPECT_FALSE(m_repository.findEvent(event.pk)->endsAt.isValid());
}

TEST_F(EventsPageView, DeletesAnEventAndUndoBringsItBack)
{
    const Event rally = storeEvent(QStringLiteral("Freedom Day rally"), March25);
    const Event meetup = storeEvent(QStringLiteral("Meetup"), March25.addDays(30));
    storeGuest(rally, QStringLiteral("Ihar Bialiatski"));
    open();
    ASSERT_EQ(m_events->model()->rowCount(), 2);

    m_page->selectEvent(rally.pk);
    EXPECT_EQ(m_registrations->model()->rowCount(), 1);
    click(QStringLiteral("deleteEventButton"));
    EXPECT_EQ(column(m_events, EventTableModel::Title), QStringList{QStringLiteral("Meetup")});
    ASSERT_EQ(m_repository.events().size(), 1);
    EXPECT_TRUE(m_repository.findEvent(rally.pk)->isDeleted());
    EXPECT_TRUE(m_page->messageBar()->text().contains(QStringLiteral("Freedom Day rally")));
    EXPECT_EQ(m_page->currentEventPk(), meetup.pk);

    m_undo.undo();
    EXPECT_EQ(m_events->model()->rowCount(), 2);
    EXPECT_FALSE(m_repository.findEvent(rally.pk)->isDeleted());
    EXPECT_EQ(m_page->currentEventPk(), rally.pk);
    EXPECT_EQ(m_registrations->model()->rowCount(), 1);

    m_undo.redo();
    EXPECT_EQ(m_events->model()->rowCount(), 1);
}

TEST_F(EventsPageView, ShowsTheSelectedEventsRegistrationsAndCharts)
{
    const Event rally = storeEvent(QStringLiteral("Freedom Day rally"), March25);
    const Event meetup = storeEvent(QStringLiteral("Meetup"), March25.addDays(-40));
    storeGuest(rally, QStringLiteral("Ihar Bialiatski"), March25.addSecs(-300));
    storeGuest(rally, QStringLiteral("Святлана Ціханоўская"), March25.addSecs(-60));
    storeGuest(rally, QStringLiteral("Aliaksandr Bialiacki"));
    storeGuest(meetup, QStringLiteral("Maria Kalesnikava"));
    open();

    // The latest event is selected at first.
    EXPECT_EQ(m_page->currentEventPk(), rally.pk);
    ASSERT_EQ(m_registrations->model()->rowCount(), 3);
    EXPECT_EQ(column(m_registrations, RegistrationTableModel::Name),
              (QStringList{QStringLiteral("Aliaksandr Bialiacki"), QStringLiteral("Ihar Bialiatski"),
                           QStringLiteral("Святлана Ціханоўская")}));
    const QString status = find<QLabel>(m_page.get(), QStringLiteral("registrationsStatusLabel"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Registered: 3"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Checked in: 2"))) << status.toStdString();

    auto *filter = find<QLineEdit>(m_page.get(), QStringLiteral("registrationFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(column(m_registrations, RegistrationTableModel::Name),
              QStringList{QStringLiteral("Святлана Ціханоўская")});
    filter->clear();

    // Check-ins over the event's time: 13:55 and 13:59 fall in one 5-minute bucket, drawn as one step of height 2.
    const QList<QAbstractSeries *> checkIns = m_page->checkInChart()->series();
    ASSERT_EQ(checkIns.size(), 1);
    auto *area = qobject_cast<QAreaSeries *>(checkIns.first());
    ASSERT_NE(area, nullptr);
    const QList<QPointF> steps = area->upperSeries()->points();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0), QPointF(qreal(March25.addSecs(-300).toMSecsSinceEpoch()), 2));
    EXPECT_EQ(steps.at(1), QPointF(qreal(March25.toMSecsSinceEpoch()), 2));
    // Attendance per month: February (the meetup) and March (the rally).
    const QList<QAbstractSeries *> attendance = m_page->attendanceChart()->series();
    ASSERT_EQ(attendance.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(attendance.first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    EXPECT_EQ(bars->barSets().at(0)->count(), 2);
    EXPECT_EQ(bars->barSets().at(0)->at(1), 3.0); // registered in March
    EXPECT_EQ(bars->barSets().at(1)->at(1), 2.0); // checked in in March
    const QList<QAbstractAxis *> axes = m_page->attendanceChart()->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    auto *months = qobject_cast<QBarCategoryAxis *>(axes.first());
    ASSERT_NE(months, nullptr);
    EXPECT_TRUE(months->categories().at(1).startsWith(QStringLiteral("Mar 2026")))
        << months->categories().at(1).toStdString();

    m_page->selectEvent(meetup.pk);
    EXPECT_EQ(column(m_registrations, RegistrationTableModel::Name), QStringList{QStringLiteral("Maria Kalesnikava")});
    EXPECT_TRUE(m_page->checkInChart()->series().isEmpty());

    QSignalSpy checkIn(m_page.get(), &EventsPage::checkInRequested);
    click(QStringLiteral("checkInModeButton"));
    ASSERT_EQ(checkIn.size(), 1);
    EXPECT_EQ(checkIn.first().first().toLongLong(), meetup.pk);
}

// At a small laptop's width (what 1024 pixels leave beside the sidebar), in the longest of the three languages,
// the registrations' filter and buttons do not run into each other.
TEST_F(EventsPageView, TheRegistrationsBarDoesNotOverlapAtALaptopsWidth)
{
    storeEvent(QStringLiteral("Freedom Day rally"), March25);
    Languages languages;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("be"), QStringLiteral("ru")}) {
        ASSERT_TRUE(languages.apply(language));
        // Inside a window held at that size, as the main window holds its pages (a page alone would grow to fit).
        QWidget window;
        window.setFixedSize(840, 660);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        m_page = std::make_unique<EventsPage>(m_db.get(), &m_undo);
        layout->addWidget(m_page.get());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QList<QWidget *> bar{find<QWidget>(m_page.get(), QStringLiteral("registrationFilterEdit"))};
        for (const char *name : {"addGuestButton", "cancelRegistrationButton", "listsButton", "printTicketsButton",
                                 "printBadgesButton", "checkInModeButton"})
            bar.append(find<QWidget>(m_page.get(), QLatin1String(name)));
        for (qsizetype i = 0; i < bar.size(); ++i) {
            const QRect a(bar.at(i)->mapTo(m_page.get(), QPoint()), bar.at(i)->size());
            EXPECT_GE(bar.at(i)->width(), bar.at(i)->minimumSizeHint().width())
                << language.toStdString() << ": " << bar.at(i)->objectName().toStdString() << " is cut";
            for (qsizetype j = i + 1; j < bar.size(); ++j) {
                const QRect b(bar.at(j)->mapTo(m_page.get(), QPoint()), bar.at(j)->size());
                EXPECT_FALSE(a.intersects(b)) << language.toStdString() << ": " << bar.at(i)->objectName().toStdString()
                                              << " and " << bar.at(j)->objectName().toStdString();
            }
        }
        layout->removeWidget(m_page.get());
        m_page.reset();
    }
    languages.apply(QStringLiteral("en"));
}

// The first-run text of the empty Events and Members pages is whole at a small laptop's size: wrapped, it gets the
// height it needs at the width it is given (it was cut at top and bottom).
TEST_F(EventsPageView, TheFirstRunTextsAreWholeAtALaptopsSize)
{
    Languages languages;
    for (const QString &language : {QStringLiteral("be"), QStringLiteral("en")}) {
        ASSERT_TRUE(languages.apply(language));
        for (QWidget *page : std::initializer_list<QWidget *>{new EventsFirstRun, new MembersFirstRun}) {
            QWidget window;
            window.setFixedSize(840, 660);
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(page);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            for (const QLabel *label : page->findChildren<QLabel *>()) {
                if (!label->wordWrap() || label->text().isEmpty())
                    continue;
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << language.toStdString() << ": " << label->text().left(40).toStdString();
            }
        }
    }
    languages.apply(QStringLiteral("en"));
}

TEST_F(EventsPageView, FiltersEvents)
{
    storeEvent(QStringLiteral("Freedom Day rally"), March25);
    storeEvent(QStringLiteral("Вечар паэзіі"), March25.addDays(10));
    open();
    auto *filter = find<QLineEdit>(m_page.get(), QStringLiteral("eventFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("freedom"));
    EXPECT_EQ(column(m_events, EventTableModel::Title), QStringList{QStringLiteral("Freedom Day rally")});
    EXPECT_TRUE(find<QLabel>(m_page.get(), QStringLiteral("eventsStatusLabel"))->text().contains(QStringLiteral("1")));
    filter->clear();
    EXPECT_EQ(m_events->model()->rowCount(), 2);
}

TEST_F(EventsPageView, SavesBadgesAndTicketsAsPdf)
{
    const Event rally = storeEvent(QStringLiteral("Freedom Day rally"), March25);
    for (int i = 1; i <= 11; ++i)
        storeGuest(rally, QStringLiteral("Удзельнік %1").arg(i, 2, 10, QLatin1Char('0')));
    open();
    ASSERT_EQ(m_registrations->model()->rowCount(), 11);

    QTemporaryDir dir;
    m_files = {dir.filePath(QStringLiteral("badges"))};
    find<QAction>(m_page.get(), QStringLiteral("badgesPdfAction"))->trigger();
    ASSERT_EQ(m_fileRequests.size(), 1);
    EXPECT_EQ(m_fileRequests.first().mode, Dialogs::FileRequest::Mode::Save);
    EXPECT_TRUE(m_fileRequests.first().path.endsWith(QStringLiteral(".pdf")));
    const QString badges = dir.filePath(QStringLiteral("badges.pdf"));
    ASSERT_TRUE(QFile::exists(badges));
    EXPECT_EQ(pdfPages(badges), 2);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Positive);
    EXPECT_TRUE(m_page->messageBar()->text().contains(QDir::toNativeSeparators(badges)));
    EXPECT_TRUE(m_decisions.isEmpty());
    EXPECT_EQ(m_printRequests, 0) << "a PDF is written without the print dialog";

    // With two people selected, the page asks whether to print for them or for everyone.
    m_registrations->selectRow(0);
    QTest::mouseClick(m_registrations->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      m_registrations->visualRect(m_registrations->model()->index(1, 0)).center());
    ASSERT_EQ(m_registrations->selectionModel()->selectedRows().size(), 2);
    m_answers = {0};
    const QString tickets = dir.filePath(QStringLiteral("tickets.pdf"));
    m_files = {tickets};
    find<QAction>(m_page.get(), QStringLiteral("ticketsPdfAction"))->trigger();
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_EQ(pdfPages(tickets), 2);

    // Cancelled registrations get no ticket.
    click(QStringLiteral("cancelRegistrationButton"));
    m_files = {tickets};
    m_registrations->clearSelection();
    find<QAction>(m_page.get(), QStringLiteral("ticketsPdfAction"))->trigger();
    EXPECT_EQ(pdfPages(tickets), 9);
}

// "Print tickets…" and "Print badges…" go through the print dialog to the printer chosen there (here, its "print to
// file"): A6 pages, one a person, and A4 sheets of badges; a cancelled dialog prints nothing.
TEST_F(EventsPageView, PrintsTicketsAndBadgesThroughThePrintDialog)
{
    const Event rally = storeEvent(QStringLiteral("Freedom Day rally"), March25);
    for (int i = 1; i <= 9; ++i)
        storeGuest(rally, QStringLiteral("Гість %1").arg(i));
    open();
    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("printer-output.pdf"));

    click(QStringLiteral("printTicketsButton"));
    EXPECT_EQ(m_printRequests, 1);
    EXPECT_FALSE(QFile::exists(printed)) << "cancelled in the dialog";
    EXPECT_TRUE(m_fileRequests.isEmpty()) << "no file dialog for the printer";

    m_printFile = printed;
    click(QStringLiteral("printTicketsButton"));
    EXPECT_EQ(m_printRequests, 2);
    ASSERT_TRUE(QFile::exists(printed));
    EXPECT_EQ(pdfPages(printed), 9);
    QFile pdf(printed);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    pdf.close();
    EXPECT_EQ(pageSizeInPoints(bytes), QSize(297, 420)) << "A6 pages (105 x 148 mm)";
    EXPECT_TRUE(m_page->messageBar()->text().contains(QDir::toNativeSeparators(printed)));

    QFile::remove(printed);
    click(QStringLiteral("printBadgesButton"));
    ASSERT_TRUE(QFile::exists(printed));
    EXPECT_EQ(pdfPages(printed), 2) << "9 badges, 8 a sheet";
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pageSizeInPoints(pdf.readAll()), QSize(595, 842)) << "A4 sheets";
}

TEST_F(EventsPageView, AddsAGuestAndCancelsWithUndo)
{
    const Event rally = storeEvent(QStringLiteral("Freedom Day rally"), March25);
    open();
    ASSERT_EQ(m_registrations->model()->rowCount(), 0);

    click(QStringLiteral("addGuestButton"));
    auto *dialog = m_page->findChild<GuestDialog *>();
    ASSERT_NE(dialog, nullptr);
    type(find<QLineEdit>(dialog, QStringLiteral("guestNameEdit")), QStringLiteral("Алеся Навумчык"));
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("guestEmailEdit")), QStringLiteral("alesia-at-example"));
    click(QStringLiteral("saveButton"));
    EXPECT_TRUE(find<QLabel>(dialog, QStringLiteral("emailError"))->isVisible());
    EXPECT_TRUE(m_repository.registrations(rally.pk).isEmpty());

    auto *email = find<QLineEdit>(dialog, QStringLiteral("guestEmailEdit"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("Alesia@Example.org"));
    QTest::keyClicks(find<QLineEdit>(dialog, QStringLiteral("guestPhoneEdit")), QStringLiteral("512 345 678"));
    click(QStringLiteral("saveButton"));
    flushDeletes();
    EXPECT_EQ(m_page->findChild<GuestDialog *>(), nullptr);
    const QList<Registration> stored = m_repository.registrations(rally.pk);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().guestEmail, QStringLiteral("alesia@example.org"));
    EXPECT_EQ(stored.first().guestPhone, QStringLiteral("+48512345678")); // read in the event's country
    ASSERT_EQ(m_registrations->model()->rowCount(), 1);
    EXPECT_EQ(column(m_events, EventTableModel::Registered), QStringList{QStringLiteral("1")});

    m_registrations->selectRow(0);
    click(QStringLiteral("cancelRegistrationButton"));
    EXPECT_EQ(column(m_registrations, RegistrationTableModel::Status), QStringList{QStringLiteral("Cancelled")});
    EXPECT_TRUE(m_repository.findRegistration(stored.first().pk)->isCancelled());
    EXPECT_EQ(column(m_events, EventTableModel::Registered), QStringList{QStringLiteral("0")});

    m_undo.undo();
    EXPECT_EQ(column(m_registrations, RegistrationTableModel::Status), QStringList{QStringLiteral("Registered")});
    m_undo.undo();
    EXPECT_EQ(m_registrations->model()->rowCount(), 0);
    EXPECT_TRUE(m_repository.registrations(rally.pk).isEmpty());
    m_undo.redo();
    EXPECT_EQ(m_registrations->model()->rowCount(), 1);
    EXPECT_EQ(m_repository.findRegistration(stored.first().pk)->ticketCode, stored.first().ticketCode);
}

} // namespace supolka::test
