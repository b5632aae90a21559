#include "models/exchange/age.h"

#include <cstring>

#include <sodium.h>

#include "models/exchange/bech32.h"

namespace supolka::age {

namespace {

const QByteArray Intro = QByteArrayLiteral("age-encryption.org/v1\n");
const QByteArray X25519Label = QByteArrayLiteral("age-encryption.org/v1/X25519");
constexpr int FileKeyBytes = 16;
constexpr int ChunkBytes = 64 * 1024;
constexpr int TagBytes = crypto_aead_chacha20poly1305_ietf_ABYTES;

using Key = std::array<std::uint8_t, 32>;

// HKDF-SHA256 (RFC 5869) for one 32-byte block, from HMAC-SHA256: libsodium 1.0.18 has no HKDF of its own.
Key hkdf(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info)
{
    Key prk;
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(ikm.constData()), size_t(ikm.size()));
    crypto_auth_hmacsha256_final(&state, prk.data());
    Key okm;
    const unsigned char one = 1;
    crypto_auth_hmacsha256_init(&state, prk.data(), prk.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(info.constData()),
                                  size_t(info.size()));
    crypto_auth_hmacsha256_update(&state, &one, 1);
    crypto_auth_hmacsha256_final(&state, okm.data());
    sodium_memzero(prk.data(), prk.size());
    sodium_memzero(&state, sizeof state);
    return okm;
}

QByteArray bytesOf(const std::uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray base64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

// Canonical unpadded standard base64 only, as the spec asks.
std::optional<QByteArray> unbase64(const QByteArray &text)
{
    if (text.contains('=') || text.contains('\n') || text.contains('\r'))
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64(*decoded) != text)
        return std::nullopt;
    return *decoded;
}

QByteArray wrapBody(const QByteArray &body)
{
    QByteArray out;
    const QByteArray text = base64(body);
    for (qsizetype i = 0; i < text.size(); i += 64)
        out += text.mid(i, 64) + '\n';
    if (text.size() % 64 == 0)
        out += '\n';
    return out;
}

struct Stanza
{
    QList<QByteArray> arguments; // the type first
    QByteArray body;
};

struct Header
{
    QList<Stanza> stanzas;
    QByteArray macInput; // the header up to and including "---"
    QByteArray mac;
    qsizetype payloadStart = 0;
};

std::optional<Header> parseHeader(const QByteArray &file)
{
    if (!file.startsWith(Intro))
        return std::nullopt;
    Header header;
    qsizetype position = Intro.size();
    auto nextLine = [&](QByteArray &line) {
        const qsizetype end = file.indexOf('\n', position);
        if (end < 0)
            return false;
        line = file.mid(position, end - position);
        position = end + 1;
        return true;
    };
    QByteArray line;
    if (!nextLine(line))
        return std::nullopt;
    while (line.startsWith("-> ")) {
        Stanza stanza;
        stanza.arguments = line.mid(3).split(' ');
        for (const QByteArray &argument : stanza.arguments) {
            if (argument.isEmpty())
                return std::nullopt;
        }
        // The body: full 64-column lines, ended by a shorter (possibly empty) one.
        QByteArray text;
        for (;;) {
            if (!nextLine(line) || line.size() > 64)
                return std::nullopt;
            text += line;
            if (line.size() < 64)
                break;
        }
        const auto body = unbase64(text);
        if (!body)
            return std::nullopt;
        stanza.body = *body;
        header.stanzas.append(stanza);
        if (!nextLine(line))
            return std::nullopt;
    }
    if (!line.startsWith("--- ") || header.stanzas.isEmpty())
        return std::nullopt;
    header.macInput = file.left(position - line.size() - 1 + 3);
    const auto mac = unbase64(line.mid(4));
    if (!mac || mac->size() != 32)
        return std::nullopt;
    header.mac = *mac;
    header.payloadStart = position;
    return header;
}

void nonceFor(std::uint64_t counter, bool last, unsigned char *nonce)
{
    std::memset(nonce, 0, 12);
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    nonce[11] = last ? 1 : 0;
}

} // namespace

Identity Identity::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
    Identity identity;
    randombytes_buf(identity.m_secret.data(), identity.m_secret.size());
    crypto_scalarmult_base(identity.m_public.data(), identity.m_secret.data());
    return identity;
}

