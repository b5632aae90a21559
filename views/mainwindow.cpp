#include "views/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/cases/caselist.h"
#include "models/db/database.h"
#include "models/db/storagefaults.h"
#include "models/i18n/languages.h"
#include "views/cases/casespage.h"
#include "views/checkin/checkinpage.h"
#include "views/common/aboutdialog.h"
#include "views/common/dialogs.h"
#include "views/common/icons.h"
#include "views/common/manualdialog.h"
#include "views/common/messagebar.h"
#include "views/common/operatorname.h"
#include "views/common/theme.h"
#include "views/dashboard/dashboardpage.h"
#include "views/events/eventspage.h"
#include "views/exitpoll/exitpollpage.h"
#include "views/members/memberspage.h"
#include "views/settings/recentdatabases.h"
#include "views/settings/settings.h"
#include "views/sync/syncpage.h"

namespace supolka {

namespace {

// What a sidebar entry is for, kept to put the overdue cases after it.
constexpr int SidebarTipRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(Database &database, Languages &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(172);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window).darker(106));
    m_sidebar->setPalette(sidebarPalette);
    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    // What concerns the whole database (open for reading only, damaged pages), above whichever page is shown.
    m_databaseBar = new MessageBar(central);
    m_databaseBar->setObjectName(QStringLiteral("databaseBar"));
    // Good news shown there passes; the database's own state (read-only) comes back after it.
    connect(m_databaseBar, &MessageBar::closed, this, [this] {
        if (m_databaseBar->kind() == MessageBar::Kind::Positive ||
            m_databaseBar->kind() == MessageBar::Kind::Information)
            showDatabaseState();
    });
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    content->addWidget(m_databaseBar);
    content->addWidget(m_pages, 1);
    layout->addWidget(m_sidebar);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    // In the order of Page.
    m_membersPage = new MembersPage(database, *m_undoStack, m_pages);
    m_eventsPage = new EventsPage(database, m_undoStack, m_pages);
    m_checkInPage = new CheckInPage(database, m_pages);
    m_casesPage = new CasesPage(database, m_undoStack, m_pages);
    m_exitPollPage = new ExitPollPage(database, m_undoStack, m_pages);
    m_dashboardPage = new DashboardPage(database, m_pages);
    m_syncPage = new SyncPage(database, m_pages);
    for (QWidget *page : std::initializer_list<QWidget *>{m_membersPage, m_eventsPage, m_checkInPage, m_casesPage,
                                                          m_exitPollPage, m_dashboardPage, m_syncPage})
        m_pages->addWidget(page);
    for (const QIcon &icon : {Icons::members(), Icons::events(), Icons::checkIn(), Icons::cases(), Icons::exitPoll(),
                              Icons::dashboard(), Icons::sync()}) {
        auto *item = new QListWidgetItem(icon, QString(), m_sidebar);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_membersPage, &MembersPage::membersChanged, m_dashboardPage, &DashboardPage::invalidate);
    connect(m_eventsPage, &EventsPage::eventsChanged, m_dashboardPage, &DashboardPage::invalidate);
    connect(m_eventsPage, &EventsPage::eventsChanged, m_checkInPage, &CheckInPage::reloadEvents);
    connect(m_eventsPage, &EventsPage::checkInRequested, this, [this](qint64 eventPk) {
        m_checkInPage->setEvent(eventPk);
        showPage(CheckInArea);
    });
    connect(m_checkInPage, &CheckInPage::registrationsChanged, m_eventsPage, &EventsPage::reload);
    connect(m_checkInPage, &CheckInPage::registrationsChanged, m_dashboardPage, &DashboardPage::invalidate);
    connect(m_checkInPage, &CheckInPage::membersChanged, m_membersPage, &MembersPage::reload);
    connect(m_checkInPage, &CheckInPage::fullScreenRequested, this, &MainWindow::setDoorFullScreen);
    connect(m_casesPage, &CasesPage::casesChanged, m_dashboardPage, &DashboardPage::invalidate);
    connect(m_casesPage, &CasesPage::casesChanged, this, &MainWindow::markOverdueCases);
    // Demo data and imports on the members page reach the other areas too.
    connect(m_membersPage, &MembersPage::membersChanged, m_eventsPage, &EventsPage::reload);
    connect(m_membersPage, &MembersPage::membersChanged, m_checkInPage, &CheckInPage::reloadEvents);
    connect(m_membersPage, &MembersPage::membersChanged, m_casesPage, &CasesPage::reload);
    connect(m_membersPage, &MembersPage::membersChanged, m_exitPollPage, &ExitPollPage::reload);
    // A received bundle can change every area.
    connect(m_syncPage, &SyncPage::dataChanged, m_membersPage, &MembersPage::reload);
    connect(m_syncPage, &SyncPage::dataChanged, m_eventsPage, &EventsPage::reload);
    connect(m_syncPage, &SyncPage::dataChanged, m_checkInPage, &CheckInPage::reloadEvents);
    connect(m_syncPage, &SyncPage::dataChanged, m_casesPage, &CasesPage::reload);
    connect(m_syncPage, &SyncPage::dataChanged, m_exitPollPage, &ExitPollPage::reload);
    connect(m_syncPage, &SyncPage::dataChanged, m_dashboardPage, &DashboardPage::invalidate);

