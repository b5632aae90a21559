#pragma once

#include <functional>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace supolka {

class SecretBytes;

// Asks for a database's passphrase: to unlock it, to protect a new database (default: yes), or to change it.
// What the passphrase is tried on is the caller's `attempt`, run when the user confirms: it answers an error to
// show (the dialog then stays open, its fields emptied) or nothing (the dialog closes). The typed text is wiped
// from the fields as soon as it has been turned into SecretBytes.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Unlock, Create, Change };
    // For Change, `current` is null when the database is not encrypted yet (then it is encrypted).
    using Attempt = std::function<QString(const SecretBytes *current, const SecretBytes *next)>;

    PassphraseDialog(Mode mode, const QString &databasePath, Attempt attempt, QWidget *parent = nullptr,
                     bool encrypted = true);

    // Create: whether the user chose to leave the database unprotected.
    bool leftUnprotected() const;

    static constexpr int MinimumLength = 8;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void tryPassphrase();
    void wipeFields();

    Mode m_mode;
    QString m_path;
    Attempt m_attempt;
    bool m_encrypted;
    QLabel *m_intro = nullptr;
    QCheckBox *m_protect = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLabel *m_newLabel = nullptr;
    QLineEdit *m_new = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace supolka
