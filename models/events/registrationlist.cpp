#include "models/events/registrationlist.h"

#include <algorithm>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/db/rowreader.h"
#include "models/events/registrationsql.h"
#include "models/events/ticketcode.h"
#include "models/search/personindex.h"
#include "models/text/searchquery.h"
#include "models/text/sortkey.h"

namespace supolka {

namespace {

using Order = RegistrationListQuery::Order;

// The column (or expression) each order reads, as its index has it.
QString orderTerm(Order order)
{
    switch (order) {
    case Order::Name:
        return QStringLiteral("list_name");
    case Order::Email:
        return QStringLiteral("list_email");
    case Order::Phone:
        return QStringLiteral("list_phone");
    case Order::Kind:
        return QStringLiteral("member_pk IS NULL");
    case Order::Status:
        return QStringLiteral("status");
    case Order::TicketCode:
        return QStringLiteral("ticket_code");
    case Order::CheckedInAt:
        return QStringLiteral("checked_in_at");
    case Order::CheckedInBy:
        return QStringLiteral("checked_in_by COLLATE NOCASE");
    case Order::WalkIn:
        return QStringLiteral("walk_in");
    }
    return QStringLiteral("list_name");
}

// The list's parts in the order shown ascending, each one pass of the order's index.
QList<sortkey::SqlRange> segments(const RegistrationListQuery &query)
{
    switch (query.order) {
    case Order::Name:
        return sortkey::sqlRanges(orderTerm(query.order), query.language);
    case Order::CheckedInAt:
        return {{QStringLiteral("checked_in_at IS NOT NULL"), {}}, {QStringLiteral("checked_in_at IS NULL"), {}}};
    default:
        return {sortkey::SqlRange()};
    }
}

const char *const ListIndexes[][2] = {
    {"registrations_list_name", "list_name"},
    {"registrations_list_email", "list_email"},
    {"registrations_list_phone", "list_phone"},
    {"registrations_list_kind", "member_pk IS NULL"},
    {"registrations_list_status", "status"},
    {"registrations_list_ticket", "ticket_code"},
    {"registrations_list_checked_in", "checked_in_at"},
    {"registrations_list_checked_in_by", "checked_in_by COLLATE NOCASE"},
    {"registrations_list_walk_in", "walk_in"},
};

Status appendPks(const QSqlDatabase &db, const QString &sql, const QStringList &values, QList<qint64> &pks)
{
    return selectRows(db, sql, values, [&pks](auto integer, auto, auto, auto) { pks.append(integer(0)); });
}

// The statements of an order, each with its values: one a part of the list (segments()).
QList<sortkey::SqlRange> orderStatements(const RegistrationListQuery &query)
{
    QList<sortkey::SqlRange> parts = segments(query);
    if (query.descending)
        std::reverse(parts.begin(), parts.end());
    const QString orderBy = orderByTerm(orderTerm(query.order), query.descending);
    for (sortkey::SqlRange &part : parts) {
        QString sql = QStringLiteral("SELECT pk FROM registrations WHERE event_pk = ") +
                      QString::number(query.eventPk) + QStringLiteral(" AND deleted_at IS NULL");
        if (!part.condition.isEmpty())
            sql += QStringLiteral(" AND ") + part.condition;
        part.condition = sql + orderBy;
    }
    return parts;
}

} // namespace

Result<std::vector<qint64>> RegistrationList::order(Database &database, const RegistrationListQuery &query)
{
    std::vector<qint64> pks;
    for (const sortkey::SqlRange &statement : orderStatements(query)) {
        const Status status = selectRows(database.connection(), statement.condition, statement.values,
                                         [&pks](auto integer, auto, auto, auto) { pks.push_back(integer(0)); });
        if (!status)
            return Result<std::vector<qint64>>::failure(tr("Could not read the registrations: %1").arg(status.error()));
    }
    return pks;
}

QStringList RegistrationList::explainOrder(Database &database, const RegistrationListQuery &query)
{
    QStringList plan;
    for (const sortkey::SqlRange &statement : orderStatements(query)) {
        const Status status =
            selectRows(database.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement.condition,
                       statement.values, [&plan](auto, auto text, auto, auto) { plan.append(text(3)); });
        if (!status)
            plan.append(status.error());
    }
    return plan;
}

Result<QList<Registration>> RegistrationList::read(Database &database, const std::vector<qint64> &pks)
{
    if (pks.empty())
        return QList<Registration>();
    QStringList list;
    list.reserve(qsizetype(pks.size()));
    for (const qint64 pk : pks)
        list.append(QString::number(pk));
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(registrationsql::select() + QStringLiteral("WHERE r.deleted_at IS NULL AND r.pk IN (") +
                    list.join(QLatin1Char(',')) + QLatin1Char(')')))
        return Result<QList<Registration>>::failure(
            tr("Could not read the registrations: %1").arg(query.lastError().text()));
    QHash<qint64, Registration> found;
    found.reserve(qsizetype(pks.size()));
    while (query.next()) {
        Registration r = registrationsql::read(query);
        found.emplace(r.pk, std::move(r));
    }
    if (query.lastError().isValid())
        return Result<QList<Registration>>::failure(
            tr("Could not read the registrations: %1").arg(query.lastError().text()));
    QList<Registration> registrations;
    registrations.reserve(found.size());
    for (const qint64 pk : pks) {
        if (auto it = found.find(pk); it != found.end())
            registrations.append(std::move(it.value()));
    }
    return registrations;
}

