#pragma once

#include <QList>
#include <QWidget>

#include "models/exchange/contacts.h"
#include "models/exchange/publickeys.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace supolka {

class Database;
class MessageBar;

// The keys of sealed exchange, a tab of the Sync page: this database's public keys with their fingerprint and a
// QR code to scan, exported for the other side; and the contacts, added from their public keys (pasted or from
// a file), checked by comparing the fingerprint, and removed. A contact whose keys changed is shown loudly.
class KeysPanel final : public QWidget
{
    Q_OBJECT

public:
    KeysPanel(Database &database, MessageBar *messageBar, QWidget *parent = nullptr);

    // Reads the keys (making them on first use) and the contacts again.
    void reload();

    // Adds a contact from their public keys (the text of their keys file, or a message with the keys), asking
    // for the code when the text does not say and for the fingerprint to be compared. True when the contact was
    // added and compared.
    bool addFromText(const QString &text);
    // The same for keys already read: the Sync page's, when a bundle comes from someone unknown, with `reason`
    // saying so.
    bool addContact(const PublicKeys &keys, const QString &reason = {});
    // Asks the user to compare a contact's fingerprint with them and checks the contact when the digits match;
    // `reason` says why the Sync page asks. True when checked.
    bool checkContact(const Contact &contact, const QString &reason = {});

signals:
    // A contact was added, checked or removed.
    void contactsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillContacts();
    void updateButtons();
    void exportKeys();
    void addPasted();
    void addFromFile();
    void checkSelected();
    void removeSelected();
    const Contact *selectedContact() const;

    Database &m_database;
    MessageBar *m_messageBar = nullptr;
    QGroupBox *m_ownGroup = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLabel *m_signingLabel = nullptr;
    QLineEdit *m_signingKey = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_ownHelp = nullptr;
    QPushButton *m_export = nullptr;
    QGroupBox *m_contactsGroup = nullptr;
    QTableWidget *m_contacts = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addFile = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_remove = nullptr;
    QList<Contact> m_contactList;
    QString m_keysError;
};

} // namespace supolka
