// Sealed bundles on the command line, between two chapters and the secretariat, and with the standard tools a
// secretariat without Supolka has: `age` opens a sealed bundle and `minisign` verifies its manifest.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

#include "models/sync/bundle.h"
#include "tests/cli/clitest.h"

using namespace supolka;

namespace {

using Outcome = test::CliOutcome;

const QString Member = QStringLiteral("Ціханоўская");

class CliSealed : public test::CliTest
{
protected:
    QString db(const QString &code) const { return file(code + QStringLiteral(".db")); }

    Outcome on(const QString &code, const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), db(code), QStringLiteral("--lang"), QStringLiteral("en")} +
                       arguments,
                   false);
    }

    QJsonObject keysOf(const QString &code) const
    {
        return on(code, {QStringLiteral("keys"), QStringLiteral("--json")}).json();
    }

    // `to` adds `from` as a contact and checks the fingerprint, read out as digits.
    void introduce(const QString &to, const QString &from) const
    {
        const QJsonObject keys = keysOf(from);
        const Outcome added =
            on(to, {QStringLiteral("contacts"), QStringLiteral("add"), from, from.toUpper(),
                    QStringLiteral("--recipient"), keys.value(QStringLiteral("recipient")).toString(),
                    QStringLiteral("--signing-key"), keys.value(QStringLiteral("signing_key")).toString()});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        const Outcome checked =
            on(to, {QStringLiteral("contacts"), QStringLiteral("check"), from, QStringLiteral("--fingerprint"),
                    keys.value(QStringLiteral("fingerprint")).toString()});
        ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    }

    void setUpChapters() const
    {
        for (const QString &code : {QStringLiteral("pl-wa"), QStringLiteral("lt-vi"), QStringLiteral("sec")})
            ASSERT_EQ(on(code, {QStringLiteral("chapter"), code, code.toUpper()}).exitCode, 0);
        for (const QString &to : {QStringLiteral("pl-wa"), QStringLiteral("lt-vi"), QStringLiteral("sec")}) {
            for (const QString &from : {QStringLiteral("pl-wa"), QStringLiteral("lt-vi"), QStringLiteral("sec")}) {
                if (to != from)
                    introduce(to, from);
            }
        }
        QFile members(file(QStringLiteral("members.csv")));
        ASSERT_TRUE(members.open(QIODevice::WriteOnly));
        members.write(QStringLiteral("first_name,last_name,email,phone,city,country,consent_share\n"
                                     "Святлана,%1,s.t@example.org,+48601555444,Warszawa,PL,yes\n"
                                     "Ales,Bialiatski,ales@example.org,+48601555445,Warszawa,PL,yes\n")
                          .arg(Member)
                          .toUtf8());
        members.close();
        const Outcome imported = on(QStringLiteral("pl-wa"), {QStringLiteral("import"), QStringLiteral("members"),
                                                              file(QStringLiteral("members.csv"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    QByteArray bytes(const QString &name) const
    {
        QFile in(file(name));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << name.toStdString();
        return in.readAll();
    }

    QByteArray hashOf(const QString &code) const
    {
        return QCryptographicHash::hash(bytes(code + QStringLiteral(".db")), QCryptographicHash::Sha256);
    }

    static bool haveTools()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("minisign")).isEmpty();
    }

    // Runs a tool; its exit code, with its standard error for messages.
    static std::pair<int, QString> tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }
};

} // namespace