std::optional<Identity> Identity::parse(const QString &text)
{
    if (sodium_init() < 0)
        return std::nullopt;
    const auto decoded = bech32::decode(text.trimmed().toStdString());
    if (!decoded || decoded->humanReadablePart != "age-secret-key-" || decoded->data.size() != 32 ||
        !text.trimmed().startsWith(QLatin1String("AGE-SECRET-KEY-1")))
        return std::nullopt;
    Identity identity;
    std::memcpy(identity.m_secret.data(), decoded->data.data(), 32);
    crypto_scalarmult_base(identity.m_public.data(), identity.m_secret.data());
    return identity;
}

Identity::~Identity()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

Identity::Identity(const Identity &other) = default;
Identity &Identity::operator=(const Identity &other) = default;

QString Identity::recipient() const
{
    return QString::fromStdString(bech32::encode("age", {m_public.begin(), m_public.end()}));
}

QString Identity::toString() const
{
    return QString::fromStdString(bech32::encode("age-secret-key-", {m_secret.begin(), m_secret.end()})).toUpper();
}

std::optional<std::array<std::uint8_t, 32>> parseRecipient(const QString &recipient)
{
    const auto decoded = bech32::decode(recipient.trimmed().toStdString());
    if (!decoded || decoded->humanReadablePart != "age" || decoded->data.size() != 32 ||
        recipient.trimmed() != recipient.trimmed().toLower())
        return std::nullopt;
    std::array<std::uint8_t, 32> key;
    std::memcpy(key.data(), decoded->data.data(), 32);
    return key;
}

bool Codec::isAgeFile(const QByteArray &bytes)
{
    return bytes.startsWith(Intro);
}

Result<QByteArray> Codec::encrypt(const QByteArray &plaintext, const QStringList &recipients)
{
    using R = Result<QByteArray>;
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library could not start."));
    if (recipients.isEmpty())
        return R::failure(tr("A sealed file needs at least one recipient."));
    std::array<std::uint8_t, FileKeyBytes> fileKey;
    randombytes_buf(fileKey.data(), fileKey.size());
    const QByteArray fileKeyBytes = bytesOf(fileKey.data(), fileKey.size());

    QByteArray header = Intro;
    for (const QString &recipient : recipients) {
        const auto theirs = parseRecipient(recipient);
        if (!theirs)
            return R::failure(tr("“%1” is not an age recipient (age1…).").arg(recipient));
        Key ephemeral;
        Key share;
        Key shared;
        randombytes_buf(ephemeral.data(), ephemeral.size());
        crypto_scalarmult_base(share.data(), ephemeral.data());
        if (crypto_scalarmult(shared.data(), ephemeral.data(), theirs->data()) != 0)
            return R::failure(tr("“%1” is not a usable X25519 key.").arg(recipient));
        const Key wrapKey =
            hkdf(bytesOf(shared.data(), shared.size()),
                 bytesOf(share.data(), share.size()) + bytesOf(theirs->data(), theirs->size()), X25519Label);
        std::array<unsigned char, FileKeyBytes + TagBytes> body;
        const std::array<unsigned char, 12> zeroNonce{};
        crypto_aead_chacha20poly1305_ietf_encrypt(body.data(), nullptr, fileKey.data(), fileKey.size(), nullptr, 0,
                                                  nullptr, zeroNonce.data(), wrapKey.data());
        header += "-> X25519 " + base64(bytesOf(share.data(), share.size())) + '\n' +
                  wrapBody(bytesOf(body.data(), body.size()));
        sodium_memzero(ephemeral.data(), ephemeral.size());
        sodium_memzero(shared.data(), shared.size());
    }
    header += "---";
    const Key macKey = hkdf(fileKeyBytes, QByteArray(), QByteArrayLiteral("header"));
    Key mac;
    crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char *>(header.constData()),
                           size_t(header.size()), macKey.data());
    QByteArray out = header + ' ' + base64(bytesOf(mac.data(), mac.size())) + '\n';

    std::array<unsigned char, 16> payloadNonce;
    randombytes_buf(payloadNonce.data(), payloadNonce.size());
    out += bytesOf(payloadNonce.data(), payloadNonce.size());
    const Key payloadKey =
        hkdf(fileKeyBytes, bytesOf(payloadNonce.data(), payloadNonce.size()), QByteArrayLiteral("payload"));
    std::uint64_t counter = 0;
    qsizetype offset = 0;
    QByteArray chunk(ChunkBytes + TagBytes, Qt::Uninitialized);
    do {
        const qsizetype length = std::min<qsizetype>(ChunkBytes, plaintext.size() - offset);
        const bool last = offset + length >= plaintext.size();
        std::array<unsigned char, 12> nonce;
        nonceFor(counter++, last, nonce.data());
        unsigned long long written = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(chunk.data()), &written,
                                                  reinterpret_cast<const unsigned char *>(plaintext.constData()) +
                                                      offset,
                                                  size_t(length), nullptr, 0, nullptr, nonce.data(), payloadKey.data());
        out += chunk.left(qsizetype(written));
        offset += length;
    } while (offset < plaintext.size());
    sodium_memzero(fileKey.data(), fileKey.size());
    return out;
}

