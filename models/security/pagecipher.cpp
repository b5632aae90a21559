#include "models/security/pagecipher.h"

#include <cstring>

#include <sodium.h>

namespace supolka::pagecipher {

namespace {

constexpr std::array<std::uint8_t, 8> Magic{'S', 'U', 'P', 'O', 'L', 'K', 'A', 0x1a};
constexpr char SqliteMagic[] = "SQLite format 3"; // with its NUL, the 16 bytes SQLite writes at the start
constexpr std::uint8_t CipherXChaCha20Poly1305 = 1;
constexpr std::uint8_t KdfArgon2id13 = 1;

// Where page 1 keeps the header: SQLite's magic string, and its 20 bytes "reserved for expansion".
constexpr int HeadA = 0;
constexpr int HeadALength = 16;
constexpr int HeadB = 72;
constexpr int HeadBLength = 20;
constexpr int Payload = PageSize - ReservedBytes;
// Argon2id costs a header may name: from libsodium's minimum (tests) to far beyond what calibration writes.
constexpr std::uint32_t MaxOpsLimit = 64;
constexpr std::uint32_t MaxMemLimitKiB = 4u * 1024 * 1024;

void putLe32(std::uint8_t *to, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        to[i] = std::uint8_t(value >> (8 * i));
}

std::uint32_t le32(const std::uint8_t *from)
{
    return std::uint32_t(from[0]) | std::uint32_t(from[1]) << 8 | std::uint32_t(from[2]) << 16 |
           std::uint32_t(from[3]) << 24;
}

// The associated data of a page: its number, and for page 1 the header it carries.
std::size_t associatedData(const PageKey &key, std::uint32_t pageNumber, std::uint8_t *ad)
{
    putLe32(ad, pageNumber);
    if (pageNumber != 1)
        return 4;
    std::memcpy(ad + 4, key.header().data(), key.header().size());
    return 4 + key.header().size();
}

// Page 1's encrypted bytes are the page without the header's two places; the others' are all of the payload.
std::size_t gather(std::uint32_t pageNumber, const std::uint8_t *page, std::uint8_t *to)
{
    if (pageNumber != 1) {
        std::memcpy(to, page, Payload);
        return Payload;
    }
    std::memcpy(to, page + HeadALength, HeadB - HeadALength);
    std::memcpy(to + (HeadB - HeadALength), page + HeadB + HeadBLength, Payload - HeadB - HeadBLength);
    return Payload - HeadALength - HeadBLength;
}

void scatter(std::uint32_t pageNumber, const std::uint8_t *from, std::uint8_t *page)
{
    if (pageNumber != 1) {
        std::memcpy(page, from, Payload);
        return;
    }
    std::memcpy(page + HeadALength, from, HeadB - HeadALength);
    std::memcpy(page + HeadB + HeadBLength, from + (HeadB - HeadALength), Payload - HeadB - HeadBLength);
}

} // namespace

Header makeHeader(const KeyParameters &parameters)
{
    Header header{};
    std::memcpy(header.data(), Magic.data(), Magic.size());
    header[8] = FormatVersion;
    header[9] = CipherXChaCha20Poly1305;
    header[10] = KdfArgon2id13;
    header[11] = ReservedBytes;
    putLe32(header.data() + 12, parameters.memLimitKiB);
    std::memcpy(header.data() + HeadALength, parameters.salt.data(), SaltBytes);
    putLe32(header.data() + HeadALength + SaltBytes, parameters.opsLimit);
    return header;
}

HeaderState classify(const std::uint8_t *firstBytes, std::size_t size)
{
    if (size >= Magic.size() && std::memcmp(firstBytes, Magic.data(), Magic.size()) == 0)
        return HeaderState::Encrypted;
    if (size >= sizeof SqliteMagic && std::memcmp(firstBytes, SqliteMagic, sizeof SqliteMagic) == 0)
        return HeaderState::Plain;
    return HeaderState::Other;
}

bool readHeader(const std::uint8_t *page1, KeyParameters &parameters, Header &header)
{
    if (std::memcmp(page1, Magic.data(), Magic.size()) != 0 || page1[8] != FormatVersion ||
        page1[9] != CipherXChaCha20Poly1305 || page1[10] != KdfArgon2id13 || page1[11] != ReservedBytes)
        return false;
    std::memcpy(header.data(), page1 + HeadA, HeadALength);
    std::memcpy(header.data() + HeadALength, page1 + HeadB, HeadBLength);
    parameters.memLimitKiB = le32(page1 + 12);
    std::memcpy(parameters.salt.data(), page1 + HeadB, SaltBytes);
    parameters.opsLimit = le32(page1 + HeadB + SaltBytes);
    const std::uint64_t memLimit = std::uint64_t(parameters.memLimitKiB) * 1024;
    return parameters.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && parameters.opsLimit <= MaxOpsLimit &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && parameters.memLimitKiB <= MaxMemLimitKiB;
}

std::shared_ptr<PageKey> PageKey::create(const Header &header)
{
    if (sodium_init() < 0)
        return nullptr;
    auto *key = static_cast<std::uint8_t *>(sodium_malloc(KeyBytes));
    if (!key)
        return nullptr;
    return std::shared_ptr<PageKey>(new PageKey(key, header));
}

PageKey::PageKey(std::uint8_t *key, const Header &header)
    : m_key(key)
    , m_header(header)
{}

PageKey::~PageKey()
{
    sodium_free(m_key); // wipes the bytes before freeing them
}

bool encryptPage(const PageKey &key, std::uint32_t pageNumber, const std::uint8_t *plain, std::uint8_t *out)
{
    if (pageNumber == 0)
        return false;
    if (pageNumber == 1) {
        // SQLite's own constants must be where the header goes, and the page must leave room for nonce and tag:
        // otherwise the page cannot be stored, and is not.
        static const std::array<std::uint8_t, HeadBLength> zeros{};
        if (std::memcmp(plain, SqliteMagic, sizeof SqliteMagic) != 0 ||
            std::memcmp(plain + HeadB, zeros.data(), zeros.size()) != 0 || plain[16] != (PageSize >> 8) ||
            plain[17] != (PageSize & 0xff) || plain[20] != ReservedBytes)
            return false;
    }
    std::array<std::uint8_t, PageSize> message;
    std::array<std::uint8_t, PageSize> sealed;
    std::array<std::uint8_t, 4 + sizeof(Header)> ad;
    const std::size_t length = gather(pageNumber, plain, message.data());
    const std::size_t adLength = associatedData(key, pageNumber, ad.data());
    std::uint8_t *nonce = out + Payload;
    std::uint8_t *tag = nonce + NonceBytes;
    randombytes_buf(nonce, NonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(sealed.data(), tag, nullptr, message.data(), length, ad.data(),
                                                        adLength, nullptr, nonce, key.bytes());
    scatter(pageNumber, sealed.data(), out);
    if (pageNumber == 1) {
        std::memcpy(out + HeadA, key.header().data(), HeadALength);
        std::memcpy(out + HeadB, key.header().data() + HeadALength, HeadBLength);
    }
    sodium_memzero(message.data(), message.size());
    return true;
}

bool decryptPage(const PageKey &key, std::uint32_t pageNumber, const std::uint8_t *stored, std::uint8_t *out)
{
    if (pageNumber == 0)
        return false;
    // Page 1 must carry this key's header: a header altered or from another file fails here already.
    if (pageNumber == 1 && (sodium_memcmp(stored + HeadA, key.header().data(), HeadALength) != 0 ||
                            sodium_memcmp(stored + HeadB, key.header().data() + HeadALength, HeadBLength) != 0)) {
        if (out != stored)
            std::memcpy(out, stored, PageSize);
        return false;
    }
    std::array<std::uint8_t, PageSize> sealed;
    std::array<std::uint8_t, PageSize> message;
    std::array<std::uint8_t, 4 + sizeof(Header)> ad;
    const std::size_t length = gather(pageNumber, stored, sealed.data());
    const std::size_t adLength = associatedData(key, pageNumber, ad.data());
    const std::uint8_t *nonce = stored + Payload;
    const std::uint8_t *tag = nonce + NonceBytes;
    const bool whole =
        crypto_aead_xchacha20poly1305_ietf_decrypt_detached(message.data(), nullptr, sealed.data(), length, tag,
                                                            ad.data(), adLength, nonce, key.bytes()) == 0;
    if (!whole) {
        if (out != stored)
            std::memcpy(out, stored, PageSize);
        return false;
    }
    // SQLite's checksums of WAL frames cover the whole page: the reserved bytes read back as the zeros SQLite had
    // there when it wrote the page, never as the nonce and tag.
    std::memset(out + Payload, 0, ReservedBytes);
    scatter(pageNumber, message.data(), out);
    if (pageNumber == 1) {
        std::memcpy(out + HeadA, SqliteMagic, sizeof SqliteMagic);
        std::memset(out + HeadB, 0, HeadBLength);
    }
    sodium_memzero(message.data(), message.size());
    return true;
}

} // namespace supolka::pagecipher
