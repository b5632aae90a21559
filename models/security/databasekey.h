#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"
#include "models/security/pagecipher.h"

namespace supolka {

// Bytes that must not linger: a passphrase. Kept in guarded memory (sodium_malloc), wiped when destroyed.
class SecretBytes final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SecretBytes)

public:
    SecretBytes() = default;
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // The text in Unicode's composed form (NFC) as UTF-8, so that "ў" typed either way is the same passphrase.
    // `text` is overwritten with zeros afterwards, as far as Qt lets its buffer be reached.
    static SecretBytes fromText(QString &text);
    // The first line of a file (or of standard input for "-"), without its line break.
    static Result<SecretBytes> fromFile(const QString &path);

    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    static SecretBytes fromBytes(const char *bytes, std::size_t size);

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Argon2id (libsodium's crypto_pwhash) from a passphrase to the database key.
namespace databasekey {

// The cost written into a new database's header: timed on this machine to about one second, never below
// libsodium's MODERATE limits (256 MiB, 3 passes).
pagecipher::KeyParameters newParameters();

// Derives the key for `parameters`; null when memory for Argon2id or for the key could not be had.
std::shared_ptr<pagecipher::PageKey> derive(const SecretBytes &passphrase, const pagecipher::KeyParameters &parameters);

// Tests only: the cost of the databases they make (Argon2id at libsodium's minimum), so that a suite of hundreds
// of databases does not spend a second on each. Never called by Supolka itself.
void useMinimumCostForTests(bool minimum = true);

} // namespace databasekey

} // namespace supolka
