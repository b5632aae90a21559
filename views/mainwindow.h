#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>
#include <QSize>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace supolka {

class CasesPage;
class CheckInPage;
class Database;
class DashboardPage;
class EventsPage;
class ExitPollPage;
class Languages;
class ManualDialog;
class MessageBar;
class SyncPage;
class MembersPage;

// The window: a sidebar of areas on the left, the chosen area's page on the right, and the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { MembersArea, EventsArea, CheckInArea, CasesArea, ExitPollArea, DashboardArea, SyncArea, PageCount };

    MainWindow(Database &database, Languages &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Applies the language chosen in an earlier session, if any (call it unless the command line chose one).
    static void applyRememberedLanguage(Languages &languages);

    MembersPage *membersPage() const { return m_membersPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    EventsPage *eventsPage() const { return m_eventsPage; }
    CheckInPage *checkInPage() const { return m_checkInPage; }
    CasesPage *casesPage() const { return m_casesPage; }
    ExitPollPage *exitPollPage() const { return m_exitPollPage; }
    SyncPage *syncPage() const { return m_syncPage; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void showPage(Page page);
    // Saves the window's size, layout and page for the next start (also on locking).
    void rememberLayout();
    // File ▸ Back up…: a consistent copy of the database, encrypted when it is.
    void backUp();
    // A success that concerns the whole database (encrypted, passphrase changed), above the page.
    void announce(const QString &text);

signals:
    // Ctrl+L, File ▸ Lock: the session closes this window and the database.
    void lockRequested();
    // File ▸ Change passphrase… (or Encrypt…): the session re-keys the database.
    void passphraseChangeRequested();
    // File ▸ New database…, Open database… and Open recent: the session closes this database and opens `path`
    // (making it when there is no such file).
    void databaseRequested(const QString &path);

public:
    // Switches the GUI to `code` ("be", "ru", "en") and remembers the choice.
    void switchLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    // The aid-cases entry of the sidebar says how many cases are overdue, from the start on.
    void markOverdueCases();
    void showAbout();
    void showManual();
    void newDatabase();
    void openDatabase();
    void fillRecentMenu();
    void showStorageFault();
    void showDatabaseState();
    void setDoorFullScreen(bool on);
    // New, Edit, Delete and Find (Ctrl+N, F2, Delete, Ctrl+F) act on the page that is shown: only its actions
    // hold the keys, so that no key is bound twice (the menus list every page's actions).
    void scopeShortcutsToPages();
    // Sizes the window for the screen it is on: 1280x800 where there is room, never larger than the screen, never
    // smaller than MinimumSize.
    void fitToScreen();
    static constexpr QSize PreferredSize{1280, 800};
    static constexpr QSize MinimumSize{960, 600};
    void updatePageShortcuts();

    Database &m_database;
    Languages &m_languages;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_sidebar = nullptr;
    MessageBar *m_databaseBar = nullptr;
    quint64 m_faultsShown = 0;
    QStackedWidget *m_pages = nullptr;
    MembersPage *m_membersPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    CheckInPage *m_checkInPage = nullptr;
    CasesPage *m_casesPage = nullptr;
    ExitPollPage *m_exitPollPage = nullptr;
    SyncPage *m_syncPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_operatorAction = nullptr;
    QAction *m_passphraseAction = nullptr;
    QAction *m_lockAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_membersMenu = nullptr;
    QMenu *m_eventsMenu = nullptr;
    QMenu *m_casesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_lookMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_showMembersAction = nullptr;
    QAction *m_showDashboardAction = nullptr;
    QList<QAction *> m_showPageActions;
    struct PageShortcut
    {
        QWidget *page;
        QAction *action;
        QKeySequence keys;
    };
    QList<PageShortcut> m_pageShortcuts;
    QAction *m_manualAction = nullptr;
    QPointer<ManualDialog> m_manual;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_lookGroup = nullptr;
};

} // namespace supolka
