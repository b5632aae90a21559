#include "views/sync/keyspanel.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/publickeys.h"
#include "models/io/atomicfile.h"
#include "models/sync/syncstate.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/qrsymbol.h"
#include "views/common/tables.h"

namespace supolka {

namespace {

constexpr int QrPixels = 168;

QLineEdit *keyField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setCursorPosition(0);
    return field;
}

} // namespace

KeysPanel::KeysPanel(Database &database, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_messageBar(messageBar)
{
    m_ownGroup = new QGroupBox(this);
    m_fingerprintLabel = new QLabel(m_ownGroup);
    m_fingerprint = new QLabel(m_ownGroup);
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digits.setPointSizeF(digits.pointSizeF() * 1.3);
    digits.setBold(true);
    m_fingerprint->setFont(digits);
    m_recipientLabel = new QLabel(m_ownGroup);
    m_recipient = keyField(m_ownGroup, QStringLiteral("ownRecipient"));
    m_signingLabel = new QLabel(m_ownGroup);
    m_signingKey = keyField(m_ownGroup, QStringLiteral("ownSigningKey"));
    m_ownHelp = new QLabel(m_ownGroup);
    m_ownHelp->setWordWrap(true);
    m_export = new QPushButton(m_ownGroup);
    m_export->setObjectName(QStringLiteral("exportKeysButton"));
    connect(m_export, &QPushButton::clicked, this, &KeysPanel::exportKeys);
    m_qr = new QLabel(m_ownGroup);
    m_qr->setObjectName(QStringLiteral("ownKeysQr"));
    m_qr->setFixedSize(QrPixels, QrPixels);
    auto *ownForm = new QFormLayout;
    ownForm->addRow(m_fingerprintLabel, m_fingerprint);
    ownForm->addRow(m_recipientLabel, m_recipient);
    ownForm->addRow(m_signingLabel, m_signingKey);
    ownForm->addRow(QString(), m_ownHelp);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    ownForm->addRow(QString(), exportRow);
    auto *ownLayout = new QHBoxLayout(m_ownGroup);
    ownLayout->addLayout(ownForm, 1);
    ownLayout->addWidget(m_qr, 0, Qt::AlignTop);

    m_contactsGroup = new QGroupBox(this);
    m_contacts = makeReadOnlyTable(m_contactsGroup, QStringLiteral("contactsTable"));
    m_contacts->setColumnCount(4);
    m_add = new QPushButton(m_contactsGroup);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_addFile = new QPushButton(m_contactsGroup);
    m_addFile->setObjectName(QStringLiteral("addContactFileButton"));
    m_check = new QPushButton(m_contactsGroup);
    m_check->setObjectName(QStringLiteral("checkContactButton"));
    m_remove = new QPushButton(m_contactsGroup);
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    connect(m_add, &QPushButton::clicked, this, &KeysPanel::addPasted);
    connect(m_addFile, &QPushButton::clicked, this, &KeysPanel::addFromFile);
    connect(m_check, &QPushButton::clicked, this, &KeysPanel::checkSelected);
    connect(m_remove, &QPushButton::clicked, this, &KeysPanel::removeSelected);
    connect(m_contacts, &QTableWidget::itemSelectionChanged, this, &KeysPanel::updateButtons);
    connect(m_contacts, &QTableWidget::itemDoubleClicked, this, &KeysPanel::checkSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addFile);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_remove);
    auto *contactsLayout = new QVBoxLayout(m_contactsGroup);
    contactsLayout->addWidget(m_contacts, 1);
    contactsLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ownGroup);
    layout->addWidget(m_contactsGroup, 1);

    retranslate();
}

void KeysPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeysPanel::retranslate()
{
    m_ownGroup->setTitle(tr("This chapter's keys"));
    m_fingerprintLabel->setText(tr("Fingerprint:"));
    m_recipientLabel->setText(tr("Recipient:"));
    m_signingLabel->setText(tr("Signing key:"));
    m_ownHelp->setText(tr("Send these public keys to the secretariat and the chapters you exchange with; they hold "
                          "no secret. Then read the fingerprint to each other on a call or in person."));
    m_export->setText(tr("Export public keys…"));
    m_contactsGroup->setTitle(tr("Contacts: whom bundles are sealed for and taken from"));
    m_contacts->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Fingerprint"), tr("State")});
    m_add->setText(tr("Add from pasted keys…"));
    m_addFile->setText(tr("Add from a keys file…"));
    m_check->setText(tr("Compare fingerprint…"));
    m_remove->setText(tr("Remove"));
    reload();
}

void KeysPanel::reload()
{
    const Result<ExchangeKeys> keys = ExchangeKeyStore::ensure(m_database);
    m_keysError = keys ? QString() : keys.error();
    m_fingerprint->setText(keys ? keys->fingerprint() : m_keysError);
    m_recipient->setText(keys ? keys->recipient() : QString());
    m_signingKey->setText(keys ? keys->signingKey() : QString());
    m_recipient->setCursorPosition(0);
    m_signingKey->setCursorPosition(0);
    m_export->setEnabled(keys.ok());
    QPixmap code(QrPixels, QrPixels);
    code.fill(Qt::white);
    if (keys) {
        QPainter painter(&code);
        QrSymbol(QString::fromUtf8(
                     PublicKeys::toText(m_database.chapterCode(), SyncState(m_database).chapterName(), keys.value())))
            .paint(painter, QRectF(0, 0, QrPixels, QrPixels));
    }
    m_qr->setPixmap(code);
    m_qr->setToolTip(tr("The public keys as a QR code, to scan with a phone"));
    fillContacts();
}

