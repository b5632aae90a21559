#pragma once

#include <QCoreApplication>

#include "models/core/result.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;

// What a wide file holds: the station list, exit-poll answers, official protocols or observers' verified counts.
enum class ExitPollKind { Stations, ExitPoll, Official, Verified };

// Imports the wide files field volunteers keep (DESIGN.md): one row per station, station columns first
// (station_code required; city, country; registered_voters, ballots_cast, spoiled for protocols; observed_voters
// for verified counts; shift for exit polls), then one column per option holding a count, and `refused` for
// respondents who would not answer. An empty cell is unknown, never zero, and never overwrites a known number.
// The election is created on first use, its options as their columns first appear. An exit-poll row replaces
// the counts of the same station and shift, so a sheet imported twice is counted once.
class ExitPollImporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollImporter)

public:
    static Result<ImportReport> importFile(Database &database, ExitPollKind kind, const QString &path,
                                           const QString &electionName, const ImportOptions &options = {});
    static QString kindKey(ExitPollKind kind); // "stations", "exitpoll", "official", "verified"
};

} // namespace supolka
