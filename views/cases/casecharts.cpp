#include "views/cases/casecharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include "models/cases/casestatistics.h"
#include "models/cases/caseworkflow.h"
#include "models/core/money.h"
#include "views/common/charts.h"

namespace supolka {

namespace {

const QList<QColor> CurrencyColours{QColor(0x1a, 0x73, 0xe8), QColor(0xc8, 0x31, 0x3e), QColor(0x1e, 0x8e, 0x3e),
                                    QColor(0xe3, 0x74, 0x00), QColor(0x81, 0x3d, 0x9c), QColor(0x00, 0x7b, 0x83),
                                    QColor(0x5f, 0x63, 0x68)};

// A step of 1, 2 or 5 times a power of ten that splits `top` into at most about six parts.
double niceStep(double top)
{
    if (top <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 6)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (top / (factor * magnitude) <= 6)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// A count axis with whole-number ticks.
QValueAxis *countAxis(int maximum)
{
    const int step = std::max(1, int(niceStep(std::max(1, maximum))));
    const int ticks = std::max(1, (std::max(1, maximum) + step - 1) / step);
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    return axis;
}

qint64 scaleOf(const QString &currency)
{
    qint64 scale = 1;
    for (int i = 0; i < money::minorDigits(currency); ++i)
        scale *= 10;
    return scale;
}

} // namespace

CaseCharts::CaseCharts(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("caseCharts"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseChartsSummary"));
    m_summary->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("caseChartsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_needView = Charts::makeView(this, QStringLiteral("casesByNeedChart"), 240);
    m_statusView = Charts::makeView(this, QStringLiteral("casesByStatusChart"), 240);
    m_paymentsView = Charts::makeView(this, QStringLiteral("paymentsPerMonthChart"), 240);
    m_paymentsView->chart()->legend()->show();
    m_paymentsView->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto *charts = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_needView, 1);
    top->addWidget(m_statusView, 1);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addLayout(top, 1);
    chartsLayout->addWidget(m_paymentsView, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    retranslate();
}

QChart *CaseCharts::needChart() const
{
    return m_needView->chart();
}

QChart *CaseCharts::statusChart() const
{
    return m_statusView->chart();
}

QChart *CaseCharts::paymentsChart() const
{
    return m_paymentsView->chart();
}

void CaseCharts::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void CaseCharts::refresh()
{
    m_dirty = false;
    const Result<CaseStatistics> counted = CaseStatistics::compute(m_database);
    if (!counted) {
        // A failed read is said, not shown as a chapter without cases.
        m_summary->setText(counted.error());
        return;
    }
    const CaseStatistics &stats = counted.value();
    const QLocale locale;
    QStringList paid;
    for (auto it = stats.paid.cbegin(); it != stats.paid.cend(); ++it)
        paid.append(money::format(it.value(), it.key(), locale));
    QString summary =
        tr("Cases: %1 · open: %2 · overdue: %3")
            .arg(locale.toString(stats.cases), locale.toString(stats.open), locale.toString(stats.overdue));
    if (!paid.isEmpty())
        summary += QStringLiteral(" · ") + tr("paid: %1").arg(paid.join(QStringLiteral(", ")));
    m_summary->setText(summary);
    m_stack->setCurrentIndex(stats.cases == 0 ? 0 : 1);

    // Open cases by need, most at the top.
    QChart *needs = needChart();
    Charts::reset(needs);
    needs->setTitle(tr("Open cases by need"));
    auto *needSet = new QBarSet(tr("Open cases"));
    needSet->setColor(QColor(0xc8, 0x31, 0x3e));
    QStringList needNames;
    int maximum = 0;
    for (auto it = stats.openByNeed.crbegin(); it != stats.openByNeed.crend(); ++it) {
        needNames.append(Charts::wrappedLabel(caseneeds::name(it->first)));
        needSet->append(it->second);
        maximum = std::max(maximum, it->second);
    }
    auto *needSeries = new QHorizontalBarSeries;
    needSeries->append(needSet);
    needSeries->setLabelsVisible(true);
    needSeries->setBarWidth(0.7);
    needs->addSeries(needSeries);
    auto *needAxis = new QBarCategoryAxis;
    needAxis->append(needNames);
    needAxis->setTruncateLabels(false);
    needs->addAxis(needAxis, Qt::AlignLeft);
    needSeries->attachAxis(needAxis);
    QValueAxis *needCount = countAxis(maximum);
    needs->addAxis(needCount, Qt::AlignBottom);
    needSeries->attachAxis(needCount);

    // Cases by status, in the workflow's order from the top; bars across, so that the names are read whole.
    QChart *statuses = statusChart();
    Charts::reset(statuses);
    statuses->setTitle(tr("Cases by status"));
    auto *statusSet = new QBarSet(tr("Cases"));
    statusSet->setColor(QColor(0x1a, 0x73, 0xe8));
    QStringList statusNames;
    maximum = 0;
    for (auto it = stats.byStatus.crbegin(); it != stats.byStatus.crend(); ++it) {
        statusNames.append(Charts::wrappedLabel(CaseWorkflow::statusName(it->first)));
        statusSet->append(it->second);
        maximum = std::max(maximum, it->second);
    }
    auto *statusSeries = new QHorizontalBarSeries;
    statusSeries->append(statusSet);
    statusSeries->setLabelsVisible(true);
    statusSeries->setBarWidth(0.7);
    statuses->addSeries(statusSeries);
    auto *statusAxis = new QBarCategoryAxis;
    statusAxis->append(statusNames);
    statusAxis->setTruncateLabels(false);
    statuses->addAxis(statusAxis, Qt::AlignLeft);
    statusSeries->attachAxis(statusAxis);
    QValueAxis *statusCount = countAxis(maximum);
    statuses->addAxis(statusCount, Qt::AlignBottom);
    statusSeries->attachAxis(statusCount);

    // Payments per month: one line per currency. The points are placed in whole units of each currency; what
    // people read (axis labels, tooltips) is money as the locale writes it.
    QChart *payments = paymentsChart();
    Charts::reset(payments);
    payments->setTitle(tr("Payments per month, by currency"));
    QStringList monthNames;
    for (const QDate &month : stats.months) {
        monthNames.append(Charts::monthLabel(month));
    }
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(monthNames);
    if (monthNames.size() > 12) {
        monthAxis->setLabelsAngle(-90);
        monthAxis->setTruncateLabels(false);
    }
    payments->addAxis(monthAxis, Qt::AlignBottom);
    double top = 0;
    int colour = 0;
    QList<QLineSeries *> lines;
    for (auto it = stats.paidPerMonth.cbegin(); it != stats.paidPerMonth.cend(); ++it) {
        const QString &currency = it.key();
        const QList<qint64> &amounts = it.value();
        const qint64 scale = scaleOf(currency);
        auto *series = new QLineSeries;
        series->setName(currency);
        series->setPointsVisible(true);
        series->setMarkerSize(8);
        QPen pen(CurrencyColours.at(colour++ % CurrencyColours.size()));
        pen.setWidth(2);
        series->setPen(pen);
        for (int i = 0; i < amounts.size(); ++i) {
            const double units = double(amounts.at(i)) / double(scale);
            series->append(i, units);
            top = std::max(top, units);
        }
        connect(series, &QLineSeries::hovered, series, [currency, amounts](const QPointF &point, bool state) {
            const int i = int(std::lround(point.x()));
            if (!state || i < 0 || i >= amounts.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), money::format(amounts.at(i), currency));
        });
        payments->addSeries(series);
        series->attachAxis(monthAxis);
        lines.append(series);
    }
    // Amount labels written by the locale (QValueAxis would print them the C way).
    const double step = niceStep(std::max(top, 1.0));
    const int ticks = std::max(1, int(std::ceil(top / step)));
    auto *amountAxis = new QCategoryAxis;
    amountAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    amountAxis->setMin(0);
    amountAxis->setStartValue(0);
    for (int i = 0; i <= ticks; ++i) {
        const double value = i * step;
        amountAxis->append(step >= 1 ? locale.toString(qint64(std::llround(value))) : locale.toString(value, 'f', 2),
                           value);
    }
    amountAxis->setMax(ticks * step);
    payments->addAxis(amountAxis, Qt::AlignLeft);
    for (QLineSeries *series : std::as_const(lines))
        series->attachAxis(amountAxis);
    payments->legend()->setVisible(!lines.isEmpty());
}

void CaseCharts::retranslate()
{
    m_empty->setText(tr("The charts appear here once the chapter has aid cases."));
    if (!m_dirty)
        refresh();
}

void CaseCharts::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void CaseCharts::changeEvent(QEvent *event)
{
    // A new language, or a switch between light and dark: the texts and the charts are made again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka
