// minisign signatures: `minisign -V` verifies what Supolka signs, Supolka verifies what `minisign -S` signs, and
// any change to the file, the comment or the signature is refused.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "models/exchange/minisign.h"

using namespace supolka;

namespace {

bool haveMinisign()
{
    return !QStandardPaths::findExecutable(QStringLiteral("minisign")).isEmpty();
}

int runMinisign(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("minisign"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

const QByteArray Manifest = QStringLiteral("{\"chapter\":\"pl-wa\",\"name\":\"Варшава\",\"rows\":240}\n").toUtf8();

} // namespace

TEST(Minisign, SignsAndRefusesEveryChange)
{
    const minisign::SigningKey key = minisign::SigningKey::generate();
    const QByteArray signature = key.sign(Manifest, QStringLiteral("pl-wa 2026-12-07 sequence 3"));
    const auto verified = minisign::Verifier::verify(Manifest, signature, key.publicKey());
    ASSERT_TRUE(verified) << verified.error().toStdString();
    EXPECT_EQ(verified.value(), QStringLiteral("pl-wa 2026-12-07 sequence 3"));

    QByteArray altered = Manifest;
    altered[10] = 'X';
    EXPECT_FALSE(minisign::Verifier::verify(altered, signature, key.publicKey()));
    QByteArray comment = signature;
    comment.replace("sequence 3", "sequence 4");
    const auto forged = minisign::Verifier::verify(Manifest, comment, key.publicKey());
    ASSERT_FALSE(forged);
    EXPECT_TRUE(forged.error().contains(QStringLiteral("trusted comment"))) << forged.error().toStdString();
    const auto other = minisign::Verifier::verify(Manifest, signature, minisign::SigningKey::generate().publicKey());
    ASSERT_FALSE(other);
    EXPECT_TRUE(other.error().contains(QStringLiteral("another key"))) << other.error().toStdString();
    for (qsizetype at = 0; at < signature.size(); at += 7) {
        QByteArray flipped = signature;
        flipped[at] = char(flipped[at] ^ 0x01);
        if (flipped.split('\n').value(0) != signature.split('\n').value(0))
            continue; // the untrusted comment is not signed, by design
        EXPECT_FALSE(minisign::Verifier::verify(Manifest, flipped, key.publicKey())) << "byte " << at;
    }

    const auto parsed = minisign::PublicKey::parse(QString::fromLatin1(key.publicKey().toFile()));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, key.publicKey());
    EXPECT_TRUE(key.publicKey().toString().startsWith(QLatin1String("RW")));
    const auto restored = minisign::SigningKey::fromSecret(
        key.secretBytes(), QByteArray(reinterpret_cast<const char *>(key.publicKey().keyId.data()), 8));
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->publicKey(), key.publicKey());
}

TEST(Minisign, TheMinisignToolAgreesBothWays)
{
    if (!haveMinisign())
        GTEST_SKIP() << "minisign is not installed (./scripts/dev.sh setup installs it)";
    QTemporaryDir dir;
    const QString message = dir.filePath(QStringLiteral("manifest.json"));
    const QString signatureFile = message + QStringLiteral(".minisig");
    const QString publicFile = dir.filePath(QStringLiteral("supolka.pub"));
    writeFile(message, Manifest);

    // Supolka signs; minisign verifies, and refuses a changed file.
    const minisign::SigningKey ours = minisign::SigningKey::generate();
    writeFile(publicFile, ours.publicKey().toFile());
    writeFile(signatureFile, ours.sign(Manifest, QStringLiteral("pl-wa sequence 1")));
    EXPECT_EQ(runMinisign({QStringLiteral("-V"), QStringLiteral("-p"), publicFile, QStringLiteral("-m"), message}), 0);
    EXPECT_EQ(runMinisign({QStringLiteral("-V"), QStringLiteral("-P"), ours.publicKey().toString(),
                           QStringLiteral("-m"), message}),
              0);
    writeFile(message, Manifest + ' ');
    EXPECT_NE(runMinisign({QStringLiteral("-V"), QStringLiteral("-p"), publicFile, QStringLiteral("-m"), message}), 0);
    writeFile(message, Manifest);

    // minisign signs (a key without a password); Supolka verifies.
    const QString theirPublic = dir.filePath(QStringLiteral("theirs.pub"));
    const QString theirSecret = dir.filePath(QStringLiteral("theirs.key"));
    ASSERT_EQ(runMinisign({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), theirPublic,
                           QStringLiteral("-s"), theirSecret}),
              0);
    ASSERT_EQ(runMinisign({QStringLiteral("-S"), QStringLiteral("-s"), theirSecret, QStringLiteral("-m"), message,
                           QStringLiteral("-t"), QStringLiteral("from the secretariat")}),
              0);
    QFile publicKeyFile(theirPublic);
    ASSERT_TRUE(publicKeyFile.open(QIODevice::ReadOnly));
    const auto theirKey = minisign::PublicKey::parse(QString::fromLatin1(publicKeyFile.readAll()));
    ASSERT_TRUE(theirKey);
    QFile signed_(signatureFile);
    ASSERT_TRUE(signed_.open(QIODevice::ReadOnly));
    const QByteArray theirSignature = signed_.readAll();
    const auto verified = minisign::Verifier::verify(Manifest, theirSignature, *theirKey);
    ASSERT_TRUE(verified) << verified.error().toStdString();
    EXPECT_EQ(verified.value(), QStringLiteral("from the secretariat"));
    EXPECT_FALSE(minisign::Verifier::verify(Manifest + ' ', theirSignature, *theirKey));
}
