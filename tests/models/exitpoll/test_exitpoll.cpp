#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/demo/demoexitpoll.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollimporter.h"
#include "models/exitpoll/exitpollrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Election2020 = QStringLiteral("Presidential election 2020");
const QString Tsikhanouskaya = QStringLiteral("Tsikhanouskaya");
const QString Lukashenka = QStringLiteral("Lukashenka");
const QString AgainstAll = QStringLiteral("Against all");

QStringList kindsOf(const StationAnalysis &station)
{
    QStringList kinds;
    for (const ExitPollFlag &flag : station.flags)
        kinds.append(flagKindKey(flag.kind) + (flag.option.isEmpty() ? QString() : QLatin1Char(':') + flag.option));
    return kinds;
}

// One station with an exit poll of `named` answers (`yes` of them for A) and an official protocol.
ElectionData oneStation(qint64 yes, qint64 named, std::optional<qint64> votesA, std::optional<qint64> votesB,
                        std::optional<qint64> cast, std::optional<qint64> spoiled)
{
    ElectionData data;
    data.name = QStringLiteral("Test");
    data.options = {QStringLiteral("A"), QStringLiteral("B")};
    StationData s;
    s.code = QStringLiteral("1");
    s.hasExitPoll = true;
    s.exitPoll.insert(QStringLiteral("A"), yes);
    s.exitPoll.insert(QStringLiteral("B"), named - yes);
    s.hasProtocol = true;
    s.ballotsCast = cast;
    s.spoiled = spoiled;
    s.officialVotes.insert(QStringLiteral("A"), votesA);
    s.officialVotes.insert(QStringLiteral("B"), votesB);
    data.stations.append(s);
    return data;
}

class ExitPollImportTest : public ::testing::Test
{
protected:
    ImportReport import(ExitPollKind kind, const QString &file)
    {
        const Result<ImportReport> report = ExitPollImporter::importFile(
            db.get(), kind, test::dataPath(QStringLiteral("exitpoll/") + file), Election2020);
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report ? report.value() : ImportReport();
    }

    void importAll()
    {
        import(ExitPollKind::Stations, QStringLiteral("stations.csv"));
        import(ExitPollKind::ExitPoll, QStringLiteral("exitpoll.csv"));
        import(ExitPollKind::Official, QStringLiteral("official.csv"));
        import(ExitPollKind::Verified, QStringLiteral("verified.csv"));
    }

    ExitPollAnalysis analysis()
    {
        ExitPollRepository repository(db.get());
        return ExitPollAnalysis(repository.load(repository.findElection(Election2020)->pk));
    }

    const StationAnalysis &station(const ExitPollAnalysis &all, const QString &code)
    {
        for (const StationAnalysis &s : all.stations()) {
            if (s.station.code == code)
                return s;
        }
        ADD_FAILURE() << "no station " << code.toStdString();
        return all.stations().first();
    }

    test::ScratchDatabase db;
};

} // namespace

TEST(WilsonInterval, MatchesThePublishedFormula)
{
    // Values from the closed form (Wilson 1927) with z = 1.959964.
    const std::optional<Interval> typical = wilsonInterval(87, 100);
    ASSERT_TRUE(typical.has_value());
    EXPECT_NEAR(typical->low, 0.790196, 1e-6);
    EXPECT_NEAR(typical->high, 0.922428, 1e-6);
    // At the edges the interval stays inside [0, 1] and is not empty, unlike the normal approximation.
    EXPECT_NEAR(wilsonInterval(0, 10)->low, 0.0, 1e-12);
    EXPECT_NEAR(wilsonInterval(0, 10)->high, 0.277533, 1e-6);
    EXPECT_NEAR(wilsonInterval(10, 10)->low, 0.722467, 1e-6);
    EXPECT_NEAR(wilsonInterval(10, 10)->high, 1.0, 1e-12);
    EXPECT_NEAR(wilsonInterval(1, 1)->low, 0.206549, 1e-6);
    EXPECT_EQ(wilsonInterval(0, 251)->low, 0.0) << "exactly, not a rounding error above it";
    EXPECT_EQ(wilsonInterval(251, 251)->high, 1.0);
    EXPECT_FALSE(wilsonInterval(0, 0).has_value());
    EXPECT_FALSE(wilsonInterval(5, 3).has_value());
}