    // A read deep in a page that met a damaged page or a failing disk may have shown less than there is.
    m_faultsShown = StorageFaults::count();
    connect(&StorageFaults::instance(), &StorageFaults::faultReported, this, &MainWindow::showStorageFault);

    setWindowIcon(Icons::application());
    createActions();
    createMenus();
    retranslate();

    fitToScreen();
    restoreState(settings::windowState.value());
    // The page used last, except in a new database (nothing recorded yet): there the members page welcomes.
    const int page = settings::lastPage.value();
    const bool empty = m_database.holdsNoRecords();
    showPage(!empty && page >= 0 && page < PageCount ? static_cast<Page>(page) : MembersArea);
}

MainWindow::~MainWindow()
{
    // The undo stack outlives this part of the window and tells about its last changes while it goes.
    m_undoStack->disconnect(this);
}

void MainWindow::applyRememberedLanguage(Languages &languages)
{
    const QString remembered = settings::language.value();
    if (Languages::isAvailable(remembered) && remembered != languages.current())
        languages.apply(remembered);
}

void MainWindow::showStorageFault()
{
    const Status whole = StorageFaults::since(m_faultsShown, m_database.path());
    m_faultsShown = StorageFaults::count();
    if (!whole)
        m_databaseBar->showMessage(whole.error(), MessageBar::Kind::Error);
}

void MainWindow::showDatabaseState()
{
    if (m_database.isReadOnly() && m_databaseBar->kind() != MessageBar::Kind::Error)
        m_databaseBar->showMessage(tr("This database is open for reading only: its file or folder may not be "
                                      "written. You can look, search, export and print; changes cannot be "
                                      "saved. To change it, copy it to a folder you may write to and open the copy."),
                                   MessageBar::Kind::Warning);
}

