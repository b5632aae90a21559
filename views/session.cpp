#include "views/session.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

#include "models/db/database.h"
#include "models/security/databasekey.h"
#include "views/common/dialogs.h"
#include "views/mainwindow.h"
#include "views/security/passphrasedialog.h"
#include "views/settings/recentdatabases.h"
#include "views/settings/settings.h"

namespace supolka {

Session::Session(QString path, Languages &languages, QObject *parent)
    : QObject(parent)
    , m_path(Database::resolvePath(path))
    , m_languages(languages)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &Session::lock);
    qApp->installEventFilter(this);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationSuspended)
            lock();
    });
}

Session::~Session()
{
    qApp->removeEventFilter(this);
    closeWindowAndDatabase();
}

void Session::tryFirst(SecretBytes passphrase)
{
    m_firstPassphrase = std::make_unique<SecretBytes>(std::move(passphrase));
}

bool Session::start()
{
    if (!openDatabase())
        return false;
    showWindow();
    return true;
}

bool Session::openDatabase()
{
    auto attempt = [this](const SecretBytes *current, const SecretBytes *next) {
        auto opened = Database::open(m_path, current ? current : next);
        if (!opened)
            return opened.error();
        m_database = std::move(opened.value());
        return QString();
    };
    const QFileInfo file(m_path);
    if (m_firstPassphrase) {
        const std::unique_ptr<SecretBytes> given = std::move(m_firstPassphrase);
        if (Database::isEncryptedFile(m_path) && attempt(given.get(), nullptr).isEmpty())
            return true;
    }
    if (Database::isEncryptedFile(m_path)) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, m_path, attempt);
        return dialog.exec() == QDialog::Accepted && m_database;
    }
    if (!file.exists() || file.size() == 0) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Create, m_path, attempt);
        return dialog.exec() == QDialog::Accepted && m_database;
    }
    const QString error = attempt(nullptr, nullptr);
    if (!error.isEmpty()) {
        Dialogs::Decision refusal;
        refusal.title = tr("Supolka");
        refusal.text = tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(m_path));
        refusal.details = error;
        refusal.choices = {tr("Close")};
        refusal.cancelChoice = 0;
        Dialogs::decide(m_window.get(), refusal);
        return false;
    }
    return true;
}

void Session::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database, m_languages);
    // Queued: both delete the window whose menu asked for them.
    connect(m_window.get(), &MainWindow::lockRequested, this, &Session::lock, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::passphraseChangeRequested, this, &Session::changePassphrase,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::databaseRequested, this, &Session::open, Qt::QueuedConnection);
    RecentDatabases::add(m_path);
    m_window->show();
    restartIdleTimer();
}

void Session::closeWindowAndDatabase()
{
    m_idle.stop();
    if (m_window) {
        m_window->rememberLayout();
        m_window.reset();
    }
    if (m_database) {
        // Everything into the database file, the WAL emptied: nothing waits beside it while locked.
        QSqlQuery checkpoint(m_database->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.finish();
        m_database.reset();
    }
}

bool Session::closeOpenQuestion(const std::function<void()> &then)
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal)
        return false;
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
    QTimer::singleShot(0, this, then);
    return true;
}

void Session::lock()
{
    if (!m_database || !m_database->isEncrypted())
        return;
    if (closeOpenQuestion([this] { lock(); }))
        return;
    closeWindowAndDatabase();
    if (!openDatabase()) {
        QApplication::quit();
        return;
    }
    showWindow();
}

void Session::open(const QString &path)
{
    const QString wanted = Database::resolvePath(path);
    if (wanted == m_path && m_database) {
        if (m_window)
            m_window->activateWindow();
        return;
    }
    if (closeOpenQuestion([this, path] { open(path); }))
        return;
    const QString previous = m_path;
    closeWindowAndDatabase();
    m_path = wanted;
    if (!openDatabase()) {
        // Not opened (cancelled, a wrong passphrase, not a database): back to the one that was open.
        m_path = previous;
        if (!openDatabase()) {
            QApplication::quit();
            return;
        }
    }
    showWindow();
}

void Session::changePassphrase()
{
    if (!m_database)
        return;
    const bool encrypted = m_database->isEncrypted();
    auto attempt = [this, encrypted](const SecretBytes *current, const SecretBytes *next) -> QString {
        if (encrypted) {
            if (Status checked = Database::checkPassphrase(m_path, *current); !checked)
                return checked.error();
        }
        closeWindowAndDatabase();
        const Status changed = Database::protect(m_path, current, *next);
        // Open again with whichever passphrase now opens it.
        auto reopened = Database::open(m_path, changed ? next : current);
        if (reopened) {
            m_database = std::move(reopened.value());
            showWindow();
        }
        if (!changed)
            return changed.error();
        if (!reopened)
            return reopened.error();
        m_window->announce(encrypted ? tr("The passphrase is changed: the old one no longer opens the database.")
                                     : tr("The database is encrypted: from now on it opens only with its "
                                          "passphrase. Backups made before are not."));
        return QString();
    };
    // No parent: the window is closed and made again while the dialog runs.
    PassphraseDialog dialog(PassphraseDialog::Mode::Change, m_path, attempt, nullptr, encrypted);
    dialog.exec();
    if (!m_database && !openDatabase())
        QApplication::quit();
    else if (!m_window)
        showWindow();
}

void Session::restartIdleTimer()
{
    const int minutes = settings::lockAfterMinutes.value();
    if (m_database && m_database->isEncrypted() && minutes > 0)
        m_idle.start(minutes * 60 * 1000);
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_idle.isActive())
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace supolka
