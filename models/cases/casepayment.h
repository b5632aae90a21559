#pragma once

#include <QDate>
#include <QString>

namespace supolka {

// Money paid out for a case: an integer of minor units and its ISO 4217 currency.
struct CasePayment
{
    qint64 pk = 0;
    QString id;
    qint64 casePk = 0;
    QDate paidOn;
    qint64 amountMinor = 0;
    QString currency; // "EUR", "PLN", ...
    QString purpose;
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;
};

} // namespace supolka
