// age v1 files, as the `age` tool writes and reads them: round trips both ways through the real tool, and every
// kind of tampering refused.
#include <gtest/gtest.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "models/exchange/age.h"
#include "models/exchange/bech32.h"

using namespace supolka;

namespace {

QByteArray sample(int size)
{
    QByteArray bytes;
    bytes.reserve(size);
    const QByteArray line = QStringLiteral("Ганна Мельнік,hanna@example.org,+48 601 000 000\n").toUtf8();
    while (bytes.size() < size)
        bytes += line;
    return bytes.left(size);
}

// Runs a tool with `input` on standard input; its standard output, or nullopt when it failed.
std::optional<QByteArray> runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

bool haveAge()
{
    return !QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty();
}

} // namespace

TEST(Bech32, KnownVectorsAndRefusals)
{
    const auto empty = bech32::decode("A12UEL5L");
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->humanReadablePart, "a");
    EXPECT_TRUE(empty->data.empty());
    EXPECT_TRUE(bech32::decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"));
    EXPECT_FALSE(bech32::decode("A12uEL5L"));    // mixed case
    EXPECT_FALSE(bech32::decode("a12uel5m"));    // checksum
    EXPECT_FALSE(bech32::decode("abc1b2uel5l")); // 'b' is not in the alphabet
    const std::vector<unsigned char> data{0, 1, 2, 250, 251, 255};
    const auto back = bech32::decode(bech32::encode("age", data));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->data, data);
}

TEST(Age, RoundTripsOfEverySize)
{
    const age::Identity identity = age::Identity::generate();
    const age::Identity other = age::Identity::generate();
    for (const int size : {0, 1, 1000, 64 * 1024, 64 * 1024 + 1, 200000}) {
        const QByteArray plain = sample(size);
        const auto sealed = age::Codec::encrypt(plain, {identity.recipient(), other.recipient()});
        ASSERT_TRUE(sealed) << sealed.error().toStdString();
        EXPECT_TRUE(age::Codec::isAgeFile(sealed.value()));
        EXPECT_FALSE(sealed->contains("hanna@example.org"));
        for (const age::Identity *who : {&identity, &other}) {
            const auto opened = age::Codec::decrypt(sealed.value(), *who);
            ASSERT_TRUE(opened) << size << ": " << opened.error().toStdString();
            EXPECT_EQ(opened.value(), plain) << size;
        }
    }
    const auto parsed = age::Identity::parse(identity.toString());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->recipient(), identity.recipient());
    EXPECT_TRUE(identity.recipient().startsWith(QLatin1String("age1")));
    EXPECT_FALSE(age::Identity::parse(identity.toString().toLower().replace(0, 3, QStringLiteral("AGE"))));
}

TEST(Age, EveryKindOfTamperingIsRefused)
{
    const age::Identity identity = age::Identity::generate();
    const QByteArray plain = sample(150000);
    const auto sealed = age::Codec::encrypt(plain, {identity.recipient()});
    ASSERT_TRUE(sealed);
    // One flipped bit anywhere: in the header, its MAC, the payload nonce, any chunk, the last tag.
    int refused = 0;
    for (qsizetype at = 0; at < sealed->size(); at += 997) {
        QByteArray altered = sealed.value();
        altered[at] = char(altered[at] ^ 0x04);
        refused += age::Codec::decrypt(altered, identity) ? 0 : 1;
        EXPECT_FALSE(age::Codec::decrypt(altered, identity)) << "byte " << at;
    }
    EXPECT_GT(refused, 100);
    QByteArray last = sealed.value();
    last[last.size() - 1] = char(last[last.size() - 1] ^ 0x01);
    EXPECT_FALSE(age::Codec::decrypt(last, identity));
    // Cut off at a chunk boundary, cut in a chunk, bytes appended, sealed for someone else.
    EXPECT_FALSE(age::Codec::decrypt(sealed->left(sealed->size() - (150000 - 2 * 65536) - 16), identity));
    EXPECT_FALSE(age::Codec::decrypt(sealed->left(sealed->size() - 10), identity));
    EXPECT_FALSE(age::Codec::decrypt(sealed.value() + "x", identity));
    const auto stranger = age::Codec::decrypt(sealed.value(), age::Identity::generate());
    ASSERT_FALSE(stranger);
    EXPECT_TRUE(stranger.error().contains(QStringLiteral("not sealed for this key"))) << stranger.error().toStdString();
}

TEST(Age, TheAgeToolOpensWhatSupolkaSealsAndTheOtherWayRound)
{
    if (!haveAge())
        GTEST_SKIP() << "age is not installed (./scripts/dev.sh setup installs it)";
    QTemporaryDir dir;
    // A key made by age-keygen, read by Supolka: the same recipient.
    const auto keygen = runTool(QStringLiteral("age-keygen"), {});
    ASSERT_TRUE(keygen);
    QString secretLine;
    for (const QString &line : QString::fromUtf8(*keygen).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("AGE-SECRET-KEY-1")))
            secretLine = line;
    }
    const auto theirs = age::Identity::parse(secretLine);
    ASSERT_TRUE(theirs);
    const auto recipient = runTool(QStringLiteral("age-keygen"), {QStringLiteral("-y")}, secretLine.toUtf8() + '\n');
    ASSERT_TRUE(recipient);
    EXPECT_EQ(QString::fromUtf8(*recipient).trimmed(), theirs->recipient());

    for (const int size : {0, 70000, 64 * 1024}) {
        const QByteArray plain = sample(size);
        // age encrypts, Supolka opens.
        const auto byAge = runTool(QStringLiteral("age"), {QStringLiteral("-r"), theirs->recipient()}, plain);
        ASSERT_TRUE(byAge);
        const auto opened = age::Codec::decrypt(*byAge, *theirs);
        ASSERT_TRUE(opened) << opened.error().toStdString();
        EXPECT_EQ(opened.value(), plain);

        // Supolka seals, age opens with Supolka's identity written as age writes identities.
        const age::Identity ours = age::Identity::generate();
        const QString identityFile = dir.filePath(QStringLiteral("identity.txt"));
        QFile file(identityFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# public key: " + ours.recipient().toUtf8() + '\n' + ours.toString().toUtf8() + '\n');
        file.close();
        const auto sealed = age::Codec::encrypt(plain, {ours.recipient()});
        ASSERT_TRUE(sealed);
        const auto byTool =
            runTool(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), identityFile}, sealed.value());
        ASSERT_TRUE(byTool) << "age could not open Supolka's file of " << size << " bytes";
        EXPECT_EQ(*byTool, plain);
        // And age refuses it once a byte is changed.
        QByteArray altered = sealed.value();
        altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x20);
        EXPECT_FALSE(
            runTool(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), identityFile}, altered));
    }
}
