#include "models/exchange/minisign.h"

#include <cstring>

#include <QList>

#include <sodium.h>

namespace supolka::minisign {

namespace {

const QByteArray KeyAlgorithm = QByteArrayLiteral("Ed");
const QByteArray HashedAlgorithm = QByteArrayLiteral("ED");
const QByteArray TrustedPrefix = QByteArrayLiteral("trusted comment: ");
const QByteArray UntrustedPrefix = QByteArrayLiteral("untrusted comment: ");

QByteArray raw(const std::uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

std::optional<QByteArray> unbase64(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(trimmed, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Canonical base64 only: another spelling of the same bytes is a changed file too.
    if (!decoded || decoded.decoded.toBase64() != trimmed)
        return std::nullopt;
    return *decoded;
}

std::array<std::uint8_t, 64> blake2b512(const QByteArray &message)
{
    std::array<std::uint8_t, 64> hash;
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()), nullptr, 0);
    return hash;
}

} // namespace

std::optional<PublicKey> PublicKey::parse(const QString &text)
{
    QByteArray line;
    for (const QByteArray &candidate : text.toUtf8().split('\n')) {
        const QByteArray trimmed = candidate.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(UntrustedPrefix)) {
            line = trimmed;
            break;
        }
    }
    const auto bytes = unbase64(line);
    if (!bytes || bytes->size() != 42 || !bytes->startsWith(KeyAlgorithm))
        return std::nullopt;
    PublicKey key;
    std::memcpy(key.keyId.data(), bytes->constData() + 2, 8);
    std::memcpy(key.key.data(), bytes->constData() + 10, 32);
    return key;
}

QString PublicKey::toString() const
{
    return QString::fromLatin1(QByteArray(KeyAlgorithm + raw(keyId.data(), 8) + raw(key.data(), 32)).toBase64());
}

QString PublicKey::keyIdText() const
{
    // minisign prints the id as a little-endian 64-bit number.
    QString text;
    for (int i = 7; i >= 0; --i)
        text += QStringLiteral("%1").arg(keyId[size_t(i)], 2, 16, QLatin1Char('0')).toUpper();
    return text;
}

QByteArray PublicKey::toFile() const
{
    return UntrustedPrefix + "minisign public key " + keyIdText().toLatin1() + '\n' + toString().toLatin1() + '\n';
}

SigningKey SigningKey::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
    SigningKey key;
    crypto_sign_keypair(key.m_public.key.data(), key.m_secret.data());
    randombytes_buf(key.m_public.keyId.data(), key.m_public.keyId.size());
    return key;
}

std::optional<SigningKey> SigningKey::fromSecret(const QByteArray &secret, const QByteArray &keyId)
{
    if (sodium_init() < 0 || secret.size() != 64 || keyId.size() != 8)
        return std::nullopt;
    SigningKey key;
    std::memcpy(key.m_secret.data(), secret.constData(), 64);
    crypto_sign_ed25519_sk_to_pk(key.m_public.key.data(), key.m_secret.data());
    std::memcpy(key.m_public.keyId.data(), keyId.constData(), 8);
    return key;
}

SigningKey::~SigningKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

QByteArray SigningKey::secretBytes() const
{
    return raw(m_secret.data(), m_secret.size());
}

QByteArray SigningKey::sign(const QByteArray &message, const QString &trustedComment,
                            const QString &untrustedComment) const
{
    const std::array<std::uint8_t, 64> hash = blake2b512(message);
    std::array<std::uint8_t, 64> signature;
    crypto_sign_detached(signature.data(), nullptr, hash.data(), hash.size(), m_secret.data());
    // The trusted comment is signed together with the signature, so that it cannot be changed either.
    const QByteArray comment = trustedComment.toUtf8().replace('\n', ' ');
    const QByteArray global = raw(signature.data(), signature.size()) + comment;
    std::array<std::uint8_t, 64> globalSignature;
    crypto_sign_detached(globalSignature.data(), nullptr, reinterpret_cast<const unsigned char *>(global.constData()),
                         size_t(global.size()), m_secret.data());
    return UntrustedPrefix + untrustedComment.toUtf8().replace('\n', ' ') + '\n' +
           QByteArray(HashedAlgorithm + raw(m_public.keyId.data(), 8) + raw(signature.data(), 64)).toBase64() + '\n' +
           TrustedPrefix + comment + '\n' + raw(globalSignature.data(), 64).toBase64() + '\n';
}

Result<QString> Verifier::verify(const QByteArray &message, const QByteArray &signatureFile, const PublicKey &key)
{
    using R = Result<QString>;
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library could not start."));
    const QList<QByteArray> lines = signatureFile.split('\n');
    if (lines.size() < 4 || !lines.at(0).startsWith(UntrustedPrefix) || !lines.at(2).startsWith(TrustedPrefix))
        return R::failure(tr("The signature is not a minisign signature."));
    const auto signature = unbase64(lines.at(1));
    const auto global = unbase64(lines.at(3));
    if (!signature || signature->size() != 74 || !global || global->size() != 64)
        return R::failure(tr("The signature is damaged."));
    const QByteArray algorithm = signature->left(2);
    if (algorithm != HashedAlgorithm && algorithm != KeyAlgorithm)
        return R::failure(tr("The signature uses an algorithm Supolka does not know."));
    if (sodium_memcmp(signature->constData() + 2, key.keyId.data(), 8) != 0)
        return R::failure(tr("The signature was made with another key (key id %1).")
                              .arg(QString::fromLatin1(signature->mid(2, 8).toHex().toUpper())));
    const auto *sig = reinterpret_cast<const unsigned char *>(signature->constData() + 10);
    bool valid;
    if (algorithm == HashedAlgorithm) {
        const std::array<std::uint8_t, 64> hash = blake2b512(message);
        valid = crypto_sign_verify_detached(sig, hash.data(), hash.size(), key.key.data()) == 0;
    } else {
        valid = crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char *>(message.constData()),
                                            size_t(message.size()), key.key.data()) == 0;
    }
    if (!valid)
        return R::failure(tr("The signature does not match the file: it was altered, or signed by someone else."));
    const QByteArray comment = lines.at(2).mid(TrustedPrefix.size());
    const QByteArray signedComment = signature->mid(10, 64) + comment;
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(global->constData()),
                                    reinterpret_cast<const unsigned char *>(signedComment.constData()),
                                    size_t(signedComment.size()), key.key.data()) != 0)
        return R::failure(tr("The signature's trusted comment was altered."));
    return QString::fromUtf8(comment);
}

} // namespace supolka::minisign
