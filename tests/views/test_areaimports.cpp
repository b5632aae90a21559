// Importing and exporting from the events and aid-cases pages, as a chapter lead does it with the mouse.
#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QUndoStack>

#include "models/cases/caserepository.h"
#include "models/events/eventrepository.h"
#include "tests/views/viewfixture.h"
#include "views/cases/casespage.h"
#include "views/common/messagebar.h"
#include "views/events/eventspage.h"

namespace supolka::test {

using AreaImportsView = ViewTest;

TEST_F(AreaImportsView, AnAttendeeListGoesIntoTheChosenEventAndOutForTheOtherLaptop)
{
    EventRepository events(m_db.get());
    Event event;
    event.title = QStringLiteral("Freedom Day rally");
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    event.country = QStringLiteral("PL");
    const Result<Event> added = events.addEvent(event);
    ASSERT_TRUE(added.ok());
    QUndoStack undo;
    EventsPage page(m_db.get(), &undo);
    page.show();
    page.selectEvent(added->pk);

    m_files << dataPath(QStringLiteral("registrations/eventbrite.csv"));
    find<QAction>(&page, QStringLiteral("importRegistrationsAction"))->trigger();
    const QList<Registration> registered = events.registrations(added->pk);
    EXPECT_EQ(registered.size(), 5) << page.messageBar()->text().toStdString();
    EXPECT_TRUE(page.messageBar()->text().contains(QStringLiteral("5 new"))) << page.messageBar()->text().toStdString();
    EXPECT_TRUE(page.messageBar()->text().contains(QStringLiteral("Line "))) << "the rejected row is named";

    const QString exported = m_db.folder() + QStringLiteral("/door-1.csv");
    m_files << exported;
    find<QAction>(&page, QStringLiteral("exportRegistrationsAction"))->trigger();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << page.messageBar()->text().toStdString();
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("ticket_code")));
    EXPECT_TRUE(text.contains(registered.first().ticketCode));
}

TEST_F(AreaImportsView, IntakeFormsBecomeCasesAndSensitiveOnesLeaveWithAPseudonym)
{
    QUndoStack undo;
    CasesPage page(m_db.get(), &undo);
    page.show();
    m_files << dataPath(QStringLiteral("cases/kobo-intake.csv"));
    page.importKind(CaseCsvKind::Cases);
    CaseFilter all;
    all.includeSensitive = true;
    EXPECT_EQ(CaseRepository(m_db.get()).cases(all).size(), 4);
    EXPECT_EQ(page.messageBar()->kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(page.messageBar()->text().contains(QStringLiteral("Line 6 (imported): intake/country: ")))
        << page.messageBar()->text().toStdString();

    const QString exported = m_db.folder() + QStringLiteral("/cases.csv");
    m_files << exported;
    page.exportKind(CaseCsvKind::Cases);
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Алесь Бяляцкі")));
    EXPECT_FALSE(text.contains(QStringLiteral("volha@example.org")));
}

} // namespace supolka::test
