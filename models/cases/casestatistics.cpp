#include "models/cases/casestatistics.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include "models/db/database.h"

namespace supolka {

namespace {

QDate monthOf(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

} // namespace

Result<CaseStatistics> CaseStatistics::compute(Database &database, const QDate &today)
{
    using R = Result<CaseStatistics>;
    const auto failed = [](const QSqlQuery &query) {
        return R::failure(tr("Could not count the aid cases: %1").arg(query.lastError().text()));
    };
    CaseStatistics statistics;
    const QStringList needKeys = caseneeds::keys();
    QHash<QString, int> openPerNeed;
    QHash<QString, int> perStatus;

    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT status, needs, due_on IS NOT NULL AND due_on < ? FROM cases "
                                 "WHERE deleted_at IS NULL"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const std::optional<CaseStatus> status = caseStatusFromKey(query.value(0).toString());
        if (!status)
            continue;
        ++statistics.cases;
        ++perStatus[caseStatusKey(*status)];
        QStringList needs = query.value(1).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        needs.removeDuplicates();
        for (const QString &need : std::as_const(needs))
            ++statistics.byNeed[need];
        const bool open = *status != CaseStatus::Resolved && *status != CaseStatus::Closed;
        if (!open)
            continue;
        ++statistics.open;
        if (query.value(2).toBool())
            ++statistics.overdue;
        for (const QString &need : std::as_const(needs))
            ++openPerNeed[need];
    }
    if (query.lastError().isValid())
        return failed(query);
    query.finish();

    query.prepare(QStringLiteral("SELECT number, due_on, status FROM cases WHERE deleted_at IS NULL AND status NOT IN "
                                 "('resolved', 'closed') AND due_on IS NOT NULL AND due_on < ? "
                                 "ORDER BY due_on, opened_on DESC, pk DESC"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        statistics.overdueCases.append({query.value(0).toString(),
                                        QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                        caseStatusFromKey(query.value(2).toString()).value_or(CaseStatus::New)});
    }
    if (query.lastError().isValid())
        return failed(query);
    query.finish();

    for (const QString &need : needKeys) {
        if (const int count = openPerNeed.value(need); count > 0)
            statistics.openByNeed.append({need, count});
    }
    std::stable_sort(statistics.openByNeed.begin(), statistics.openByNeed.end(),
                     [](const QPair<QString, int> &a, const QPair<QString, int> &b) { return a.second > b.second; });
    for (const CaseStatus status :
         {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Waiting, CaseStatus::Resolved, CaseStatus::Closed})
        statistics.byStatus.append({status, perStatus.value(caseStatusKey(status))});

    // Sums per month and currency; the months in between without payments are filled with zeros.
    QMap<QString, QMap<QDate, qint64>> sums;
    if (!query.exec(QStringLiteral("SELECT substr(p.paid_on, 1, 7) || '-01', p.currency, sum(p.amount_minor) "
                                   "FROM case_payments p JOIN cases c ON c.pk = p.case_pk "
                                   "WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2")))
        return failed(query);
    while (query.next()) {
        const QString currency = query.value(1).toString();
        const qint64 amount = query.value(2).toLongLong();
        // Paid is paid, on whatever day it was written down; the months chart needs a day it can read.
        statistics.paid[currency] += amount;
        const QDate month = monthOf(query.value(0).toString());
        if (month.isValid())
            sums[currency][month] += amount;
    }
    if (query.lastError().isValid())
        return failed(query);
    QDate first;
    QDate last;
    for (const QMap<QDate, qint64> &perMonth : std::as_const(sums)) {
        if (perMonth.isEmpty())
            continue;
        if (!first.isValid() || perMonth.firstKey() < first)
            first = perMonth.firstKey();
        if (!last.isValid() || perMonth.lastKey() > last)
            last = perMonth.lastKey();
    }
    if (first.isValid()) {
        for (QDate month = first; month <= last; month = month.addMonths(1))
            statistics.months.append(month);
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QList<qint64> amounts;
        amounts.reserve(statistics.months.size());
        for (const QDate &month : std::as_const(statistics.months))
            amounts.append(it.value().value(month));
        statistics.paidPerMonth.insert(it.key(), amounts);
    }
    return statistics;
}

QJsonObject CaseStatistics::toJson() const
{
    QJsonObject statuses;
    for (const auto &[status, count] : byStatus) {
        if (count > 0)
            statuses.insert(caseStatusKey(status), count);
    }
    QJsonObject needs;
    for (auto it = byNeed.cbegin(); it != byNeed.cend(); ++it)
        needs.insert(it.key(), it.value());
    QJsonArray late;
    for (const Overdue &c : overdueCases) {
        late.append(QJsonObject{{QStringLiteral("number"), c.number},
                                {QStringLiteral("due_on"), c.dueOn.toString(Qt::ISODate)},
                                {QStringLiteral("status"), caseStatusKey(c.status)}});
    }
    QJsonObject sums;
    for (auto it = paid.cbegin(); it != paid.cend(); ++it)
        sums.insert(it.key(), double(it.value()));
    return {{QStringLiteral("cases"), cases},
            {QStringLiteral("by_status"), statuses},
            {QStringLiteral("by_need"), needs},
            {QStringLiteral("overdue"), late},
            {QStringLiteral("paid"), sums}};
}

} // namespace supolka