void MainWindow::fitToScreen()
{
    // Every page is laid out for a small laptop (1024x700 and up); on a screen smaller still, the screen's size.
    const QScreen *primary = QGuiApplication::primaryScreen();
    const QRect available = primary ? primary->availableGeometry() : QRect(QPoint(), PreferredSize);
    setMinimumSize(MinimumSize.boundedTo(available.size()));
    resize(PreferredSize.boundedTo(available.size()).expandedTo(minimumSize()));
    if (!restoreGeometry(settings::windowGeometry.value()))
        return;
    // A size kept from a larger screen (or a monitor no longer there) is brought back within the screen it is on.
    const QScreen *on = QGuiApplication::screenAt(geometry().center());
    const QRect room = on ? on->availableGeometry() : available;
    if (!isMaximized() && !isFullScreen() && !room.contains(frameGeometry())) {
        resize(size().boundedTo(room.size()).expandedTo(minimumSize()));
        if (!room.contains(frameGeometry()))
            move(room.topLeft());
    }
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

void MainWindow::createActions()
{
    m_importAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importMembersAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        showPage(MembersArea);
        m_membersPage->importMembers();
    });
    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportMembersAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        showPage(MembersArea);
        m_membersPage->exportMembers();
    });
    m_demoAction = new QAction(this);
    m_demoAction->setObjectName(QStringLiteral("loadDemoDataAction"));
    connect(m_demoAction, &QAction::triggered, this, [this] {
        showPage(MembersArea);
        m_membersPage->loadDemoData();
    });
    m_operatorAction = new QAction(this);
    m_operatorAction->setObjectName(QStringLiteral("operatorAction"));
    connect(m_operatorAction, &QAction::triggered, this, [this] {
        if (OperatorName::ask(this))
            m_checkInPage->setStation(QString()); // the door writes the new name from now on
    });
    m_newDatabaseAction = new QAction(this);
    m_newDatabaseAction->setObjectName(QStringLiteral("newDatabaseAction"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [] { RecentDatabases::clear(); });

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);
    m_passphraseAction = new QAction(this);
    m_passphraseAction->setObjectName(QStringLiteral("passphraseAction"));
    m_passphraseAction->setEnabled(!m_database.isReadOnly());
    connect(m_passphraseAction, &QAction::triggered, this, &MainWindow::passphraseChangeRequested);
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    // Only an encrypted database has anything to lock away.
    m_lockAction->setEnabled(m_database.isEncrypted());
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslate);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslate);

    // Ctrl+1 ... shows the areas in the sidebar's order.
    for (int page = 0; page < PageCount; ++page) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(static_cast<Page>(page)); });
        m_showPageActions.append(action);
    }
    m_showMembersAction = m_showPageActions.at(MembersArea);
    m_showDashboardAction = m_showPageActions.at(DashboardArea);

    m_languageGroup = new QActionGroup(this);
    for (const Languages::Language &language : Languages::available()) {
        auto *action = new QAction(language.nativeName, m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setCheckable(true);
        action->setChecked(language.code == m_languages.current());
        connect(action, &QAction::triggered, this, [this, code = language.code] { switchLanguage(code); });
    }

    m_lookGroup = new QActionGroup(this);
    for (const Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        auto *action = new QAction(m_lookGroup);
        action->setObjectName(QStringLiteral("look_") + Theme::name(mode));
        action->setCheckable(true);
        action->setChecked(mode == Theme::mode());
        connect(action, &QAction::triggered, this, [mode] {
            Theme::apply(mode);
            settings::theme.setValue(Theme::name(mode));
        });
    }

    m_manualAction = new QAction(this);
    m_manualAction->setObjectName(QStringLiteral("manualAction"));
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    m_manualAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_manualAction, &QAction::triggered, this, &MainWindow::showManual);
    addAction(m_manualAction);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_membersPage->findAction(), &QAction::triggered, this, [this] { showPage(MembersArea); });
    connect(m_membersPage->newAction(), &QAction::triggered, this, [this] { showPage(MembersArea); });
    connect(m_eventsPage->newAction(), &QAction::triggered, this, [this] { showPage(EventsArea); });
    connect(m_casesPage->newAction(), &QAction::triggered, this, [this] { showPage(CasesArea); });
    scopeShortcutsToPages();
}

