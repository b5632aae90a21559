#include "views/events/eventcharts.h"

#include <algorithm>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "models/core/shownformats.h"
#include "views/common/charts.h"

namespace supolka {

namespace {

const QColor Registered(0x1a, 0x73, 0xe8);
const QColor CheckedIn(0x34, 0xa8, 0x53);

} // namespace

void EventCharts::showCheckIns(QChart *chart, const CheckInTimeline &timeline)
{
    Charts::reset(chart);
    chart->legend()->hide();
    if (timeline.buckets.isEmpty()) {
        chart->setTitle(tr("No check-ins yet"));
        return;
    }
    chart->setTitle(tr("Check-ins per %n minutes", nullptr, timeline.bucketMinutes));

    // Each bucket as a flat step, so that the area shows how many came in each stretch of time.
    auto *upper = new QLineSeries;
    const qint64 length = qint64(timeline.bucketMinutes) * 60 * 1000;
    int maximum = 0;
    for (const CheckInBucket &bucket : timeline.buckets) {
        const qint64 start = bucket.start.toMSecsSinceEpoch();
        upper->append(qreal(start), bucket.checkIns);
        upper->append(qreal(start + length), bucket.checkIns);
        maximum = std::max(maximum, bucket.checkIns);
    }
    auto *area = new QAreaSeries(upper);
    area->setName(tr("Check-ins"));
    area->setColor(CheckedIn.lighter(130));
    area->setBorderColor(CheckedIn);
    chart->addSeries(area);

    // Ticks on bucket starts: the axis runs over a whole number of equal steps of buckets (2 to 6 of them), padded
    // at the end with as few empty buckets as that takes.
    const int buckets = int(timeline.buckets.size());
    int steps = 1;
    int spanBuckets = buckets;
    for (int candidate = 6; candidate >= 2; --candidate) {
        const int padded = (buckets + candidate - 1) / candidate * candidate;
        if (steps == 1 || padded < spanBuckets) {
            steps = candidate;
            spanBuckets = padded;
        }
    }
    auto *time = new QDateTimeAxis;
    const QDateTime first = timeline.buckets.first().start;
    const QDateTime last = first.addMSecs(spanBuckets * length);
    const QString timeFormat = shown::timeFormat();
    const bool days = first.toLocalTime().date() != last.toLocalTime().date();
    time->setFormat(days ? QStringLiteral("d MMM ") + timeFormat : timeFormat);
    time->setRange(first.toLocalTime(), last.toLocalTime());
    time->setTickCount(steps + 1);
    chart->addAxis(time, Qt::AlignBottom);
    area->attachAxis(time);
    QValueAxis *count = Charts::countAxis(maximum);
    chart->addAxis(count, Qt::AlignLeft);
    area->attachAxis(count);
}

void EventCharts::showAttendance(QChart *chart, const QList<MonthAttendance> &months)
{
    Charts::reset(chart);
    chart->setTitle(tr("Attendance per month"));
    if (months.isEmpty()) {
        chart->legend()->hide();
        return;
    }
    const QLocale locale;
    auto *registered = new QBarSet(tr("Registered"));
    registered->setColor(Registered);
    auto *checkedIn = new QBarSet(tr("Checked in"));
    checkedIn->setColor(CheckedIn);
    QStringList names;
    int maximum = 0;
    const qsizetype first = std::max<qsizetype>(0, months.size() - MonthsShown);
    for (qsizetype i = first; i < months.size(); ++i) {
        const MonthAttendance &month = months.at(i);
        // Under the month, how many events there were.
        names.append(Charts::monthLabel(month.month) + QStringLiteral("<br>") +
                     tr("%n event(s)", nullptr, month.events));
        registered->append(month.registered);
        checkedIn->append(month.checkedIn);
        maximum = std::max({maximum, month.registered, month.checkedIn});
    }
    auto *bars = new QBarSeries;
    bars->append(registered);
    bars->append(checkedIn);
    chart->addSeries(bars);

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(names);
    monthAxis->setTruncateLabels(false);
    if (names.size() > 12)
        monthAxis->setLabelsAngle(-90);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    QValueAxis *people = Charts::countAxis(maximum);
    chart->addAxis(people, Qt::AlignLeft);
    bars->attachAxis(people);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace supolka
