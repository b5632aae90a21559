#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace supolka {

class ExitPollAnalysis;

// One option's overall result, each side over the stations it rests on: the exit poll pooled over the stations
// with answers, the official share over the stations whose protocol gives both the option's votes and the
// ballots cast (so that an unknown number never counts as zero).
struct OptionTotals
{
    QString option;
    std::optional<double> exitPollShare; // the option's answers over all answers naming an option
    qint64 exitPollAnswers = 0;
    qint64 exitPollNamed = 0;
    int exitPollStations = 0;
    std::optional<double> officialShare; // votes over ballots cast
    qint64 officialVotes = 0;
    qint64 ballotsCast = 0;
    int officialStations = 0;

    // Per option of the election, in ballot order.
    static QList<OptionTotals> compute(const ExitPollAnalysis &analysis);
};

} // namespace supolka