void MainWindow::scopeShortcutsToPages()
{
    // Every area has its own New, Edit, Delete and Find; each works while its page is shown, so that Ctrl+N on the
    // cases page opens a case and on the members page adds a member.
    const QKeySequence edit(Qt::Key_F2);
    m_pageShortcuts = {
        {m_membersPage, m_membersPage->newAction(), QKeySequence::New},
        {m_membersPage, m_membersPage->editAction(), edit},
        {m_membersPage, m_membersPage->deleteAction(), QKeySequence::Delete},
        {m_membersPage, m_membersPage->findAction(), QKeySequence::Find},
        {m_eventsPage, m_eventsPage->newAction(), QKeySequence::New},
        {m_eventsPage, m_eventsPage->editAction(), edit},
        {m_eventsPage, m_eventsPage->deleteAction(), QKeySequence::Delete},
        {m_eventsPage, m_eventsPage->findAction(), QKeySequence::Find},
        {m_casesPage, m_casesPage->newAction(), QKeySequence::New},
        {m_casesPage, m_casesPage->openAction(), edit},
        {m_casesPage, m_casesPage->deleteAction(), QKeySequence::Delete},
        {m_casesPage, m_casesPage->findAction(), QKeySequence::Find},
    };
    for (const PageShortcut &shortcut : std::as_const(m_pageShortcuts)) {
        if (!shortcut.page->actions().contains(shortcut.action))
            shortcut.page->addAction(shortcut.action);
        // New, Edit and Find work wherever the focus is (also in the sidebar just clicked): only the shown page
        // holds them. Delete stays with the focused list, so that it never deletes what is not in front of one.
        if (shortcut.keys != QKeySequence(QKeySequence::Delete))
            shortcut.action->setShortcutContext(Qt::WindowShortcut);
    }
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePageShortcuts);
    updatePageShortcuts();
}

void MainWindow::updatePageShortcuts()
{
    QWidget *shown = m_pages->currentWidget();
    for (const PageShortcut &shortcut : std::as_const(m_pageShortcuts))
        shortcut.action->setShortcut(shortcut.page == shown ? shortcut.keys : QKeySequence());
}

