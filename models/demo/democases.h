#pragma once

#include <QCoreApplication>

#include "models/core/result.h"

namespace supolka {

class Database;

// Aid cases for the demo data set: requests in every state, with volunteers assigned, timelines, payments in
// several currencies, a few overdue and a few sensitive ones. Dates are counted back from today so that the
// overdue list is never empty. Loading it twice adds nothing the second time.
class DemoCases final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::DemoCases)

public:
    // Returns how many cases were added.
    static Result<int> load(Database &database);
};

} // namespace supolka
