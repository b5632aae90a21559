// A database's exchange keys: made once, kept, the same on every later use; their fingerprint people compare.
#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "models/db/database.h"
#include "models/exchange/exchangekeys.h"
#include "models/security/databasekey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(ExchangeKeys, MadeOnceKeptAndFingerprinted)
{
    test::ScratchDatabase db;
    const auto first = ExchangeKeyStore::ensure(*db);
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_TRUE(first->recipient().startsWith(QLatin1String("age1")));
    EXPECT_TRUE(first->signingKey().startsWith(QLatin1String("RW")));
    db.reopen();
    const auto again = ExchangeKeyStore::ensure(*db);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->recipient(), first->recipient());
    EXPECT_EQ(again->signingKey(), first->signingKey());

    const QString fingerprint = first->fingerprint();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{5}( \\d{5}){5}$")).match(fingerprint).hasMatch())
        << fingerprint.toStdString();
    EXPECT_EQ(fingerprint, ExchangeKeyStore::fingerprint(first->recipient(), first->signingKey()));
    // Another database, other keys, other digits; one key changed changes them too.
    test::ScratchDatabase other;
    const auto theirs = ExchangeKeyStore::ensure(*other);
    ASSERT_TRUE(theirs);
    EXPECT_NE(theirs->recipient(), first->recipient());
    EXPECT_NE(theirs->fingerprint(), fingerprint);
    EXPECT_NE(ExchangeKeyStore::fingerprint(first->recipient(), theirs->signingKey()), fingerprint);
}

TEST(ExchangeKeys, TheSecretKeysAreEncryptedWithAnEncryptedDatabase)
{
    databasekey::useMinimumCostForTests();
    QTemporaryDir dir;
    QString secretText = QStringLiteral("Жыве Беларусь");
    const SecretBytes secret = SecretBytes::fromText(secretText);
    QString identity;
    for (const bool encrypted : {false, true}) {
        const QString path = dir.filePath(encrypted ? QStringLiteral("sealed.db") : QStringLiteral("plain.db"));
        {
            auto opened = Database::open(path, encrypted ? &secret : nullptr);
            ASSERT_TRUE(opened);
            const auto keys = ExchangeKeyStore::ensure(*opened.value());
            ASSERT_TRUE(keys);
            identity = keys->identity.toString();
        }
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_EQ(bytes.contains(identity.toLatin1()), !encrypted);
        EXPECT_EQ(bytes.contains("AGE-SECRET-KEY-1"), !encrypted);
    }
}
