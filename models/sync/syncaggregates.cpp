#include "models/sync/syncaggregates.h"

#include <QMap>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/members/memberstatistics.h"

namespace supolka {

namespace {

QList<QStringList> countRows(const QList<QPair<QString, int>> &counts)
{
    QList<QStringList> rows;
    for (const auto &[key, count] : counts)
        rows.append({key, QString::number(count)});
    return rows;
}

} // namespace

QStringList SyncAggregates::fileNames()
{
    return {QStringLiteral("members_by_country.csv"), QStringLiteral("members_by_skill.csv"),
            QStringLiteral("members_by_status.csv"),  QStringLiteral("attendance.csv"),
            QStringLiteral("cases_by_need.csv"),      QStringLiteral("payments_by_currency.csv")};
}

Result<QList<SyncAggregates::Table>> SyncAggregates::compute(Database &database)
{
    QList<Table> tables;
    const Result<MemberStatistics> counted = MemberStatistics::compute(database);
    if (!counted)
        return Result<QList<Table>>::failure(counted.error());
    const MemberStatistics &members = counted.value();
    tables.append({QStringLiteral("members_by_country.csv"),
                   {QStringLiteral("country"), QStringLiteral("members")},
                   countRows(members.byCountry)});
    tables.append({QStringLiteral("members_by_skill.csv"),
                   {QStringLiteral("skill"), QStringLiteral("members")},
                   countRows(members.bySkill)});
    tables.append({QStringLiteral("members_by_status.csv"),
                   {QStringLiteral("status"), QStringLiteral("members")},
                   countRows(members.byStatus)});

    Table attendance{QStringLiteral("attendance.csv"),
                     {QStringLiteral("event_id"), QStringLiteral("title"), QStringLiteral("starts_at"),
                      QStringLiteral("registered"), QStringLiteral("cancelled"), QStringLiteral("checked_in"),
                      QStringLiteral("walk_ins")},
                     {}};
    for (const EventSummary &summary : EventRepository(database).summaries()) {
        attendance.rows.append({summary.event.id, summary.event.title, isoTimestamp(summary.event.startsAt),
                                QString::number(summary.counts.registered), QString::number(summary.counts.cancelled),
                                QString::number(summary.counts.checkedIn), QString::number(summary.counts.walkIns)});
    }
    tables.append(attendance);

    QMap<QPair<QString, QString>, int> byNeed;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT needs, status FROM cases WHERE deleted_at IS NULL"))) {
        while (query.next()) {
            for (const QString &need : query.value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                ++byNeed[{need, query.value(1).toString()}];
        }
    }
    Table cases{QStringLiteral("cases_by_need.csv"),
                {QStringLiteral("need"), QStringLiteral("status"), QStringLiteral("cases")},
                {}};
    for (auto it = byNeed.cbegin(); it != byNeed.cend(); ++it)
        cases.rows.append({it.key().first, it.key().second, QString::number(it.value())});
    tables.append(cases);

    Table payments{QStringLiteral("payments_by_currency.csv"),
                   {QStringLiteral("currency"), QStringLiteral("payments"), QStringLiteral("amount_minor")},
                   {}};
    if (query.exec(
            QStringLiteral("SELECT p.currency, count(*), sum(p.amount_minor) FROM case_payments p "
                           "JOIN cases c ON c.pk = p.case_pk WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL "
                           "GROUP BY p.currency ORDER BY p.currency"))) {
        while (query.next())
            payments.rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    tables.append(payments);
    return tables;
}

} // namespace supolka