Result<QByteArray> Codec::decrypt(const QByteArray &file, const Identity &identity, bool *notForThisKey)
{
    using R = Result<QByteArray>;
    if (notForThisKey)
        *notForThisKey = false;
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library could not start."));
    const std::optional<Header> header = parseHeader(file);
    if (!header)
        return R::failure(tr("The file is not a well-formed age file (damaged, or not age at all)."));

    std::optional<QByteArray> fileKey;
    for (const Stanza &stanza : header->stanzas) {
        if (stanza.arguments.value(0) != "X25519")
            continue;
        const auto share = stanza.arguments.size() == 2 ? unbase64(stanza.arguments.at(1)) : std::nullopt;
        if (!share || share->size() != 32 || stanza.body.size() != FileKeyBytes + TagBytes)
            return R::failure(tr("The file has a damaged X25519 stanza."));
        Key shared;
        if (crypto_scalarmult(shared.data(), identity.secretKey().data(),
                              reinterpret_cast<const unsigned char *>(share->constData())) != 0)
            return R::failure(tr("The file has a damaged X25519 stanza."));
        const Key wrapKey =
            hkdf(bytesOf(shared.data(), shared.size()), *share + bytesOf(identity.publicKey().data(), 32), X25519Label);
        sodium_memzero(shared.data(), shared.size());
        std::array<unsigned char, FileKeyBytes> key;
        const std::array<unsigned char, 12> zeroNonce{};
        if (crypto_aead_chacha20poly1305_ietf_decrypt(
                key.data(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(stanza.body.constData()),
                size_t(stanza.body.size()), nullptr, 0, zeroNonce.data(), wrapKey.data()) == 0) {
            fileKey = bytesOf(key.data(), key.size());
            sodium_memzero(key.data(), key.size());
            break;
        }
    }
    if (!fileKey) {
        if (notForThisKey)
            *notForThisKey = true;
        return R::failure(tr("The file was not sealed for this key."));
    }
    const Key macKey = hkdf(*fileKey, QByteArray(), QByteArrayLiteral("header"));
    Key mac;
    crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char *>(header->macInput.constData()),
                           size_t(header->macInput.size()), macKey.data());
    if (crypto_verify_32(mac.data(), reinterpret_cast<const unsigned char *>(header->mac.constData())) != 0)
        return R::failure(tr("The file's header was altered."));

    const QByteArray payload = file.mid(header->payloadStart);
    if (payload.size() < 16 + TagBytes)
        return R::failure(tr("The file is cut off."));
    const Key payloadKey = hkdf(*fileKey, payload.left(16), QByteArrayLiteral("payload"));
    sodium_memzero(fileKey->data(), size_t(fileKey->size()));
    QByteArray out;
    std::uint64_t counter = 0;
    qsizetype offset = 16;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    while (offset < payload.size()) {
        const qsizetype length = std::min<qsizetype>(ChunkBytes + TagBytes, payload.size() - offset);
        const bool last = offset + length >= payload.size();
        std::array<unsigned char, 12> nonce;
        nonceFor(counter++, last, nonce.data());
        unsigned long long opened = 0;
        if (length < TagBytes || crypto_aead_chacha20poly1305_ietf_decrypt(
                                     reinterpret_cast<unsigned char *>(chunk.data()), &opened, nullptr,
                                     reinterpret_cast<const unsigned char *>(payload.constData()) + offset,
                                     size_t(length), nullptr, 0, nonce.data(), payloadKey.data()) != 0)
            return R::failure(tr("The file was altered or cut off (chunk %1 fails its check).").arg(counter));
        // Only a file with nothing in it ends in an empty chunk.
        if (last && opened == 0 && counter > 1)
            return R::failure(tr("The file ends in an empty chunk, which age never writes."));
        out += chunk.left(qsizetype(opened));
        offset += length;
    }
    return out;
}

} // namespace supolka::age