TEST_F(CliSealed, TwoChaptersAndTheSecretariatExchangeSealedBundles)
{
    setUpChapters();
    // A bundle of people's data is sealed or explicitly plain.
    const Outcome unsaid = on(QStringLiteral("pl-wa"),
                              {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("x.supolka"))});
    EXPECT_EQ(unsaid.exitCode, 2);
    EXPECT_TRUE(unsaid.err.contains(QStringLiteral("--to"))) << unsaid.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("x.supolka"))));

    const Outcome sent = on(QStringLiteral("pl-wa"),
                            {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("waw.supolka")),
                             QStringLiteral("--to"), QStringLiteral("sec"), QStringLiteral("--json")});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.json().value(QStringLiteral("sealed_for")).toString(), QStringLiteral("sec"));
    EXPECT_GT(sent.json().value(QStringLiteral("sequence")).toDouble(), 1.7e9) << "numbered from the time";
    const QByteArray sealed = bytes(QStringLiteral("waw.supolka"));
    EXPECT_TRUE(sealed.startsWith("age-encryption.org/v1\n"));
    EXPECT_EQ(sealed.count(Member.toUtf8()), 0);
    EXPECT_EQ(sealed.count("Bialiatski"), 0);
    EXPECT_EQ(sealed.count("ales@example.org"), 0);

    const Outcome atSecretariat =
        on(QStringLiteral("sec"), {QStringLiteral("sync"), QStringLiteral("import"),
                                   file(QStringLiteral("waw.supolka")), QStringLiteral("--json")});
    ASSERT_EQ(atSecretariat.exitCode, 0) << atSecretariat.err.toStdString();
    EXPECT_TRUE(atSecretariat.json().value(QStringLiteral("sealed")).toBool());
    EXPECT_EQ(atSecretariat.json().value(QStringLiteral("added")).toInt(), 2);
    EXPECT_EQ(on(QStringLiteral("sec"), {QStringLiteral("search"), Member}).out.count(Member.toUtf8()), 1);

    // The other way: the secretariat to Vilnius, Vilnius to Warsaw.
    ASSERT_EQ(on(QStringLiteral("sec"),
                 {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("sec.supolka")),
                  QStringLiteral("--to"), QStringLiteral("lt-vi")})
                  .exitCode,
              0);
    const Outcome atVilnius = on(QStringLiteral("lt-vi"), {QStringLiteral("sync"), QStringLiteral("import"),
                                                           file(QStringLiteral("sec.supolka"))});
    ASSERT_EQ(atVilnius.exitCode, 0) << atVilnius.err.toStdString();
    EXPECT_TRUE(atVilnius.err.contains(QStringLiteral("signed by sec"))) << atVilnius.err.toStdString();
    ASSERT_EQ(on(QStringLiteral("lt-vi"),
                 {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("vno.supolka")),
                  QStringLiteral("--to"), QStringLiteral("pl-wa")})
                  .exitCode,
              0);
    EXPECT_EQ(on(QStringLiteral("pl-wa"),
                 {QStringLiteral("sync"), QStringLiteral("import"), file(QStringLiteral("vno.supolka"))})
                  .exitCode,
              0);

    // Refusals, each with exit code 3 and the database unchanged.
    struct Refusal
    {
        QString who;
        QString bundle;
        QString says;
    };
    QByteArray flipped = sealed;
    flipped[sealed.size() / 2] = char(flipped.at(sealed.size() / 2) ^ 0x20);
    QFile out(file(QStringLiteral("flipped.supolka")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(flipped);
    out.close();
    for (const Refusal &r :
         {Refusal{QStringLiteral("lt-vi"), QStringLiteral("waw.supolka"),
                  QStringLiteral("not sealed for this database")},
          Refusal{QStringLiteral("sec"), QStringLiteral("waw.supolka"), QStringLiteral("imported already")},
          Refusal{QStringLiteral("sec"), QStringLiteral("flipped.supolka"), QStringLiteral("changed")}}) {
        const QByteArray before = hashOf(r.who);
        const Outcome refused = on(r.who, {QStringLiteral("sync"), QStringLiteral("import"), file(r.bundle)});
        EXPECT_EQ(refused.exitCode, 3) << r.bundle.toStdString();
        EXPECT_TRUE(refused.err.contains(r.says)) << refused.err.toStdString();
        EXPECT_EQ(hashOf(r.who), before) << r.bundle.toStdString();
    }

    // An unknown sender: refused, and the message gives the fingerprint and the command to add them.
    ASSERT_EQ(
        on(QStringLiteral("lt-vi"), {QStringLiteral("contacts"), QStringLiteral("remove"), QStringLiteral("pl-wa")})
            .exitCode,
        0);
    ASSERT_EQ(on(QStringLiteral("pl-wa"),
                 {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("to-vno.supolka")),
                  QStringLiteral("--to"), QStringLiteral("lt-vi")})
                  .exitCode,
              0);
    const QByteArray before = hashOf(QStringLiteral("lt-vi"));
    const Outcome unknown = on(QStringLiteral("lt-vi"), {QStringLiteral("sync"), QStringLiteral("import"),
                                                         file(QStringLiteral("to-vno.supolka"))});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_TRUE(unknown.err.contains(keysOf(QStringLiteral("pl-wa")).value(QStringLiteral("fingerprint")).toString()))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("contacts add"))) << unknown.err.toStdString();
    EXPECT_EQ(hashOf(QStringLiteral("lt-vi")), before);

    // A plain bundle is written only when asked, with a warning.
    const Outcome plain =
        on(QStringLiteral("pl-wa"), {QStringLiteral("sync"), QStringLiteral("export"),
                                     file(QStringLiteral("plain.supolka")), QStringLiteral("--unsealed")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("not sealed"))) << plain.err.toStdString();
    // …and taken from a contact only with --unsealed.
    EXPECT_EQ(on(QStringLiteral("sec"),
                 {QStringLiteral("sync"), QStringLiteral("import"), file(QStringLiteral("plain.supolka"))})
                  .exitCode,
              3);
    EXPECT_EQ(on(QStringLiteral("sec"), {QStringLiteral("sync"), QStringLiteral("import"),
                                         file(QStringLiteral("plain.supolka")), QStringLiteral("--unsealed")})
                  .exitCode,
              0);
    // The aggregate profile holds no person and may go plain.
    EXPECT_EQ(on(QStringLiteral("pl-wa"),
                 {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("counts.supolka")),
                  QStringLiteral("--profile"), QStringLiteral("aggregate")})
                  .exitCode,
              0);
}

