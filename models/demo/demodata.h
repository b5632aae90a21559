#pragma once

#include <QCoreApplication>

#include "models/core/result.h"

namespace supolka {

class Database;

// The demo data set: enough members (and, as areas land, events, cases and exit polls) to see every page and
// chart filled. Loading it twice adds nothing the second time.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::DemoData)

public:
    struct Summary
    {
        int members = 0;
    };

    static Result<Summary> load(Database &database);
};

} // namespace supolka
