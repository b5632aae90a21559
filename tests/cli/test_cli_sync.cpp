// Two chapters and a secretariat exchanging bundles through the executable, erasure and the chapter report.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "models/sync/bundle.h"
#include "tests/cli/clitest.h"

using namespace supolka;

namespace {

const QString Warsaw = QStringLiteral("PL-WAW");
const QString Vilnius = QStringLiteral("LT-VNO");
const QString Secretariat = QStringLiteral("SEC");

const QByteArray Members = "first_name,last_name,email,phone,city,country,consent_share\r\n"
                           "Святлана,Ціханоўская,sviatlana@example.org,+37060000001,Warszawa,PL,1\r\n"
                           "Aliaksandr,Kavalenka,ales.kavalenka@example.org,+48601555444,Warszawa,PL,0\r\n";

class CliSync : public test::CliTest
{
protected:
    // Runs the executable on one of the three databases.
    test::CliOutcome on(const QString &chapter, QStringList arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), file(chapter + QStringLiteral(".db")), QStringLiteral("--lang"),
                               QStringLiteral("en")} +
                       arguments,
                   false);
    }

    void write(const QString &name, const QByteArray &data) const
    {
        QFile out(file(name));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(data);
    }

    QByteArray read(const QString &name) const
    {
        QFile in(file(name));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << name.toStdString();
        return in.readAll();
    }

    void setUpChapters()
    {
        for (const QString &code : {Warsaw, Vilnius, Secretariat})
            ASSERT_EQ(on(code, {QStringLiteral("chapter"), code, code + QStringLiteral(" chapter")}).exitCode, 0);
        write(QStringLiteral("members.csv"), Members);
        const test::CliOutcome imported =
            on(Warsaw, {QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("members.csv"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    test::CliOutcome exportBundle(const QString &chapter, const QString &name, QStringList options = {})
    {
        return on(chapter, QStringList{QStringLiteral("sync"), QStringLiteral("export"), file(name),
                                       QStringLiteral("--json"), QStringLiteral("--unsealed")} +
                               options);
    }

    test::CliOutcome importBundle(const QString &chapter, const QString &name)
    {
        return on(chapter, {QStringLiteral("sync"), QStringLiteral("import"), file(name), QStringLiteral("--json")});
    }
};

} // namespace

TEST_F(CliSync, ChaptersAndTheSecretariatExchangeBundles)
{
    setUpChapters();
    const test::CliOutcome chapter = on(Warsaw, {QStringLiteral("chapter"), QStringLiteral("--json")});
    EXPECT_EQ(chapter.json().value(QStringLiteral("code")).toString(), Warsaw);
    EXPECT_EQ(chapter.json().value(QStringLiteral("name")).toString(), QStringLiteral("PL-WAW chapter"));

    const test::CliOutcome sent =
        exportBundle(Warsaw, QStringLiteral("waw.supolka"), {QStringLiteral("--since-last"), Secretariat});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.json().value(QStringLiteral("profile")).toString(), QStringLiteral("full"));
    EXPECT_EQ(sent.json().value(QStringLiteral("recipient")).toString(), Secretariat);
    EXPECT_EQ(sent.json().value(QStringLiteral("files")).toObject().value(QStringLiteral("members.csv")).toInt(), 2);

    const test::CliOutcome got = importBundle(Secretariat, QStringLiteral("waw.supolka"));
    ASSERT_EQ(got.exitCode, 0) << got.err.toStdString();
    const QJsonObject json = got.json();
    EXPECT_EQ(json.value(QStringLiteral("added")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("updated")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("deleted")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("unchanged")).toInt(), 0);
    EXPECT_TRUE(json.value(QStringLiteral("conflicts")).toArray().isEmpty());
    EXPECT_EQ(json.value(QStringLiteral("chapter")).toObject().value(QStringLiteral("code")).toString(), Warsaw);

    const test::CliOutcome again = importBundle(Secretariat, QStringLiteral("waw.supolka"));
    EXPECT_EQ(again.json().value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("unchanged")).toInt(), 2);

    // Only the member who agreed to sharing can be found at the secretariat.
    const test::CliOutcome found =
        on(Secretariat, {QStringLiteral("search"), QStringLiteral("Ціханоўская"), QStringLiteral("--json")});
    EXPECT_EQ(found.json().value(QStringLiteral("results")).toArray().size(), 1);
    EXPECT_TRUE(on(Secretariat, {QStringLiteral("search"), QStringLiteral("Kavalenka"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("results"))
                    .toArray()
                    .isEmpty());

    // An erasure travels with the next bundle.
    const test::CliOutcome erased = on(Warsaw, {QStringLiteral("erase"), QStringLiteral("member"),
                                                QStringLiteral("sviatlana@example.org"), QStringLiteral("--json")});
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    const QString id = erased.json().value(QStringLiteral("erased")).toObject().value(QStringLiteral("id")).toString();
    EXPECT_FALSE(id.isEmpty());
    exportBundle(Warsaw, QStringLiteral("next.supolka"), {QStringLiteral("--since-last"), Secretariat});
    const test::CliOutcome erasure = importBundle(Secretariat, QStringLiteral("next.supolka"));
    EXPECT_EQ(erasure.json().value(QStringLiteral("deleted")).toInt(), 1) << erasure.out.constData();
    EXPECT_TRUE(on(Secretariat, {QStringLiteral("search"), QStringLiteral("Ціханоўская"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("results"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(
        on(Warsaw, {QStringLiteral("erase"), QStringLiteral("member"), QStringLiteral("nobody@example.org")}).exitCode,
        3);

    const test::CliOutcome history =
        on(Secretariat, {QStringLiteral("sync"), QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray entries = history.json().value(QStringLiteral("history")).toArray();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.first().toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
    EXPECT_EQ(entries.first().toObject().value(QStringLiteral("peer")).toString(), Warsaw);
}

TEST_F(CliSync, AConflictIsListedAndResolvedFromTheCommandLine)
{
    setUpChapters();
    exportBundle(Warsaw, QStringLiteral("base.supolka"), {QStringLiteral("--recipient"), Vilnius});
    ASSERT_EQ(importBundle(Vilnius, QStringLiteral("base.supolka")).exitCode, 0);

    // Both sides move the same member to another city.
    write(QStringLiteral("gdansk.csv"), "email,city\r\nsviatlana@example.org,Gdańsk\r\n");
    write(QStringLiteral("kaunas.csv"), "email,city\r\nsviatlana@example.org,Kaunas\r\n");
    ASSERT_EQ(
        on(Warsaw, {QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("gdansk.csv"))}).exitCode,
        0);
    ASSERT_EQ(
        on(Vilnius, {QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("kaunas.csv"))}).exitCode,
        0);

    exportBundle(Warsaw, QStringLiteral("edit.supolka"), {QStringLiteral("--since-last"), Vilnius});
    const test::CliOutcome got = importBundle(Vilnius, QStringLiteral("edit.supolka"));
    EXPECT_EQ(got.exitCode, 1) << "conflicts are waiting";
    const QJsonArray conflicts = got.json().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1) << got.out.constData();
    const QJsonObject conflict = conflicts.first().toObject();
    EXPECT_EQ(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
    EXPECT_EQ(conflict.value(QStringLiteral("peer")).toString(), Warsaw);
    EXPECT_EQ(conflict.value(QStringLiteral("mine")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Kaunas"));
    EXPECT_EQ(conflict.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Gdańsk"));

    const test::CliOutcome listed =
        on(Vilnius, {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
    ASSERT_EQ(listed.json().value(QStringLiteral("conflicts")).toArray().size(), 1);
    const QString number = QString::number(conflict.value(QStringLiteral("conflict")).toInteger());
    EXPECT_EQ(
        on(Vilnius, {QStringLiteral("sync"), QStringLiteral("resolve"), number, QStringLiteral("maybe")}).exitCode, 2);
    const test::CliOutcome resolved =
        on(Vilnius, {QStringLiteral("sync"), QStringLiteral("resolve"), number, QStringLiteral("theirs")});
    ASSERT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    EXPECT_EQ(on(Vilnius, {QStringLiteral("sync"), QStringLiteral("resolve"), number, QStringLiteral("mine")}).exitCode,
              3);
    const test::CliOutcome found =
        on(Vilnius, {QStringLiteral("search"), QStringLiteral("sviatlana@example.org"), QStringLiteral("--json")});
    EXPECT_EQ(found.json()
                  .value(QStringLiteral("results"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("city"))
                  .toString(),
              QStringLiteral("Gdańsk"));
    EXPECT_TRUE(on(Vilnius, {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("conflicts"))
                    .toArray()
                    .isEmpty());
}

TEST_F(CliSync, DamagedBundlesAndWrongUseAreRefused)
{
    setUpChapters();
    exportBundle(Warsaw, QStringLiteral("waw.supolka"));
    QByteArray bytes = read(QStringLiteral("waw.supolka"));
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    write(QStringLiteral("flipped.supolka"), bytes);
    const test::CliOutcome refused = importBundle(Secretariat, QStringLiteral("flipped.supolka"));
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_FALSE(refused.json().value(QStringLiteral("error")).toString().isEmpty());
    EXPECT_TRUE(on(Secretariat, {QStringLiteral("sync"), QStringLiteral("history"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("history"))
                    .toArray()
                    .isEmpty());

    EXPECT_EQ(on(Warsaw, {QStringLiteral("sync"), QStringLiteral("export")}).exitCode, 2);
    EXPECT_EQ(exportBundle(Warsaw, QStringLiteral("x.supolka"), {QStringLiteral("--profile"), QStringLiteral("all")})
                  .exitCode,
              2);
    EXPECT_EQ(
        on(Warsaw, {QStringLiteral("sync"), QStringLiteral("import"), file(QStringLiteral("none.supolka"))}).exitCode,
        3);
    EXPECT_EQ(on(Warsaw, {QStringLiteral("report"), QStringLiteral("chapter"), QStringLiteral("--csv"),
                          file(QStringLiteral("r.csv"))})
                  .exitCode,
              2);
    EXPECT_EQ(on(Warsaw, {QStringLiteral("chapter"), QStringLiteral("no spaces please")}).exitCode, 3);
}

TEST_F(CliSync, PseudonymizedAndAggregateBundlesCarryNoNames)
{
    setUpChapters();
    for (const QString &profile : {QStringLiteral("pseudonymized"), QStringLiteral("aggregate")}) {
        const QString name = profile + QStringLiteral(".supolka");
        const test::CliOutcome sent = exportBundle(Warsaw, name, {QStringLiteral("--profile"), profile});
        ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
        const Result<Bundle> bundle = Bundle::read(file(name));
        ASSERT_TRUE(bundle.ok()) << bundle.error().toStdString();
        QByteArray csv;
        for (const BundleFile &f : bundle->manifest().files)
            csv += bundle->file(f.name);
        const QByteArray bytes = read(name);
        for (const char *secret : {"Святлана", "Ціханоўская", "sviatlana@example.org", "+37060000001", "Aliaksandr",
                                   "Kavalenka", "ales.kavalenka@example.org", "+48601555444"}) {
            EXPECT_FALSE(bytes.contains(secret)) << profile.toStdString() << ' ' << secret;
            EXPECT_FALSE(csv.contains(secret)) << profile.toStdString() << ' ' << secret;
        }
    }
}

TEST_F(CliSync, TheSecretariatWritesTheChapterReportAsPdfAndCsv)
{
    setUpChapters();
    write(QStringLiteral("vilnius.csv"), "first_name,last_name,country,consent_share\r\nMaria,Kalesnikava,LT,1\r\n");
    ASSERT_EQ(on(Vilnius, {QStringLiteral("import"), QStringLiteral("members"), file(QStringLiteral("vilnius.csv"))})
                  .exitCode,
              0);
    exportBundle(Warsaw, QStringLiteral("waw.supolka"));
    exportBundle(Vilnius, QStringLiteral("vno.supolka"));
    ASSERT_EQ(importBundle(Secretariat, QStringLiteral("waw.supolka")).exitCode, 0);
    ASSERT_EQ(importBundle(Secretariat, QStringLiteral("vno.supolka")).exitCode, 0);

    const test::CliOutcome report =
        on(Secretariat, {QStringLiteral("report"), QStringLiteral("chapter"), QStringLiteral("--from"),
                         QStringLiteral("01.01.2020"), QStringLiteral("--to"), QStringLiteral("2099-12-31"),
                         QStringLiteral("--pdf"), file(QStringLiteral("report.pdf")), QStringLiteral("--csv"),
                         file(QStringLiteral("report.csv")), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("chapters")).toArray(), QJsonArray::fromStringList({Vilnius, Warsaw}));
    EXPECT_TRUE(read(QStringLiteral("report.pdf")).startsWith("%PDF"));
    const QByteArray csv = read(QStringLiteral("report.csv"));
    EXPECT_TRUE(csv.contains("members_joined,PL-WAW,PL,,members,2\r\n")) << csv.constData();
    EXPECT_TRUE(csv.contains("members_joined,LT-VNO,LT,,members,1\r\n")) << csv.constData();
}
