#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include "models/demo/demoexitpoll.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/exitpoll/optiontotals.h"
#include "models/exitpoll/stationfilterproxy.h"
#include "models/exitpoll/stationtablemodel.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");

// Three stations: 9 with an exit poll and a protocol that contradicts it, 10 with an exit poll only, 11 with a
// protocol that leaves B unknown and no exit poll.
ElectionData threeStations()
{
    ElectionData data;
    data.name = QStringLiteral("Test");
    data.options = {A, B};

    StationData contradicted;
    contradicted.code = QStringLiteral("9");
    contradicted.city = QStringLiteral("Warszawa");
    contradicted.country = QStringLiteral("PL");
    contradicted.hasExitPoll = true;
    contradicted.exitPoll = {{A, 173}, {B, 27}};
    contradicted.refused = 5;
    contradicted.hasProtocol = true;
    contradicted.ballotsCast = 1000;
    contradicted.spoiled = 10;
    contradicted.officialVotes = {{A, 100}, {B, 890}};
    data.stations.append(contradicted);

    StationData pollOnly;
    pollOnly.code = QStringLiteral("10");
    pollOnly.city = QStringLiteral("Vilnius");
    pollOnly.country = QStringLiteral("LT");
    pollOnly.hasExitPoll = true;
    pollOnly.exitPoll = {{A, 90}, {B, 10}};
    data.stations.append(pollOnly);

    StationData protocolOnly;
    protocolOnly.code = QStringLiteral("11");
    protocolOnly.city = QStringLiteral("Berlin");
    protocolOnly.country = QStringLiteral("DE");
    protocolOnly.hasProtocol = true;
    protocolOnly.ballotsCast = 400;
    protocolOnly.officialVotes = {{A, 300}, {B, std::nullopt}};
    data.stations.append(protocolOnly);
    return data;
}

class StationModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_model.setAnalysis(std::make_shared<ExitPollAnalysis>(threeStations()));
        m_proxy.setSourceModel(&m_model);
    }
    void TearDown() override { QLocale::setDefault(m_locale); }

    QString text(int row, int column) const { return m_model.index(row, column).data().toString(); }

    QLocale m_locale;
    StationTableModel m_model;
    StationFilterProxy m_proxy;
};

} // namespace

TEST_F(StationModels, PassTheModelTester)
{
    QAbstractItemModelTester modelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy.sort(StationTableModel::OfficialShare, Qt::DescendingOrder);
    m_proxy.setFlaggedOnly(true);
    m_model.setOption(B);
    m_proxy.setFlaggedOnly(false);
    m_model.setAnalysis(nullptr);
    EXPECT_EQ(m_proxy.rowCount(), 0);
    m_model.setAnalysis(std::make_shared<ExitPollAnalysis>(threeStations()));
    EXPECT_EQ(m_proxy.rowCount(), 3);
}

TEST_F(StationModels, ShowSharesWithTheirIntervalAndUnknownAsADash)
{
    ASSERT_EQ(m_model.rowCount(), 3);
    EXPECT_EQ(m_model.option(), A) << "the first option unless one is chosen";
    const std::optional<Interval> ci = wilsonInterval(173, 200);
    ASSERT_TRUE(ci.has_value());
    EXPECT_EQ(text(0, StationTableModel::ExitPollShare),
              QStringLiteral("86.5% (%1–%2)")
                  .arg(QString::number(ci->low * 100, 'f', 1), QString::number(ci->high * 100, 'f', 1)));
    EXPECT_EQ(text(0, StationTableModel::ExitPollShare), QStringLiteral("86.5% (81.1–90.6)"));
    EXPECT_EQ(text(0, StationTableModel::OfficialShare), QStringLiteral("10.0%"));
    EXPECT_EQ(text(0, StationTableModel::Respondents), QStringLiteral("205"));
    EXPECT_EQ(text(0, StationTableModel::BallotsCast), QStringLiteral("1,000"));
    EXPECT_EQ(text(0, StationTableModel::Country), QStringLiteral("Poland"));

    // No protocol at 10, no exit poll at 11: a dash, never 0.
    EXPECT_EQ(text(1, StationTableModel::OfficialShare), QStringLiteral("—"));
    EXPECT_EQ(text(1, StationTableModel::BallotsCast), QStringLiteral("—"));
    EXPECT_EQ(text(2, StationTableModel::Respondents), QStringLiteral("—"));
    EXPECT_EQ(text(2, StationTableModel::ExitPollShare), QStringLiteral("—"));
    EXPECT_FALSE(m_model.index(2, StationTableModel::Respondents).data(StationTableModel::RawValueRole).isValid());
    EXPECT_EQ(text(2, StationTableModel::OfficialShare), QStringLiteral("75.0%"));

    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setOption(B);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(text(2, StationTableModel::OfficialShare), QStringLiteral("—")) << "B is unknown in 11's protocol";
    EXPECT_TRUE(m_model.headerData(StationTableModel::OfficialShare, Qt::Horizontal).toString().contains(B));
    m_model.setOption(QStringLiteral("nobody"));
    EXPECT_EQ(m_model.option(), A);
}