TEST(ExitPollFlags, OfficialOutsideTheIntervalFiresOnlyOutside)
{
    // 87 of 100 for A: interval 79.0%-92.2%.
    EXPECT_TRUE(kindsOf(ExitPollAnalysis(oneStation(87, 100, 79, 21, 100, 0)).stations().first())
                    .contains(QStringLiteral("official_outside_ci:A")))
        << "78.99..% < 79.02%";
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(87, 100, 80, 20, 100, 0)).stations().first())
                     .contains(QStringLiteral("official_outside_ci:A")))
        << "80% is inside";
    EXPECT_TRUE(kindsOf(ExitPollAnalysis(oneStation(87, 100, 93, 7, 100, 0)).stations().first())
                    .contains(QStringLiteral("official_outside_ci:A")));
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(87, 100, std::nullopt, 7, 100, 0)).stations().first())
                     .contains(QStringLiteral("official_outside_ci:A")))
        << "an unknown official count is never compared";
}

TEST(ExitPollFlags, NobodyInTheExitPollAndNobodyOfficiallyIsNoFlag)
{
    // 0 of 251 answers and 0 of 340 votes for A agree.
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(0, 251, 0, 340, 340, 0)).stations().first())
                     .contains(QStringLiteral("official_outside_ci:A")));
}

TEST(ExitPollFlags, ProtocolSumOnlyWhenEveryPartIsKnown)
{
    // 60 + 30 + 5 spoiled = 95, not the 100 cast.
    EXPECT_TRUE(kindsOf(ExitPollAnalysis(oneStation(60, 100, 60, 30, 100, 5)).stations().first())
                    .contains(QStringLiteral("protocol_sum_mismatch")));
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(60, 100, 60, 35, 100, 5)).stations().first())
                     .contains(QStringLiteral("protocol_sum_mismatch")));
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(60, 100, 60, 30, 100, std::nullopt)).stations().first())
                     .contains(QStringLiteral("protocol_sum_mismatch")))
        << "spoiled unknown";
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(60, 100, 60, std::nullopt, 100, 5)).stations().first())
                     .contains(QStringLiteral("protocol_sum_mismatch")))
        << "an option unknown";
    EXPECT_FALSE(kindsOf(ExitPollAnalysis(oneStation(60, 100, 60, 30, std::nullopt, 5)).stations().first())
                     .contains(QStringLiteral("protocol_sum_mismatch")))
        << "ballots cast unknown";
}

TEST(ExitPollFlags, VerifiedAndTurnoutCompareOnlyKnownNumbers)
{
    ElectionData data = oneStation(60, 100, 60, 40, 100, 0);
    StationData &s = data.stations.first();
    s.hasVerified = true;
    s.verifiedBallots.insert(QStringLiteral("A"), 61);
    s.verifiedBallots.insert(QStringLiteral("B"), 40);
    s.observedVoters = 99;
    QStringList kinds = kindsOf(ExitPollAnalysis(data).stations().first());
    EXPECT_TRUE(kinds.contains(QStringLiteral("verified_exceeds_official:A")));
    EXPECT_FALSE(kinds.contains(QStringLiteral("verified_exceeds_official:B"))) << "equal is not more";
    EXPECT_TRUE(kinds.contains(QStringLiteral("turnout_exceeds_observed")));

    s.observedVoters = 100;
    s.verifiedBallots[QStringLiteral("A")] = std::nullopt;
    kinds = kindsOf(ExitPollAnalysis(data).stations().first());
    EXPECT_FALSE(kinds.contains(QStringLiteral("turnout_exceeds_observed")));
    EXPECT_FALSE(kinds.contains(QStringLiteral("verified_exceeds_official:A")));
}