// A secretariat without Supolka: `age -d` with the exported identity opens a sealed bundle, `minisign -V` verifies
// its manifest with the sender's public key, and the manifest's SHA-256 sums cover the files.
TEST_F(CliSealed, TheStandardToolsOpenAndVerifyASealedBundle)
{
    if (!haveTools())
        GTEST_SKIP() << "age or minisign is not installed (./scripts/dev.sh setup installs them)";
    setUpChapters();
    ASSERT_EQ(on(QStringLiteral("pl-wa"),
                 {QStringLiteral("sync"), QStringLiteral("export"), file(QStringLiteral("waw.supolka")),
                  QStringLiteral("--to"), QStringLiteral("sec")})
                  .exitCode,
              0);
    const QString identity = file(QStringLiteral("sec-identity.txt"));
    ASSERT_EQ(on(QStringLiteral("sec"), {QStringLiteral("keys"), QStringLiteral("export-identity"), identity}).exitCode,
              0);
    const QString zip = file(QStringLiteral("waw.zip"));
    const auto [opened, openError] =
        tool(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), identity, QStringLiteral("-o"), zip,
                                     file(QStringLiteral("waw.supolka"))});
    ASSERT_EQ(opened, 0) << openError.toStdString();
    const Result<Bundle> bundle = Bundle::fromBytes(bytes(QStringLiteral("waw.zip")), zip);
    ASSERT_TRUE(bundle) << bundle.error().toStdString();
    EXPECT_GT(bundle->file(QStringLiteral("members.csv")).count(Member.toUtf8()), 0);

    QFile manifest(file(QStringLiteral("manifest.json")));
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
    manifest.write(bundle->manifestData());
    manifest.close();
    QFile signature(file(QStringLiteral("manifest.json.minisig")));
    ASSERT_TRUE(signature.open(QIODevice::WriteOnly));
    signature.write(bundle->signature());
    signature.close();
    const QString signingKey = keysOf(QStringLiteral("pl-wa")).value(QStringLiteral("signing_key")).toString();
    const auto [verified, verifyError] =
        tool(QStringLiteral("minisign"), {QStringLiteral("-V"), QStringLiteral("-P"), signingKey, QStringLiteral("-m"),
                                          file(QStringLiteral("manifest.json"))});
    EXPECT_EQ(verified, 0) << verifyError.toStdString();
    // The same tool refuses a manifest changed by one byte, and another chapter's key.
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
    manifest.write(QByteArray(bundle->manifestData()).replace("\"sec\"", "\"pl-kr\""));
    manifest.close();
    EXPECT_NE(tool(QStringLiteral("minisign"), {QStringLiteral("-V"), QStringLiteral("-P"), signingKey,
                                                QStringLiteral("-m"), file(QStringLiteral("manifest.json"))})
                  .first,
              0);
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
    manifest.write(bundle->manifestData());
    manifest.close();
    EXPECT_NE(tool(QStringLiteral("minisign"),
                   {QStringLiteral("-V"), QStringLiteral("-P"),
                    keysOf(QStringLiteral("lt-vi")).value(QStringLiteral("signing_key")).toString(),
                    QStringLiteral("-m"), file(QStringLiteral("manifest.json"))})
                  .first,
              0);

    // The other direction: the zip sealed again by `age` to the secretariat's recipient is read by Supolka, its
    // signature still Warsaw's.
    const QString resealed = file(QStringLiteral("resealed.supolka"));
    const auto [sealedByAge, ageError] =
        tool(QStringLiteral("age"),
             {QStringLiteral("-r"), keysOf(QStringLiteral("sec")).value(QStringLiteral("recipient")).toString(),
              QStringLiteral("-o"), resealed, zip});
    ASSERT_EQ(sealedByAge, 0) << ageError.toStdString();
    const Outcome imported = on(QStringLiteral("sec"),
                                {QStringLiteral("sync"), QStringLiteral("import"), resealed, QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.json().value(QStringLiteral("sealed")).toBool());
    EXPECT_EQ(imported.json().value(QStringLiteral("added")).toInt(), 2);
}
