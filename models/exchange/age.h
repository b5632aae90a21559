#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/core/result.h"

namespace supolka::age {

// The age v1 file format (C2SP age.md) for X25519 recipients, on libsodium alone: what the `age` tool writes
// and reads. Files are encrypted to one or more recipients ("age1…"); an identity ("AGE-SECRET-KEY-1…") opens
// them. Any changed byte makes a file fail to open.
class Identity final
{
public:
    static Identity generate();
    // "AGE-SECRET-KEY-1…", as `age-keygen` writes it; nullopt for anything else.
    static std::optional<Identity> parse(const QString &text);
    ~Identity();
    Identity(const Identity &other);
    Identity &operator=(const Identity &other);

    // The recipient to encrypt to: "age1…".
    QString recipient() const;
    QString toString() const;
    const std::array<std::uint8_t, 32> &publicKey() const { return m_public; }
    const std::array<std::uint8_t, 32> &secretKey() const { return m_secret; }

private:
    Identity() = default;
    std::array<std::uint8_t, 32> m_secret{};
    std::array<std::uint8_t, 32> m_public{};
};

// The 32-byte X25519 key of an "age1…" recipient; nullopt when it is not one.
std::optional<std::array<std::uint8_t, 32>> parseRecipient(const QString &recipient);

class Codec final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::age::Codec)

public:
    static Result<QByteArray> encrypt(const QByteArray &plaintext, const QStringList &recipients);
    // `notForThisKey`, when given, tells a file sealed for other keys only from a damaged one.
    static Result<QByteArray> decrypt(const QByteArray &file, const Identity &identity, bool *notForThisKey = nullptr);
    // Whether `bytes` start as an age v1 file.
    static bool isAgeFile(const QByteArray &bytes);
};

} // namespace supolka::age
