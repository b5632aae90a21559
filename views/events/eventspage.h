#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "views/events/ticketprinter.h"

#include "models/events/event.h"
#include "models/events/registration.h"

class QAction;
class QChart;
class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace supolka {

class Database;
class EventRepository;
class EventTableModel;
class EventsFirstRun;
class KeyFilterProxy;
class MessageBar;
class RegistrationTableModel;

// The Events area: the events table with a filter, New/Edit/Delete (undoable); below it the selected event's
// registrations (add a guest, cancel, print tickets and badges as PDF, open the check-in mode) and two charts,
// check-ins over the event's time and attendance per month.
class EventsPage final : public QWidget
{
    Q_OBJECT

public:
    // Edits go on `undoStack` (the window's); without one the page keeps its own.
    EventsPage(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~EventsPage() override;

    // The page's actions, for the main window's menus.
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *checkInAction() const { return m_checkInAction; }
    QAction *importListAction() const { return m_importListAction; }
    QAction *exportListAction() const { return m_exportListAction; }

    MessageBar *messageBar() const { return m_messageBar; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QChart *checkInChart() const;
    QChart *attendanceChart() const;

    // The selected event's pk; 0 when none is.
    qint64 currentEventPk() const;

public slots:
    // Reads the events and the selected event's registrations again (after an import, a check-in elsewhere).
    void reload();
    void newEvent();
    void editSelected();
    void deleteSelected();
    void selectEvent(qint64 pk);
    void focusFilter();
    void addGuest();
    void cancelSelectedRegistrations();
    void printTickets();
    void printBadges();
    // An attendee list (Eventbrite, pretix, Google Forms, or another laptop's export) into the chosen event.
    void importRegistrations();
    // The chosen event's registrations and check-ins, for another laptop to merge.
    void exportRegistrations();

signals:
    // The check-in mode for this event was asked for ("Check-in mode" button or action).
    void checkInRequested(qint64 eventPk);
    // Events or registrations were added, changed or deleted here.
    void eventsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void build();
    void retranslate();
    void updateState();
    void currentEventChanged();
    void refreshCharts();
    // Brings the tables in step after an event (and its counts) or some of its registrations changed.
    void eventTouched(qint64 pk);
    void registrationsTouched(const QList<qint64> &pks);
    // On a printer through the print dialog, or into a PDF file written whole.
    enum class PrintTo { Printer, Pdf };
    void print(TicketPrinter::Sheet sheet, PrintTo to);
    const Event *currentEvent() const;
    QList<Registration> selectedRegistrations() const;
    QStringList groupsInUse() const;
    void showError(const QString &message);

    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<EventRepository> m_repository;
    EventTableModel *m_eventModel = nullptr;
    KeyFilterProxy *m_eventProxy = nullptr;
    RegistrationTableModel *m_registrationModel = nullptr;
    qint64 m_shownEventPk = -1;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    EventsFirstRun *m_firstRun = nullptr;
    QWidget *m_content = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_eventFilter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTableView *m_eventsTable = nullptr;
    QLabel *m_eventsStatus = nullptr;
    QTabWidget *m_details = nullptr;
    QWidget *m_registrationsTab = nullptr;
    QWidget *m_chartsTab = nullptr;
    QLineEdit *m_registrationFilter = nullptr;
    QPushButton *m_addGuestButton = nullptr;
    QPushButton *m_cancelRegistrationButton = nullptr;
    QPushButton *m_printTicketsButton = nullptr;
    QPushButton *m_printBadgesButton = nullptr;
    QPushButton *m_checkInButton = nullptr;
    QPushButton *m_listsButton = nullptr; // import and export of attendee lists, in its menu
    QAction *m_importListAction = nullptr;
    QAction *m_exportListAction = nullptr;
    QAction *m_ticketsPdfAction = nullptr;
    QAction *m_badgesPdfAction = nullptr;
    QTableView *m_registrationsTable = nullptr;
    QLabel *m_registrationsStatus = nullptr;
    QChartView *m_checkInView = nullptr;
    QChartView *m_attendanceView = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_checkInAction = nullptr;
};

} // namespace supolka