Result<QList<qint64>> RegistrationList::search(Database &database, qint64 eventPk, const QString &text, int limit)
{
    using R = Result<QList<qint64>>;
    const QSqlDatabase db = database.connection();
    Result<QList<qint64>> people = PersonSearch(db, PersonIndexTables::registrants()).find(text, limit, eventPk);
    if (!people)
        return R::failure(tr("Could not search the registrations: %1").arg(people.error()));
    QList<qint64> found = std::move(people).value();

    // A ticket code: whole (as a scanner types it), or the start of it or of its second half, one word typed.
    const QString event = QString::number(eventPk);
    const QString whole = ticketcode::normalize(text);
    QList<qint64> codes;
    Status status;
    if (!whole.isEmpty()) {
        status = appendPks(db,
                           QStringLiteral("SELECT pk FROM registrations WHERE event_pk = ") + event +
                               QStringLiteral(" AND deleted_at IS NULL AND ticket_code = ?"),
                           {whole}, codes);
    } else if (const QString start = text.trimmed().toUpper().remove(QLatin1Char('-'));
               !start.isEmpty() && !start.contains(QLatin1Char(' ')) && ticketcode::couldBePrefix(start)) {
        const QString end = search::upperBound(start);
        status = appendPks(db,
                           QStringLiteral("SELECT pk FROM registrations WHERE event_pk = ") + event +
                               QStringLiteral(" AND deleted_at IS NULL AND (ticket_code >= ? AND ticket_code < ?"
                                              " OR substr(ticket_code, %1) >= ? AND substr(ticket_code, %1) < ?)")
                                   .arg(ticketcode::Length / 2 + 1),
                           {start, end, start, end}, codes);
    }
    if (!status)
        return R::failure(tr("Could not search the registrations: %1").arg(status.error()));
    if (!codes.isEmpty()) {
        QSet<qint64> seen(found.cbegin(), found.cend());
        for (const qint64 pk : std::as_const(codes)) {
            if (found.size() >= limit)
                break;
            if (!seen.contains(pk))
                found.append(pk);
        }
    }
    return found;
}

Status RegistrationList::rewriteListKeys(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(registrationsql::select() + QStringLiteral("WHERE r.deleted_at IS NULL")))
        return Status::failure(tr("Could not write the registrations' sort keys: %1").arg(query.lastError().text()));
    registrationsql::ListKeyWriter keys(db);
    while (query.next()) {
        if (Status written = keys.write(registrationsql::read(query)); !written)
            return Status::failure(tr("Could not write the registrations' sort keys: %1").arg(written.error()));
    }
    return {};
}

Status RegistrationList::createListIndexes(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const auto &[name, term] : ListIndexes) {
        if (!query.exec(
                QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON registrations (event_pk, %2) WHERE deleted_at IS NULL")
                    .arg(QLatin1String(name), QLatin1String(term))))
            return Status::failure(tr("Could not index the registrations list: %1").arg(query.lastError().text()));
    }
    return {};
}

} // namespace supolka
