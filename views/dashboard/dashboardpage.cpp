#include "views/dashboard/dashboardpage.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "models/events/eventstatistics.h"
#include "models/members/memberstatistics.h"
#include "models/text/countries.h"
#include "views/common/charts.h"
#include "views/common/uilanguage.h"
#include "views/events/eventcharts.h"

namespace supolka {

DashboardPage::DashboardPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_countryView = Charts::makeView(this, QStringLiteral("countryChart"));
    m_monthView = Charts::makeView(this, QStringLiteral("monthChart"));

    m_attendanceView = Charts::makeView(this, QStringLiteral("dashboardAttendanceChart"));

    // Members in the first row, events in the second.
    auto *charts = new QWidget(this);
    auto *membersRow = new QHBoxLayout;
    membersRow->addWidget(m_countryView, 1);
    membersRow->addWidget(m_monthView, 1);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addLayout(membersRow, 1);
    chartsLayout->addWidget(m_attendanceView, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    retranslate();
}

QChart *DashboardPage::countryChart() const
{
    return m_countryView->chart();
}

QChart *DashboardPage::monthChart() const
{
    return m_monthView->chart();
}

QChart *DashboardPage::attendanceChart() const
{
    return m_attendanceView->chart();
}

void DashboardPage::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardPage::refresh()
{
    m_dirty = false;
    const Result<MemberStatistics> counted = MemberStatistics::compute(m_database);
    if (!counted) {
        // The charts keep what they showed; the counts that could not be read are not drawn as smaller ones.
        m_summary->setText(counted.error());
        return;
    }
    const MemberStatistics &stats = counted.value();
    const QList<MonthAttendance> attendance = EventStatistics::attendanceByMonth(m_database);
    int events = 0;
    for (const MonthAttendance &month : attendance)
        events += month.events;
    const QLocale locale;
    m_summary->setText(tr("Members: %1").arg(locale.toString(stats.members)) + QStringLiteral(" · ") +
                       tr("Events: %1").arg(locale.toString(events)));
    m_stack->setCurrentIndex(stats.members == 0 && events == 0 ? 0 : 1);
    EventCharts::showAttendance(attendanceChart(), attendance);

    QChart *countries = countryChart();
    Charts::reset(countries);
    countries->setTitle(tr("Members by country"));
    auto *countrySet = new QBarSet(tr("Members"));
    countrySet->setColor(QColor(0xc8, 0x31, 0x3e));
    QStringList countryNames;
    int other = 0;
    int maximum = 0;
    for (int i = 0; i < stats.byCountry.size(); ++i) {
        const auto &[code, count] = stats.byCountry.at(i);
        if (i >= TopCountries) {
            other += count;
            continue;
        }
        countryNames.append(Charts::wrappedLabel(code.isEmpty() ? tr("Unknown") : countries::name(code, uiLanguage())));
        countrySet->append(count);
        maximum = std::max(maximum, count);
    }
    if (other > 0) {
        countryNames.append(Charts::wrappedLabel(tr("Other")));
        countrySet->append(other);
        maximum = std::max(maximum, other);
    }
    // Most members at the top.
    std::reverse(countryNames.begin(), countryNames.end());
    auto *reversedSet = new QBarSet(countrySet->label());
    reversedSet->setColor(countrySet->color());
    for (int i = countrySet->count() - 1; i >= 0; --i)
        reversedSet->append(countrySet->at(i));
    delete countrySet;
    auto *countrySeries = new QHorizontalBarSeries;
    countrySeries->append(reversedSet);
    countrySeries->setLabelsVisible(true);
    countrySeries->setBarWidth(0.7);
    countries->addSeries(countrySeries);
    auto *countryAxis = new QBarCategoryAxis;
    countryAxis->append(countryNames);
    countryAxis->setTruncateLabels(false);
    countries->addAxis(countryAxis, Qt::AlignLeft);
    countrySeries->attachAxis(countryAxis);
    QValueAxis *countryCount = Charts::countAxis(maximum);
    countries->addAxis(countryCount, Qt::AlignBottom);
    countrySeries->attachAxis(countryCount);

    QChart *months = monthChart();
    Charts::reset(months);
    months->setTitle(tr("New members per month"));
    auto *monthSet = new QBarSet(tr("New members"));
    monthSet->setColor(QColor(0x1a, 0x73, 0xe8));
    QStringList monthNames;
    maximum = 0;
    const qsizetype first = std::max<qsizetype>(0, stats.newPerMonth.size() - 24);
    for (qsizetype i = first; i < stats.newPerMonth.size(); ++i) {
        const auto &[month, count] = stats.newPerMonth.at(i);
        monthNames.append(Charts::monthLabel(month));
        monthSet->append(count);
        maximum = std::max(maximum, count);
    }
    auto *monthSeries = new QBarSeries;
    monthSeries->append(monthSet);
    months->addSeries(monthSeries);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(monthNames);
    if (monthNames.size() > 12) {
        monthAxis->setLabelsAngle(-90);
        monthAxis->setTruncateLabels(false);
    }
    months->addAxis(monthAxis, Qt::AlignBottom);
    monthSeries->attachAxis(monthAxis);
    QValueAxis *monthCount = Charts::countAxis(maximum);
    months->addAxis(monthCount, Qt::AlignLeft);
    monthSeries->attachAxis(monthCount);
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Dashboard"));
    m_empty->setText(tr("The charts appear here once the chapter has members or events. Add, import or load the demo "
                        "data on the Members page, or create an event on the Events page."));
    if (!m_dirty)
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    // A new language, or a switch between light and dark: the texts and the charts are made again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka
