#include "models/exchange/contacts.h"

#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/exchange/age.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/minisign.h"
#include "models/sync/syncstate.h"

namespace supolka {

namespace {

const QString Columns = QStringLiteral("code, name, recipient, signing_key, checked_at, previous_recipient, "
                                       "previous_signing_key, key_changed_at");

Contact contactFrom(const QSqlQuery &query)
{
    Contact contact;
    contact.code = query.value(0).toString();
    contact.name = query.value(1).toString();
    contact.recipient = query.value(2).toString();
    contact.signingKey = query.value(3).toString();
    contact.checkedAt = query.value(4).toString();
    contact.previousRecipient = query.value(5).toString();
    contact.previousSigningKey = query.value(6).toString();
    contact.keyChangedAt = query.value(7).toString();
    return contact;
}

} // namespace

QString Contact::fingerprint() const
{
    return ExchangeKeyStore::fingerprint(recipient, signingKey);
}

ContactBook::ContactBook(Database &database)
    : m_database(database)
{}

Result<Contact> ContactBook::add(const QString &rawCode, const QString &name, const QString &rawRecipient,
                                 const QString &rawSigningKey)
{
    using R = Result<Contact>;
    const QString code = rawCode.trimmed().toLower();
    const QString recipient = rawRecipient.trimmed();
    if (code.isEmpty())
        return R::failure(tr("A contact needs the chapter code they go by."));
    if (!SyncState::isChapterCode(code))
        return R::failure(tr("“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or "
                             "underscores, such as PL-WAW.")
                              .arg(rawCode.trimmed()));
    if (!age::parseRecipient(recipient))
        return R::failure(
            tr("“%1” is not a recipient key: it should start with age1 and be copied whole.").arg(recipient));
    const auto signing = minisign::PublicKey::parse(rawSigningKey);
    if (!signing)
        return R::failure(
            tr("“%1” is not a signing key: it should start with RW and be copied whole.").arg(rawSigningKey.trimmed()));
    const QString signingKey = signing->toString();

    const auto existing = find(code);
    if (!existing)
        return R::failure(existing.error());
    // One signing key, one contact: a bundle's signer is found by its key.
    const auto holder = findBySigningKey(signingKey);
    if (!holder)
        return R::failure(holder.error());
    if (holder.value() && holder.value()->code != code)
        return R::failure(tr("These keys are %1's already; one chapter's keys cannot be another contact's too.")
                              .arg(holder.value()->code));
    const QString now = nowTimestamp();
    Contact contact;
    if (existing.value()) {
        contact = *existing.value();
        if (contact.recipient != recipient || contact.signingKey != signingKey) {
            contact.previousRecipient = contact.recipient;
            contact.previousSigningKey = contact.signingKey;
            contact.keyChangedAt = now;
            contact.checkedAt.clear();
        }
    }
    contact.code = code;
    contact.name = name.trimmed().isEmpty() ? contact.name : name.trimmed();
    if (contact.name.isNull())
        contact.name = QLatin1String(""); // a contact known by code alone: named, but with nothing
    contact.recipient = recipient;
    contact.signingKey = signingKey;

    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO contacts (%1, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (code) DO UPDATE SET name = excluded.name, recipient = excluded.recipient, "
                       "signing_key = excluded.signing_key, checked_at = excluded.checked_at, "
                       "previous_recipient = excluded.previous_recipient, "
                       "previous_signing_key = excluded.previous_signing_key, "
                       "key_changed_at = excluded.key_changed_at, updated_at = excluded.updated_at")
            .arg(Columns));
    for (const QString &value : {contact.code, contact.name, contact.recipient, contact.signingKey, contact.checkedAt,
                                 contact.previousRecipient, contact.previousSigningKey, contact.keyChangedAt, now, now})
        query.addBindValue(value.isNull() ? QVariant() : QVariant(value));
    if (!query.exec())
        return R::failure(tr("Could not save the contact: %1").arg(Database::writeError(query.lastError())));
    return contact;
}

Status ContactBook::check(const QString &code, const QString &fingerprint)
{
    const Result<std::optional<Contact>> found = find(code);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return Status::failure(tr("There is no contact “%1”.").arg(code));
    const Contact &contact = *found.value();
    if (!ExchangeKeyStore::sameFingerprint(fingerprint, contact.fingerprint()))
        return Status::failure(tr("Not checked: the fingerprint of %1 is %2, not the digits compared.")
                                   .arg(contact.code, contact.fingerprint()));
    // Only the keys whose digits were compared: keys changed since are left unchecked.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contacts SET checked_at = ?, updated_at = ? "
                                 "WHERE code = ? AND recipient = ? AND signing_key = ?"));
    const QString now = nowTimestamp();
    for (const QString &value : {now, now, contact.code, contact.recipient, contact.signingKey})
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(tr("Could not save the contact: %1").arg(Database::writeError(query.lastError())));
    if (query.numRowsAffected() == 0)
        return Status::failure(
            tr("The keys of %1 changed while the fingerprint was compared; compare again.").arg(contact.code));
    return {};
}

Status ContactBook::remove(const QString &code)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE code = ?"));
    query.addBindValue(code.trimmed().toLower());
    if (!query.exec())
        return Status::failure(tr("Could not remove the contact: %1").arg(Database::writeError(query.lastError())));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("There is no contact “%1”.").arg(code));
    return {};
}

Result<QList<Contact>> ContactBook::all() const
{
    using R = Result<QList<Contact>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM contacts ORDER BY code").arg(Columns)))
        return R::failure(tr("Could not read the contacts: %1").arg(query.lastError().text()));
    QList<Contact> contacts;
    while (query.next())
        contacts.append(contactFrom(query));
    return contacts;
}

Result<std::optional<Contact>> ContactBook::find(const QString &code) const
{
    using R = Result<std::optional<Contact>>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE code = ?").arg(Columns));
    query.addBindValue(code.trimmed().toLower());
    if (!query.exec())
        return R::failure(tr("Could not read the contacts: %1").arg(query.lastError().text()));
    if (!query.next())
        return R(std::nullopt);
    return R(contactFrom(query));
}

Result<std::optional<Contact>> ContactBook::findBySigningKey(const QString &signingKey) const
{
    using R = Result<std::optional<Contact>>;
    const auto key = minisign::PublicKey::parse(signingKey);
    if (!key)
        return R(std::nullopt);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE signing_key = ?").arg(Columns));
    query.addBindValue(key->toString());
    if (!query.exec())
        return R::failure(tr("Could not read the contacts: %1").arg(query.lastError().text()));
    if (!query.next())
        return R(std::nullopt);
    return R(contactFrom(query));
}

} // namespace supolka
