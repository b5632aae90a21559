#include "models/security/databasekey.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>

#include <sodium.h>

namespace supolka {

namespace {

constexpr std::size_t MaxPassphraseBytes = 1024;
std::atomic<bool> minimumCost{false};

} // namespace

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromText(QString &text)
{
    QString composed = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = composed.toUtf8();
    SecretBytes secret = fromBytes(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    sodium_memzero(composed.data(), std::size_t(composed.size()) * sizeof(QChar));
    sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
    return secret;
}

Result<SecretBytes> SecretBytes::fromFile(const QString &path)
{
    using R = Result<SecretBytes>;
    QFile file;
    const bool fromStandardInput = path == QLatin1String("-");
    if (fromStandardInput ? !file.open(stdin, QIODevice::ReadOnly)
                          : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return R::failure(tr("Could not read the passphrase file %1: %2").arg(path, file.errorString()));
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library could not start."));
    auto *line = static_cast<char *>(sodium_malloc(MaxPassphraseBytes + 2));
    if (!line)
        return R::failure(tr("No memory for the passphrase."));
    const qint64 read = file.readLine(line, MaxPassphraseBytes + 2);
    qint64 length = std::max<qint64>(read, 0);
    const bool wholeLine = length > 0 && line[length - 1] == '\n';
    if (!wholeLine && length > qint64(MaxPassphraseBytes)) {
        sodium_free(line);
        return R::failure(tr("The passphrase in %1 is longer than %2 bytes.").arg(path).arg(MaxPassphraseBytes));
    }
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        --length;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(line, length));
    const bool valid = !decoder.hasError();
    sodium_free(line);
    if (!valid) {
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
        return R::failure(tr("The passphrase in %1 is not UTF-8 text.").arg(path));
    }
    if (text.isEmpty())
        return R::failure(tr("The passphrase file %1 is empty: its first line is the passphrase.").arg(path));
    return fromText(text);
}

SecretBytes SecretBytes::fromBytes(const char *bytes, std::size_t size)
{
    SecretBytes secret;
    if (sodium_init() < 0 || size == 0)
        return secret;
    secret.m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!secret.m_data)
        return secret;
    std::memcpy(secret.m_data, bytes, size);
    secret.m_size = size;
    return secret;
}

namespace databasekey {

pagecipher::KeyParameters newParameters()
{
    pagecipher::KeyParameters parameters;
    randombytes_buf(parameters.salt.data(), parameters.salt.size());
    if (minimumCost) {
        parameters.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        parameters.memLimitKiB = std::uint32_t(crypto_pwhash_MEMLIMIT_MIN / 1024);
        return parameters;
    }
    // One timed run at MODERATE, then as many passes as fit in about a second (as KeePassXC does).
    const std::uint32_t moderateOps = crypto_pwhash_OPSLIMIT_MODERATE;
    const std::size_t moderateMem = crypto_pwhash_MEMLIMIT_MODERATE;
    std::array<std::uint8_t, pagecipher::KeyBytes> scratch;
    const std::array<char, 8> probe{'c', 'a', 'l', 'i', 'b', 'r', 'a', 't'};
    QElapsedTimer timer;
    timer.start();
    const bool ran = crypto_pwhash(scratch.data(), scratch.size(), probe.data(), probe.size(), parameters.salt.data(),
                                   moderateOps, moderateMem, crypto_pwhash_ALG_ARGON2ID13) == 0;
    const double seconds = std::max(0.001, double(timer.nsecsElapsed()) / 1e9);
    sodium_memzero(scratch.data(), scratch.size());
    const double passes = ran ? std::round(double(moderateOps) / seconds) : double(moderateOps);
    parameters.opsLimit = std::uint32_t(std::clamp(passes, double(moderateOps), 32.0));
    parameters.memLimitKiB = std::uint32_t(moderateMem / 1024);
    return parameters;
}

std::shared_ptr<pagecipher::PageKey> derive(const SecretBytes &passphrase, const pagecipher::KeyParameters &parameters)
{
    if (sodium_init() < 0)
        return nullptr;
    auto key = pagecipher::PageKey::create(pagecipher::makeHeader(parameters));
    if (!key)
        return nullptr;
    if (crypto_pwhash(key->bytes(), pagecipher::KeyBytes, reinterpret_cast<const char *>(passphrase.data()),
                      passphrase.size(), parameters.salt.data(), parameters.opsLimit,
                      std::size_t(parameters.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return nullptr;
    return key;
}

void useMinimumCostForTests(bool minimum)
{
    minimumCost = minimum;
}

} // namespace databasekey

} // namespace supolka
