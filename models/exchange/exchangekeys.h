#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"
#include "models/exchange/age.h"
#include "models/exchange/minisign.h"

namespace supolka {

class Database;

// A database's own keys for sealed exchange: an X25519 identity to receive (shown as an age recipient, "age1…")
// and an Ed25519 key to sign (shown as a minisign public key, "RW…").
struct ExchangeKeys
{
    age::Identity identity;
    minisign::SigningKey signing;

    QString recipient() const { return identity.recipient(); }
    QString signingKey() const { return signing.publicKey().toString(); }
    QString fingerprint() const;
};

class ExchangeKeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExchangeKeyStore)

public:
    // This database's keys: made on first use and kept in the database (encrypted with it when it is).
    static Result<ExchangeKeys> ensure(Database &database);
    // This database's keys if it has made them; nothing is written.
    static Result<std::optional<ExchangeKeys>> find(const Database &database);

    // Thirty digits in six groups, read out on a call to check a contact's keys ("12345 67890 …"): an iterated
    // SHA-512 of both public keys, so that another pair of keys gives other digits.
    static QString fingerprint(const QString &recipient, const QString &signingKey);
    // Whether digits read out (spaces and other separators do not matter) are those of `fingerprint`.
    static bool sameFingerprint(const QString &readOut, const QString &fingerprint);
};

} // namespace supolka
