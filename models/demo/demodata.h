#pragma once

#include <QCoreApplication>
#include <QDate>

#include "models/core/result.h"

namespace supolka {

class Database;

// The demo data set: enough members, events, aid cases and an election's exit poll to see every page and chart
// filled. Loading it twice adds nothing the second time. The same day gives the same data.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::DemoData)

public:
    struct Summary
    {
        int members = 0;
        int events = 0;
        int registrations = 0;
        int cases = 0;
        int stations = 0;
    };

    static Result<Summary> load(Database &database);
    // With the events placed around `today`: some past (with their check-ins over the first hour and walk-ins),
    // some upcoming.
    static Result<Summary> load(Database &database, const QDate &today);
};

} // namespace supolka