TEST_F(ExitPollImportTest, RealWorldShapedFilesGiveCorrectTotalsAndFlags)
{
    const ImportReport stations = import(ExitPollKind::Stations, QStringLiteral("stations.csv"));
    EXPECT_EQ(stations.imported, 3);
    const ImportReport exitPoll = import(ExitPollKind::ExitPoll, QStringLiteral("exitpoll.csv"));
    EXPECT_EQ(exitPoll.read, 6);
    ASSERT_EQ(exitPoll.rejected, 1);
    EXPECT_EQ(exitPoll.errors.first().line, 6);
    EXPECT_TRUE(exitPoll.errors.first().message.contains(QStringLiteral("12a")));
    const ImportReport official = import(ExitPollKind::Official, QStringLiteral("official.csv"));
    EXPECT_EQ(official.rejected, 0);
    EXPECT_EQ(official.imported, 1) << "station 78 is new";
    import(ExitPollKind::Verified, QStringLiteral("verified.csv"));

    const ExitPollAnalysis all = analysis();
    EXPECT_EQ(all.data().options, (QStringList{Tsikhanouskaya, Lukashenka, AgainstAll}));

    // Warszawa: 540 / 25 / 14 named over two shifts, 20 refused.
    const StationAnalysis &warsaw = station(all, QStringLiteral("75"));
    EXPECT_EQ(warsaw.named, 579);
    EXPECT_EQ(warsaw.respondents, 599);
    EXPECT_NEAR(*warsaw.shares[Tsikhanouskaya].exitPoll, 540.0 / 579.0, 1e-12);
    EXPECT_NEAR(*warsaw.shares[Tsikhanouskaya].official, 100.0 / 900.0, 1e-12);
    EXPECT_EQ(kindsOf(warsaw), (QStringList{QStringLiteral("official_outside_ci:Tsikhanouskaya"),
                                            QStringLiteral("verified_exceeds_official:Tsikhanouskaya"),
                                            QStringLiteral("official_outside_ci:Lukashenka"),
                                            QStringLiteral("official_outside_ci:Against all"),
                                            QStringLiteral("turnout_exceeds_observed")}));
    for (const ExitPollFlag &flag : warsaw.flags)
        EXPECT_FALSE(flag.detail.isEmpty()) << "each flag says what it rests on";

    // Vilnius: the protocol lacks spoiled and "against all"; its parts do not add up, but it is not flagged.
    const StationAnalysis &vilnius = station(all, QStringLiteral("76"));
    EXPECT_TRUE(vilnius.flags.isEmpty()) << kindsOf(vilnius).join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(vilnius.shares[AgainstAll].official.has_value());
    EXPECT_EQ(vilnius.respondents, 165) << "an unknown number of refusals adds nobody";

    // Berlin: a row of blank cells is no exit poll at all; no protocol either.
    const StationAnalysis &berlin = station(all, QStringLiteral("77"));
    EXPECT_EQ(berlin.respondents, 0);
    EXPECT_FALSE(berlin.shares[Tsikhanouskaya].exitPoll.has_value());
    EXPECT_FALSE(berlin.shares[Tsikhanouskaya].official.has_value());

    const ElectionTotals &t = all.totals();
    EXPECT_EQ(t.officialStations, 3);
    EXPECT_EQ(t.ballotsCast, 1650);
    EXPECT_EQ(t.ballotsCastStations, 3);
    EXPECT_EQ(t.registeredVoters, 1500) << "1 200 (Warszawa) + 300 (78); Vilnius unknown";
    EXPECT_EQ(t.registeredStations, 2);
    EXPECT_EQ(t.officialVotes.value(Tsikhanouskaya), 760);
    EXPECT_EQ(t.officialVotes.value(AgainstAll), 45);
    EXPECT_EQ(t.officialVotesStations.value(AgainstAll), 2) << "says how many stations the sum rests on";
    EXPECT_EQ(t.exitPollStations, 2);
    EXPECT_EQ(t.respondents, 764);
    EXPECT_NEAR(t.exitPollShares.value(Tsikhanouskaya), 690.0 / 744.0, 1e-12);

    // Riga: Lukashenka's cell was left empty. The station's shares are unknown, not computed as if it were 0,
    // and it stays out of the pooled totals.
    const StationAnalysis &riga = station(all, QStringLiteral("80"));
    EXPECT_EQ(riga.station.exitPollUnknown, QStringList{Lukashenka});
    EXPECT_FALSE(riga.shares[Tsikhanouskaya].exitPoll.has_value());
    EXPECT_FALSE(riga.shares[AgainstAll].ciLow.has_value());
    EXPECT_TRUE(riga.flags.isEmpty());
    EXPECT_EQ(t.flaggedStations, 1);
}

