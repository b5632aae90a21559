#pragma once

#include <vector>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QStringList>

#include "models/core/result.h"
#include "models/events/registration.h"

namespace supolka {

class Database;

// What the registrations list shows: whose, and in which order.
struct RegistrationListQuery
{
    enum class Order { Name, Email, Phone, Kind, Status, TicketCode, CheckedInAt, CheckedInBy, WalkIn };
    qint64 eventPk = 0;
    Order order = Order::Name;
    bool descending = false;
    // Names in the order people of this language expect (sortkey::orderFor()).
    QLocale::Language language = QLocale::English;
};

// The SQL of one event's registrations list, which reads the order of the rows shown and then only the rows on
// screen, so that 100,000 registrants take a megabyte: the order is one pass over an index of the event's
// registrations that are not deleted (schema 13), a row costs a look-up.
class RegistrationList final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RegistrationList)

public:
    // The pk of every registration of the event (not deleted) in the query's order; ties go by pk. Rows without a
    // check-in come after those with one (before them, descending).
    static Result<std::vector<qint64>> order(Database &database, const RegistrationListQuery &query);
    // EXPLAIN QUERY PLAN of the statements order() runs, one line a step: for tests.
    static QStringList explainOrder(Database &database, const RegistrationListQuery &query);
    // The registrations with these pks, in this order; a pk no longer there (deleted meanwhile) is left out.
    static Result<QList<Registration>> read(Database &database, const std::vector<qint64> &pks);
    // The event's registrations (not deleted, cancelled ones too) that `text` finds: names in any script, e-mail,
    // phone (as the door finds them), and ticket codes by their start or the start of their second half; at most
    // `limit`.
    static Result<QList<qint64>> search(Database &database, qint64 eventPk, const QString &text, int limit);

    // Writes every registration's list keys (registrationsql::ListKeys) again, for an upgrade.
    static Status rewriteListKeys(const QSqlDatabase &db);
    // The indexes of the list's orders.
    static Status createListIndexes(const QSqlDatabase &db);
};

} // namespace supolka
