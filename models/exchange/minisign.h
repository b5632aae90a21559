#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"

namespace supolka::minisign {

// minisign's formats (jedisct1/minisign), on libsodium alone: Ed25519 signatures of the BLAKE2b-512 hash of a
// file ("ED", what minisign writes by default), with a trusted comment signed too. `minisign -V` verifies what
// this signs, and this verifies what `minisign -S` signs.
struct PublicKey
{
    std::array<std::uint8_t, 8> keyId{};
    std::array<std::uint8_t, 32> key{};

    // The key line ("RW…"), or a whole public key file (its comment line is skipped).
    static std::optional<PublicKey> parse(const QString &text);
    // "RW…": base64 of "Ed", the key id and the key.
    QString toString() const;
    // The file `minisign -p` reads.
    QByteArray toFile() const;
    // The key id as minisign prints it (16 hexadecimal digits).
    QString keyIdText() const;
    bool operator==(const PublicKey &other) const = default;
};

class SigningKey final
{
public:
    static SigningKey generate();
    // From the 64 bytes of an Ed25519 secret key (libsodium's layout) and its key id.
    static std::optional<SigningKey> fromSecret(const QByteArray &secret, const QByteArray &keyId);
    ~SigningKey();
    SigningKey(const SigningKey &other) = default;
    SigningKey &operator=(const SigningKey &other) = default;

    const PublicKey &publicKey() const { return m_public; }
    QByteArray secretBytes() const;

    // A .minisig file for `message`.
    QByteArray sign(const QByteArray &message, const QString &trustedComment,
                    const QString &untrustedComment = QStringLiteral("signature from Supolka")) const;

private:
    SigningKey() = default;
    std::array<std::uint8_t, 64> m_secret{};
    PublicKey m_public;
};

class Verifier final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::minisign::Verifier)

public:
    // Checks the .minisig `signatureFile` of `message` against `key`; the trusted comment on success.
    static Result<QString> verify(const QByteArray &message, const QByteArray &signatureFile, const PublicKey &key);
};

} // namespace supolka::minisign
