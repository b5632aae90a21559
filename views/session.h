#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QTimer>

namespace supolka {

class Database;
class Languages;
class MainWindow;
class SecretBytes;

// One database shown in one window, from unlocking to locking: opens the database (asking for its passphrase,
// or whether to protect a new one), shows the window, and locks it all away again after the idle time, on
// Ctrl+L, or when the system suspends the application. Locking checkpoints the WAL, closes the window (every
// model and undo stack with it) and the database, and lets the key go (its memory is wiped).
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(QString path, Languages &languages, QObject *parent = nullptr);

    // A passphrase to try before asking (--passphrase-file, for a door computer started by a script). It is
    // tried once, at start, and forgotten.
    void tryFirst(SecretBytes passphrase);
    ~Session() override;

    // Opens the database and shows the window; false when the user chose to quit instead.
    bool start();
    void lock();
    // Closes this database and its window and opens `path` instead (a new database when there is no such file);
    // when that fails or is cancelled, the database that was open comes back.
    void open(const QString &path);
    bool isLocked() const { return !m_database; }

    MainWindow *window() const { return m_window.get(); }
    Database *database() const { return m_database.get(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openDatabase();
    // A question left open (the door's "who is at this computer", a file dialog) is closed as cancelled, and `then`
    // runs once it has returned, so that nothing is deleted under a running dialog. False when none was open.
    bool closeOpenQuestion(const std::function<void()> &then);
    void showWindow();
    void closeWindowAndDatabase();
    void changePassphrase();
    void restartIdleTimer();

    QString m_path;
    Languages &m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_idle;
    std::unique_ptr<SecretBytes> m_firstPassphrase;
};

} // namespace supolka
