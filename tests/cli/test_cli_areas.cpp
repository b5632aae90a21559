// Aid cases and exit polls on the command line, end to end through the executable.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "tests/cli/clitest.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

using CliAreas = test::CliTest;

const QString Election = QStringLiteral("Presidential election 2020");

QString exitPollFixture(const QString &name)
{
    return test::dataPath(QStringLiteral("exitpoll/") + name);
}

} // namespace

TEST_F(CliAreas, CasesGoInAndOutAndAreReported)
{
    const test::CliOutcome imported =
        run({QStringLiteral("import"), QStringLiteral("cases"), test::dataPath(QStringLiteral("cases/kobo-intake.csv")),
             QStringLiteral("--json"), QStringLiteral("--errors"), file(QStringLiteral("rejected.csv"))});
    EXPECT_EQ(imported.exitCode, 0) << "one intake row has warnings, none is rejected: " << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("kind")).toString(), QStringLiteral("cases"));
    EXPECT_EQ(imported.json().value(QStringLiteral("imported")).toInt(), 4);
    const QJsonArray warnings = imported.json().value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.first().toObject().value(QStringLiteral("line")).toInt(), 6);
    EXPECT_EQ(warnings.last().toObject().value(QStringLiteral("column_name")).toString(),
              QStringLiteral("intake/country"));
    EXPECT_TRUE(QFile::exists(file(QStringLiteral("rejected.csv"))));

    const test::CliOutcome again =
        run({QStringLiteral("import"), QStringLiteral("cases"), test::dataPath(QStringLiteral("cases/kobo-intake.csv")),
             QStringLiteral("--json")});
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("unchanged")).toInt(), 4);

    const test::CliOutcome report = run({QStringLiteral("report"), QStringLiteral("cases"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QJsonObject json = report.json();
    EXPECT_EQ(json.value(QStringLiteral("cases")).toInt(), 4);
    EXPECT_EQ(json.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("new")).toInt(), 4);
    EXPECT_EQ(json.value(QStringLiteral("by_need")).toObject().value(QStringLiteral("legal")).toInt(), 1);
    EXPECT_TRUE(json.value(QStringLiteral("overdue")).isArray());
    EXPECT_TRUE(json.value(QStringLiteral("paid")).isObject());

    const test::CliOutcome exported = run({QStringLiteral("export"), QStringLiteral("cases"),
                                           file(QStringLiteral("cases.csv")), QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("exported")).toInt(), 4);
    QFile csv(file(QStringLiteral("cases.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Алесь Бяляцкі")));
    EXPECT_FALSE(text.contains(QStringLiteral("Volha K."))) << "the sensitive case leaves with a pseudonym";
    EXPECT_FALSE(text.contains(QStringLiteral("volha@example.org")));

    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("payments"), file(QStringLiteral("nothing.csv"))}).exitCode,
              3);
}

TEST_F(CliAreas, ExitPollFilesAndTheReportOfTheDesign)
{
    EXPECT_EQ(
        run({QStringLiteral("import"), QStringLiteral("exitpoll"), exitPollFixture(QStringLiteral("exitpoll.csv"))})
            .exitCode,
        2)
        << "the election must be named";
    for (const QString &kind : {QStringLiteral("stations"), QStringLiteral("exitpoll"), QStringLiteral("official"),
                                QStringLiteral("verified")}) {
        const test::CliOutcome imported =
            run({QStringLiteral("import"), kind, exitPollFixture(kind + QStringLiteral(".csv")),
                 QStringLiteral("--election"), Election, QStringLiteral("--json")});
        EXPECT_LE(imported.exitCode, 1) << kind.toStdString() << imported.err.toStdString();
        EXPECT_EQ(imported.json().value(QStringLiteral("kind")).toString(), kind);
    }
    const test::CliOutcome report = run({QStringLiteral("report"), QStringLiteral("exitpoll"),
                                         QStringLiteral("--election"), Election, QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    const QJsonObject json = report.json();
    EXPECT_EQ(json.value(QStringLiteral("election")).toString(), Election);
    EXPECT_EQ(json.value(QStringLiteral("options")).toArray().size(), 3);
    EXPECT_EQ(json.value(QStringLiteral("stations")).toArray().size(), 5);
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("official")).toObject().value(QStringLiteral("ballots_cast")).toInt(), 1650);
    EXPECT_EQ(totals.value(QStringLiteral("exitpoll")).toObject().value(QStringLiteral("stations")).toInt(), 2);
    const QJsonArray flags =
        json.value(QStringLiteral("stations")).toArray().first().toObject().value(QStringLiteral("flags")).toArray();
    ASSERT_FALSE(flags.isEmpty());
    EXPECT_EQ(flags.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("official_outside_ci"));

    const test::CliOutcome text =
        run({QStringLiteral("report"), QStringLiteral("exitpoll"), QStringLiteral("--election"), Election});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Flagged stations: 1")) << text.out.constData();
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("exitpoll"), QStringLiteral("--election"),
                   QStringLiteral("Nope")})
                  .exitCode,
              3);
}

TEST_F(CliAreas, DemoFillsEveryArea)
{
    const test::CliOutcome demo = run({QStringLiteral("demo"), QStringLiteral("--json")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_GE(demo.json().value(QStringLiteral("cases")).toInt(), 15);
    EXPECT_EQ(demo.json().value(QStringLiteral("stations")).toInt(), 44);
    const test::CliOutcome report =
        run({QStringLiteral("report"), QStringLiteral("exitpoll"), QStringLiteral("--election"),
             QStringLiteral("Presidential election 2020 (demo)"), QStringLiteral("--json")});
    EXPECT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("stations")).toArray().size(), 44);
}