TEST_F(StationModels, MarkFlaggedRowsAndGiveTheirDetails)
{
    const QModelIndex flagged = m_model.index(0, StationTableModel::City);
    EXPECT_TRUE(flagged.data(StationTableModel::FlaggedRole).toBool());
    EXPECT_FALSE(m_model.index(1, StationTableModel::City).data(StationTableModel::FlaggedRole).toBool());
    EXPECT_FALSE(m_model.index(2, StationTableModel::City).data(StationTableModel::FlaggedRole).toBool());

    const StationAnalysis &station = m_model.stationAt(0);
    ASSERT_FALSE(station.flags.isEmpty());
    const QStringList details = flagged.data(StationTableModel::FlagDetailsRole).toStringList();
    ASSERT_EQ(details.size(), station.flags.size());
    for (int i = 0; i < details.size(); ++i) {
        EXPECT_TRUE(details.at(i).contains(station.flags.at(i).detail)) << details.at(i).toStdString();
        EXPECT_TRUE(details.at(i).startsWith(StationTableModel::flagKindTitle(station.flags.at(i).kind)));
    }
    EXPECT_TRUE(
        flagged.data(StationTableModel::FlagKindsRole).toStringList().contains(QStringLiteral("official_outside_ci")));
    const QString flags = text(0, StationTableModel::Flags);
    EXPECT_TRUE(flags.startsWith(QString::number(station.flags.size()) + QLatin1Char(':'))) << flags.toStdString();
    EXPECT_TRUE(flags.contains(StationTableModel::flagKindTitle(ExitPollFlag::Kind::OfficialOutsideCi)));
    EXPECT_TRUE(text(1, StationTableModel::Flags).isEmpty());
}

TEST_F(StationModels, SortNumbersAsNumbersAndUnknownLast)
{
    m_proxy.sort(StationTableModel::OfficialShare, Qt::AscendingOrder);
    auto codes = [this] {
        QStringList all;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            all.append(m_proxy.index(row, 0).data(StationTableModel::StationCodeRole).toString());
        return all;
    };
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("9"), QStringLiteral("11"), QStringLiteral("10")}));
    m_proxy.sort(StationTableModel::OfficialShare, Qt::DescendingOrder);
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("11"), QStringLiteral("9"), QStringLiteral("10")}));
    m_proxy.sort(StationTableModel::Code, Qt::AscendingOrder);
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11")}))
        << "station numbers in number order";
    m_proxy.sort(StationTableModel::City, Qt::AscendingOrder);
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("11"), QStringLiteral("10"), QStringLiteral("9")}));
}

TEST(StationCodes, SortAsNumbersWhateverTheLocale)
{
    const QStringList codes{QStringLiteral("100"), QStringLiteral("75a"), QStringLiteral("9"),   QStringLiteral("75"),
                            QStringLiteral("010"), QStringLiteral("A-2"), QStringLiteral("A-10")};
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return StationTableModel::codeSortKey(a) < StationTableModel::codeSortKey(b);
    });
    EXPECT_EQ(sorted,
              (QStringList{QStringLiteral("9"), QStringLiteral("010"), QStringLiteral("75"), QStringLiteral("75a"),
                           QStringLiteral("100"), QStringLiteral("A-2"), QStringLiteral("A-10")}));

    ElectionData data;
    data.name = QStringLiteral("Order");
    data.options = {A};
    for (const QString &code : {QStringLiteral("100"), QStringLiteral("75"), QStringLiteral("9")}) {
        StationData station;
        station.code = code;
        data.stations.append(station);
    }
    StationTableModel model;
    model.setAnalysis(std::make_shared<ExitPollAnalysis>(data));
    StationFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(StationTableModel::Code, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, StationTableModel::Code).data().toString());
    EXPECT_EQ(shown, (QStringList{QStringLiteral("9"), QStringLiteral("75"), QStringLiteral("100")}));
}

