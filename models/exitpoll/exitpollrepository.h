#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "models/core/result.h"
#include "models/exitpoll/election.h"
#include "models/exitpoll/stationdata.h"

namespace supolka {

class Database;

// All SQL about elections, polling stations, exit-poll answers, official protocols and observers' counts.
class ExitPollRepository final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollRepository)

public:
    // The option key for respondents who would not answer.
    static constexpr qint64 Refused = 0;

    explicit ExitPollRepository(Database &database);

    QList<Election> elections() const;
    std::optional<Election> findElection(const QString &nameOrId) const;
    // The election called `name`, created on first use.
    Result<Election> ensureElection(const QString &name);
    // The option's key in the election, added (at the end of the ballot) on first use. Case is ignored.
    Result<qint64> ensureOption(qint64 electionPk, const QString &name);
    // Option name -> key.
    QHash<QString, qint64> optionKeys(qint64 electionPk) const;

    QList<PollingStation> stations(qint64 electionPk) const; // by code, numbers in number order
    std::optional<PollingStation> findStation(qint64 electionPk, const QString &code) const;
    // The station with `code`, created on first use; a city, country or number of registered voters given here
    // fills in what is unknown and replaces what was known.
    Result<PollingStation> ensureStation(qint64 electionPk, const QString &code, const QString &city = QString(),
                                         const QString &country = QString(),
                                         std::optional<qint64> registeredVoters = std::nullopt);

    // One answer more (or, with delta -1, one less: the undo) for an option or Refused in a shift of the day.
    // Returns the shift's new count; a count never goes below zero.
    Result<qint64> addAnswer(qint64 stationPk, const QString &shift, qint64 optionKey, int delta = 1);
    // A shift's count as a sheet gives it: replaces what the same shift had (the same sheet imported twice, or
    // from two laptops, is counted once).
    Status setShiftCount(qint64 stationPk, const QString &shift, qint64 optionKey, qint64 count);
    // Several counts of one shift at once (a paper sheet typed in, or its undo), all or none; nullopt forgets the
    // option's count, which is then unknown again as before the shift's first answer.
    Status setShiftCounts(qint64 stationPk, const QString &shift, const QHash<qint64, std::optional<qint64>> &counts);
    // Counts of one shift (or, for an empty shift name and allShifts, of the whole day) by option key.
    QHash<qint64, qint64> tallies(qint64 stationPk, const QString &shift, bool allShifts = false) const;
    QStringList shifts(qint64 stationPk) const;

    // The protocol's numbers; what is nullopt stays as it was (unknown never overwrites known).
    Status setOfficial(qint64 stationPk, std::optional<qint64> registeredVoters, std::optional<qint64> ballotsCast,
                       std::optional<qint64> spoiled, const QHash<qint64, std::optional<qint64>> &votes);
    Status setVerified(qint64 stationPk, std::optional<qint64> observedVoters,
                       const QHash<qint64, std::optional<qint64>> &ballots);

    // Everything known about an election's stations, for ExitPollAnalysis.
    ElectionData load(qint64 electionPk) const;

private:
    Database &m_database;
};

} // namespace supolka
