#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include "models/cases/aidcase.h"
#include "models/core/result.h"

namespace supolka {

class Database;

// Counts and sums for the aid-cases charts, over cases that are not deleted (sensitive ones included: nothing here
// names anybody). Money stays in minor units per currency and is never added up across currencies.
struct CaseStatistics
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseStatistics)

public:
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
    // Cases per need, whatever their status (a case with two needs counts for both): caseneeds keys as stored.
    QMap<QString, int> byNeed;
    // Open cases past their due date, most overdue first (then the latest opened): numbers and dates only.
    struct Overdue
    {
        QString number;
        QDate dueOn;
        CaseStatus status = CaseStatus::New;
    };
    QList<Overdue> overdueCases;

    // Counts over the cases table, a row at a time; fails when a read fails, rather than counting fewer cases.
    static Result<CaseStatistics> compute(Database &database, const QDate &today = QDate::currentDate());

    // What `report cases --json` prints: cases, by_status (the statuses that have cases), by_need, overdue (number,
    // due date, status: the report never names the people helped), paid per currency.
    QJsonObject toJson() const;
};

} // namespace supolka