void KeysPanel::fillContacts()
{
    const Result<QList<Contact>> all = ContactBook(m_database).all();
    m_contactList = all ? all.value() : QList<Contact>();
    m_contacts->setRowCount(int(m_contactList.size()));
    for (int row = 0; row < m_contactList.size(); ++row) {
        const Contact &c = m_contactList.at(row);
        const QString state = c.keysChanged() ? tr("KEYS CHANGED: not used until compared again")
                              : c.isChecked() ? tr("fingerprint compared")
                                              : tr("NOT COMPARED: not used yet");
        const QStringList cells{c.code, c.name, c.fingerprint(), state};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!c.isTrusted()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_contacts->setItem(row, column, item);
        }
    }
    m_contacts->resizeColumnsToContents();
    m_contacts->clearSelection();
    updateButtons();
}

void KeysPanel::updateButtons()
{
    const Contact *contact = selectedContact();
    m_check->setEnabled(contact && !contact->isTrusted());
    m_remove->setEnabled(contact != nullptr);
}

const Contact *KeysPanel::selectedContact() const
{
    const int row = m_contacts->currentRow();
    if (row < 0 || row >= m_contactList.size() || m_contacts->selectedItems().isEmpty())
        return nullptr;
    return &m_contactList.at(row);
}

void KeysPanel::exportKeys()
{
    const Result<ExchangeKeys> keys = ExchangeKeyStore::ensure(m_database);
    if (!keys) {
        m_messageBar->showMessage(keys.error(), MessageBar::Kind::Error);
        return;
    }
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Export this chapter's public keys");
    request.path = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(m_database.chapterCode() + QStringLiteral("-public-keys.txt"));
    request.filters = {tr("Text files (*.txt)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    AtomicFile file(answer.path);
    Status status = file.begin();
    if (status) {
        file.write(PublicKeys::toText(m_database.chapterCode(), SyncState(m_database).chapterName(), keys.value()));
        status = file.commit();
    }
    if (!status) {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Saved the public keys to %1. They hold no secret: send them, then compare the "
                               "fingerprint on a call.")
                                .arg(QDir::toNativeSeparators(answer.path)),
                            answer.path);
}

void KeysPanel::addPasted()
{
    Dialogs::TextRequest request;
    request.title = tr("Add a contact");
    request.text = tr("Paste the public keys they sent you: their keys file, or the message with the age1… and RW… "
                      "keys.");
    request.acceptText = tr("Next");
    request.required = true;
    const Dialogs::TextAnswer answer = Dialogs::askText(this, request);
    if (answer.accepted)
        addFromText(answer.value);
}

void KeysPanel::addFromFile()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Open;
    request.caption = tr("Open a public keys file");
    request.path = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    request.filters = {tr("Text files (*.txt)"), tr("All files (*)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    QFile file(answer.path);
    // A keys file is a few hundred bytes; more is not one.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        m_messageBar->showMessage(tr("%1 is not a public keys file.").arg(QDir::toNativeSeparators(answer.path)),
                                  MessageBar::Kind::Error);
        return;
    }
    addFromText(QString::fromUtf8(file.readAll()));
}

bool KeysPanel::addFromText(const QString &text)
{
    const std::optional<PublicKeys> keys = PublicKeys::parse(text);
    if (!keys) {
        m_messageBar->showMessage(tr("No public keys were found: the text needs one age1… key and one RW… key, each "
                                     "copied whole."),
                                  MessageBar::Kind::Error);
        return false;
    }
    return addContact(*keys);
}

