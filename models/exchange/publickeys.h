#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace supolka {

struct ExchangeKeys;

// The public keys one database sends another to become its contact, as a small text file (or pasted from a
// message): who they are, the age recipient, the minisign key, and the fingerprint to compare on a call.
struct PublicKeys
{
    QString code; // their chapter code; empty when the text does not say
    QString name;
    QString recipient;  // age1…
    QString signingKey; // RW…

    QString fingerprint() const;

    // The text `keys export` and the Keys tab write.
    static QByteArray toText(const QString &code, const QString &name, const ExchangeKeys &keys);
    // The keys in such a text, or in any text that holds one age1… recipient and one RW… key (a message they were
    // pasted into); nullopt when either is missing or malformed.
    static std::optional<PublicKeys> parse(const QString &text);
};

} // namespace supolka
