#pragma once

#include <QCoreApplication>

#include "models/core/result.h"

namespace supolka {

class Database;

// An election for the demo data set, shaped like the presidential election of 9 August 2020 abroad: 44 polling
// stations at embassies and consulates (numbered 75-118), an exit poll at most of them, official protocols for
// some, observers' counts for a few, and several stations whose official result contradicts the exit poll.
// Loading it twice adds nothing the second time.
class DemoExitPoll final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::DemoExitPoll)

public:
    static QString electionName();
    // Returns how many stations were added.
    static Result<int> load(Database &database);
};

} // namespace supolka
