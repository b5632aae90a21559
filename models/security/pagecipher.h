#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace supolka::pagecipher {

// The page format of an encrypted Supolka database (docs/security.md): SQLite's own pages of PageSize bytes,
// each ending in ReservedBytes that SQLite leaves alone and that hold a random 24-byte XChaCha20 nonce and the
// 16-byte Poly1305 tag. The page number is authenticated with the page, so a page moved elsewhere is refused.
//
// Page 1 starts the file, and carries the file header in the two places SQLite keeps constant: bytes 0-15
// (where SQLite writes "SQLite format 3") and 72-91 (reserved by SQLite, always zero). Those 36 bytes stay
// readable without the key and are authenticated with page 1; every other byte of page 1 is encrypted.
constexpr int PageSize = 4096;
constexpr int NonceBytes = 24;
constexpr int TagBytes = 16;
constexpr int ReservedBytes = NonceBytes + TagBytes;
constexpr int KeyBytes = 32;
constexpr int SaltBytes = 16;
constexpr std::uint8_t FormatVersion = 1;

// What the header says about the key: the salt and the Argon2id cost it was derived with.
struct KeyParameters
{
    std::array<std::uint8_t, SaltBytes> salt{};
    std::uint32_t opsLimit = 0;
    std::uint32_t memLimitKiB = 0;
};

// The 36 header bytes as stored: 16 at offset 0 and 20 at offset 72 of the file.
using Header = std::array<std::uint8_t, 36>;
Header makeHeader(const KeyParameters &parameters);

enum class HeaderState { Encrypted, Plain, Other };
// Which kind of file `firstBytes` (at least 16 bytes of its start) begins: ours, SQLite's, or neither.
HeaderState classify(const std::uint8_t *firstBytes, std::size_t size);

// Reads the header of an encrypted database's page 1 (PageSize bytes). False when the bytes are not a header
// this version understands (wrong magic, version, cipher or an Argon2id cost outside what Supolka ever writes).
bool readHeader(const std::uint8_t *page1, KeyParameters &parameters, Header &header);

// A derived key in locked, guarded memory (libsodium's sodium_malloc), wiped when the last holder lets go.
class PageKey final
{
public:
    // Null when the guarded memory could not be had.
    static std::shared_ptr<PageKey> create(const Header &header);
    ~PageKey();
    PageKey(const PageKey &) = delete;
    PageKey &operator=(const PageKey &) = delete;

    // The 32 bytes to fill (once, by the KDF) and to use.
    std::uint8_t *bytes() const { return m_key; }
    const Header &header() const { return m_header; }

private:
    PageKey(std::uint8_t *key, const Header &header);
    std::uint8_t *m_key = nullptr;
    Header m_header;
};

// Encrypts the PageSize bytes of page `pageNumber` from `plain` into `out` (which must not overlap it), with a
// fresh random nonce. Page 1 must have SQLite's constant header bytes in their places and ReservedBytes reserved;
// false when it does not (then nothing may be written).
bool encryptPage(const PageKey &key, std::uint32_t pageNumber, const std::uint8_t *plain, std::uint8_t *out);

// Decrypts and checks page `pageNumber` from `stored` into `out` (which may be `stored`), its reserved bytes
// zeros. False when the page fails its check (damaged, altered, moved, or another key); `out` is then left as
// the stored bytes.
bool decryptPage(const PageKey &key, std::uint32_t pageNumber, const std::uint8_t *stored, std::uint8_t *out);

} // namespace supolka::pagecipher
