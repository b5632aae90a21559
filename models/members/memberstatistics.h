#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace supolka {

class Database;

// Counts for charts and `report members`, over members that are not deleted.
struct MemberStatistics
{
    int members = 0;
    QList<QPair<QString, int>> byCountry; // ISO code ("" = unknown), most first
    QList<QPair<QString, int>> byStatus;  // status key
    QList<QPair<QString, int>> bySkill;   // skill tag, most first
    // First day of month, by joined_on (or, with none, the month the member was added), oldest first, no gaps.
    QList<QPair<QDate, int>> newPerMonth;

    static MemberStatistics compute(Database &database);
};

} // namespace supolka
