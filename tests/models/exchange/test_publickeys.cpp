// The public keys one chapter sends another: written by one database, read back from the file or from a message
// they were pasted into, and refused when a key is missing, cut or doubtful.
#include <gtest/gtest.h>

#include "models/exchange/exchangekeys.h"
#include "models/exchange/publickeys.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(PublicKeys, WrittenAndReadBackFromAFileOrAMessage)
{
    test::ScratchDatabase db;
    const auto keys = ExchangeKeyStore::ensure(*db);
    ASSERT_TRUE(keys);
    const QByteArray text = PublicKeys::toText(QStringLiteral("LT-VI"), QStringLiteral("Вільня"), keys.value());
    const auto read = PublicKeys::parse(QString::fromUtf8(text));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->code, QStringLiteral("LT-VI"));
    EXPECT_EQ(read->name, QStringLiteral("Вільня"));
    EXPECT_EQ(read->recipient, keys->recipient());
    EXPECT_EQ(read->signingKey, keys->signingKey());
    EXPECT_EQ(read->fingerprint(), keys->fingerprint());
    EXPECT_TRUE(text.contains(keys->fingerprint().toUtf8()));

    // Pasted into a chat message, with words around, the keys are found; the code is not.
    const QString message = QStringLiteral("Прывітанне! Our keys: %1 and the signing one is %2.\r\nДзякуй")
                                .arg(keys->recipient(), keys->signingKey());
    const auto pasted = PublicKeys::parse(message);
    ASSERT_TRUE(pasted);
    EXPECT_TRUE(pasted->code.isEmpty());
    EXPECT_EQ(pasted->signingKey, keys->signingKey());
    // The same key twice is still one key.
    EXPECT_TRUE(PublicKeys::parse(message + QLatin1Char(' ') + keys->recipient()));
}

TEST(PublicKeys, MissingCutOrDoubtfulKeysAreRefused)
{
    test::ScratchDatabase a;
    test::ScratchDatabase b;
    const auto first = ExchangeKeyStore::ensure(*a);
    const auto second = ExchangeKeyStore::ensure(*b);
    ASSERT_TRUE(first && second);
    EXPECT_FALSE(PublicKeys::parse(first->recipient()));
    EXPECT_FALSE(PublicKeys::parse(first->signingKey()));
    EXPECT_FALSE(PublicKeys::parse(first->recipient().chopped(3) + QLatin1Char(' ') + first->signingKey()));
    EXPECT_FALSE(PublicKeys::parse(first->recipient() + QLatin1Char(' ') + first->signingKey().chopped(2)));
    // A typo breaks the recipient's checksum.
    QString typo = first->recipient();
    typo[10] = typo.at(10) == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
    EXPECT_FALSE(PublicKeys::parse(typo + QLatin1Char(' ') + first->signingKey()));
    // Two different recipients: which one is meant cannot be told.
    EXPECT_FALSE(PublicKeys::parse(first->recipient() + QLatin1Char(' ') + second->recipient() + QLatin1Char(' ') +
                                   first->signingKey()));
}
