// Contacts: added by their public keys, used only once their fingerprint was checked, flagged when their keys
// change, refused when a key is malformed.
#include <gtest/gtest.h>

#include "models/exchange/contacts.h"
#include "models/exchange/exchangekeys.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(ContactBook, AddCheckChangeAndRemove)
{
    test::ScratchDatabase db;
    test::ScratchDatabase vilnius;
    const auto theirKeys = ExchangeKeyStore::ensure(*vilnius);
    ASSERT_TRUE(theirKeys);
    ContactBook book(*db);

    const auto added = book.add(QStringLiteral("LT-VI"), QStringLiteral("Вільня"), theirKeys->recipient(),
                                QStringLiteral("untrusted comment: minisign public key\n") + theirKeys->signingKey());
    ASSERT_TRUE(added) << added.error().toStdString();
    EXPECT_EQ(added->code, QStringLiteral("lt-vi"));
    EXPECT_FALSE(added->isTrusted()) << "nobody compared the fingerprint yet";
    EXPECT_EQ(added->fingerprint(), theirKeys->fingerprint());
    // Checked only by the digits of the keys it has.
    EXPECT_FALSE(book.check(QStringLiteral("lt-vi"), QStringLiteral("11111 22222 33333 44444 55555 66666")));
    EXPECT_FALSE(book.check(QStringLiteral("lt-vi"), QString()));
    EXPECT_FALSE(book.find(QStringLiteral("lt-vi")).value()->isChecked());
    QString spoken = theirKeys->fingerprint();
    spoken.remove(QLatin1Char(' '));
    ASSERT_TRUE(book.check(QStringLiteral("lt-vi"), spoken));
    auto found = book.find(QStringLiteral("lt-vi"));
    ASSERT_TRUE(found && found.value());
    EXPECT_TRUE(found.value()->isTrusted());
    const auto bySigner = book.findBySigningKey(theirKeys->signingKey());
    ASSERT_TRUE(bySigner && bySigner.value());
    EXPECT_EQ(bySigner.value()->code, QStringLiteral("lt-vi"));

    // The same keys again change nothing; other keys flag the contact and keep the old ones to show.
    ASSERT_TRUE(book.add(QStringLiteral("lt-vi"), QString(), theirKeys->recipient(), theirKeys->signingKey()));
    EXPECT_TRUE(book.find(QStringLiteral("lt-vi")).value()->isTrusted());
    test::ScratchDatabase impostor;
    const auto otherKeys = ExchangeKeyStore::ensure(*impostor);
    ASSERT_TRUE(otherKeys);
    const auto changed = book.add(QStringLiteral("lt-vi"), QString(), otherKeys->recipient(), otherKeys->signingKey());
    ASSERT_TRUE(changed);
    EXPECT_TRUE(changed->keysChanged());
    EXPECT_FALSE(changed->isTrusted());
    EXPECT_EQ(changed->previousRecipient, theirKeys->recipient());
    EXPECT_EQ(changed->name, QStringLiteral("Вільня"));
    // The digits compared before the change do not check the new keys.
    EXPECT_FALSE(book.check(QStringLiteral("lt-vi"), theirKeys->fingerprint()));
    EXPECT_FALSE(book.find(QStringLiteral("lt-vi")).value()->isTrusted());
    ASSERT_TRUE(book.check(QStringLiteral("lt-vi"), otherKeys->fingerprint()));
    EXPECT_TRUE(book.find(QStringLiteral("lt-vi")).value()->isTrusted());

    // Known by code alone, with no name.
    test::ScratchDatabase berlin;
    const auto berlinKeys = ExchangeKeyStore::ensure(*berlin);
    const auto nameless =
        book.add(QStringLiteral("de-be"), QString(), berlinKeys->recipient(), berlinKeys->signingKey());
    ASSERT_TRUE(nameless) << nameless.error().toStdString();
    EXPECT_TRUE(nameless->name.isEmpty());
    ASSERT_TRUE(book.remove(QStringLiteral("de-be")));
    // A code that could be no chapter's: a line break pasted with it, a space, a slash.
    for (const QString &bad : {QStringLiteral("de\nbe"), QStringLiteral("de be"), QStringLiteral("../de")})
        EXPECT_FALSE(book.add(bad, QString(), berlinKeys->recipient(), berlinKeys->signingKey())) << bad.toStdString();

    ASSERT_TRUE(book.remove(QStringLiteral("lt-vi")));
    EXPECT_FALSE(book.find(QStringLiteral("lt-vi")).value());
    EXPECT_FALSE(book.remove(QStringLiteral("lt-vi")));
    EXPECT_FALSE(book.check(QStringLiteral("nobody"), theirKeys->fingerprint()));
}

TEST(ContactBook, MalformedKeysAreRefusedWithTheReason)
{
    test::ScratchDatabase db;
    const auto keys = ExchangeKeyStore::ensure(*db);
    ASSERT_TRUE(keys);
    ContactBook book(*db);
    QString cut = keys->recipient();
    cut.chop(1);
    const auto badRecipient = book.add(QStringLiteral("pl-kr"), QStringLiteral("Kraków"), cut, keys->signingKey());
    ASSERT_FALSE(badRecipient);
    EXPECT_TRUE(badRecipient.error().contains(QStringLiteral("age1"))) << badRecipient.error().toStdString();
    const auto badSigner =
        book.add(QStringLiteral("pl-kr"), QStringLiteral("Kraków"), keys->recipient(), QStringLiteral("RWQ-not-a-key"));
    ASSERT_FALSE(badSigner);
    EXPECT_TRUE(badSigner.error().contains(QStringLiteral("RW"))) << badSigner.error().toStdString();
    EXPECT_FALSE(book.add(QString(), QStringLiteral("x"), keys->recipient(), keys->signingKey()));
    EXPECT_TRUE(book.all().value().isEmpty());
}
