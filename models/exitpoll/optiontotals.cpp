#include "models/exitpoll/optiontotals.h"

#include "models/exitpoll/exitpollanalysis.h"

namespace supolka {

QList<OptionTotals> OptionTotals::compute(const ExitPollAnalysis &analysis)
{
    QList<OptionTotals> all;
    const ElectionTotals &totals = analysis.totals();
    for (const QString &option : analysis.data().options) {
        OptionTotals t;
        t.option = option;
        t.exitPollStations = totals.exitPollStations;
        t.exitPollNamed = totals.named;
        t.exitPollAnswers = totals.exitPollCounts.value(option);
        if (totals.exitPollShares.contains(option))
            t.exitPollShare = totals.exitPollShares.value(option);
        for (const StationAnalysis &station : analysis.stations()) {
            const StationData &s = station.station;
            const std::optional<qint64> votes = s.officialVotes.value(option);
            if (!s.hasProtocol || !votes || !s.ballotsCast || *s.ballotsCast <= 0)
                continue;
            t.officialVotes += *votes;
            t.ballotsCast += *s.ballotsCast;
            ++t.officialStations;
        }
        if (t.ballotsCast > 0)
            t.officialShare = double(t.officialVotes) / double(t.ballotsCast);
        all.append(t);
    }
    return all;
}

} // namespace supolka
