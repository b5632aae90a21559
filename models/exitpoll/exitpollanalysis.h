#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/exitpoll/stationdata.h"

namespace supolka {

// A 95% Wilson score interval for `successes` of `trials`; nullopt for no trials.
struct Interval
{
    double low = 0;
    double high = 0;
};
std::optional<Interval> wilsonInterval(qint64 successes, qint64 trials);

// Where an official result cannot be true, and what the finding rests on.
struct ExitPollFlag
{
    enum class Kind { OfficialOutsideCi, VerifiedExceedsOfficial, TurnoutExceedsObserved, ProtocolSumMismatch };
    Kind kind;
    QString option; // empty for flags about the whole protocol
    QString detail; // translated: the numbers it rests on
};
QString flagKindKey(ExitPollFlag::Kind kind);         // "official_outside_ci", ...
QString flagKindExplanation(ExitPollFlag::Kind kind); // translated: how to read the flag

struct OptionShare
{
    std::optional<double> exitPoll; // count over respondents who named an option
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> official; // votes over ballots cast
};

struct StationAnalysis
{
    StationData station;
    qint64 respondents = 0; // named an option or refused
    qint64 named = 0;       // named an option: the base of the shares
    QHash<QString, OptionShare> shares;
    QList<ExitPollFlag> flags;
};

struct ElectionTotals
{
    // Official: over the stations whose protocol gives the number; each sum says on how many stations it rests.
    int officialStations = 0; // stations with a protocol
    qint64 registeredVoters = 0;
    int registeredStations = 0;
    qint64 ballotsCast = 0;
    int ballotsCastStations = 0;
    QHash<QString, qint64> officialVotes;
    QHash<QString, int> officialVotesStations;
    // Exit poll: pooled over the stations with answers.
    int exitPollStations = 0;
    qint64 respondents = 0;
    qint64 named = 0;
    QHash<QString, qint64> exitPollCounts;
    QHash<QString, double> exitPollShares;
    int flaggedStations = 0;
};

// The comparison of an election's exit poll with its official results, per station and overall.
class ExitPollAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollAnalysis)

public:
    explicit ExitPollAnalysis(ElectionData data);

    const ElectionData &data() const { return m_data; }
    const QList<StationAnalysis> &stations() const { return m_stations; }
    const ElectionTotals &totals() const { return m_totals; }

    // The `report exitpoll --json` object of DESIGN.md.
    QJsonObject toJson() const;

private:
    StationAnalysis analyse(const StationData &station) const;

    ElectionData m_data;
    QList<StationAnalysis> m_stations;
    ElectionTotals m_totals;
};

} // namespace supolka
