#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include "models/cases/aidcase.h"

namespace supolka {

class Database;

// Counts and sums for the aid-cases charts, over cases that are not deleted (sensitive ones included: nothing here
// names anybody). Money stays in minor units per currency and is never added up across currencies.
struct CaseStatistics
{
    int cases = 0;
    int open = 0;    // new, in progress or waiting
    int overdue = 0; // open and past their due date
    // Open cases per need (a case with two needs counts for both): caseneeds keys, most first, then in the order
    // of caseneeds::keys(); needs no open case has are left out.
    QList<QPair<QString, int>> openByNeed;
    // Cases per status, every status in the workflow's order (zeros too).
    QList<QPair<CaseStatus, int>> byStatus;
    // Payments per month: the months from the first payment's to the last one's, oldest first, no gaps (first
    // day of each month); per currency, one sum in minor units for each of those months.
    QList<QDate> months;
    QMap<QString, QList<qint64>> paidPerMonth;
    // Everything paid, per currency, in minor units.
    QMap<QString, qint64> paid;

    static CaseStatistics compute(Database &database, const QDate &today = QDate::currentDate());
};

} // namespace supolka
