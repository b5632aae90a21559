#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

class Database;

// The counts an aggregate bundle carries instead of rows (docs/bundles.md): members by country, skill and status,
// attendance per event, cases by need and status, payments per currency. Deleted rows are not counted.
class SyncAggregates final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncAggregates)

public:
    struct Table
    {
        QString fileName; // "members_by_country.csv"
        QStringList header;
        QList<QStringList> rows;
    };

    // Fails when the members' counts cannot be read whole.
    static Result<QList<Table>> compute(Database &database);
    static QStringList fileNames();
};

} // namespace supolka
