#include "models/exchange/exchangekeys.h"

#include <sodium.h>

#include "models/db/database.h"

namespace supolka {

namespace {

const QString IdentityKey = QStringLiteral("exchange_identity");
const QString SigningSecretKey = QStringLiteral("exchange_signing_secret");
const QString SigningIdKey = QStringLiteral("exchange_signing_id");
constexpr int FingerprintRounds = 1024;

} // namespace

QString ExchangeKeys::fingerprint() const
{
    return ExchangeKeyStore::fingerprint(recipient(), signingKey());
}

QString ExchangeKeyStore::fingerprint(const QString &recipient, const QString &signingKey)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray input = QByteArrayLiteral("supolka-fingerprint-v1\n") + recipient.trimmed().toUtf8() + '\n' +
                             signingKey.trimmed().toUtf8();
    std::array<unsigned char, crypto_hash_sha512_BYTES> hash{};
    QByteArray round = input;
    for (int i = 0; i < FingerprintRounds; ++i) {
        crypto_hash_sha512(hash.data(), reinterpret_cast<const unsigned char *>(round.constData()),
                           size_t(round.size()));
        round = QByteArray(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size())) + input;
    }
    QStringList groups;
    for (int group = 0; group < 6; ++group) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = value << 8 | hash[size_t(group * 5 + i)];
        groups.append(QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

bool ExchangeKeyStore::sameFingerprint(const QString &readOut, const QString &fingerprint)
{
    const auto digitsOf = [](const QString &text) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits.append(c);
        }
        return digits;
    };
    const QString digits = digitsOf(readOut);
    return !digits.isEmpty() && digits == digitsOf(fingerprint);
}

Result<std::optional<ExchangeKeys>> ExchangeKeyStore::find(const Database &database)
{
    using R = Result<std::optional<ExchangeKeys>>;
    const QString storedIdentity = database.metaValue(IdentityKey);
    if (storedIdentity.isEmpty())
        return R(std::nullopt);
    QByteArray storedSecret = QByteArray::fromBase64(database.metaValue(SigningSecretKey).toLatin1());
    const QByteArray storedId = QByteArray::fromBase64(database.metaValue(SigningIdKey).toLatin1());
    auto identity = age::Identity::parse(storedIdentity);
    auto signing = minisign::SigningKey::fromSecret(storedSecret, storedId);
    // The copies read from the database are wiped; the keys live on in their own classes, which wipe them.
    sodium_memzero(storedSecret.data(), size_t(storedSecret.size()));
    if (!identity || !signing)
        return R::failure(tr("This database's exchange keys are damaged; bundles cannot be sealed or opened."));
    return R(ExchangeKeys{*identity, *signing});
}

Result<ExchangeKeys> ExchangeKeyStore::ensure(Database &database)
{
    using R = Result<ExchangeKeys>;
    const Result<std::optional<ExchangeKeys>> existing = find(database);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return *existing.value();
    ExchangeKeys keys{age::Identity::generate(), minisign::SigningKey::generate()};
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return R::failure(tr("Could not keep the exchange keys in the database: %1").arg(transaction.error()));
    const QByteArray keyId(reinterpret_cast<const char *>(keys.signing.publicKey().keyId.data()), 8);
    for (const Status &stored :
         {database.setMetaValue(IdentityKey, keys.identity.toString()),
          database.setMetaValue(SigningSecretKey, QString::fromLatin1(keys.signing.secretBytes().toBase64())),
          database.setMetaValue(SigningIdKey, QString::fromLatin1(keyId.toBase64()))}) {
        if (!stored)
            return R::failure(stored.error());
    }
    if (!transaction.commit())
        return R::failure(tr("Could not keep the exchange keys in the database: %1").arg(transaction.error()));
    return keys;
}

} // namespace supolka
