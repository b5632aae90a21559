#include "models/members/memberstatistics.h"

#include <algorithm>

#include <QHash>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/members/membersql.h"

namespace supolka {

namespace {

QList<QPair<QString, int>> countsBy(Database &database, const QString &column)
{
    QList<QPair<QString, int>> counts;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + column +
                    QStringLiteral(", count(*) AS n FROM members "
                                   "WHERE deleted_at IS NULL GROUP BY 1 "
                                   "ORDER BY n DESC, 1")))
        return counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    return counts;
}

} // namespace

MemberStatistics MemberStatistics::compute(Database &database)
{
    MemberStatistics statistics;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL")) && query.next())
        statistics.members = query.value(0).toInt();
    query.finish();

    statistics.byCountry = countsBy(database, QStringLiteral("country"));
    statistics.byStatus = countsBy(database, QStringLiteral("status"));

    // Skills are tags kept in one column; counted here, case-insensitively, in the spelling seen first.
    QHash<QString, int> skillIndex;
    if (query.exec(
            QStringLiteral("SELECT skills FROM members WHERE deleted_at IS NULL AND skills <> '' ORDER BY pk"))) {
        while (query.next()) {
            for (const QString &skill : membersql::splitList(query.value(0).toString())) {
                const QString folded = skill.toCaseFolded();
                const auto it = skillIndex.constFind(folded);
                if (it == skillIndex.cend()) {
                    skillIndex.insert(folded, int(statistics.bySkill.size()));
                    statistics.bySkill.append({skill, 1});
                } else {
                    ++statistics.bySkill[it.value()].second;
                }
            }
        }
    }
    query.finish();
    std::stable_sort(statistics.bySkill.begin(), statistics.bySkill.end(),
                     [](const QPair<QString, int> &a, const QPair<QString, int> &b) {
                         if (a.second != b.second)
                             return a.second > b.second;
                         return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
                     });

    // Members with no joined date (imported from a list without one) count in the month they were added, so
    // that nobody is left out of the chart.
    if (query.exec(QStringLiteral("SELECT substr(coalesce(nullif(joined_on, ''), created_at), 1, 7) AS month, "
                                  "count(*) FROM members WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1"))) {
        QList<QPair<QDate, int>> months;
        while (query.next()) {
            const QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                months.append({month, query.value(1).toInt()});
        }
        for (const QPair<QDate, int> &month : std::as_const(months)) {
            if (!statistics.newPerMonth.isEmpty()) {
                for (QDate gap = statistics.newPerMonth.back().first.addMonths(1); gap < month.first;
                     gap = gap.addMonths(1))
                    statistics.newPerMonth.append({gap, 0});
            }
            statistics.newPerMonth.append(month);
        }
    }
    return statistics;
}

} // namespace supolka
