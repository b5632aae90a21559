#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace supolka {

class Database;

// Check-ins in one stretch of time at one event.
struct CheckInBucket
{
    QDateTime start; // UTC; the bucket runs for CheckInTimeline::bucketMinutes from here
    int checkIns = 0;

    friend bool operator==(const CheckInBucket &, const CheckInBucket &) = default;
};

// How people came in during one event.
struct CheckInTimeline
{
    int bucketMinutes = 0;
    int total = 0;
    // From the bucket of the first check-in to that of the last, with the empty ones between.
    QList<CheckInBucket> buckets;
};

// One month of events, by the month (local time) in which they start.
struct MonthAttendance
{
    QDate month; // first day
    int events = 0;
    int registered = 0; // not cancelled, walk-ins included
    int checkedIn = 0;

    friend bool operator==(const MonthAttendance &, const MonthAttendance &) = default;
};

// Counts for the events charts, over events and registrations that are not deleted.
class EventStatistics final
{
public:
    // The bucket length for check-ins spread over `spanSeconds` (first to last): 5 minutes up to two hours,
    // 10 up to four, 15 up to twelve, an hour beyond (a conference over days).
    static int bucketMinutesFor(qint64 spanSeconds);

    // The check-ins of one event (cancelled registrations left out). Buckets start at whole multiples of their
    // length since the epoch, so that they read 18:00, 18:05, ... wherever the offset from UTC is whole hours.
    static CheckInTimeline checkInsOverTime(Database &database, qint64 eventPk);

    // Per month from the first event's month to the last one's, empty months included: events, registered,
    // checked in.
    static QList<MonthAttendance> attendanceByMonth(Database &database);
};

} // namespace supolka
