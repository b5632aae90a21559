#pragma once

#include <memory>

#include <QWidget>

#include "models/events/event.h"
#include "models/events/registration.h"

class QComboBox;
class QFrame;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace supolka {

class CheckInResultsModel;
class Database;
class EventRepository;
class MemberRepository;
class MessageBar;

// The door: check people in at an event with the keyboard alone. Type a name (any script), e-mail, phone or ticket
// code, or scan a ticket, and Enter checks in the one match (↑/↓ choose among several). The status panel says in
// large type and colour what happened: green let in, orange already checked in (when and where), red refused.
// Walk-ins are registered in a small dialog (F2); Ctrl+Z takes the last check-in back, from the door's own undo
// history; live counters show who has come. Meant to fill the window (fullScreenRequested).
class CheckInPage final : public QWidget
{
    Q_OBJECT

public:
    // How the last action at the door ended, for the status panel (and the `statusKind` property of statusLabel).
    enum class StatusKind { Ready, CheckedIn, AlreadyCheckedIn, Refused, NotFound, Information };

    explicit CheckInPage(Database &database, QWidget *parent = nullptr);
    ~CheckInPage() override;

    qint64 eventPk() const { return m_eventPk; }
    // The door's own undo history (check-ins and walk-ins at this event).
    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }
    StatusKind statusKind() const { return m_statusKind; }
    // Who checks people in, as stored with each check-in; EventRepository::defaultStation() unless set.
    QString station() const { return m_station.isEmpty() ? doorName() : m_station; }
    void setStation(const QString &station);

public slots:
    // Shows the door of this event (chosen in the event list at the top).
    void setEvent(qint64 eventPk);
    // Reads the events again (after they were added, edited or deleted elsewhere), keeping the chosen one.
    void reloadEvents();
    // Reads the chosen event's registrations and counters again (after an import, for one).
    void refresh();
    // Says so when the chosen event is not today's (or yesterday's, for one that ran past midnight).
    void warnIfNotToday();
    // Who checks people in here: the name of who is at this computer, else the account and the computer's name.
    static QString doorName();
    void focusSearch();
    // Checks in the chosen match of what is typed (the only one, or the one chosen with ↑/↓).
    void checkInChosen();
    void undoLastCheckIn();
    void redoCheckIn();
    void openWalkIn();
    // The window says whether it shows the door full screen now (keeps the button in step; emits nothing).
    void setFullScreen(bool on);

signals:
    // The user asked for the door to fill the screen, or to leave full screen.
    void fullScreenRequested(bool on);
    // Someone was checked in or registered at the door, or that was taken back.
    void registrationsChanged(qint64 eventPk);
    // A walk-in became a member, or that was taken back.
    void membersChanged();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void retranslate();
    void activateEvent(int comboIndex);
    // Keys the door answers wherever the focus is inside it, before the window's shortcuts.
    static bool isDoorShortcut(const QKeyEvent *event);
    bool handleDoorShortcut(const QKeyEvent *event);
    bool handleSearchKey(const QKeyEvent *event);
    void scheduleSearch();
    void flushSearch();
    void runSearch();
    void updateResultsHint();
    void moveChoice(int delta);
    int chosenRow() const;
    void checkIn(const Registration &chosen);
    void walkedIn(const Registration &registration, qint64 newMemberPk);
    // After an undo or redo: what happened, in the status panel, and everything in step.
    void commandDone(const QString &message);
    void commandFailed(const QString &message);
    void readyForNext();
    void showStatus(StatusKind kind, const QString &text, const QString &detail = QString());
    void showReady();
    void updateCounters();
    void updateUndoButton();

    Database &m_database;
    std::unique_ptr<EventRepository> m_repository;
    std::unique_ptr<MemberRepository> m_members;
    CheckInResultsModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_eventPk = 0;
    QString m_station;
    StatusKind m_statusKind = StatusKind::Ready;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_eventLabel = nullptr;
    QComboBox *m_eventCombo = nullptr;
    QPushButton *m_fullScreenButton = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_resultsHint = nullptr;
    QFrame *m_statusPanel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_statusDetail = nullptr;
    QLabel *m_checkedInCounter = nullptr;
    QLabel *m_registeredCounter = nullptr;
    QLabel *m_walkInCounter = nullptr;
    QLabel *m_checkedInCaption = nullptr;
    QLabel *m_registeredCaption = nullptr;
    QLabel *m_walkInCaption = nullptr;
    QPushButton *m_checkInButton = nullptr;
    QPushButton *m_walkInButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_keysHint = nullptr;
    bool m_askedForName = false;
};

} // namespace supolka
