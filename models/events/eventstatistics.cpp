#include "models/events/eventstatistics.h"

#include <algorithm>
#include <map>

#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"

namespace supolka {

int EventStatistics::bucketMinutesFor(qint64 spanSeconds)
{
    constexpr qint64 Hour = 3600;
    if (spanSeconds <= 2 * Hour)
        return 5;
    if (spanSeconds <= 4 * Hour)
        return 10;
    if (spanSeconds <= 12 * Hour)
        return 15;
    return 60;
}

CheckInTimeline EventStatistics::checkInsOverTime(Database &database, qint64 eventPk)
{
    CheckInTimeline timeline;
    QList<qint64> times; // milliseconds since the epoch
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT checked_in_at FROM registrations WHERE event_pk = ? AND deleted_at IS NULL "
                                 "AND status = 'registered' AND checked_in_at IS NOT NULL"));
    query.addBindValue(eventPk);
    if (query.exec()) {
        while (query.next()) {
            const QDateTime at = parseTimestamp(query.value(0).toString());
            if (at.isValid())
                times.append(at.toMSecsSinceEpoch());
        }
    }
    if (times.isEmpty()) {
        timeline.bucketMinutes = bucketMinutesFor(0);
        return timeline;
    }
    std::sort(times.begin(), times.end());
    timeline.total = int(times.size());
    timeline.bucketMinutes = bucketMinutesFor((times.back() - times.front()) / 1000);
    const qint64 length = qint64(timeline.bucketMinutes) * 60 * 1000;
    const auto bucketOf = [length](qint64 msecs) {
        // Floor division, also before 1970.
        return msecs >= 0 ? msecs / length : -((-msecs + length - 1) / length);
    };
    const qint64 first = bucketOf(times.front());
    const qint64 last = bucketOf(times.back());
    timeline.buckets.reserve(last - first + 1);
    for (qint64 bucket = first; bucket <= last; ++bucket)
        timeline.buckets.append({QDateTime::fromMSecsSinceEpoch(bucket * length, Qt::UTC), 0});
    for (const qint64 msecs : std::as_const(times))
        ++timeline.buckets[bucketOf(msecs) - first].checkIns;
    return timeline;
}

QList<MonthAttendance> EventStatistics::attendanceByMonth(Database &database)
{
    std::map<QDate, MonthAttendance> byMonth;
    const QList<EventSummary> summaries = EventRepository(database).summaries();
    for (const EventSummary &summary : summaries) {
        if (!summary.event.startsAt.isValid())
            continue;
        const QDate day = summary.event.startsAt.toLocalTime().date();
        const QDate month(day.year(), day.month(), 1);
        MonthAttendance &entry = byMonth[month];
        entry.month = month;
        ++entry.events;
        entry.registered += summary.counts.registered;
        entry.checkedIn += summary.counts.checkedIn;
    }
    QList<MonthAttendance> months;
    for (const auto &[month, entry] : byMonth) {
        if (!months.isEmpty()) {
            for (QDate gap = months.back().month.addMonths(1); gap < month; gap = gap.addMonths(1))
                months.append({gap, 0, 0, 0});
        }
        months.append(entry);
    }
    return months;
}

} // namespace supolka
