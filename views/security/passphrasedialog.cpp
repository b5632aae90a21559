#include "views/security/passphrasedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/security/databasekey.h"

namespace supolka {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setMinimumWidth(320);
    return field;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString &databasePath, Attempt attempt, QWidget *parent,
                                   bool encrypted)
    : QDialog(parent)
    , m_mode(mode)
    , m_path(databasePath)
    , m_attempt(std::move(attempt))
    , m_encrypted(encrypted)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_protect = new QCheckBox(this);
    m_protect->setObjectName(QStringLiteral("protectCheck"));
    m_protect->setChecked(true);
    m_protect->setVisible(mode == Mode::Create);
    layout->addWidget(m_protect);

    auto *form = new QFormLayout;
    m_current = passwordField(this, QStringLiteral("currentPassphrase"));
    m_new = passwordField(this, QStringLiteral("newPassphrase"));
    m_repeat = passwordField(this, QStringLiteral("repeatPassphrase"));
    m_currentLabel = new QLabel(this);
    m_newLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    if (mode == Mode::Unlock || (mode == Mode::Change && encrypted)) {
        form->addRow(m_currentLabel, m_current);
    } else {
        m_currentLabel->hide();
        m_current->hide();
    }
    if (mode != Mode::Unlock) {
        form->addRow(m_newLabel, m_new);
        form->addRow(m_repeatLabel, m_repeat);
    } else {
        for (QWidget *unused : {static_cast<QWidget *>(m_newLabel), static_cast<QWidget *>(m_new),
                                static_cast<QWidget *>(m_repeatLabel), static_cast<QWidget *>(m_repeat)})
            unused->hide();
    }
    // Closing it is no reason to quit while the window is locked behind it; Quit says so itself.
    setAttribute(Qt::WA_QuitOnClose, false);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(mode != Mode::Unlock);
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::tryPassphrase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_protect, &QCheckBox::toggled, this, &PassphraseDialog::updateState);
    for (QLineEdit *field : {m_current, m_new, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    retranslate();
    updateState();
    // Typing starts in the passphrase, never on the check box (a space would untick it).
    (m_current->isHidden() ? m_new : m_current)->setFocus();
}

bool PassphraseDialog::leftUnprotected() const
{
    return m_mode == Mode::Create && !m_protect->isChecked();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    const QString file = QDir::toNativeSeparators(QFileInfo(m_path).fileName());
    switch (m_mode) {
    case Mode::Unlock:
        setWindowTitle(tr("Unlock %1").arg(file));
        m_intro->setText(tr("The database %1 is encrypted. Enter its passphrase to open it.").arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
        break;
    case Mode::Create:
        setWindowTitle(tr("New database"));
        m_intro->setText(tr("Supolka is making a new database, %1. Protected with a passphrase, it cannot be read "
                            "without it if the computer, a backup or a USB stick is lost or seized.")
                             .arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
        break;
    case Mode::Change:
        setWindowTitle(m_encrypted ? tr("Change the passphrase") : tr("Encrypt the database"));
        m_intro->setText(m_encrypted ? tr("The data of %1 is written again under a key made from the new "
                                          "passphrase; the old passphrase will not open it any more.")
                                           .arg(file)
                                     : tr("The data of %1 is written again, encrypted with a key made from the "
                                          "passphrase; the unencrypted file is then removed.")
                                           .arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(m_encrypted ? tr("&Change") : tr("&Encrypt"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        break;
    }
    m_protect->setText(tr("&Protect with a passphrase (recommended)"));
    m_currentLabel->setText(m_mode == Mode::Unlock ? tr("&Passphrase:") : tr("C&urrent passphrase:"));
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setText(tr("&New passphrase:"));
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_repeatLabel->setBuddy(m_repeat);
    m_hint->setText(tr("At least %1 characters; a few unrelated words are easy to remember and hard to guess. "
                       "Nobody, not even Supolka, can open the data without it: write it down and keep it safe.")
                        .arg(MinimumLength));
}

void PassphraseDialog::updateState()
{
    const bool protecting = m_mode != Mode::Create || m_protect->isChecked();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_newLabel),
          static_cast<QWidget *>(m_repeatLabel), static_cast<QWidget *>(m_hint)})
        widget->setEnabled(protecting);
    bool ready = true;
    if (!m_current->isHidden())
        ready = !m_current->text().isEmpty();
    if (protecting && m_mode != Mode::Unlock)
        ready = ready && m_new->text().size() >= MinimumLength && m_new->text() == m_repeat->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void PassphraseDialog::wipeFields()
{
    // QLineEdit keeps its own copies (undo history too) that cannot be reached; what can be, is cleared.
    for (QLineEdit *field : {m_current, m_new, m_repeat}) {
        field->clear();
        field->setModified(false);
    }
}

void PassphraseDialog::tryPassphrase()
{
    QString error;
    if (leftUnprotected()) {
        error = m_attempt(nullptr, nullptr);
    } else {
        QString currentText = m_current->text();
        QString newText = m_new->text();
        wipeFields();
        const bool hasCurrent = m_mode == Mode::Unlock || (m_mode == Mode::Change && m_encrypted);
        const SecretBytes current = hasCurrent ? SecretBytes::fromText(currentText) : SecretBytes();
        const SecretBytes next = m_mode != Mode::Unlock ? SecretBytes::fromText(newText) : SecretBytes();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        error = m_attempt(hasCurrent ? &current : nullptr, m_mode != Mode::Unlock ? &next : nullptr);
        QApplication::restoreOverrideCursor();
    }
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
    adjustSize();
    (m_current->isHidden() ? m_new : m_current)->setFocus();
}

} // namespace supolka