TEST_F(ExitPollImportTest, ReimportingChangesNothingAndBlanksNeverEraseNumbers)
{
    importAll();
    const QJsonObject before = analysis().toJson();
    for (const auto &[kind, file] : {std::pair{ExitPollKind::Stations, QStringLiteral("stations.csv")},
                                     std::pair{ExitPollKind::ExitPoll, QStringLiteral("exitpoll.csv")},
                                     std::pair{ExitPollKind::Official, QStringLiteral("official.csv")},
                                     std::pair{ExitPollKind::Verified, QStringLiteral("verified.csv")}}) {
        const ImportReport again = import(kind, file);
        EXPECT_EQ(again.imported, 0) << file.toStdString();
        EXPECT_EQ(again.updated, 0) << file.toStdString();
    }
    EXPECT_EQ(analysis().toJson(), before) << "the same sheet twice is counted once";
}

TEST_F(ExitPollImportTest, ReportJsonHasTheKeysOfTheDesign)
{
    importAll();
    const QJsonObject report = analysis().toJson();
    EXPECT_EQ(report.value(QStringLiteral("election")).toString(), Election2020);
    EXPECT_EQ(report.value(QStringLiteral("options")).toArray().size(), 3);
    const QJsonArray stations = report.value(QStringLiteral("stations")).toArray();
    ASSERT_EQ(stations.size(), 5);
    const QJsonObject warsaw = stations.at(0).toObject();
    for (const QString &key : {QStringLiteral("station_code"), QStringLiteral("city"), QStringLiteral("country"),
                               QStringLiteral("respondents"), QStringLiteral("exitpoll"), QStringLiteral("verified"),
                               QStringLiteral("official"), QStringLiteral("shares"), QStringLiteral("flags")})
        EXPECT_TRUE(warsaw.contains(key)) << key.toStdString();
    const QJsonObject share = warsaw.value(QStringLiteral("shares")).toObject().value(Tsikhanouskaya).toObject();
    for (const QString &key :
         {QStringLiteral("exitpoll"), QStringLiteral("ci_low"), QStringLiteral("ci_high"), QStringLiteral("official")})
        EXPECT_TRUE(share.value(key).isDouble()) << key.toStdString();
    const QJsonObject vilniusVotes = stations.at(1)
                                         .toObject()
                                         .value(QStringLiteral("official"))
                                         .toObject()
                                         .value(QStringLiteral("votes"))
                                         .toObject();
    EXPECT_TRUE(vilniusVotes.value(AgainstAll).isNull()) << "unknown is null, never 0";
    EXPECT_TRUE(stations.at(2).toObject().value(QStringLiteral("official")).isNull()) << "Berlin has no protocol";
    const QJsonObject riga = stations.at(4).toObject();
    EXPECT_TRUE(riga.value(QStringLiteral("exitpoll")).toObject().value(Lukashenka).isNull()) << "unknown, never 0";
    EXPECT_TRUE(riga.value(QStringLiteral("shares"))
                    .toObject()
                    .value(Tsikhanouskaya)
                    .toObject()
                    .value(QStringLiteral("exitpoll"))
                    .isNull());
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    const QJsonObject official = totals.value(QStringLiteral("official")).toObject();
    EXPECT_EQ(official.value(QStringLiteral("stations")).toInt(), 3);
    EXPECT_EQ(official.value(QStringLiteral("ballots_cast")).toInt(), 1650);
    EXPECT_EQ(official.value(QStringLiteral("votes")).toObject().value(Tsikhanouskaya).toInt(), 760);
    const QJsonObject exitPoll = totals.value(QStringLiteral("exitpoll")).toObject();
    EXPECT_EQ(exitPoll.value(QStringLiteral("stations")).toInt(), 2);
    EXPECT_EQ(exitPoll.value(QStringLiteral("respondents")).toInt(), 764);
    EXPECT_TRUE(exitPoll.value(QStringLiteral("shares")).toObject().value(Tsikhanouskaya).isDouble());
}

TEST_F(ExitPollImportTest, AFileWithoutStationCodesIsRefusedWithNothingWritten)
{
    const QString path = db.folder() + QStringLiteral("/bad.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("city,Tsikhanouskaya\nWarszawa,10\n");
    file.close();
    const Result<ImportReport> refused =
        ExitPollImporter::importFile(db.get(), ExitPollKind::ExitPoll, path, Election2020);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("station_code")));
    EXPECT_TRUE(ExitPollRepository(db.get()).elections().isEmpty());
}

