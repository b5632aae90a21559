#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include "models/core/result.h"

namespace supolka {

class Database;

// Counts for charts and `report members`, over members that are not deleted.
struct MemberStatistics
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberStatistics)

public:
    int members = 0;
    QList<QPair<QString, int>> byCountry; // ISO code ("" = unknown), most first
    QList<QPair<QString, int>> byStatus;  // status key, most first
    QList<QPair<QString, int>> bySkill;   // skill tag, most first
    // First day of month, by joined_on (or, with none, the month the member was added), oldest first, no gaps.
    QList<QPair<QDate, int>> newPerMonth;

    // One pass over the members table. Fails when a row cannot be read, or when the table and its index of ids
    // disagree on how many rows there are: a damaged file, which would otherwise count fewer people.
    static Result<MemberStatistics> compute(Database &database);
};

} // namespace supolka
