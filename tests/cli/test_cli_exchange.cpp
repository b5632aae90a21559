// The keys and contacts of sealed exchange on the command line: two chapters trade public keys, one checks the
// other's fingerprint, and a changed key is flagged until checked again.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

#include "models/exchange/age.h"
#include "tests/cli/clitest.h"

using namespace supolka;

namespace {

using Outcome = test::CliOutcome;

class CliExchange : public test::CliTest
{
protected:
    Outcome runOn(const QString &db, const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                   false);
    }
};

} // namespace

TEST_F(CliExchange, KeysAreTradedCheckedAndAChangeIsFlagged)
{
    const QString warsaw = file(QStringLiteral("warsaw.db"));
    const QString vilnius = file(QStringLiteral("vilnius.db"));
    ASSERT_EQ(runOn(warsaw, {QStringLiteral("chapter"), QStringLiteral("pl-wa"), QStringLiteral("Warszawa")}).exitCode,
              0);
    ASSERT_EQ(runOn(vilnius, {QStringLiteral("chapter"), QStringLiteral("lt-vi"), QStringLiteral("Вільня")}).exitCode,
              0);

    const Outcome keys = runOn(vilnius, {QStringLiteral("keys"), QStringLiteral("--json")});
    ASSERT_EQ(keys.exitCode, 0) << keys.err.toStdString();
    const QString recipient = keys.json().value(QStringLiteral("recipient")).toString();
    const QString signingKey = keys.json().value(QStringLiteral("signing_key")).toString();
    const QString fingerprint = keys.json().value(QStringLiteral("fingerprint")).toString();
    EXPECT_TRUE(recipient.startsWith(QLatin1String("age1")));
    EXPECT_TRUE(signingKey.startsWith(QLatin1String("RW")));
    // The same keys on every later run, and in the exported file.
    EXPECT_EQ(runOn(vilnius, {QStringLiteral("keys"), QStringLiteral("--json")}).json(), keys.json());
    const QString exported = file(QStringLiteral("vilnius.keys"));
    ASSERT_EQ(runOn(vilnius, {QStringLiteral("keys"), QStringLiteral("export"), exported}).exitCode, 0);
    QFile keyFile(exported);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(keyFile.readAll());
    EXPECT_TRUE(text.contains(recipient) && text.contains(signingKey) && text.contains(fingerprint));
    EXPECT_FALSE(text.contains(QLatin1String("SECRET")));

    const Outcome added = runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("LT-VI"),
                                         QStringLiteral("Вільня"), QStringLiteral("--recipient"), recipient,
                                         QStringLiteral("--signing-key"), signingKey});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(fingerprint)) << added.err.toStdString();
    // Checking needs the digits read out: wrong ones (or none) check nothing.
    EXPECT_EQ(runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("check"), QStringLiteral("lt-vi")}).exitCode,
              3);
    EXPECT_EQ(runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("check"), QStringLiteral("lt-vi"),
                             QStringLiteral("--fingerprint"), QStringLiteral("11111 22222 33333 44444 55555 66666")})
                  .exitCode,
              3);
    Outcome list = runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("--json")});
    EXPECT_FALSE(list.json()
                     .value(QStringLiteral("contacts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("checked"))
                     .toBool());
    QString spoken = fingerprint;
    spoken.remove(QLatin1Char(' '));
    ASSERT_EQ(runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("check"), QStringLiteral("lt-vi"),
                             QStringLiteral("--fingerprint"), spoken})
                  .exitCode,
              0);
    list = runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("--json")});
    QJsonObject contact = list.json().value(QStringLiteral("contacts")).toArray().at(0).toObject();
    EXPECT_TRUE(contact.value(QStringLiteral("checked")).toBool());
    EXPECT_EQ(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Вільня"));

    // Someone else's keys under the same code: flagged loudly, not trusted until checked again.
    const QString other = file(QStringLiteral("other.db"));
    ASSERT_EQ(runOn(other, {QStringLiteral("chapter"), QStringLiteral("xx-im"), QStringLiteral("Impostor")}).exitCode,
              0);
    const Outcome otherKeys = runOn(other, {QStringLiteral("keys"), QStringLiteral("--json")});
    const Outcome changed = runOn(
        warsaw, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("lt-vi"), QStringLiteral("Вільня"),
                 QStringLiteral("--recipient"), otherKeys.json().value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("--signing-key"), otherKeys.json().value(QStringLiteral("signing_key")).toString()});
    ASSERT_EQ(changed.exitCode, 0);
    EXPECT_TRUE(changed.err.contains(QStringLiteral("CHANGED"))) << changed.err.toStdString();
    contact = runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("--json")})
                  .json()
                  .value(QStringLiteral("contacts"))
                  .toArray()
                  .at(0)
                  .toObject();
    EXPECT_TRUE(contact.value(QStringLiteral("keys_changed")).toBool());
    EXPECT_FALSE(contact.value(QStringLiteral("checked")).toBool());

    // A malformed key is refused with the reason; removing works once.
    const Outcome bad = runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("pl-kr"),
                                       QStringLiteral("Kraków"), QStringLiteral("--recipient"), recipient.left(20),
                                       QStringLiteral("--signing-key"), signingKey});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("age1"))) << bad.err.toStdString();
    EXPECT_EQ(runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("remove"), QStringLiteral("lt-vi")}).exitCode,
              0);
    EXPECT_EQ(runOn(warsaw, {QStringLiteral("contacts"), QStringLiteral("remove"), QStringLiteral("lt-vi")}).exitCode,
              3);
}

// A secretariat without Supolka opens what is sealed to a database with `age -d -i` and the exported identity.
TEST_F(CliExchange, TheExportedIdentityOpensWhatIsSealedToTheDatabaseWithTheAgeTool)
{
    if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty())
        GTEST_SKIP() << "age is not installed (./scripts/dev.sh setup installs it)";
    const QString secretariat = file(QStringLiteral("secretariat.db"));
    ASSERT_EQ(
        runOn(secretariat, {QStringLiteral("chapter"), QStringLiteral("secretariat"), QStringLiteral("Сакратарыят")})
            .exitCode,
        0);
    const QString recipient = runOn(secretariat, {QStringLiteral("keys"), QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("recipient"))
                                  .toString();
    const QString identity = file(QStringLiteral("identity.txt"));
    const Outcome exported = runOn(secretariat, {QStringLiteral("keys"), QStringLiteral("export-identity"), identity});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("SECRET")));
    EXPECT_EQ(QFile::permissions(identity) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    const QByteArray plain = QStringLiteral("members.csv: Ганна Мельнік\n").toUtf8();
    const auto sealed = age::Codec::encrypt(plain, {recipient});
    ASSERT_TRUE(sealed);
    QProcess tool;
    tool.start(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), identity});
    ASSERT_TRUE(tool.waitForStarted());
    tool.write(sealed.value());
    tool.closeWriteChannel();
    ASSERT_TRUE(tool.waitForFinished(30000));
    EXPECT_EQ(tool.exitCode(), 0) << tool.readAllStandardError().toStdString();
    EXPECT_EQ(tool.readAllStandardOutput(), plain);
}
