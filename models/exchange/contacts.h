#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/result.h"

namespace supolka {

class Database;

// Another chapter or the secretariat: who sealed bundles go to and come from.
struct Contact
{
    QString code; // their chapter code ("lt-vi", "secretariat")
    QString name;
    QString recipient;  // age1…: what bundles for them are sealed to
    QString signingKey; // RW…: what their bundles are signed with
    QString checkedAt;  // when a person compared the fingerprint; empty = not checked
    // When their keys changed, and what they were: a changed contact is not used until checked again.
    QString previousRecipient;
    QString previousSigningKey;
    QString keyChangedAt;

    bool isChecked() const { return !checkedAt.isEmpty(); }
    bool keysChanged() const { return !keyChangedAt.isEmpty() && checkedAt < keyChangedAt; }
    // Usable for sealing to and trusting from: checked since the last change of keys.
    bool isTrusted() const { return isChecked() && !keysChanged(); }
    QString fingerprint() const;
};

class ContactBook final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ContactBook)

public:
    explicit ContactBook(Database &database);

    // Adds a contact, or updates one with the same code. Keys that differ from the stored ones mark the contact
    // changed (and unchecked) and keep the old keys to show. Malformed keys are refused with the reason.
    Result<Contact> add(const QString &code, const QString &name, const QString &recipient, const QString &signingKey);
    // A person compared `fingerprint` with the contact: the contact may be used, if these are the digits of the
    // keys it has now (keys changed meanwhile are not checked by digits compared for others).
    Status check(const QString &code, const QString &fingerprint);
    Status remove(const QString &code);
    Result<QList<Contact>> all() const;
    Result<std::optional<Contact>> find(const QString &code) const;
    // The contact whose signing key this is, if any.
    Result<std::optional<Contact>> findBySigningKey(const QString &signingKey) const;

private:
    Database &m_database;
};

} // namespace supolka