TEST_F(ExitPollImportTest, AnswersOnElectionDayAddUpAndUndo)
{
    ExitPollRepository repository(db.get());
    const Result<Election> election = repository.ensureElection(Election2020);
    ASSERT_TRUE(election.ok());
    const qint64 option = repository.ensureOption(election->pk, Tsikhanouskaya).value();
    const PollingStation s =
        repository.ensureStation(election->pk, QStringLiteral("80"), QStringLiteral("Riga"), QStringLiteral("Latvia"))
            .value();
    EXPECT_EQ(s.country, QStringLiteral("LV"));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(repository.addAnswer(s.pk, QStringLiteral("morning"), option).ok());
    ASSERT_TRUE(repository.addAnswer(s.pk, QStringLiteral("morning"), ExitPollRepository::Refused).ok());
    EXPECT_EQ(repository.addAnswer(s.pk, QStringLiteral("morning"), option, -1).value(), 2) << "undo";
    ASSERT_TRUE(repository.addAnswer(s.pk, QStringLiteral("evening"), option).ok());
    EXPECT_EQ(repository.tallies(s.pk, {}, true).value(option), 3);
    EXPECT_EQ(repository.addAnswer(s.pk, QStringLiteral("night"), option, -1).value(), 0) << "never below zero";
    EXPECT_EQ(repository.shifts(s.pk),
              (QStringList{QStringLiteral("evening"), QStringLiteral("morning"), QStringLiteral("night")}));
}

TEST(DemoExitPoll, HasFortyFourStationsSomeContradictingTheExitPoll)
{
    test::ScratchDatabase db;
    const Result<int> loaded = DemoExitPoll::load(db.get());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_EQ(loaded.value(), 44);
    ExitPollRepository repository(db.get());
    const std::optional<Election> election = repository.findElection(DemoExitPoll::electionName());
    ASSERT_TRUE(election.has_value());
    const ExitPollAnalysis analysis(repository.load(election->pk));
    const ElectionTotals &t = analysis.totals();
    EXPECT_EQ(analysis.stations().size(), 44);
    EXPECT_GE(t.exitPollStations, 38);
    EXPECT_LT(t.officialStations, 44) << "protocols for only some stations";
    EXPECT_GE(t.flaggedStations, 5);
    EXPECT_EQ(t.flaggedStations, 8) << "the contradicting protocols, and no honest one";
    EXPECT_GT(t.exitPollShares.value(QStringLiteral("Tsikhanouskaya")), 0.8);
    int protocolMismatches = 0;
    for (const StationAnalysis &station : analysis.stations()) {
        for (const ExitPollFlag &flag : station.flags)
            protocolMismatches += flag.kind == ExitPollFlag::Kind::ProtocolSumMismatch ? 1 : 0;
    }
    EXPECT_EQ(protocolMismatches, 0) << "the demo protocols add up";
    EXPECT_EQ(DemoExitPoll::load(db.get()).value(), 0);
}

TEST_F(ExitPollImportTest, RowsWithTheWrongNumberOfCellsAreRejectedAndANamelessColumnIsIgnored)
{
    const QString path = db.folder() + QStringLiteral("/shifted.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // The header ends with a delimiter, as spreadsheets write it; the second row has an unquoted comma in the city.
    file.write("station_code,city,Tsikhanouskaya,Lukashenka,\n75,Warszawa,300,20,\n76,Vilnius, LT,150,10,\n");
    file.close();
    const Result<ImportReport> report =
        ExitPollImporter::importFile(db.get(), ExitPollKind::ExitPoll, path, Election2020);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->imported, 1);
    ASSERT_EQ(report->rejected, 1);
    EXPECT_EQ(report->errors.first().line, 3);
    EXPECT_EQ(analysis().data().options, (QStringList{Tsikhanouskaya, Lukashenka})) << "no nameless option";
}

TEST_F(ExitPollImportTest, AStationDeletedHereComesBackWhenAFileNamesIt)
{
    importAll();
    QSqlQuery remove(db->connection());
    ASSERT_TRUE(remove.exec(QStringLiteral("UPDATE stations SET deleted_at = '2026-01-01T00:00:00.000Z' "
                                           "WHERE code = '76'")));
    EXPECT_EQ(analysis().stations().size(), 4);
    import(ExitPollKind::Official, QStringLiteral("official.csv"));
    EXPECT_EQ(analysis().stations().size(), 5) << "the protocol's numbers are not written to a hidden station";
}
