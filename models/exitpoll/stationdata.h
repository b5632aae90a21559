#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

namespace supolka {

// Everything known about one polling station, for the analysis. Every count is optional: unknown is never zero.
struct StationData
{
    QString code;
    QString city;
    QString country;
    std::optional<qint64> registeredVoters; // from the station list or the protocol

    // Exit poll, summed over the day's shifts. An option is here only when every shift of the station gives its
    // count; an option a shift left empty is unknown for the whole day (and listed in exitPollUnknown).
    QHash<QString, qint64> exitPoll;
    QStringList exitPollUnknown;
    std::optional<qint64> refused; // respondents who would not answer
    bool hasExitPoll = false;

    // Every option's count is known: only then are the station's shares and intervals worked out.
    bool exitPollComplete(const QStringList &options) const
    {
        if (!hasExitPoll)
            return false;
        for (const QString &option : options) {
            if (!exitPoll.contains(option))
                return false;
        }
        return true;
    }

    // Official protocol.
    bool hasProtocol = false;
    std::optional<qint64> officialRegistered;
    std::optional<qint64> ballotsCast;
    std::optional<qint64> spoiled;
    QHash<QString, std::optional<qint64>> officialVotes; // absent or nullopt = unknown

    // Observers' verified counts.
    bool hasVerified = false;
    std::optional<qint64> observedVoters;
    QHash<QString, std::optional<qint64>> verifiedBallots;
};

struct ElectionData
{
    QString name;
    QStringList options; // ballot order
    QList<StationData> stations;
};

} // namespace supolka