void MainWindow::setDoorFullScreen(bool on)
{
    // The door fills the screen: no sidebar, no menus, only the check-in page.
    if (on)
        showPage(CheckInArea);
    m_sidebar->setVisible(!on);
    menuBar()->setVisible(!on);
    if (on)
        showFullScreen();
    else
        showNormal();
    m_checkInPage->setFullScreen(on);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_operatorAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_passphraseAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_membersPage->findAction());

    m_membersMenu = menuBar()->addMenu(QString());
    m_membersMenu->setObjectName(QStringLiteral("membersMenu"));
    m_membersMenu->addAction(m_membersPage->newAction());
    m_membersMenu->addAction(m_membersPage->editAction());
    m_membersMenu->addAction(m_membersPage->deleteAction());
    m_membersMenu->addSeparator();
    m_membersMenu->addAction(m_membersPage->exportPersonAction());
    m_membersMenu->addAction(m_membersPage->eraseAction());
    m_membersMenu->addSeparator();
    m_membersMenu->addAction(m_membersPage->mergeAction());
    m_membersMenu->addAction(m_membersPage->keepApartAction());

    m_eventsMenu = menuBar()->addMenu(QString());
    m_eventsMenu->setObjectName(QStringLiteral("eventsMenu"));
    m_eventsMenu->addAction(m_eventsPage->newAction());
    m_eventsMenu->addAction(m_eventsPage->editAction());
    m_eventsMenu->addAction(m_eventsPage->deleteAction());
    m_eventsMenu->addSeparator();
    m_eventsMenu->addAction(m_eventsPage->importListAction());
    m_eventsMenu->addAction(m_eventsPage->exportListAction());
    m_eventsMenu->addSeparator();
    m_eventsMenu->addAction(m_eventsPage->checkInAction());

    m_casesMenu = menuBar()->addMenu(QString());
    m_casesMenu->setObjectName(QStringLiteral("casesMenu"));
    m_casesMenu->addAction(m_casesPage->newAction());
    m_casesMenu->addAction(m_casesPage->openAction());
    m_casesMenu->addAction(m_casesPage->deleteAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_showPageActions);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_lookMenu = m_viewMenu->addMenu(QString());
    m_lookMenu->setObjectName(QStringLiteral("lookMenu"));
    m_lookMenu->addActions(m_lookGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_database.isReadOnly() ? tr("Supolka — %1 (read-only)").arg(QFileInfo(m_database.path()).fileName())
                                           : tr("Supolka — %1").arg(QFileInfo(m_database.path()).fileName()));
    showDatabaseState();
    const QStringList areas{tr("Members"),    tr("Events"),    tr("Check-in"), tr("Aid cases"),
                            tr("Exit polls"), tr("Dashboard"), tr("Sync")};
    const QStringList explained{tr("The chapter's members: search in any script, import, edit, export (%1)"),
                                tr("Events and their registrations: tickets, badges, lists (%1)"),
                                tr("The door: check people in as they arrive, also offline (%1)"),
                                tr("Refugee aid cases: needs, volunteers, notes and payments (%1)"),
                                tr("Exit polls per polling station, compared with the official results (%1)"),
                                tr("Charts of members, events and aid at a glance (%1)"),
                                tr("Bundles sealed for the secretariat and other chapters; keys and contacts (%1)")};
    for (int page = 0; page < PageCount; ++page) {
        m_sidebar->item(page)->setText(areas.at(page));
        const QString tip = explained.at(page).arg(
            m_showPageActions.value(page) ? m_showPageActions.value(page)->shortcut().toString(QKeySequence::NativeText)
                                          : QString());
        m_sidebar->item(page)->setToolTip(tip);
        m_sidebar->item(page)->setData(SidebarTipRole, tip);
    }
    markOverdueCases();

    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import members…"));
    m_exportAction->setText(tr("&Export members…"));
    m_demoAction->setText(tr("Load &demo data"));
    m_quitAction->setText(tr("&Quit"));
    m_operatorAction->setText(tr("&Who is at this computer…"));
    m_backupAction->setText(tr("&Back up…"));
    m_passphraseAction->setText(m_database.isEncrypted() ? tr("Change the &passphrase…")
                                                         : tr("&Encrypt the database…"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(m_database.isEncrypted()
                                 ? tr("Close the data until the passphrase is entered again (Ctrl+L)")
                                 : tr("Only an encrypted database can be locked"));

    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo: %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo: %1").arg(m_undoStack->redoText()) : tr("&Redo"));

    m_membersMenu->setTitle(tr("&Members"));
    m_viewMenu->setTitle(tr("&View"));
    const QStringList showAreas{tr("&Members"),    tr("&Events"),    tr("Check-&in"), tr("&Aid cases"),
                                tr("E&xit polls"), tr("&Dashboard"), tr("&Sync")};
    for (int page = 0; page < PageCount; ++page)
        m_showPageActions.at(page)->setText(showAreas.at(page));
    m_eventsMenu->setTitle(tr("Even&ts"));
    m_casesMenu->setTitle(tr("&Cases"));
    m_languageMenu->setTitle(tr("&Language"));
    m_lookMenu->setTitle(tr("L&ook"));
    const QStringList looks{tr("Like the &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < looks.size(); ++i)
        m_lookGroup->actions().at(i)->setText(looks.at(i));

    m_helpMenu->setTitle(tr("&Help"));
    m_manualAction->setText(tr("Supolka &manual"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_newDatabaseAction->setToolTip(tr("Start an empty database in a file of its own, for another chapter or to try"));
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecentAction->setText(tr("&Clear the list"));
    m_aboutAction->setText(tr("&About Supolka"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::markOverdueCases()
{
    QListWidgetItem *item = m_sidebar->item(CasesArea);
    // A count, not the cases: read at start and after every change of a case.
    const Result<CaseList::OverdueCount> late = CaseList::overdue(m_database, QDate::currentDate());
    const int overdue = late ? late->all : 0;
    item->setText(overdue == 0 ? tr("Aid cases")
                               : tr("Aid cases (%1)", "with the number of overdue cases").arg(overdue));
    const QString tip = item->data(SidebarTipRole).toString();
    item->setToolTip(overdue == 0 ? tip
                                  : tip + QLatin1Char('\n') +
                                        tr("The number in brackets: %n case(s) past the due date", nullptr, overdue));
    item->setForeground(overdue == 0 ? QBrush() : QBrush(Theme::colours(Theme::Signal::Error).text));
    item->setData(Qt::UserRole, overdue);
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!m_languages.apply(code))
        return;
    settings::language.setValue(code);
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->objectName() == QStringLiteral("language_") + code);
    // A language without a translation file installs no translator, and so sends no LanguageChange by itself.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &change);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QString current = QFileInfo(m_database.path()).absoluteFilePath();
    int number = 0;
    const QStringList paths = RecentDatabases::list();
    for (const QString &path : paths) {
        if (path == current)
            continue; // the one open
        const QFileInfo file(path);
        // "&1 warsaw.db — /home/…/Chapters": the name to recognise, the folder to tell two of one name apart.
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2 — %3")
                                        .arg(++number)
                                        .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())));
        action->setData(path);
        action->setEnabled(file.exists());
        connect(action, &QAction::triggered, this, [this, path] { emit databaseRequested(path); });
    }
    if (number == 0) {
        QAction *none = m_recentMenu->addAction(tr("No other database yet"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(number > 0);
}

void MainWindow::newDatabase()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("New database");
    request.path =
        QDir(QFileInfo(m_database.path()).absolutePath()).filePath(tr("chapter", "file name") + QStringLiteral(".db"));
    request.filters = {tr("Supolka database (*.db)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    QString path = answer.path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    // A new database never takes the place of a file that is there: that one is opened, or nothing happens.
    if (QFileInfo::exists(path)) {
        Dialogs::Decision decision;
        decision.title = tr("New database");
        decision.text =
            tr("%1 is there already. A new database never replaces a file.").arg(QDir::toNativeSeparators(path));
        decision.choices = {tr("Open it"), tr("Cancel")};
        decision.cancelChoice = 1;
        if (Dialogs::decide(this, decision) != 0)
            return;
    }
    emit databaseRequested(path);
}

void MainWindow::openDatabase()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Open;
    request.caption = tr("Open database");
    request.path = QFileInfo(m_database.path()).absolutePath();
    request.filters = {tr("Supolka database (*.db)"), tr("All files (*)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (!answer.path.isEmpty())
        emit databaseRequested(answer.path);
}

void MainWindow::showManual()
{
    // One manual window, brought to the front when it is open already.
    if (!m_manual) {
        m_manual = new ManualDialog(this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_database.path(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::rememberLayout()
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::lastPage.setValue(m_sidebar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLayout();
    event->accept();
}

void MainWindow::announce(const QString &text)
{
    m_databaseBar->showMessage(text, MessageBar::Kind::Positive);
}

void MainWindow::backUp()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Back up the database");
    const QFileInfo database(m_database.path());
    request.path = database.dir().filePath(
        QStringLiteral("%1-%2.db").arg(database.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    request.filters = {tr("Supolka databases (*.db)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_database.backupTo(answer.path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_databaseBar->showMessage(written.error(), MessageBar::Kind::Error);
        return;
    }
    const QString shown = QDir::toNativeSeparators(answer.path);
    m_databaseBar->showMessage(m_database.isEncrypted()
                                   ? tr("Backed up to %1, encrypted with this database's passphrase.").arg(shown)
                                   : tr("Backed up to %1. The backup is not encrypted, as this database is not: "
                                        "keep it somewhere safe.")
                                         .arg(shown),
                               m_database.isEncrypted() ? MessageBar::Kind::Positive : MessageBar::Kind::Warning);
}

} // namespace supolka
