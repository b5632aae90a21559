#pragma once

#include <QCoreApplication>
#include <QList>

#include "models/events/eventstatistics.h"

class QChart;

namespace supolka {

// Fills the events charts: check-ins over one event's time, and attendance per month. Used by the Events page and
// the dashboard.
class EventCharts final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::EventCharts)

public:
    static constexpr int MonthsShown = 24;

    // A step line of check-ins per bucket, over local time.
    static void showCheckIns(QChart *chart, const CheckInTimeline &timeline);
    // Registered and checked in per month as bars, with the number of events under each month's name; the last
    // MonthsShown months.
    static void showAttendance(QChart *chart, const QList<MonthAttendance> &months);
};

} // namespace supolka
