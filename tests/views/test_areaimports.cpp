// Importing and exporting from the events and aid-cases pages, as a chapter lead does it with the mouse.
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include "models/cases/caserepository.h"
#include "models/events/eventrepository.h"
#include "tests/views/viewfixture.h"
#include "views/cases/casespage.h"
#include "views/common/importdialog.h"
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
    // The one import dialog: a preview with the mapping, then the import.
    auto *dialog = find<ImportDialog>(&page, QStringLiteral("registrationsImportDialog"));
    EXPECT_TRUE(find<QWidget>(dialog, QStringLiteral("importMappingTable"))->isVisibleTo(dialog));
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("importButton")), Qt::LeftButton);
    const QList<Registration> registered = events.registrations(added->pk);
    EXPECT_EQ(registered.size(), 6);
    const QString result = find<QLabel>(dialog, QStringLiteral("importResultLabel"))->text();
    EXPECT_TRUE(result.contains(QStringLiteral("6 new"))) << result.toStdString();
    EXPECT_EQ(find<QTableWidget>(dialog, QStringLiteral("rejectedTable"))->rowCount(), 1)
        << "the e-mail address that is not one is named";
    // One step to undo, and back.
    ASSERT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_TRUE(events.registrations(added->pk).isEmpty());
    undo.redo();
    EXPECT_EQ(events.registrations(added->pk).size(), 6);
    dialog->close();

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
    auto *dialog = find<ImportDialog>(&page, QStringLiteral("casesImportDialog"));
    EXPECT_FALSE(find<QWidget>(dialog, QStringLiteral("importMappingTable"))->isVisibleTo(dialog))
        << "the cases' columns are fixed";
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("importButton")), Qt::LeftButton);
    CaseFilter all;
    all.includeSensitive = true;
    EXPECT_EQ(CaseRepository(m_db.get()).cases(all).size(), 4);
    auto *problems = find<QTableWidget>(dialog, QStringLiteral("rejectedTable"));
    ASSERT_EQ(problems->rowCount(), 2);
    EXPECT_EQ(problems->item(1, 0)->text(), QStringLiteral("6"));
    EXPECT_EQ(problems->item(1, 1)->text(), QStringLiteral("intake/country"));
    EXPECT_EQ(problems->item(1, 2)->text(), QStringLiteral("imported"));
    EXPECT_EQ(undo.undoText(), QStringLiteral("Import of kobo-intake.csv: 4 new, 0 updated"));
    undo.undo();
    EXPECT_TRUE(CaseRepository(m_db.get()).cases(all).isEmpty());
    undo.redo();
    EXPECT_EQ(CaseRepository(m_db.get()).cases(all).size(), 4);
    dialog->close();
    flushDeletes();
    // Undone long after the dialog closed, the page still shows what is stored.
    auto *table = find<QTableView>(&page, QStringLiteral("casesTable"));
    const int shown = table->model()->rowCount();
    EXPECT_GT(shown, 0);
    undo.undo();
    EXPECT_EQ(table->model()->rowCount(), 0);
    undo.redo();
    EXPECT_EQ(table->model()->rowCount(), shown);

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
