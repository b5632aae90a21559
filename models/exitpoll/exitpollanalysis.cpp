#include "models/exitpoll/exitpollanalysis.h"

#include <cmath>

#include <QJsonArray>
#include <QLocale>

namespace supolka {

namespace {

// The 97.5th percentile of the standard normal distribution.
constexpr double Z95 = 1.959963984540054;

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QJsonValue json(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<Interval> wilsonInterval(qint64 successes, qint64 trials)
{
    if (trials <= 0 || successes < 0 || successes > trials)
        return std::nullopt;
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = Z95 * Z95;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = Z95 * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // At the edges the bounds are exactly 0 and 1; computed, they can come out a rounding error inside, and an
    // official share of exactly 0% would then look outside the interval.
    const double low = successes == 0 ? 0.0 : std::max(0.0, centre - half);
    const double high = successes == trials ? 1.0 : std::min(1.0, centre + half);
    return Interval{low, high};
}

QString flagKindKey(ExitPollFlag::Kind kind)
{
    switch (kind) {
    case ExitPollFlag::Kind::OfficialOutsideCi:
        return QStringLiteral("official_outside_ci");
    case ExitPollFlag::Kind::VerifiedExceedsOfficial:
        return QStringLiteral("verified_exceeds_official");
    case ExitPollFlag::Kind::TurnoutExceedsObserved:
        return QStringLiteral("turnout_exceeds_observed");
    case ExitPollFlag::Kind::ProtocolSumMismatch:
        return QStringLiteral("protocol_sum_mismatch");
    }
    return {};
}

QString flagKindExplanation(ExitPollFlag::Kind kind)
{
    switch (kind) {
    case ExitPollFlag::Kind::OfficialOutsideCi:
        return ExitPollAnalysis::tr(
            "The official share of an option lies outside the 95% interval of the exit poll at this station. With "
            "honest counting and an honest sample this happens at about one station in twenty by chance; far outside, "
            "or at many stations, it points to a result that was not counted as cast.");
    case ExitPollFlag::Kind::VerifiedExceedsOfficial:
        return ExitPollAnalysis::tr(
            "Observers saw more ballots (photographed or counted) for an option than the protocol gives it. The "
            "protocol cannot be true: each of those ballots is proof of a vote.");
    case ExitPollFlag::Kind::TurnoutExceedsObserved:
        return ExitPollAnalysis::tr(
            "The protocol gives more ballots cast than the observers counted voters at the door all day. Either "
            "voters were missed, or ballots were added.");
    case ExitPollFlag::Kind::ProtocolSumMismatch:
        return ExitPollAnalysis::tr(
            "Every number of the protocol is known, and the votes of all options plus the spoiled ballots do not add "
            "up to the ballots cast. A protocol with unknown parts is never flagged for this.");
    }
    return {};
}

ExitPollAnalysis::ExitPollAnalysis(ElectionData data)
    : m_data(std::move(data))
{
    for (const StationData &station : std::as_const(m_data.stations)) {
        StationAnalysis analysis = analyse(station);
        ElectionTotals &t = m_totals;
        if (station.hasProtocol) {
            ++t.officialStations;
            const std::optional<qint64> registered =
                station.officialRegistered ? station.officialRegistered : station.registeredVoters;
            if (registered) {
                t.registeredVoters += *registered;
                ++t.registeredStations;
            }
            if (station.ballotsCast) {
                t.ballotsCast += *station.ballotsCast;
                ++t.ballotsCastStations;
            }
            for (const QString &option : std::as_const(m_data.options)) {
                if (const std::optional<qint64> votes = station.officialVotes.value(option)) {
                    t.officialVotes[option] += *votes;
                    ++t.officialVotesStations[option];
                }
            }
        }
        // Pooled only over stations where every option's count is known: an unknown cell is never zero.
        if (station.exitPollComplete(m_data.options) && analysis.respondents > 0) {
            ++t.exitPollStations;
            t.respondents += analysis.respondents;
            t.named += analysis.named;
            for (auto it = station.exitPoll.cbegin(); it != station.exitPoll.cend(); ++it)
                t.exitPollCounts[it.key()] += it.value();
        }
        if (!analysis.flags.isEmpty())
            ++t.flaggedStations;
        m_stations.append(std::move(analysis));
    }
    for (const QString &option : std::as_const(m_data.options)) {
        if (m_totals.named > 0)
            m_totals.exitPollShares.insert(option, double(m_totals.exitPollCounts.value(option)) / m_totals.named);
    }
}

StationAnalysis ExitPollAnalysis::analyse(const StationData &station) const
{
    StationAnalysis a;
    a.station = station;
    for (auto it = station.exitPoll.cbegin(); it != station.exitPoll.cend(); ++it)
        a.named += it.value();
    a.respondents = a.named + station.refused.value_or(0);

    const bool complete = station.exitPollComplete(m_data.options);
    for (const QString &option : m_data.options) {
        OptionShare share;
        const qint64 answers = station.exitPoll.value(option);
        if (complete && a.named > 0) {
            share.exitPoll = double(answers) / double(a.named);
            if (const std::optional<Interval> ci = wilsonInterval(answers, a.named)) {
                share.ciLow = ci->low;
                share.ciHigh = ci->high;
            }
        }
        const std::optional<qint64> votes = station.officialVotes.value(option);
        if (votes && station.ballotsCast && *station.ballotsCast > 0)
            share.official = double(*votes) / double(*station.ballotsCast);
        a.shares.insert(option, share);

        if (share.official && share.ciLow && (*share.official < *share.ciLow || *share.official > *share.ciHigh)) {
            a.flags.append(
                {ExitPollFlag::Kind::OfficialOutsideCi, option,
                 tr("Official %1 (%2 of %3 ballots cast); exit poll %4, 95% interval %5–%6, from %7 "
                    "respondents who named an option.")
                     .arg(percent(*share.official), count(*votes), count(*station.ballotsCast),
                          percent(*share.exitPoll), percent(*share.ciLow), percent(*share.ciHigh), count(a.named))});
        }
        const std::optional<qint64> seen = station.verifiedBallots.value(option);
        if (seen && votes && *seen > *votes) {
            a.flags.append({ExitPollFlag::Kind::VerifiedExceedsOfficial, option,
                            tr("Observers verified %1 ballots for %2; the protocol gives %3.")
                                .arg(count(*seen), option, count(*votes))});
        }
    }
    if (station.ballotsCast && station.observedVoters && *station.ballotsCast > *station.observedVoters) {
        a.flags.append({ExitPollFlag::Kind::TurnoutExceedsObserved, QString(),
                        tr("The protocol gives %1 ballots cast; observers counted %2 voters at the door.")
                            .arg(count(*station.ballotsCast), count(*station.observedVoters))});
    }
    if (station.hasProtocol && station.ballotsCast && station.spoiled) {
        qint64 sum = *station.spoiled;
        bool everyPartKnown = !m_data.options.isEmpty();
        for (const QString &option : m_data.options) {
            const std::optional<qint64> votes = station.officialVotes.value(option);
            if (!votes) {
                everyPartKnown = false;
                break;
            }
            sum += *votes;
        }
        if (everyPartKnown && sum != *station.ballotsCast) {
            a.flags.append({ExitPollFlag::Kind::ProtocolSumMismatch, QString(),
                            tr("The votes of all options and the spoiled ballots add up to %1, but the protocol gives "
                               "%2 ballots cast.")
                                .arg(count(sum), count(*station.ballotsCast))});
        }
    }
    return a;
}

QJsonObject ExitPollAnalysis::toJson() const
{
    QJsonArray stations;
    for (const StationAnalysis &a : m_stations) {
        const StationData &s = a.station;
        QJsonObject exitPoll;
        for (const QString &option : m_data.options) {
            if (s.exitPoll.contains(option))
                exitPoll.insert(option, double(s.exitPoll.value(option)));
            else if (s.exitPollUnknown.contains(option))
                exitPoll.insert(option, QJsonValue(QJsonValue::Null));
        }
        QJsonObject verified;
        QJsonObject votes;
        QJsonObject shares;
        for (const QString &option : m_data.options) {
            if (s.hasVerified)
                verified.insert(option, json(s.verifiedBallots.value(option)));
            votes.insert(option, json(s.officialVotes.value(option)));
            const OptionShare &share = a.shares[option];
            shares.insert(option, QJsonObject{{QStringLiteral("exitpoll"), json(share.exitPoll)},
                                              {QStringLiteral("ci_low"), json(share.ciLow)},
                                              {QStringLiteral("ci_high"), json(share.ciHigh)},
                                              {QStringLiteral("official"), json(share.official)}});
        }
        QJsonArray flags;
        for (const ExitPollFlag &flag : a.flags) {
            flags.append(QJsonObject{{QStringLiteral("kind"), flagKindKey(flag.kind)},
                                     {QStringLiteral("option"),
                                      flag.option.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(flag.option)},
                                     {QStringLiteral("detail"), flag.detail}});
        }
        QJsonObject official{{QStringLiteral("registered_voters"),
                              json(s.officialRegistered ? s.officialRegistered : s.registeredVoters)},
                             {QStringLiteral("ballots_cast"), json(s.ballotsCast)},
                             {QStringLiteral("spoiled"), json(s.spoiled)},
                             {QStringLiteral("votes"), votes}};
        stations.append(QJsonObject{
            {QStringLiteral("station_code"), s.code},
            {QStringLiteral("city"), s.city},
            {QStringLiteral("country"), s.country},
            {QStringLiteral("respondents"), double(a.respondents)},
            {QStringLiteral("refused"), json(s.refused)},
            {QStringLiteral("exitpoll"), exitPoll},
            {QStringLiteral("verified"), s.hasVerified ? QJsonValue(verified) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("observed_voters"), json(s.observedVoters)},
            {QStringLiteral("official"), s.hasProtocol ? QJsonValue(official) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("shares"), shares},
            {QStringLiteral("flags"), flags},
        });
    }
    const ElectionTotals &t = m_totals;
    QJsonObject officialVotes;
    QJsonObject officialVotesStations;
    QJsonObject exitPollShares;
    for (const QString &option : m_data.options) {
        officialVotes.insert(option, t.officialVotesStations.value(option) > 0
                                         ? QJsonValue(double(t.officialVotes.value(option)))
                                         : QJsonValue(QJsonValue::Null));
        officialVotesStations.insert(option, t.officialVotesStations.value(option));
        exitPollShares.insert(option, t.exitPollShares.contains(option) ? QJsonValue(t.exitPollShares.value(option))
                                                                        : QJsonValue(QJsonValue::Null));
    }
    const QJsonObject totals{
        {QStringLiteral("official"), QJsonObject{{QStringLiteral("stations"), t.officialStations},
                                                 {QStringLiteral("registered_voters"), double(t.registeredVoters)},
                                                 {QStringLiteral("registered_voters_stations"), t.registeredStations},
                                                 {QStringLiteral("ballots_cast"), double(t.ballotsCast)},
                                                 {QStringLiteral("ballots_cast_stations"), t.ballotsCastStations},
                                                 {QStringLiteral("votes"), officialVotes},
                                                 {QStringLiteral("votes_stations"), officialVotesStations}}},
        {QStringLiteral("exitpoll"), QJsonObject{{QStringLiteral("stations"), t.exitPollStations},
                                                 {QStringLiteral("respondents"), double(t.respondents)},
                                                 {QStringLiteral("named"), double(t.named)},
                                                 {QStringLiteral("shares"), exitPollShares}}},
        {QStringLiteral("flagged_stations"), t.flaggedStations},
    };
    return QJsonObject{{QStringLiteral("election"), m_data.name},
                       {QStringLiteral("options"), QJsonArray::fromStringList(m_data.options)},
                       {QStringLiteral("stations"), stations},
                       {QStringLiteral("totals"), totals}};
}

} // namespace supolka