TEST_F(StationModels, FilterFlaggedStationsAndByText)
{
    m_proxy.setFlaggedOnly(true);
    ASSERT_EQ(m_proxy.rowCount(), 1);
    EXPECT_EQ(m_proxy.index(0, 0).data().toString(), QStringLiteral("9"));
    m_proxy.setFlaggedOnly(false);
    m_proxy.setSearchText(QStringLiteral("  lithuania "));
    ASSERT_EQ(m_proxy.rowCount(), 1);
    EXPECT_EQ(m_proxy.index(0, 0).data().toString(), QStringLiteral("10"));
    m_proxy.setSearchText(QStringLiteral("BERL"));
    EXPECT_EQ(m_proxy.rowCount(), 1);
    m_proxy.setSearchText(QString());
    EXPECT_EQ(m_proxy.rowCount(), 3);
}

TEST_F(StationModels, ExportRowsKeepUnknownCellsEmpty)
{
    const QStringList header = StationTableModel::exportHeader();
    const QStringList first = m_model.exportRow(0);
    ASSERT_EQ(first.size(), header.size());
    auto cell = [&header](const QStringList &row, const char *column) {
        return row.at(header.indexOf(QLatin1String(column)));
    };
    EXPECT_EQ(cell(first, "station_code"), QStringLiteral("9"));
    EXPECT_EQ(cell(first, "country"), QStringLiteral("PL"));
    EXPECT_EQ(cell(first, "respondents"), QStringLiteral("205"));
    EXPECT_EQ(cell(first, "exitpoll_share"), QStringLiteral("0.8650"));
    EXPECT_EQ(cell(first, "official_share"), QStringLiteral("0.1000"));
    EXPECT_EQ(cell(first, "ballots_cast"), QStringLiteral("1000"));
    EXPECT_TRUE(cell(first, "flags").contains(QStringLiteral("official_outside_ci:A")));

    const QStringList pollOnly = m_model.exportRow(1);
    EXPECT_TRUE(cell(pollOnly, "official_share").isEmpty());
    EXPECT_TRUE(cell(pollOnly, "ballots_cast").isEmpty());
    EXPECT_EQ(cell(pollOnly, "flag_count"), QStringLiteral("0"));
    const QStringList protocolOnly = m_model.exportRow(2);
    EXPECT_TRUE(cell(protocolOnly, "respondents").isEmpty());
    EXPECT_TRUE(cell(protocolOnly, "exitpoll_share").isEmpty());
    EXPECT_TRUE(cell(protocolOnly, "ci_low").isEmpty());
}

TEST(OptionTotals, RestEachOnTheStationsThatKnowTheNumbers)
{
    const ExitPollAnalysis analysis(threeStations());
    const QList<OptionTotals> totals = OptionTotals::compute(analysis);
    ASSERT_EQ(totals.size(), 2);
    const OptionTotals &a = totals.at(0);
    EXPECT_EQ(a.option, A);
    EXPECT_EQ(a.exitPollStations, 2);
    EXPECT_EQ(a.exitPollAnswers, 263);
    EXPECT_NEAR(*a.exitPollShare, 263.0 / 300.0, 1e-12);
    EXPECT_EQ(a.officialStations, 2);
    EXPECT_NEAR(*a.officialShare, 400.0 / 1400.0, 1e-12);
    const OptionTotals &b = totals.at(1);
    EXPECT_EQ(b.officialStations, 1) << "11 does not give B's votes: its ballots are not counted for B";
    EXPECT_NEAR(*b.officialShare, 890.0 / 1000.0, 1e-12);

    const ExitPollAnalysis empty(ElectionData{QStringLiteral("Empty"), {A}, {}});
    const QList<OptionTotals> none = OptionTotals::compute(empty);
    ASSERT_EQ(none.size(), 1);
    EXPECT_FALSE(none.first().exitPollShare.has_value());
    EXPECT_FALSE(none.first().officialShare.has_value());
}

TEST(StationTableModelDemo, FlaggedFilterLeavesTheFlaggedStations)
{
    test::ScratchDatabase db;
    ASSERT_TRUE(DemoExitPoll::load(db.get()).ok());
    ExitPollRepository repository(db.get());
    const auto analysis =
        std::make_shared<ExitPollAnalysis>(repository.load(repository.findElection(DemoExitPoll::electionName())->pk));
    StationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAnalysis(analysis);
    StationFilterProxy proxy;
    proxy.setSourceModel(&model);
    EXPECT_EQ(proxy.rowCount(), 44);
    proxy.setFlaggedOnly(true);
    EXPECT_EQ(proxy.rowCount(), analysis->totals().flaggedStations);
    EXPECT_GT(proxy.rowCount(), 0);
}