bool KeysPanel::addContact(const PublicKeys &keys, const QString &reason)
{
    QString code = keys.code;
    if (code.isEmpty()) {
        Dialogs::TextRequest request;
        request.title = tr("Add a contact");
        request.text = tr("Their chapter code, such as LT-VNO or SEC:");
        request.acceptText = tr("Next");
        request.required = true;
        const Dialogs::TextAnswer answer = Dialogs::askText(this, request);
        if (!answer.accepted)
            return false;
        code = answer.value.trimmed();
    }
    Dialogs::Decision compare;
    compare.title = tr("Compare the fingerprint");
    compare.text = tr("Read these digits with %1 on a call or in person. They must be the same as those their "
                      "Supolka shows on its Keys tab:\n\n%2")
                       .arg(keys.name.isEmpty() ? code : tr("%1 (%2)", "chapter name and code").arg(keys.name, code),
                            keys.fingerprint());
    if (!reason.isEmpty())
        compare.text = reason + QStringLiteral("\n\n") + compare.text;
    compare.details = tr("If the digits differ, someone may have changed the keys on the way: do not add them.");
    // Keys for a code that is a contact already: a change of keys, said as loudly as it is.
    const std::optional<Contact> existing = ContactBook(m_database).find(code).value_or(std::nullopt);
    if (existing && (existing->recipient != keys.recipient || existing->signingKey != keys.signingKey)) {
        compare.title = tr("Their keys have CHANGED");
        compare.details = tr("%1 is a contact already, with other keys (fingerprint %2). Take the new keys only if "
                             "%1 tells you they made new ones.")
                              .arg(existing->code, existing->fingerprint());
    }
    compare.choices = {tr("The digits match: add"), tr("Add, compare later"), tr("Cancel")};
    compare.defaultChoice = 2; // Enter never vouches for digits nobody compared
    compare.cancelChoice = 2;
    compare.destructive = existing.has_value();
    const int choice = Dialogs::decide(this, compare);
    if (choice != 0 && choice != 1)
        return false;
    ContactBook book(m_database);
    const Result<Contact> added = book.add(code, keys.name, keys.recipient, keys.signingKey);
    if (!added) {
        m_messageBar->showMessage(added.error(), MessageBar::Kind::Error);
        return false;
    }
    if (choice == 0) {
        if (Status checked = book.check(added->code, keys.fingerprint()); !checked) {
            m_messageBar->showMessage(checked.error(), MessageBar::Kind::Error);
            return false;
        }
    }
    if (added->keysChanged() && choice != 0)
        m_messageBar->showMessage(tr("The keys of %1 have CHANGED. Bundles are not sealed for them or taken from "
                                     "them until you compare the new fingerprint.")
                                      .arg(added->code),
                                  MessageBar::Kind::Warning);
    else
        m_messageBar->showMessage(choice == 0
                                      ? tr("%1 is a contact now: bundles can be sealed for them.").arg(added->code)
                                      : tr("%1 was added. Compare the fingerprint with them before bundles "
                                           "are sealed for them.")
                                            .arg(added->code),
                                  choice == 0 ? MessageBar::Kind::Positive : MessageBar::Kind::Warning);
    fillContacts();
    emit contactsChanged();
    return choice == 0;
}

void KeysPanel::checkSelected()
{
    if (const Contact *contact = selectedContact(); contact && !contact->isTrusted())
        checkContact(Contact(*contact));
}

bool KeysPanel::checkContact(const Contact &contact, const QString &reason)
{
    const QString code = contact.code;
    Dialogs::Decision compare;
    compare.title = tr("Compare the fingerprint");
    compare.text =
        tr("Read these digits with %1 on a call or in person. They must be the same as those their "
           "Supolka shows on its Keys tab:\n\n%2")
            .arg(contact.name.isEmpty() ? code : tr("%1 (%2)", "chapter name and code").arg(contact.name, code),
                 contact.fingerprint());
    if (!reason.isEmpty())
        compare.text = reason + QStringLiteral("\n\n") + compare.text;
    if (contact.keysChanged())
        compare.details = tr("Their keys changed on %1. Ask them whether they made new keys.")
                              .arg(shown::dateTime(parseTimestamp(contact.keyChangedAt)));
    compare.choices = {tr("The digits match"), tr("They differ"), tr("Cancel")};
    compare.defaultChoice = 2; // Enter never vouches for digits nobody compared
    compare.cancelChoice = 2;
    const int choice = Dialogs::decide(this, compare);
    if (choice == 1) {
        m_messageBar->showMessage(tr("Do not exchange bundles with %1 until you know why the digits differ: remove "
                                     "the contact and add the keys they give you in person.")
                                      .arg(code),
                                  MessageBar::Kind::Warning);
        return false;
    }
    if (choice != 0)
        return false;
    // The digits of the keys shown: keys changed meanwhile stay unchecked.
    if (Status checked = ContactBook(m_database).check(code, contact.fingerprint()); !checked) {
        m_messageBar->showMessage(checked.error(), MessageBar::Kind::Error);
        return false;
    }
    m_messageBar->showMessage(tr("%1 is checked: bundles can be sealed for them.").arg(code),
                              MessageBar::Kind::Positive);
    fillContacts();
    emit contactsChanged();
    return true;
}

void KeysPanel::removeSelected()
{
    const Contact *contact = selectedContact();
    if (!contact)
        return;
    const QString code = contact->code;
    Dialogs::Decision remove;
    remove.title = tr("Remove a contact");
    remove.text = tr("Remove %1? Bundles can no longer be sealed for them, and theirs are refused until they are "
                     "added again.")
                      .arg(code);
    remove.choices = {tr("Remove"), tr("Cancel")};
    remove.defaultChoice = 1;
    remove.cancelChoice = 1;
    remove.destructive = true;
    if (Dialogs::decide(this, remove) != 0)
        return;
    if (Status removed = ContactBook(m_database).remove(code); !removed) {
        m_messageBar->showMessage(removed.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(tr("Removed %1.").arg(code), MessageBar::Kind::Information);
    fillContacts();
    emit contactsChanged();
}

} // namespace supolka
